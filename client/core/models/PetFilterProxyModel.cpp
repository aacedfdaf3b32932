// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PetFilterProxyModel.h"

#include "models/PetListModel.h"

#include <algorithm>
#include <numeric>

namespace petinfo::client {

namespace {

/** Above this many runs of neighbouring rows shown or hidden, one layout change is cheaper than a
 *  signal per run: each removal or insertion makes the view move its 50,000 row sections. */
constexpr int kMaxRunsInPlace = 16;
/** Above this many rows added at once, sort all rows again rather than place each alone. */
constexpr int kResortAbove = 64;

std::size_t at(int row)
{
    return static_cast<std::size_t>(row);
}

} // namespace

PetFilterProxyModel::PetFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{}

PetFilterProxyModel::~PetFilterProxyModel() = default;

void PetFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    auto* pets = qobject_cast<PetListModel*>(model);
    Q_ASSERT_X(pets || !model, "PetFilterProxyModel", "the source must be a PetListModel");
    beginResetModel();
    for (const QMetaObject::Connection& c : m_connections) {
        disconnect(c);
    }
    m_connections.clear();
    m_pets = pets;
    QAbstractProxyModel::setSourceModel(pets);
    if (m_pets) {
        m_connections = {
            connect(m_pets, &QAbstractItemModel::dataChanged, this, &PetFilterProxyModel::sourceDataChanged),
            connect(m_pets, &QAbstractItemModel::rowsInserted, this, &PetFilterProxyModel::sourceRowsInserted),
            connect(m_pets, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &PetFilterProxyModel::sourceRowsAboutToBeRemoved),
            connect(m_pets, &QAbstractItemModel::rowsRemoved, this, &PetFilterProxyModel::sourceRowsRemoved),
            connect(m_pets, &QAbstractItemModel::headerDataChanged, this,
                    &PetFilterProxyModel::sourceHeaderDataChanged),
            connect(m_pets, &QAbstractItemModel::modelAboutToBeReset, this, &PetFilterProxyModel::beginSourceReset),
            connect(m_pets, &QAbstractItemModel::modelReset, this, &PetFilterProxyModel::endSourceReset),
            // PetListModel never moves rows or columns nor changes its layout; were it to, starting
            // over is correct.
            connect(m_pets, &QAbstractItemModel::layoutAboutToBeChanged, this, &PetFilterProxyModel::beginSourceReset),
            connect(m_pets, &QAbstractItemModel::layoutChanged, this, &PetFilterProxyModel::endSourceReset),
            connect(m_pets, &QAbstractItemModel::rowsAboutToBeMoved, this, &PetFilterProxyModel::beginSourceReset),
            connect(m_pets, &QAbstractItemModel::rowsMoved, this, &PetFilterProxyModel::endSourceReset),
            connect(m_pets, &QAbstractItemModel::columnsAboutToBeInserted, this,
                    &PetFilterProxyModel::beginSourceReset),
            connect(m_pets, &QAbstractItemModel::columnsInserted, this, &PetFilterProxyModel::endSourceReset),
            connect(m_pets, &QAbstractItemModel::columnsAboutToBeRemoved, this, &PetFilterProxyModel::beginSourceReset),
            connect(m_pets, &QAbstractItemModel::columnsRemoved, this, &PetFilterProxyModel::endSourceReset),
            // Without a signal, as Qt's proxies do: the source usually goes as the window that
            // shows both is destroyed, and slots of its half-destroyed objects must not run.
            connect(m_pets, &QObject::destroyed, this,
                    [this] {
                        m_pets = nullptr;
                        rebuild();
                    }),
        };
    }
    rebuild();
    endResetModel();
}

void PetFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    SearchTerms terms = SearchTerms::parse(text);
    const SearchTerms::Relation relation = terms.relationTo(m_terms);
    m_terms = std::move(terms);
    if (relation == SearchTerms::Relation::Same || !m_pets) {
        return; // e.g. a trailing space: the same filter
    }
    // More typed can only hide rows, and deleting text can only show some: match only the rows
    // whose answer can change.
    const bool skipUnmatched = relation == SearchTerms::Relation::Narrower;
    const bool skipMatched = relation == SearchTerms::Relation::Broader;
    const SearchColumn& texts = m_pets->searchColumn();
    const int rows = static_cast<int>(m_flags.size());
    for (int row = 0; row < rows; ++row) {
        std::uint8_t& flags = m_flags[at(row)];
        const bool matched = (flags & SearchMatch) != 0;
        if ((matched && skipMatched) || (!matched && skipUnmatched)) {
            continue;
        }
        if (m_terms.isEmpty() || m_terms.matches(texts.rowText(row))) {
            flags |= SearchMatch;
        } else {
            flags &= static_cast<std::uint8_t>(~SearchMatch);
        }
    }
    showWanted();
}

void PetFilterProxyModel::setStatusFilter(std::optional<PetStatus> status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    for (int row = 0; row < static_cast<int>(m_flags.size()); ++row) {
        if (statusMatches(row)) {
            m_flags[at(row)] |= StatusMatch;
        } else {
            m_flags[at(row)] &= static_cast<std::uint8_t>(~StatusMatch);
        }
    }
    showWanted();
}

