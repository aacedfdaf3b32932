// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PetListModel.h"

#include "models/DomainText.h"
#include "models/PhoneText.h"
#include "models/SearchText.h"
#include "services/PetService.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent>

namespace petinfo::client {

namespace {

template <typename T>
int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

PetListModel::PetListModel(PetService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    if (m_service) {
        connect(m_service, &PetService::petAdded, this, &PetListModel::onPetAdded);
        connect(m_service, &PetService::petChanged, this, &PetListModel::onPetChanged);
        connect(m_service, &PetService::petRemoved, this, &PetListModel::onPetRemoved);
        connect(m_service, &PetService::reset, this, [this] {
            if (auto r = reload(); !r) {
                Q_EMIT loadFailed(r.error());
            }
        });
    }
}

PetListModel::~PetListModel() = default;

int PetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PetListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PetListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const PetSummary& pet = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name:
            return pet.name;
        case Species:
            return speciesLabel(pet.species);
        case Breed:
            return pet.breed;
        case Status:
            return statusLabel(pet.status);
        case Microchip:
            return pet.microchip2.isEmpty() ? pet.microchip : pet.microchip + QStringLiteral(" / ") + pet.microchip2;
        case Owner:
            return pet.ownerName;
        case Phone:
            return phonesShown(row);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Phone && pet.ownerPhones.contains(QLatin1Char(' '))) {
            return phonesForDisplay(pet.ownerPhones).join(QLatin1Char('\n'));
        }
        return {};
    case IdRole:
        return pet.id;
    case SearchTextRole: {
        const std::string_view text = m_search.rowText(index.row());
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    case SpeciesRole:
        return static_cast<int>(pet.species);
    case StatusRole:
        return static_cast<int>(pet.status);
    default:
        return {};
    }
}

QVariant PetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Species:
        return tr("Species");
    case Breed:
        return tr("Breed");
    case Status:
        return tr("Status");
    case Microchip:
        return tr("Microchip");
    case Owner:
        return tr("Owner");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> PetListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "petId");
    names.insert(SearchTextRole, "searchText");
    names.insert(SpeciesRole, "species");
    names.insert(StatusRole, "status");
    return names;
}

StorageResult<void> PetListModel::reload()
{
    if (!m_service) {
        return {};
    }
    auto summaries = m_service->petSummaries();
    if (!summaries) {
        return fail(summaries.error());
    }
    setSummaries(std::move(*summaries));
    return {};
}

void PetListModel::setSummaries(std::vector<PetSummary> summaries)
{
    std::vector<Row> rows;
    rows.reserve(summaries.size());
    SearchColumn search;
    // About 60 bytes a pet: one allocation for the usual list.
    search.reserve(static_cast<int>(summaries.size()), summaries.size() * 64);
    SearchColumn::RowText text;
    QStringList missing;
    const bool later = summaries.size() > static_cast<std::size_t>(kPhoneFormsAtOnce);
    for (PetSummary& summary : summaries) {
        rows.push_back(makeRow(std::move(summary)));
        text.clear();
        collectSearchText(rows.back(), text, later ? &missing : nullptr);
        search.append(text);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_search = std::move(search);
    m_rowOf.clear();
    m_rowOf.reserve(static_cast<qsizetype>(m_rows.size()));
    reindexFrom(0);
    endResetModel();
    if (!missing.isEmpty()) {
        missing.removeDuplicates();
        startPhoneForms(std::move(missing));
    }
}

void PetListModel::startPhoneForms(QStringList numbers)
{
    if (!m_formsWatcher) {
        m_formsWatcher = new QFutureWatcher<QHash<QString, QStringList>>(this);
        connect(m_formsWatcher, &QFutureWatcherBase::finished, this, &PetListModel::phoneFormsReady);
    }
    // A newer list's worker replaces an older one's: it lists every number still missing.
    m_phoneSearchComplete = false;
    m_formsWatcher->setFuture(QtConcurrent::run([numbers = std::move(numbers)] {
        QHash<QString, QStringList> forms;
        forms.reserve(numbers.size());
        for (const QString& number : numbers) {
            forms.insert(number, phoneSearchForms(number));
        }
        return forms;
    }));
}

void PetListModel::phoneFormsReady()
{
    const QHash<QString, QStringList> forms = m_formsWatcher->result();
    for (auto it = forms.begin(); it != forms.end(); ++it) {
        m_phoneForms.insert(it.key(), it.value());
    }
    m_phoneSearchComplete = true;
    // Every row again, now with the local forms (rows changed meanwhile work theirs out here).
    SearchColumn search;
    search.reserve(static_cast<int>(m_rows.size()), m_rows.size() * 64);
    SearchColumn::RowText text;
    for (const Row& row : m_rows) {
        text.clear();
        collectSearchText(row, text);
        search.append(text);
    }
    m_search = std::move(search);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {SearchTextRole});
    }
    Q_EMIT phoneSearchCompleted();
}

