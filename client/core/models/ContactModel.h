// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ContactRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace petinfo::client {

/** The contacts of the pet being edited, held in memory until the editor saves the whole record
 *  (PetService::updatePet writes the pet and its contacts in one transaction). */
class ContactModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Phones,
        Email,
        Primary,
        ColumnCount
    };
    enum DataRole
    {
        PersonIdRole = Qt::UserRole + 1,
        PrimaryRole, ///< bool
    };
    Q_ENUM(Column)

    explicit ContactModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setContacts(std::vector<ContactEntry> contacts);
    const std::vector<ContactEntry>& contacts() const { return m_rows; }
    const ContactEntry* itemFromIndex(const QModelIndex& index) const;

    /** Appends a contact; the first one becomes primary. Returns its row. */
    int addContact(ContactEntry entry);
    void removeContact(int row);
    void setContact(int row, ContactEntry entry);
    /** Makes one contact the primary one (and no other). */
    void setPrimary(int row);

Q_SIGNALS:
    /** The user changed something (for the editor's unsaved-changes state). */
    void edited();

private:
    std::vector<ContactEntry> m_rows;
};

} // namespace petinfo::client
