// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "models/SearchText.h"
#include "storage/ContactRepository.h"

#include <QSortFilterProxyModel>
#include <QTimer>

namespace petinfo::client {

class PersonService;

/** A row of the People list with what searching and sorting need, made once per change. */
struct PersonRow
{
    PersonSummary person;
    QString searchText; ///< personSearchText()
    QString nameKey;    ///< folded name, for sorting "Álvarez" among the A's
};

/** The People list: everyone who is a contact of a pet (or was), with their pets. Follows
 *  PersonService and PetService changes while it is live; a hidden list only notes that it is out
 *  of date and reloads once it is shown again (a change to a pet must not cost a clinic's whole
 *  people list each time). Reloads keep unchanged rows' search text. */
class PeopleModel final : public KeyedRowsModel<PersonRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phone,
        Email,
        PetCount,
        Pets,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SearchTextRole,
        PetCountRole, ///< int
    };
    Q_ENUM(Column)

    /** `follow`: reload after changes (the People tab); a picker loads once, on demand. */
    explicit PeopleModel(PersonService& people, bool follow = true, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    StorageResult<void> reload();
    /** Loads once if never loaded (for pickers that show it only when asked). */
    void ensureLoaded();
    /** Whether a view shows the list: a live model reloads soon after each change, another one
     *  when it becomes live (a new model is not live and not loaded). */
    void setLive(bool live);
    bool isStale() const { return m_stale; }
    /** The row of a person, or -1. */
    int rowOf(const QString& id) const;

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);
    /** A reload finished (also one that changed no row). */
    void reloaded();

protected:
    QString keyOf(const PersonRow& row) const override { return row.person.id; }

private:
    void changed();

    PersonService& m_people;
    QTimer m_reloadTimer;
    bool m_live = false;
    bool m_stale = true;
};

/** Filter-as-you-type over the People list (PersonService::search's rules) and sorting by folded
 *  name; one person can be left out (the one being merged, in the merge picker). */
class PeopleFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PeopleFilterProxyModel(QObject* parent = nullptr);

    /** Only a PeopleModel is accepted as the source. */
    void setSourceModel(QAbstractItemModel* model) override;
    void setFilterText(const QString& text);
    const QString& filterText() const { return m_text; }
    void setExcludedId(const QString& id);

    const PersonSummary* itemFromIndex(const QModelIndex& proxyIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    PeopleModel* m_people = nullptr;
    QString m_text;
    SearchTerms m_terms;
    QString m_excluded;
};

} // namespace petinfo::client
