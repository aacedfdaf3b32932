// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "storage/ReminderRepository.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace petinfo::client {

class ReminderService;

/** The Reminders window's list: every WhatsApp message the server sent or tried to send, and
 *  every reminder still planned, from the local copy (works offline). */
class ReminderListModel final : public KeyedRowsModel<MessageListItem>
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        State,
        Pet,
        Owner,
        About,
        Due,
        Detail,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        StateRole = Qt::UserRole + 1, ///< ReminderListModel::Filter value the row belongs to
        TimeRole,                     ///< ms: when it went or is to go
        SortRole,                     ///< what the column sorts by
        SearchTextRole,               ///< folded text the filter matches
    };

    /** What the state filter chooses. */
    enum class Filter
    {
        All,
        Pending,
        Sent,
        Failed,
        Uncertain,
        Cancelled
    };
    Q_ENUM(Filter)

    explicit ReminderListModel(ReminderService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    StorageResult<void> reload();

    static Filter filterOf(const MessageListItem& item);
    /** When a row went out or is planned to. */
    static qint64 timeOf(const MessageListItem& item);

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const MessageListItem& row) const override
    {
        if (row.planned && row.message.reminderId.isEmpty()) { // not planned by the server yet
            return QStringLiteral("e:%1/%2/%3")
                .arg(row.healthRecordId, QLatin1String(enumName(row.kind)), QString::number(row.days));
        }
        return row.planned ? QStringLiteral("r:") + row.message.reminderId : QStringLiteral("m:") + row.message.id;
    }

private:
    ReminderService& m_service;
};

/** The Reminders window's filters: a state, a date range (inclusive, local dates; invalid =
 *  open), and words that must all appear in the pet, owner, product, text or reason. */
class ReminderFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReminderFilterProxyModel(QObject* parent = nullptr);

    void setStateFilter(ReminderListModel::Filter filter);
    void setDateRange(const QDate& from, const QDate& to);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ReminderListModel::Filter m_state = ReminderListModel::Filter::All;
    QDate m_from;
    QDate m_to;
    QStringList m_words;
};

} // namespace petinfo::client
