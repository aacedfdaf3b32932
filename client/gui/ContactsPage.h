// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Validation.h"
#include "storage/ContactRepository.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace petinfo::client {

class ContactModel;
class FieldIssueLabel;

/** The editor's Contacts tab: the pet's people (owner, emergency contact, foster, vet…) with one
 *  primary contact, edited in memory and saved with the pet. */
class ContactsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(QWidget* parent = nullptr);

    void setContacts(std::vector<ContactEntry> contacts);
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
    QWidget* withIssue(QWidget* field, const QString& name);

    ContactModel* m_model;
    QTableView* m_table;
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
    QHash<QString, FieldIssueLabel*> m_issues;
    QHash<QString, QWidget*> m_fields;
    ValidationReport m_report;
    bool m_loading = false;
};

} // namespace petinfo::client
