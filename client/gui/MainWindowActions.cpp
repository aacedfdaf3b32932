// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions, menus and toolbar: every command with its keyboard shortcut in one place.
#include "gui/AboutDialog.h"
#include "gui/DataTransfer.h"
#include "gui/MainWindow.h"
#include "gui/PreferencesDialog.h"
#include "gui/TableColumns.h"
#include "models/DueModel.h"
#include "models/PetListModel.h"
#include "services/PetService.h"
#include "settings/Settings.h"
#include "storage/DatabaseFile.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace petinfo::client {

namespace {

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text, const QKeySequence& shortcut,
                    const QString& themeIcon = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    if (!themeIcon.isEmpty()) {
        action->setIcon(QIcon::fromTheme(themeIcon));
    }
    return action;
}

} // namespace

void MainWindow::createActions()
{
    m_newAction = makeAction(this, QStringLiteral("newPetAction"), tr("&New Pet…"), QKeySequence::New,
                             QStringLiteral("document-new"));
    m_newAction->setToolTip(tr("Add a pet (Ctrl+N)"));
    m_editAction = makeAction(this, QStringLiteral("editPetAction"), tr("&Open Pet…"),
                              QKeySequence(Qt::CTRL | Qt::Key_O), QStringLiteral("document-edit"));
    m_deleteAction = makeAction(this, QStringLiteral("deletePetAction"), tr("&Delete Pet…"), QKeySequence::Delete,
                                QStringLiteral("edit-delete"));
    m_deleteAction->setToolTip(tr("Move the selected pets to the trash (Delete)"));
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_findAction =
        makeAction(this, QStringLiteral("findAction"), tr("&Find…"), QKeySequence::Find, QStringLiteral("edit-find"));
    m_importAction = makeAction(this, QStringLiteral("importAction"), tr("&Import CSV…"),
                                QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("document-import"));
    m_exportCsvAction = makeAction(this, QStringLiteral("exportCsvAction"), tr("Pets as &CSV…"), {});
    m_exportJsonAction = makeAction(this, QStringLiteral("exportJsonAction"), tr("Everything as &JSON…"), {});
    m_backupAction =
        makeAction(this, QStringLiteral("backupAction"), tr("&Back Up Now…"), QKeySequence(Qt::CTRL | Qt::Key_B));
    // The toolbar shows a short name: the menus' long ones push the last buttons out of sight in
    // Spanish and Portuguese.
    m_backupAction->setIconText(tr("Back Up"));
    m_restoreAction = makeAction(this, QStringLiteral("restoreBackupAction"), tr("&Restore Backup…"), {});
    m_quitAction = makeAction(this, QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                              QStringLiteral("application-exit"));
    m_petsViewAction =
        makeAction(this, QStringLiteral("petsViewAction"), tr("&Pets"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_dueViewAction = makeAction(this, QStringLiteral("dueViewAction"), tr("&Due Soon / Overdue"),
                                 QKeySequence(Qt::CTRL | Qt::Key_2));
    m_trashViewAction =
        makeAction(this, QStringLiteral("trashViewAction"), tr("&Trash"), QKeySequence(Qt::CTRL | Qt::Key_3));
    m_peopleViewAction =
        makeAction(this, QStringLiteral("peopleViewAction"), tr("P&eople"), QKeySequence(Qt::CTRL | Qt::Key_4));
    // F5 everywhere, not QKeySequence::Refresh: on macOS (and GNOME) that is Ctrl+R (Cmd+R), the health
    // report's shortcut.
    m_refreshAction = makeAction(this, QStringLiteral("refreshAction"), tr("&Reload"), QKeySequence(Qt::Key_F5),
                                 QStringLiteral("view-refresh"));
    m_aboutAction = makeAction(this, QStringLiteral("aboutAction"), tr("&About Pet Info"), {});
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPet);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusFilter);
    connect(m_importAction, &QAction::triggered, m_transfer, &DataTransfer::importCsv);
    connect(m_exportCsvAction, &QAction::triggered, m_transfer, &DataTransfer::exportCsv);
    connect(m_exportJsonAction, &QAction::triggered, m_transfer, &DataTransfer::exportJson);
    connect(m_backupAction, &QAction::triggered, m_transfer, &DataTransfer::backupNow);
    connect(m_restoreAction, &QAction::triggered, m_transfer, &DataTransfer::restoreBackup);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_petsViewAction, &QAction::triggered, this, [this] { showView(PetsView); });
    connect(m_dueViewAction, &QAction::triggered, this, [this] { showView(DueView); });
    connect(m_trashViewAction, &QAction::triggered, this, [this] { showView(TrashView); });
    connect(m_peopleViewAction, &QAction::triggered, this, [this] { showView(PeopleView); });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto* about = new AboutDialog(m_file ? m_file->path() : QString(), this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    const bool canTransfer = m_transfer->isAvailable();
    for (QAction* a : {m_importAction, m_exportCsvAction, m_exportJsonAction, m_backupAction, m_restoreAction}) {
        a->setEnabled(canTransfer);
    }
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("mainMenuBar"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_editAction);
    file->addSeparator();
    file->addAction(m_importAction);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(m_exportCsvAction);
    exportMenu->addAction(m_exportJsonAction);
    exportMenu->setEnabled(m_transfer->isAvailable());
    file->addSeparator();
    file->addAction(m_backupAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    auto* preferences = makeAction(this, QStringLiteral("preferencesAction"), tr("Pre&ferences…"),
                                   QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral("preferences-system"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    edit->addAction(preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_petsViewAction);
    view->addAction(m_dueViewAction);
    view->addAction(m_trashViewAction);
    view->addAction(m_peopleViewAction);
    view->addSeparator();
    // The header's context menu, for the list shown, reachable from the keyboard too.
    QMenu* columnsMenu = view->addMenu(tr("&Columns"));
    columnsMenu->setObjectName(QStringLiteral("columnsViewMenu"));
    connect(columnsMenu, &QMenu::aboutToShow, this, [this, columnsMenu] {
        if (TableColumns* shown = columns(static_cast<View>(m_views->currentIndex()))) {
            shown->fillMenu(columnsMenu);
        } else {
            columnsMenu->clear();
        }
    });
    view->addAction(m_refreshAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_editAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    bar->addAction(m_backupAction);
}

void MainWindow::updateActions()
{
    const bool pet = !selectedPetId().isEmpty();
    m_editAction->setEnabled(pet);
    m_deleteAction->setEnabled(pet && m_views->currentIndex() == PetsView);
    const bool trashed = m_trashTable->selectionModel()->hasSelection();
    m_restoreButton->setEnabled(trashed);
    m_purgeButton->setEnabled(trashed);
}

PreferencesDialog* MainWindow::openPreferences()
{
    auto* dialog = new PreferencesDialog(Settings::instance(), m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // Phone numbers are shown the new country's way; rows and the selection stay.
        m_pets->refreshPhones();
        m_due->refreshPhones();
        statusBar()->showMessage(tr("Preferences saved."), 5000);
    });
    dialog->open();
    return dialog;
}

} // namespace petinfo::client
