// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PeopleModel.h"

#include "models/PhoneText.h"
#include "services/PersonService.h"
#include "services/PetService.h"

namespace petinfo::client {

PeopleModel::PeopleModel(PersonService& people, bool follow, QObject* parent)
    : KeyedRowsModel<PersonRow>(parent)
    , m_people(people)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0); // several signals of one change make one reload
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (auto r = reload(); !r) {
            Q_EMIT loadFailed(r.error());
        }
    });
    if (!follow) {
        return;
    }
    connect(&m_people, &PersonService::personChanged, this, &PeopleModel::changed);
    connect(&m_people, &PersonService::peopleChanged, this, &PeopleModel::changed);
    PetService& pets = m_people.petService();
    connect(&pets, &PetService::petAdded, this, &PeopleModel::changed);
    connect(&pets, &PetService::petChanged, this, &PeopleModel::changed);
    connect(&pets, &PetService::petRemoved, this, &PeopleModel::changed);
    connect(&pets, &PetService::reset, this, &PeopleModel::changed);
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    const PersonRow* row = itemFromIndex(index);
    if (!row) {
        return {};
    }
    const PersonSummary& p = row->person;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name:
            return p.name;
        case Phone:
            return phonesForDisplay(p.phones).join(QStringLiteral(", "));
        case Email:
            return p.email;
        case PetCount:
            return p.petCount();
        case Pets:
            return p.petNames.join(QStringLiteral(", "));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Phone && p.phones.contains(QLatin1Char(' '))) {
            return phonesForDisplay(p.phones).join(QLatin1Char('\n'));
        }
        if (index.column() == Pets && !p.petNames.isEmpty()) {
            return p.petNames.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == PetCount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return p.id;
    case SearchTextRole:
        return row->searchText;
    case PetCountRole:
        return p.petCount();
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case PetCount:
        //: Column of the People list: how many pets a person has.
        return tr("Pets");
    case Pets:
        //: Column of the People list: the names of a person's pets.
        return tr("Pet names");
    case ColumnCount:
        break;
    }
    return {};
}

StorageResult<void> PeopleModel::reload()
{
    m_reloadTimer.stop();
    auto people = m_people.people();
    if (!people) {
        return fail(people.error());
    }
    QHash<QString, const PersonRow*> old;
    old.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const PersonRow& row : m_rows) {
        old.insert(row.person.id, &row);
    }
    std::vector<PersonRow> rows;
    rows.reserve(people->size());
    for (PersonSummary& person : *people) {
        const PersonRow* before = old.value(person.id);
        if (before && before->person == person) {
            rows.push_back(*before); // phone forms are the costly part of a row: reuse them
            continue;
        }
        PersonRow row;
        row.searchText = personSearchText(person);
        row.nameKey = foldForSearch(person.name);
        row.person = std::move(person);
        rows.push_back(std::move(row));
    }
    m_stale = false;
    replaceRows(std::move(rows));
    Q_EMIT reloaded();
    return {};
}

void PeopleModel::ensureLoaded()
{
    if (m_stale) {
        if (auto r = reload(); !r) {
            Q_EMIT loadFailed(r.error());
        }
    }
}

void PeopleModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale) {
        m_reloadTimer.start();
    }
}

void PeopleModel::changed()
{
    m_stale = true;
    if (m_live) {
        m_reloadTimer.start();
    }
}

int PeopleModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].person.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

PeopleFilterProxyModel::PeopleFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void PeopleFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    auto* people = qobject_cast<PeopleModel*>(model);
    Q_ASSERT_X(people || !model, "PeopleFilterProxyModel", "the source must be a PeopleModel");
    m_people = people;
    QSortFilterProxyModel::setSourceModel(people);
}

void PeopleFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    SearchTerms terms = SearchTerms::parse(text);
    if (terms.terms() == m_terms.terms()) {
        return;
    }
    m_terms = std::move(terms);
    invalidateFilter();
}

void PeopleFilterProxyModel::setExcludedId(const QString& id)
{
    if (id != m_excluded) {
        m_excluded = id;
        invalidateFilter();
    }
}

const PersonSummary* PeopleFilterProxyModel::itemFromIndex(const QModelIndex& proxyIndex) const
{
    if (!m_people || !proxyIndex.isValid()) {
        return nullptr;
    }
    const PersonRow* row = m_people->itemFromIndex(mapToSource(proxyIndex));
    return row ? &row->person : nullptr;
}

bool PeopleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_people) {
        return false;
    }
    const PersonRow& row = m_people->items()[static_cast<std::size_t>(sourceRow)];
    if (!m_excluded.isEmpty() && row.person.id == m_excluded) {
        return false;
    }
    if (m_terms.isEmpty()) {
        return true;
    }
    const QByteArray utf8 = row.searchText.toUtf8(); // a clinic's people: a few thousand rows at most
    return m_terms.matches(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

bool PeopleFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const PersonRow* a = m_people ? m_people->itemFromIndex(left) : nullptr;
    const PersonRow* b = m_people ? m_people->itemFromIndex(right) : nullptr;
    if (!a || !b) {
        return false;
    }
    int c = 0;
    switch (static_cast<PeopleModel::Column>(left.column())) {
    case PeopleModel::PetCount:
        c = a->person.petCount() - b->person.petCount();
        break;
    case PeopleModel::Phone:
        c = a->person.phones.compare(b->person.phones);
        break;
    case PeopleModel::Email:
        c = a->person.email.compare(b->person.email, Qt::CaseInsensitive);
        break;
    case PeopleModel::Pets:
        c = a->person.petNames.join(QLatin1Char(' '))
                .compare(b->person.petNames.join(QLatin1Char(' ')), Qt::CaseInsensitive);
        break;
    case PeopleModel::Name:
    case PeopleModel::ColumnCount:
        break;
    }
    if (c == 0) {
        c = a->nameKey.compare(b->nameKey);
    }
    if (c == 0) {
        c = a->person.name.compare(b->person.name); // "Ana Garcia" before "Ana García"
    }
    return c != 0 ? c < 0 : a->person.id < b->person.id;
}

} // namespace petinfo::client
