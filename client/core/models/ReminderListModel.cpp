// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ReminderListModel.h"

#include "models/DomainText.h"
#include "models/ReminderText.h"
#include "models/SearchText.h"
#include "services/ReminderService.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace petinfo::client {

namespace {

QString whenText(qint64 ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat) : QString();
}

QString aboutText(const MessageListItem& item)
{
    if (item.kind == ReminderKind::OneOff) {
        return item.reminderText;
    }
    if (item.message.purpose == MessagePurpose::Verification) {
        return ReminderListModel::tr("WhatsApp number check");
    }
    if (item.message.purpose == MessagePurpose::FoundAlert) {
        return ReminderListModel::tr("Found pet alert");
    }
    return item.product.isEmpty() ? ReminderListModel::tr("Health record") : item.product;
}

QString stateText(const MessageListItem& item)
{
    return item.planned ? ReminderListModel::tr("Planned") : messageStateLabel(item.message.state);
}

QString detailText(const MessageListItem& item)
{
    if (item.planned) {
        return ReminderListModel::tr("to be sent %1").arg(shortDateTimeText(item.sendAtMs));
    }
    return messageStateText(item.message);
}

} // namespace

ReminderListModel::ReminderListModel(ReminderService& service, QObject* parent)
    : KeyedRowsModel<MessageListItem>(parent)
    , m_service(service)
{
    connect(&m_service, &ReminderService::changed, this, [this] { (void)reload(); });
}

int ReminderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ReminderListModel::Filter ReminderListModel::filterOf(const MessageListItem& item)
{
    if (item.planned) {
        return Filter::Pending;
    }
    switch (item.message.state) {
    case MessageState::Queued:
        return Filter::Pending;
    case MessageState::Sent:
    case MessageState::Delivered:
    case MessageState::Read:
        return Filter::Sent;
    case MessageState::Failed:
        return Filter::Failed;
    case MessageState::Uncertain:
        return Filter::Uncertain;
    case MessageState::Cancelled:
        return Filter::Cancelled;
    }
    return Filter::All;
}

qint64 ReminderListModel::timeOf(const MessageListItem& item)
{
    if (item.planned) {
        return item.sendAtMs;
    }
    const MessageEntry& m = item.message;
    return m.sentAtMs ? m.sentAtMs : (m.failedAtMs ? m.failedAtMs : std::max(m.createdAtMs, item.sendAtMs));
}

QVariant ReminderListModel::data(const QModelIndex& index, int role) const
{
    const MessageListItem* item = itemFromIndex(index);
    if (!item) {
        return {};
    }
    switch (role) {
    case StateRole:
        return static_cast<int>(filterOf(*item));
    case TimeRole:
        return timeOf(*item);
    case SearchTextRole:
        return foldForSearch(
            QStringList{item->petName, item->personName, aboutText(*item), item->message.error, detailText(*item)}.join(
                QLatin1Char('\n')));
    case SortRole:
        switch (index.column()) {
        case When:
            return timeOf(*item);
        case State:
            return static_cast<int>(filterOf(*item));
        case Due:
            return item->due ? QString::fromStdString(item->due->toIso()) : QString();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return whenText(timeOf(*item));
        case State:
            return stateText(*item);
        case Pet:
            return item->petName;
        case Owner:
            return item->personName;
        case About:
            return aboutText(*item);
        case Due:
            return item->due ? dateText(*item->due) : QString();
        case Detail:
            return detailText(*item);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Detail || index.column() == State) {
            return item->message.error.isEmpty()
                       ? detailText(*item)
                       : tr("%1\nWhatsApp said: %2").arg(detailText(*item), item->message.error);
        }
        return {};
    default:
        return {};
    }
}

QVariant ReminderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case When:
        return tr("When");
    case State:
        return tr("State");
    case Pet:
        return tr("Pet");
    case Owner:
        return tr("To");
    case About:
        return tr("About");
    case Due:
        return tr("Due");
    case Detail:
        return tr("Details");
    default:
        return {};
    }
}

StorageResult<void> ReminderListModel::reload()
{
    auto rows = m_service.listAll();
    if (!rows) {
        Q_EMIT loadFailed(rows.error());
        return fail(rows.error());
    }
    replaceRows(std::move(*rows));
    if (rowCount() > 0) {
        // Rows that stayed may have a new state.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    return {};
}

ReminderFilterProxyModel::ReminderFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReminderListModel::SortRole);
}

void ReminderFilterProxyModel::setStateFilter(ReminderListModel::Filter filter)
{
    if (filter != m_state) {
        m_state = filter;
        invalidateFilter();
    }
}

void ReminderFilterProxyModel::setDateRange(const QDate& from, const QDate& to)
{
    if (from != m_from || to != m_to) {
        m_from = from;
        m_to = to;
        invalidateFilter();
    }
}

void ReminderFilterProxyModel::setText(const QString& text)
{
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words != m_words) {
        m_words = words;
        invalidateFilter();
    }
}

bool ReminderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state != ReminderListModel::Filter::All &&
        index.data(ReminderListModel::StateRole).toInt() != static_cast<int>(m_state)) {
        return false;
    }
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(index.data(ReminderListModel::TimeRole).toLongLong()).toLocalTime().date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to)) {
            return false;
        }
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(ReminderListModel::SearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!text.contains(word)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace petinfo::client