const PetSummary* PetFilterProxyModel::itemFromIndex(const QModelIndex& proxyIndex) const
{
    return m_pets && proxyIndex.isValid() ? m_pets->itemFromIndex(mapToSource(proxyIndex)) : nullptr;
}

QModelIndex PetFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= static_cast<int>(m_rows.size()) || column < 0 ||
        column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex PetFilterProxyModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex PetFilterProxyModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int PetFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PetFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_pets ? 0 : m_pets->columnCount();
}

bool PetFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant PetFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_pets) {
        return {};
    }
    // Column titles stay when no row is shown; row headers follow their rows.
    if (orientation == Qt::Vertical && section >= 0 && section < static_cast<int>(m_rows.size())) {
        return m_pets->headerData(m_rows[at(section)], orientation, role);
    }
    return m_pets->headerData(section, orientation, role);
}

QModelIndex PetFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_pets || !proxyIndex.isValid() || proxyIndex.row() >= static_cast<int>(m_rows.size())) {
        return {};
    }
    return m_pets->index(m_rows[at(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PetFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_pets || !sourceIndex.isValid() || sourceIndex.model() != m_pets) {
        return {};
    }
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void PetFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && (order == m_sortOrder || column < 0)) {
        return; // every change keeps the rows in this order
    }
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0) {
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    }
    relayout(QAbstractItemModel::VerticalSortHint);
}

bool PetFilterProxyModel::searchMatches(int sourceRow) const
{
    return m_terms.isEmpty() || m_terms.matches(m_pets->searchColumn().rowText(sourceRow));
}

bool PetFilterProxyModel::statusMatches(int sourceRow) const
{
    return !m_status || m_pets->summaryAt(sourceRow).status == *m_status;
}

void PetFilterProxyModel::updateMatchFlags(int sourceRow)
{
    std::uint8_t& flags = m_flags[at(sourceRow)];
    flags = static_cast<std::uint8_t>((flags & Shown) | (searchMatches(sourceRow) ? SearchMatch : 0) |
                                      (statusMatches(sourceRow) ? StatusMatch : 0));
}