const PetSummary* PetListModel::itemFromIndex(const QModelIndex& index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid) ? &m_rows[static_cast<std::size_t>(index.row())].summary
                                                             : nullptr;
}

int PetListModel::compareRows(int left, int right, int column) const
{
    const Row& a = m_rows[static_cast<std::size_t>(left)];
    const Row& b = m_rows[static_cast<std::size_t>(right)];
    int c = 0;
    switch (static_cast<Column>(column)) {
    case Species:
        c = compareValues(static_cast<int>(a.summary.species), static_cast<int>(b.summary.species));
        break;
    case Breed:
        c = a.summary.breed.compare(b.summary.breed, Qt::CaseInsensitive);
        break;
    case Status:
        c = compareValues(static_cast<int>(a.summary.status), static_cast<int>(b.summary.status));
        break;
    case Microchip:
        c = a.summary.microchip.compare(b.summary.microchip);
        break;
    case Owner:
        c = a.ownerKey.compare(b.ownerKey);
        break;
    case Phone:
        c = a.summary.ownerPhones.compare(b.summary.ownerPhones);
        break;
    case Name:
    case ColumnCount:
        break;
    }
    if (c == 0) {
        c = a.nameKey.compare(b.nameKey);
    }
    return c != 0 ? c : a.summary.id.compare(b.summary.id);
}

const QString& PetListModel::phonesShown(const Row& row) const
{
    // Preferences can change the region at any time: texts made for another are made again.
    const QString region = phoneRegion();
    if (region != m_phoneRegion) {
        m_phoneRegion = region;
        ++m_phoneRegionGeneration;
    }
    if (row.phonesShownFor != m_phoneRegionGeneration) {
        row.phonesShown = phonesForDisplay(row.summary.ownerPhones).join(QStringLiteral(", "));
        row.phonesShownFor = m_phoneRegionGeneration;
    }
    return row.phonesShown;
}

PetListModel::Row PetListModel::makeRow(PetSummary summary)
{
    Row row;
    row.nameKey = foldForSearch(summary.name);
    row.ownerKey = foldForSearch(summary.ownerName);
    row.summary = std::move(summary);
    return row;
}

void PetListModel::collectSearchText(const Row& row, SearchColumn::RowText& text, QStringList* missing)
{
    const PetSummary& pet = row.summary;
    text.addFolded(row.nameKey);
    text.addText(pet.microchip);
    if (!pet.microchip2.isEmpty()) {
        text.addText(pet.microchip2);
    }
    text.addFolded(row.ownerKey);
    for (const QStringView phone : QStringView(pet.ownerPhones).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        auto known = m_phoneForms.constFind(phone.toString());
        if (known == m_phoneForms.cend()) {
            if (missing) {
                text.addDigits(phone);
                missing->append(phone.toString());
                continue;
            }
            known = m_phoneForms.insert(phone.toString(), phoneSearchForms(phone));
        }
        for (const QString& form : *known) {
            text.addDigits(form);
        }
    }
}

void PetListModel::onPetAdded(const PetSummary& summary)
{
    if (rowOf(summary.id) >= 0) {
        onPetChanged(summary);
        return;
    }
    const int row = static_cast<int>(m_rows.size());
    SearchColumn::RowText text;
    Row added = makeRow(summary);
    collectSearchText(added, text);
    beginInsertRows({}, row, row);
    m_rows.push_back(std::move(added));
    m_search.append(text);
    m_rowOf.insert(summary.id, row);
    endInsertRows();
}

void PetListModel::onPetChanged(const PetSummary& summary)
{
    const int row = rowOf(summary.id);
    if (summary.deletedAtMs != 0) {
        onPetRemoved(summary.id);
        return;
    }
    if (row < 0) {
        onPetAdded(summary);
        return;
    }
    Row changed = makeRow(summary);
    SearchColumn::RowText text;
    collectSearchText(changed, text);
    m_rows[static_cast<std::size_t>(row)] = std::move(changed);
    m_search.replace(row, text);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PetListModel::onPetRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_search.remove(row);
    m_rowOf.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

void PetListModel::reindexFrom(int row)
{
    for (std::size_t i = static_cast<std::size_t>(row); i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].summary.id, static_cast<int>(i));
    }
}

} // namespace petinfo::client
