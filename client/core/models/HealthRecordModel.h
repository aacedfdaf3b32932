// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

#include <QSet>

namespace petinfo::client {

class PetService;
class ReminderService;
struct RecordReminderStatus;

/** One pet's health records, newest first. A record is "open" while no later record of the same
 *  series supersedes it (HealthRepository's rule); only open records can be overdue, so an old
 *  rabies shot followed by a newer one is not flagged. */
class HealthRecordModel final : public KeyedRowsModel<HealthRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        RecordDate,
        Kind,
        Product,
        Batch,
        NextDue,
        GivenBy,
        Notes,
        Reminder, ///< what the server's WhatsApp reminders for it came to (with a ReminderService)
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DueStateRole, ///< petinfo::DueState as int; None for superseded records
        OpenRole,     ///< false when a later record of the same series replaced it
    };
    Q_ENUM(Column)

    explicit HealthRecordModel(PetService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Fills the Reminder column from the server's reminders (null: left empty). */
    void setReminderService(ReminderService* reminders);

    /** Shows this pet's records (empty id: none). */
    void setPetId(const QString& petId);
    const QString& petId() const { return m_petId; }
    StorageResult<void> reload();
    /** Open records that are overdue today. */
    int overdueCount() const;

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const HealthRecord& row) const override { return QString::fromStdString(row.id); }

private:
    StorageResult<std::vector<HealthRecord>> load();
    static QSet<QString> openRecords(const std::vector<HealthRecord>& records);
    DueState stateOf(const HealthRecord& record) const;

    void loadReminders();

    PetService& m_service;
    ReminderService* m_reminders = nullptr;
    QString m_petId;
    QSet<QString> m_open;
    QHash<QString, QString> m_reminderText; ///< by record id
};

} // namespace petinfo::client