bool PetFilterProxyModel::before(int left, int right) const
{
    if (m_sortColumn < 0) {
        return left < right;
    }
    const int c = m_pets->compareRows(left, right, m_sortColumn);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void PetFilterProxyModel::insertInOrder(int sourceRow)
{
    const auto at =
        std::lower_bound(m_order.begin(), m_order.end(), sourceRow, [this](int a, int b) { return before(a, b); });
    m_order.insert(at, sourceRow);
}

void PetFilterProxyModel::rebuild()
{
    const int rows = m_pets ? m_pets->rowCount() : 0;
    m_flags.assign(at(rows), 0);
    m_order.resize(at(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0 && rows > 0) {
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    }
    m_rows.clear();
    for (int row : m_order) {
        updateMatchFlags(row);
        if (wanted(row)) {
            m_flags[at(row)] |= Shown;
            m_rows.push_back(row);
        }
    }
    m_proxyRowsStale = true;
}

void PetFilterProxyModel::showWanted()
{
    // Count the runs of rows to hide (neighbours among the shown rows) and to show (neighbours once
    // the hidden ones are gone): each run is one signal in place.
    int runs = 0;
    bool inRemoved = false;
    bool inInserted = false;
    for (int row : m_order) {
        const bool isShown = shown(row);
        const bool isWanted = wanted(row);
        if (isShown && isWanted) {
            inRemoved = inInserted = false;
        } else if (isShown) {
            runs += inRemoved ? 0 : 1;
            inRemoved = true;
        } else if (isWanted) {
            runs += inInserted ? 0 : 1;
            inInserted = true;
        }
    }
    if (runs == 0) {
        return;
    }
    if (runs > kMaxRunsInPlace) {
        relayout(QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    // Removals from the last, so that the rows before keep their numbers.
    for (int last = static_cast<int>(m_rows.size()) - 1; last >= 0;) {
        if (wanted(m_rows[at(last)])) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted(m_rows[at(first - 1)])) {
            --first;
        }
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            m_flags[at(m_rows[at(row)])] &= static_cast<std::uint8_t>(~Shown);
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        m_proxyRowsStale = true;
        endRemoveRows();
        last = first - 1;
    }
    // Insertions in sort order.
    std::vector<int> run;
    int proxyRow = 0;
    for (std::size_t i = 0; i < m_order.size();) {
        if (shown(m_order[i])) {
            ++proxyRow;
            ++i;
            continue;
        }
        run.clear();
        for (; i < m_order.size() && !shown(m_order[i]); ++i) {
            if (wanted(m_order[i])) {
                run.push_back(m_order[i]);
            }
        }
        if (run.empty()) {
            continue;
        }
        const int count = static_cast<int>(run.size());
        beginInsertRows({}, proxyRow, proxyRow + count - 1);
        m_rows.insert(m_rows.begin() + proxyRow, run.begin(), run.end());
        for (int row : run) {
            m_flags[at(row)] |= Shown;
        }
        m_proxyRowsStale = true;
        endInsertRows();
        proxyRow += count;
    }
}

void PetFilterProxyModel::relayout(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before) {
        sourceRows.push_back(index.row() < static_cast<int>(m_rows.size()) ? m_rows[at(index.row())] : -1);
    }
    m_rows.clear();
    for (int row : m_order) {
        std::uint8_t& flags = m_flags[at(row)];
        if ((flags & kWanted) == kWanted) {
            flags |= Shown;
            m_rows.push_back(row);
        } else {
            flags &= static_cast<std::uint8_t>(~Shown);
        }
    }
    m_proxyRowsStale = true;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = proxyRowOf(sourceRows[static_cast<std::size_t>(i)]);
        after << (row < 0 ? QModelIndex() : createIndex(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

int PetFilterProxyModel::proxyRowOf(int sourceRow) const
{
    if (m_proxyRowsStale) {
        m_proxyRows.assign(m_flags.size(), -1);
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            m_proxyRows[at(m_rows[i])] = static_cast<int>(i);
        }
        m_proxyRowsStale = false;
    }
    return sourceRow >= 0 && at(sourceRow) < m_proxyRows.size() ? m_proxyRows[at(sourceRow)] : -1;
}

void PetFilterProxyModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                            const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid()) {
        return;
    }
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last > first) {
        // Not from PetListModel, which changes one pet at a time: rows placed one by one would be
        // compared with neighbours that are not in their new places yet.
        for (int row = first; row <= last; ++row) {
            updateMatchFlags(row);
        }
        std::iota(m_order.begin(), m_order.end(), 0);
        if (m_sortColumn >= 0) {
            std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
        }
        relayout(QAbstractItemModel::NoLayoutChangeHint);
        if (!m_rows.empty()) {
            Q_EMIT dataChanged(index(0, topLeft.column()),
                               index(static_cast<int>(m_rows.size()) - 1, bottomRight.column()), roles);
        }
        return;
    }
    for (int row = first; row <= last; ++row) {
        updateMatchFlags(row);
        if (m_sortColumn >= 0) {
            // The row may sort elsewhere now (a pet renamed).
            m_order.erase(std::find(m_order.begin(), m_order.end(), row));
            insertInOrder(row);
        }
        if (!shown(row) || !wanted(row)) {
            showWanted(); // shows or hides this one row, if anything
            continue;
        }
        const int from = proxyRowOf(row);
        int to = 0;
        for (int other : m_order) {
            if (other == row) {
                break;
            }
            to += shown(other) ? 1 : 0;
        }
        if (to != from && beginMoveRows({}, from, from, {}, to > from ? to + 1 : to)) {
            m_rows.erase(m_rows.begin() + from);
            m_rows.insert(m_rows.begin() + to, row);
            m_proxyRowsStale = true;
            endMoveRows();
        }
        Q_EMIT dataChanged(index(to, topLeft.column()), index(to, bottomRight.column()), roles);
    }
}

void PetFilterProxyModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    const int count = last - first + 1;
    // The rows after `first` moved down in the source: renumber them.
    for (int& row : m_order) {
        row += row >= first ? count : 0;
    }
    for (int& row : m_rows) {
        row += row >= first ? count : 0;
    }
    m_flags.insert(m_flags.begin() + first, at(count), 0);
    m_proxyRowsStale = true;
    for (int row = first; row <= last; ++row) {
        updateMatchFlags(row);
    }
    if (m_sortColumn < 0) {
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), first);
        std::vector<int> added(static_cast<std::size_t>(count));
        std::iota(added.begin(), added.end(), first);
        m_order.insert(at, added.begin(), added.end());
    } else if (count > kResortAbove) {
        for (int row = first; row <= last; ++row) {
            m_order.push_back(row);
        }
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    } else {
        for (int row = first; row <= last; ++row) {
            insertInOrder(row);
        }
    }
    showWanted();
}

void PetFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    // Hidden while the source still has them, so views can still read them.
    for (int row = first; row <= last; ++row) {
        m_flags[at(row)] &= static_cast<std::uint8_t>(~kWanted);
    }
    showWanted();
    std::erase_if(m_order, [&](int row) { return row >= first && row <= last; });
}

void PetFilterProxyModel::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    const int count = last - first + 1;
    for (int& row : m_order) {
        row -= row > last ? count : 0;
    }
    for (int& row : m_rows) {
        row -= row > last ? count : 0;
    }
    m_flags.erase(m_flags.begin() + first, m_flags.begin() + last + 1);
    m_proxyRowsStale = true;
}

void PetFilterProxyModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        Q_EMIT headerDataChanged(orientation, first, last);
    } else if (!m_rows.empty()) {
        Q_EMIT headerDataChanged(orientation, 0, static_cast<int>(m_rows.size()) - 1);
    }
}

void PetFilterProxyModel::beginSourceReset()
{
    beginResetModel();
}

void PetFilterProxyModel::endSourceReset()
{
    rebuild();
    endResetModel();
}

} // namespace petinfo::client
