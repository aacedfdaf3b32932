// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Validation.h"
#include "storage/ContactRepository.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace petinfo::client {

class ContactModel;
class FieldIssueLabel;
class PersonPicker;
class PersonService;

/** The editor's Contacts tab: the pet's people (owner, emergency contact, foster, vet…) with one
 *  primary contact, edited in memory and saved with the pet. With a PersonService, an existing
 *  person is found as you type and linked (not copied), so the same person is one record across
 *  all their pets; their details edited here show on those pets too, which the tab says. */
class ContactsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(QWidget* parent = nullptr);

    /** Enables "choose an existing person" (the picker before the New person button). */
    void setPersonService(PersonService* people);
    /** The pet being edited (empty for a new one), so that a shared person's other pets are named. */
    void setPetId(const QString& petId) { m_petId = petId; }
    void setContacts(std::vector<ContactEntry> contacts);
    /** Adds an existing person as a contact (or selects them if they are one already). */
    bool addExistingPerson(const QString& personId);
    const std::vector<ContactEntry>& contacts() const;
    ContactModel* model() const { return m_model; }

    /** Shows issues of "contacts[i]…" fields: the selected contact's next to its fields, the others
     *  in a list above. Returns how many it showed. */
    int showIssues(const ValidationReport& report);
    /** Selects the contact of a field such as "contacts[1].phones[0]" and focuses the field. */
    bool focusField(const std::string& field);

Q_SIGNALS:
    void edited();

private:
    int currentRow() const;
    void loadForm();
    void storeForm();
    void addContact();
    void removeContact();
    void showSharedHint(const ContactEntry* entry);
    QWidget* withIssue(QWidget* field, const QString& name);

    ContactModel* m_model;
    QTableView* m_table;
    QHBoxLayout* m_addRow;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_primary;
    QWidget* m_form;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_phones;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QComboBox* m_language;
    QCheckBox* m_whatsapp;
    QLabel* m_otherIssues;
    QLabel* m_sharedHint;
    PersonService* m_people = nullptr;
    PersonPicker* m_picker = nullptr;
    QString m_petId;
    QHash<QString, FieldIssueLabel*> m_issues;
    QHash<QString, QWidget*> m_fields;
    ValidationReport m_report;
    bool m_loading = false;
};

} // namespace petinfo::client
