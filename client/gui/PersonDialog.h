// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "petinfo/common/Validation.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace petinfo::client {

class FieldIssueLabel;
class MergePeopleDialog;
class PersonPetsModel;
class PersonService;
class PetEditorDialog;
class Prompts;
class WhatsAppVerificationBox;

/** A person's page: their details, edited once for all their pets (validated as you type, saved
 *  with Save / Ctrl+S), every pet they are a contact of (double-click or Enter opens the pet), and
 *  "Merge into…" for a person typed in twice. Follows changes made elsewhere (a pet editor opened
 *  from here, an undone merge) while it has no unsaved edits. */
class PersonDialog final : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(PersonService& people, Prompts& prompts, QUndoStack& undo, const QString& personId,
                 QWidget* parent = nullptr);
    ~PersonDialog() override;

    const QString& personId() const { return m_personId; }
    bool isDirty() const { return m_dirty; }
    /** Validates and saves the details; false (with the problems shown) if it could not. */
    bool save();
    /** Opens "Merge into…" (window-modal) and returns it. */
    MergePeopleDialog* openMerge();
    /** Opens one of the person's pets in the pet editor (window-modal) and returns it; null if the
     *  user kept unsaved details open instead. */
    PetEditorDialog* openPet(const QString& petId);
    /** The last validation, for tests. */
    const ValidationReport& lastReport() const { return m_report; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

public Q_SLOTS:
    /** Close, Escape and the window's close button ask about unsaved changes first. */
    void reject() override;

private:
    void load();
    void loadPets();
    void markEdited();
    void validateNow();
    void showIssues(const ValidationReport& report);
    void updateTitle();
    /** Asks to save or discard unsaved edits; false when the user cancels. */
    bool settleUnsaved(const QString& question);
    void onMerged(const QString& keptId, const QString& duplicateName);
    /** The stored person with the form's values. */
    Person formPerson() const;
    QWidget* withIssue(QWidget* field, const QString& name);

    PersonService& m_people;
    Prompts& m_prompts;
    WhatsAppVerificationBox* m_whatsappBox = nullptr;
    QUndoStack& m_undo;
    QString m_personId;
    Person m_person;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_triedSave = false;
    bool m_gone = false;
    ValidationReport m_report;
    QTimer* m_validateTimer;
    PersonPetsModel* m_pets;
    QLabel* m_title;
    QLineEdit* m_name;
    QLineEdit* m_phones;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QComboBox* m_language;
    QCheckBox* m_whatsapp;
    QGroupBox* m_petsBox;
    QTableView* m_petTable;
    QLabel* m_status;
    QPushButton* m_mergeButton;
    QPushButton* m_saveButton;
    QPushButton* m_closeButton;
    QHash<QString, FieldIssueLabel*> m_issues;
    QHash<QString, QWidget*> m_fields;
};

} // namespace petinfo::client
