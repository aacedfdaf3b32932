// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Validation.h"

#include <QDialog>
#include <QIcon>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace petinfo::client {

class AttachmentsPage;
class ContactsPage;
class FoundBanner;
class FoundReportsPage;
class HealthPage;
class NotesPage;
class PetService;
class ReminderService;
class ProfilePage;
class Prompts;
class WeightPage;

/** Adds or edits one pet: tabs for the profile, contacts, health records, weight, photos and
 *  documents, and notes. The profile and contacts are saved together with Save (Ctrl+S); records,
 *  weights, files and notes are saved as they are added, which needs a saved pet first. Closing
 *  with unsaved changes asks first. Deleting a record or weight can be undone (Ctrl+Z). */
class PetEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        ProfileTab,
        ContactsTab,
        HealthTab,
        WeightTab,
        FilesTab,
        NotesTab,
        FoundTab
    };

    /** An empty `petId` starts a new pet. */
    PetEditorDialog(PetService& service, Prompts& prompts, const QString& petId, QWidget* parent = nullptr);
    ~PetEditorDialog() override;

    const QString& petId() const { return m_petId; }
    /** Shows the server's WhatsApp reminders on the Health tab. */
    void setReminderService(ReminderService* reminders);
    bool isDirty() const;
    /** Validates and saves the profile and contacts; false (with the problems shown) if it could not. */
    bool save();
    void showTab(Tab tab);

    /** The last validation, for tests. */
    const ValidationReport& lastReport() const { return m_report; }

public Q_SLOTS:
    /** Close, Escape and the window's close button: asks about unsaved changes first (QDialog
     *  routes its close event through here). */
    void reject() override;

Q_SIGNALS:
    /** The pet was saved (created or updated). */
    void saved(const QString& petId);

private:
    void load();
    void markEdited();
    void validateNow();
    void showReport(const ValidationReport& report);
    void updateTitle();
    bool confirmClose();

    PetService& m_service;
    Prompts& m_prompts;
    QString m_petId;
    bool m_dirty = false;
    bool m_triedSave = false;
    ValidationReport m_report;
    QUndoStack* m_undo;
    QTimer* m_validateTimer;
    QTabWidget* m_tabs;
    ProfilePage* m_profile;
    ContactsPage* m_contacts;
    HealthPage* m_health;
    WeightPage* m_weight;
    AttachmentsPage* m_files;
    NotesPage* m_notes;
    FoundReportsPage* m_found;
    FoundBanner* m_foundBanner;
    QLabel* m_status;
    QPushButton* m_undoButton;
    QPushButton* m_saveButton;
    QPushButton* m_closeButton;
    QIcon m_blankTabIcon;
};

} // namespace petinfo::client
