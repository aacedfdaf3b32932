// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace petinfo::client {

class AdoptionActions;
class AdoptionService;
class DataTransfer;
class PreferencesDialog;
class DatabaseFile;
class DueModel;
class PetEditorDialog;
class PetFilterProxyModel;
class PetListModel;
class PeoplePage;
class PersonService;
class PetService;
class FoundAnimalActions;
class BillingActions;
class ReminderActions;
class ReminderService;
class Prompts;
class ReportActions;
class TableColumns;
class TrashModel;

/** The app's window: the pet list with filter-as-you-type, the due soon / overdue list, the trash,
 *  the people (clients, PeoplePage), counts in the status bar, and menus with keyboard shortcuts. Deleting a pet moves
 * it to the trash and can be undone (Ctrl+Z). Import, export and backups run on worker threads (DataTransfer). */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        PetsView,
        DueView,
        TrashView,
        PeopleView
    };

    /** `file` lets background work open its own connections; it may be null (no import, export or
     *  backup then). */
    MainWindow(PetService& service, std::shared_ptr<const DatabaseFile> file, Prompts& prompts,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    /** The columns of a view's list: sizes, order, which are shown (none for the People view). */
    TableColumns* columns(View view) const;
    /** Opens the editor for a new pet (window-modal, non-blocking) and returns it. */
    PetEditorDialog* newPet();
    /** Opens the editor for a pet; null if the id is unknown. */
    PetEditorDialog* editPet(const QString& petId);
    /** The pet selected in the list (or the due list), or empty. */
    QString selectedPetId() const;
    /** The pets selected in the list, in list order (the one pet of the due list there). */
    QStringList selectedPetIds() const;
    /** Selects a pet in the list, clearing a filter that hides it. */
    bool selectPet(const QString& petId);
    /** Puts a strip (e.g. the offline banner) above the views; it shows and hides itself. */
    void setBanner(QWidget* banner);

    PetService& service() { return m_service; }
    PersonService& people() { return *m_people; }
    ReminderService& reminders() { return *m_reminders; }
    ReminderActions* reminderActions() const { return m_reminderActions; }
    AdoptionActions* adoptionActions() const { return m_adoptionActions; }
    AdoptionService& adoption();
    FoundAnimalActions* foundAnimalActions() const { return m_foundAnimalActions; }
    BillingActions* billingActions() const { return m_billingActions; }
    PeoplePage* peoplePage() const { return m_peoplePage; }
    Prompts& prompts() { return m_prompts; }
    QUndoStack* undoStack() const { return m_undo; }
    PetListModel* petModel() const { return m_pets; }
    PetFilterProxyModel* petProxy() const { return m_proxy; }
    DueModel* dueModel() const { return m_due; }
    TrashModel* trashModel() const { return m_trash; }

public Q_SLOTS:
    void editSelected();
    void deleteSelected();
    void restoreSelectedFromTrash();
    void purgeSelectedFromTrash();
    void focusFilter();
    /** Edit > Preferences (window-modal; returned for tests). */
    PreferencesDialog* openPreferences();
    void refresh();

Q_SIGNALS:
    /** The user chose a backup to restore; the app closes this window's database and restores it. */
    void restoreRequested(const QString& backupPath);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Built in MainWindowActions.cpp.
    void createActions();
    void createMenus();
    void createToolBar();

    QWidget* createPetsView();
    QWidget* createDueView();
    QWidget* createTrashView();
    void updateCounts();
    void restoreKeptSelection();
    void updateActions();
    void announceUndoStep(int index);
    void keepTrashRowCurrent();
    void reportError(const QString& title, const QString& text);
    QString petName(const QString& petId) const;

    PetService& m_service;
    std::shared_ptr<const DatabaseFile> m_file;
    Prompts& m_prompts;
    QUndoStack* m_undo;
    PetListModel* m_pets;
    PetFilterProxyModel* m_proxy;
    DueModel* m_due;
    QStringList m_keptSelection; ///< across a model reset
    QString m_keptCurrent;
    TrashModel* m_trash;
    DataTransfer* m_transfer;
    ReportActions* m_reports = nullptr;
    int m_undoIndex = 0;
    PersonService* m_people = nullptr;
    ReminderService* m_reminders = nullptr;
    ReminderActions* m_reminderActions = nullptr;
    AdoptionActions* m_adoptionActions = nullptr;
    FoundAnimalActions* m_foundAnimalActions = nullptr;
    BillingActions* m_billingActions = nullptr;
    PeoplePage* m_peoplePage = nullptr;

    QTabWidget* m_views = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTableView* m_petTable = nullptr;
    QLabel* m_petHint = nullptr;
    QTableView* m_dueTable = nullptr;
    QTableView* m_trashTable = nullptr;
    TableColumns* m_petColumns = nullptr;
    TableColumns* m_dueColumns = nullptr;
    TableColumns* m_trashColumns = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_purgeButton = nullptr;
    QLabel* m_petCount = nullptr;
    QLabel* m_dueCount = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportJsonAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_petsViewAction = nullptr;
    QAction* m_dueViewAction = nullptr;
    QAction* m_trashViewAction = nullptr;
    QAction* m_peopleViewAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace petinfo::client
