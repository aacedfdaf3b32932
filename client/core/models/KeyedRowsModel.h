// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

namespace petinfo::client {

/** Base of the small list models whose rows are reloaded from PetService after a change. New rows
 *  are diffed against the shown ones by key, so a change becomes row removals and insertions (and
 *  views keep their selection and scroll position) instead of a reset. A template without Q_OBJECT:
 *  each concrete model is a `final` QObject class of its own. */
template <typename T>
class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    /** The row behind an index of this model, or null for no index (e.g. a view's current index
     *  when nothing is selected). An index of another model or past the end is a caller's bug:
     *  checkIndex() reports it. */
    const T* itemFromIndex(const QModelIndex& index) const
    {
        if (!index.isValid()) {
            return nullptr;
        }
        return checkIndex(index, CheckIndexOption::IndexIsValid) ? &m_rows[static_cast<std::size_t>(index.row())]
                                                                 : nullptr;
    }
    const std::vector<T>& items() const { return m_rows; }

protected:
    virtual QString keyOf(const T& row) const = 0;

    /** Replaces the rows with `next`, announcing the difference. Falls back to a reset when rows
     *  that stay change their relative order. */
    void replaceRows(std::vector<T> next);
    void resetRows(std::vector<T> next)
    {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
    }

    std::vector<T> m_rows;
};

template <typename T>
void KeyedRowsModel<T>::replaceRows(std::vector<T> next)
{
    QHash<QString, int> newPos;
    newPos.reserve(static_cast<qsizetype>(next.size()));
    for (std::size_t i = 0; i < next.size(); ++i) {
        newPos.insert(keyOf(next[i]), static_cast<int>(i));
    }
    if (static_cast<qsizetype>(next.size()) != newPos.size()) {
        resetRows(std::move(next)); // duplicate keys: nothing to diff against
        return;
    }
    // Rows that stay must keep their order; otherwise a reset is the honest announcement.
    int lastKept = -1;
    bool anyKept = false;
    for (const T& row : m_rows) {
        const auto it = newPos.constFind(keyOf(row));
        if (it == newPos.constEnd()) {
            continue;
        }
        if (*it < lastKept) {
            resetRows(std::move(next));
            return;
        }
        lastKept = *it;
        anyKept = true;
    }
    if (!anyKept && !m_rows.empty() && !next.empty()) {
        resetRows(std::move(next));
        return;
    }
    // Removals, from the end so earlier row numbers stay valid, in contiguous runs.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
        if (newPos.contains(keyOf(m_rows[static_cast<std::size_t>(row)]))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !newPos.contains(keyOf(m_rows[static_cast<std::size_t>(first - 1)]))) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    // The kept rows are now in `next`'s order; insert the new ones at their final positions.
    QHash<QString, bool> kept;
    kept.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const T& row : m_rows) {
        kept.insert(keyOf(row), true);
    }
    for (int pos = 0; pos < static_cast<int>(next.size());) {
        if (kept.contains(keyOf(next[static_cast<std::size_t>(pos)]))) {
            m_rows[static_cast<std::size_t>(pos)] = std::move(next[static_cast<std::size_t>(pos)]);
            ++pos;
            continue;
        }
        int end = pos + 1;
        while (end < static_cast<int>(next.size()) && !kept.contains(keyOf(next[static_cast<std::size_t>(end)]))) {
            ++end;
        }
        beginInsertRows({}, pos, end - 1);
        m_rows.insert(m_rows.begin() + pos, std::make_move_iterator(next.begin() + pos),
                      std::make_move_iterator(next.begin() + end));
        endInsertRows();
        pos = end;
    }
    if (!m_rows.empty() && columnCount() > 0) {
        // Kept rows may have new content; one range covers them.
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1));
    }
}

} // namespace petinfo::client
