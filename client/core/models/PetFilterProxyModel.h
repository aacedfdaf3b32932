// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SearchText.h"
#include "petinfo/common/Domain.h"

#include <QAbstractProxyModel>

#include <cstdint>
#include <optional>
#include <vector>

namespace petinfo::client {

class PetListModel;
struct PetSummary;

/** Filter-as-you-type and sorting over PetListModel: name, microchips, owner name and phone (phone
 *  and microchip matching ignores spaces and dashes), case- and accent-insensitive, every typed word
 *  must match; optionally one status.
 *
 *  Not a QSortFilterProxyModel: that one sorts the shown rows again whenever a filter shows or hides
 *  many of them (20 ms over 50,000 pets), and re-filters every row through a virtual call per row.
 *  This proxy keeps every source row in sort order all the time (a changed, added or removed pet
 *  moves alone) and a flag byte per row, so a keystroke only matches the rows whose answer can
 *  change (those shown when more is typed, those hidden when text is deleted) against the model's
 *  SearchColumn, then walks the sorted rows once. Few changed runs of rows are announced in place;
 *  many as one layout change. Sorting and filtering never go through QVariant. */
class PetFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit PetFilterProxyModel(QObject* parent = nullptr);
    ~PetFilterProxyModel() override;

    /** Only a PetListModel is accepted as the source. */
    void setSourceModel(QAbstractItemModel* model) override;
    PetListModel* petModel() const { return m_pets; }

    void setFilterText(const QString& text);
    const QString& filterText() const { return m_text; }
    /** Shows only pets with this status (e.g. lost), or every pet. */
    void setStatusFilter(std::optional<PetStatus> status);
    std::optional<PetStatus> statusFilter() const { return m_status; }

    /** The pet behind an index of this proxy, or null. */
    const PetSummary* itemFromIndex(const QModelIndex& proxyIndex) const;

    /** The column sorted by, or -1 for the model's own order. */
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    enum Flag : std::uint8_t
    {
        SearchMatch = 1, ///< the row has every search term
        StatusMatch = 2, ///< the row has the status shown (or every status is)
        Shown = 4,       ///< the row is in m_rows
    };
    static constexpr std::uint8_t kWanted = SearchMatch | StatusMatch;

    bool wanted(int sourceRow) const { return (m_flags[static_cast<std::size_t>(sourceRow)] & kWanted) == kWanted; }
    bool shown(int sourceRow) const { return (m_flags[static_cast<std::size_t>(sourceRow)] & Shown) != 0; }
    bool searchMatches(int sourceRow) const;
    bool statusMatches(int sourceRow) const;
    void updateMatchFlags(int sourceRow);
    /** The order of two source rows under the current sort. */
    bool before(int left, int right) const;
    /** Puts a source row that is not in m_order where the sort wants it. */
    void insertInOrder(int sourceRow);
    /** Every source row in sort order, flags and shown rows anew, without any signal. */
    void rebuild();
    /** Shows the wanted rows and hides the others: in place (row removals and insertions) when
     *  they change in few runs of neighbouring rows, otherwise as one layout change. */
    void showWanted();
    /** m_rows anew from m_order inside a layout change; persistent indexes follow their rows. */
    void relayout(QAbstractItemModel::LayoutChangeHint hint);
    /** Where a source row is shown, or -1. */
    int proxyRowOf(int sourceRow) const;

    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void beginSourceReset();
    void endSourceReset();

    PetListModel* m_pets = nullptr;
    std::vector<QMetaObject::Connection> m_connections;
    QString m_text;
    SearchTerms m_terms;
    std::optional<PetStatus> m_status;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_order;             ///< every source row, in sort order
    std::vector<std::uint8_t> m_flags;    ///< Flag bits per source row
    std::vector<int> m_rows;              ///< proxy row -> source row: the Shown rows in m_order's order
    mutable std::vector<int> m_proxyRows; ///< source row -> proxy row or -1, rebuilt on demand
    mutable bool m_proxyRowsStale = true;
};

} // namespace petinfo::client
