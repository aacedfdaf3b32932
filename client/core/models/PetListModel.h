// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SearchColumn.h"
#include "storage/PetRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

template <typename T>
class QFutureWatcher;

#include <vector>

namespace petinfo::client {

class PetService;

/** The pet list: every pet that is not in the trash, held in memory (50,000 rows are a few MB).
 *  Each row carries precomputed sort keys, and its case- and accent-folded search text sits in a
 *  SearchColumn, so the filter proxy matches a keystroke without allocating and sorting never goes
 *  through QVariant. */
class PetListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Species,
        Breed,
        Status,
        Microchip,
        Owner,
        Phone,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SearchTextRole, ///< folded name, microchips, owner name and phone digits
        SpeciesRole,    ///< Species as int
        StatusRole,     ///< PetStatus as int
    };
    Q_ENUM(Column)

    /** Follows `service`'s pet signals when given; without one, rows come from setSummaries(). */
    explicit PetListModel(PetService* service = nullptr, QObject* parent = nullptr);
    ~PetListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The phone numbers' text again (after the phone country changed), keeping rows and selection. */
    void refreshPhones()
    {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, Phone), index(rowCount() - 1, Phone), {Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
    /** Loads every pet from the service (replacing the rows). */
    StorageResult<void> reload();
    /** Replaces the rows, e.g. with summaries loaded on a worker thread. */
    void setSummaries(std::vector<PetSummary> summaries);

    const PetSummary* itemFromIndex(const QModelIndex& index) const;
    const PetSummary& summaryAt(int row) const { return m_rows[static_cast<std::size_t>(row)].summary; }
    /** Every row's search text (name, microchips, owner name, phone digits), in row order. */
    const SearchColumn& searchColumn() const { return m_search; }
    /** Orders two rows by a column (<0, 0, >0) without building QVariants; ties go by name, then id. */
    int compareRows(int left, int right, int column) const;
    /** The row of a pet, or -1. */
    int rowOf(const QString& id) const { return m_rowOf.value(id, -1); }
    /** Whether every phone can be found the local ways people type it. A large list is shown
     *  before that (working out a number's local forms takes tens of microseconds, seconds for a
     *  big clinic): until then its phones match as stored (international digits), and the search
     *  text is completed on a worker thread, announced by phoneSearchCompleted(). */
    bool phoneSearchComplete() const { return m_phoneSearchComplete; }
    /** Lists up to this size get their phone search forms at once (about 30 ms). */
    static constexpr int kPhoneFormsAtOnce = 1000;

Q_SIGNALS:
    /** A reload after the service's reset() signal failed. */
    void loadFailed(const petinfo::client::StorageError& error);
    /** Every row's phones are now found in their local forms too (the rows' search text changed,
     *  announced as dataChanged with SearchTextRole). */
    void phoneSearchCompleted();

private:
    struct Row
    {
        PetSummary summary;
        QString nameKey;
        QString ownerKey;
        /** The Phone column's text, made when first shown: formatting a number for the region
         *  takes tens of microseconds, a fifth of repainting the list after each keystroke. */
        mutable QString phonesShown;
        mutable quint32 phonesShownFor = 0; ///< m_phoneRegionGeneration it was made in; 0: never
    };
    /** The Phone column's text for a row, as the current phone region writes it. */
    const QString& phonesShown(const Row& row) const;
    static Row makeRow(PetSummary summary);
    /** What a search finds a row by; the fields are matched separately. A phone whose local forms
     *  are not known yet is matched as stored and, unless `missing` is null, listed there;
     *  with a null `missing` its forms are worked out now. */
    void collectSearchText(const Row& row, SearchColumn::RowText& text, QStringList* missing = nullptr);
    void startPhoneForms(QStringList numbers);
    void phoneFormsReady();
    void onPetAdded(const PetSummary& summary);
    void onPetChanged(const PetSummary& summary);
    void onPetRemoved(const QString& id);
    void reindexFrom(int row);

    PetService* m_service;
    std::vector<Row> m_rows;
    SearchColumn m_search;                       ///< parallel to m_rows
    mutable QString m_phoneRegion;               ///< the region the phones shown were written for
    mutable quint32 m_phoneRegionGeneration = 1; ///< raised when the region changes
    QHash<QString, int> m_rowOf;
    QHash<QString, QStringList> m_phoneForms; ///< E.164 number -> the digits people type for it
    QFutureWatcher<QHash<QString, QStringList>>* m_formsWatcher = nullptr;
    bool m_phoneSearchComplete = true;
};

} // namespace petinfo::client
