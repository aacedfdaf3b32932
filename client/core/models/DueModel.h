// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "storage/HealthRepository.h"

namespace petinfo::client {

class PetService;
class ReminderService;

/** "Due soon / overdue": open health records due within PetService::kDueSoonDays, most overdue
 *  first. Loaded lazily a page at a time (canFetchMore/fetchMore) so a shelter with thousands of
 *  due records opens instantly. Follows every service change that can move a record in or out. */
class DueModel final : public KeyedRowsModel<DueItem>
{
    Q_OBJECT

public:
    enum Column
    {
        DueDate,
        State,
        Pet,
        Kind,
        Product,
        Owner,
        Phone,
        Reminder, ///< what the server's WhatsApp reminders for it came to (with a ReminderService)
        ColumnCount
    };
    enum Role
    {
        PetIdRole = Qt::UserRole + 1,
        RecordIdRole,
        DueStateRole, ///< petinfo::DueState as int
        DaysLeftRole, ///< days until due (negative when overdue)
    };
    Q_ENUM(Column)

    static constexpr int kDefaultPageSize = 200;

    explicit DueModel(PetService& service, int pageSize = kDefaultPageSize, QObject* parent = nullptr);

    /** Fills the Reminder column from the server's reminders (null: left empty). */
    void setReminderService(ReminderService* reminders);

    int columnCount(const QModelIndex& parent = {}) const override;
    /** The phone numbers' text again (after the phone country changed), keeping rows and selection. */
    void refreshPhones()
    {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, Phone), index(rowCount() - 1, Phone), {Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int pageSize() const { return m_pageSize; }

    /** Reloads the rows shown so far (at least one page) and the counts, e.g. when the day changes. */
    void refresh();
    /** Overdue and due-soon totals over all records, not just the loaded pages. */
    DueCounts counts() const { return m_counts; }

Q_SIGNALS:
    void countsChanged();
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const DueItem& row) const override { return QString::fromStdString(row.record.id); }

private:
    void refreshCounts();

    QString reminderText(const QString& recordId) const;

    PetService& m_service;
    ReminderService* m_reminders = nullptr;
    /** Filled as rows are shown, emptied when anything may have changed. */
    mutable QHash<QString, QString> m_reminderText;
    int m_pageSize;
    bool m_atEnd = false;
    DueCounts m_counts;
};

} // namespace petinfo::client
