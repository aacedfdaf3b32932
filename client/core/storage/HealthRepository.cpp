// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/HealthRepository.h"

#include "storage/Query.h"

#include <QHash>
#include <QSet>

#include <array>
#include <unordered_map>

namespace petinfo::client {

namespace {

constexpr auto kColumns = "h.id, h.pet_id, h.kind, h.date, h.product, h.batch, h.next_due, h.given_by, h.notes, "
                          "h.created_at";

HealthRecord readRecord(const Query& q)
{
    HealthRecord r;
    r.id = q.str(0);
    r.petId = q.str(1);
    r.kind = enumFromString<HealthKind>(q.str(2)).value_or(HealthKind::CheckUp);
    r.date = q.date(3).value_or(Date{});
    r.product = q.str(4);
    r.batch = q.str(5);
    r.nextDue = q.date(6);
    r.givenBy = q.str(7);
    r.notes = q.str(8);
    r.createdAtMs = q.int64(9);
    return r;
}

const std::vector<HealthRecord> kNoRecords;

/** The order within a series: newest by date, then entry time, then id (as refreshSeries sorts). */
bool isNewer(const HealthRecord& a, const HealthRecord& b)
{
    if (a.date != b.date) {
        return b.date < a.date;
    }
    if (a.createdAtMs != b.createdAtMs) {
        return a.createdAtMs > b.createdAtMs;
    }
    return a.id > b.id;
}

} // namespace

QString HealthRepository::seriesOf(const HealthRecord& record)
{
    const QString kind = QString::fromLatin1(enumName(record.kind));
    switch (record.kind) {
    case HealthKind::Vaccine:
    case HealthKind::Treatment:
    case HealthKind::Lab:
        return kind + QLatin1Char(':') + QString::fromStdString(record.product).simplified().toCaseFolded();
    default:
        // Switching deworming or flea product still renews the same protection.
        return kind;
    }
}

StorageResult<void> HealthRepository::add(const HealthRecord& record)
{
    const SyncedHealthRecord one{record, 0};
    const QString series = seriesOf(record);
    const SeriesGroups groups{
        SeriesGroup{SeriesKey{QString::fromStdString(record.petId), series}, series.toStdString(), {&one}}};
    auto open = openRecordsOf({groups.front().key.first});
    if (!open) {
        return fail(open.error());
    }
    return insertGroups(groups, *open, {}, {});
}

StorageResult<void> HealthRepository::insertGroups(const SeriesGroups& groups,
                                                   const QHash<SeriesKey, std::vector<HealthRecord>>& open,
                                                   const Refuse& refuse,
                                                   const std::function<StorageResult<void>()>& afterEach)
{
    Query insert(m_db, insertSql());
    for (const SeriesGroup& group : groups) {
        const auto current = open.constFind(group.key);
        if (auto r = insertSeries(group, current == open.constEnd() ? kNoRecords : *current, insert, refuse); !r) {
            return r;
        }
        for (std::size_t i = 0; afterEach && i < group.records.size(); ++i) {
            if (auto r = afterEach(); !r) {
                return r;
            }
        }
    }
    return {};
}

StorageResult<void> HealthRepository::insertSeries(const SeriesGroup& group, const std::vector<HealthRecord>& open,
                                                   Query& insert, const Refuse& refuse)
{
    // Each series has at most one open record: its newest live one. New records are inserted
    // with their final flag, and the series' open record is closed only when one of them is
    // newer. Only one-row statements: SQLite 3.15 gives every UPDATE of a constrained column a
    // statement journal, and SQLCipher encrypts each page that journal copies.
    const SyncedHealthRecord* newest = nullptr;
    for (const SyncedHealthRecord* r : group.records) {
        if (r->deletedAtMs == 0 && (!newest || isNewer(r->record, newest->record))) {
            newest = r;
        }
    }
    // Only a live record can open the series; without one, what is open does not matter.
    const std::vector<HealthRecord>& current = newest ? open : kNoRecords;
    const bool unsettled = current.size() > 1; // left so by an interrupted older version
    const bool opens = newest && !unsettled && (current.empty() || isNewer(newest->record, current.front()));
    bool newestInserted = false;
    for (const SyncedHealthRecord* r : group.records) {
        if (auto inserted =
                insertRow(insert, r->record, group.series, !(opens && r == newest), r->deletedAtMs, r->syncRef);
            !inserted) {
            if (!refuse || !refuse(*r, inserted.error())) {
                return inserted;
            }
            continue;
        }
        newestInserted = newestInserted || r == newest;
    }
    if (unsettled || (opens && !newestInserted)) {
        return refreshSeries(group.key.first, group.key.second);
    }
    if (opens && !current.empty()) {
        Query close(m_db, QStringLiteral("UPDATE health_records SET superseded = 1 WHERE id = ?"));
        close.bind(current.front().id);
        return close.exec();
    }
    return {};
}

StorageResult<void> HealthRepository::addMany(const std::vector<HealthRecord>& records, const QSet<QString>& newPets,
                                              const std::function<StorageResult<void>()>& afterEach)
{
    std::vector<SyncedHealthRecord> live;
    live.reserve(records.size());
    for (const HealthRecord& record : records) {
        live.push_back(SyncedHealthRecord{record, 0});
    }
    const auto groups = bySeries(live);
    auto open = openRecordsOfGroups(groups, newPets);
    if (!open) {
        return fail(open.error());
    }
    return insertGroups(groups, *open, {}, afterEach);
}

HealthRepository::SeriesGroups HealthRepository::bySeries(const std::vector<SyncedHealthRecord>& records)
{
    // In order of first appearance, so that a repeated call writes in the same order. A page of
    // a first sync holds a thousand records of a hundred pets and a few products: each product's
    // series and each group's pet id are converted once, and a record is placed by views of its
    // own texts. Two spellings of one series ("Rabies", "rabies ") share a number, so a group.
    struct Series
    {
        QString text;
        std::string utf8;
    };
    std::vector<Series> series;
    QHash<QString, int> seriesNumber;
    std::array<std::unordered_map<std::string_view, int>, EnumNames<HealthKind>::names.size()> numberOfProduct;
    struct GroupKey
    {
        std::string_view pet;
        int series = 0;
        bool operator==(const GroupKey& other) const { return series == other.series && pet == other.pet; }
    };
    struct GroupHash
    {
        std::size_t operator()(const GroupKey& key) const
        {
            return std::hash<std::string_view>{}(key.pet) ^
                   (static_cast<std::size_t>(key.series) * 0x9E3779B97F4A7C15u);
        }
    };
    std::unordered_map<GroupKey, std::size_t, GroupHash> index;
    std::unordered_map<std::string_view, QString> petIds;
    SeriesGroups groups;
    for (const SyncedHealthRecord& r : records) {
        auto& products = numberOfProduct[static_cast<std::size_t>(r.record.kind)];
        auto product = products.find(r.record.product);
        if (product == products.end()) {
            const QString text = seriesOf(r.record);
            auto number = seriesNumber.constFind(text);
            if (number == seriesNumber.constEnd()) {
                number = seriesNumber.insert(text, static_cast<int>(series.size()));
                series.push_back(Series{text, text.toStdString()});
            }
            product = products.emplace(r.record.product, *number).first;
        }
        const GroupKey key{r.record.petId, product->second};
        auto group = index.find(key);
        if (group == index.end()) {
            auto pet = petIds.find(r.record.petId);
            if (pet == petIds.end()) {
                pet = petIds.emplace(r.record.petId, QString::fromStdString(r.record.petId)).first;
            }
            const Series& s = series[static_cast<std::size_t>(product->second)];
            group = index.emplace(key, groups.size()).first;
            groups.push_back(SeriesGroup{SeriesKey{pet->second, s.text}, s.utf8, {}});
        }
        groups[group->second].records.push_back(&r);
    }
    return groups;
}

const QString& HealthRepository::insertSql()
{
    static const QString sql =
        QStringLiteral("INSERT INTO health_records (id, pet_id, kind, date, product, batch, next_due, given_by, notes, "
                       "series, created_at, superseded, deleted_at, sync_ref) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

StorageResult<void> HealthRepository::insertRow(Query& q, const HealthRecord& record, const std::string& series,
                                                bool superseded, qint64 deletedAtMs, qint64 syncRef)
{
    q.bindStable(record.id)
        .bindStable(record.petId)
        .bindConstant(enumName(record.kind))
        .bind(record.date)
        .bindStable(record.product)
        .bindStable(record.batch)
        .bind(record.nextDue)
        .bindStable(record.givenBy)
        .bindStable(record.notes)
        .bindStable(series)
        .bind(static_cast<qint64>(record.createdAtMs))
        .bind(superseded)
        .bindOrNull(deletedAtMs)
        .bindOrNull(syncRef);
    return q.exec();
}

StorageResult<void> HealthRepository::refreshSeries(const QString& petId, const QString& series)
{
    // The newest live record of a series (by date, then entry time) is the open one.
    Query q(m_db,
            QStringLiteral("UPDATE health_records SET superseded = CASE WHEN id = ("
                           "  SELECT id FROM health_records WHERE pet_id = ?1 AND series = ?2 AND deleted_at IS NULL "
                           "  ORDER BY date DESC, created_at DESC, id DESC LIMIT 1) THEN 0 ELSE 1 END "
                           "WHERE pet_id = ?1 AND series = ?2"));
    q.bind(petId).bind(series);
    return q.exec();
}

StorageResult<void> HealthRepository::upsertSynced(const HealthRecord& record, qint64 deletedAtMs)
{
    return upsertSyncedMany({SyncedHealthRecord{record, deletedAtMs}}, {});
}

StorageResult<void> HealthRepository::upsertSyncedMany(std::vector<SyncedHealthRecord> records,
                                                       const QSet<QString>& newPets, const Refuse& refuse)
{
    // The records to insert are kept in place, in order (all of them in a first sync, which
    // then moves none).
    std::size_t fresh = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        SyncedHealthRecord& r = records[i];
        if (r.maybeStored) {
            Query existing(m_db, QStringLiteral("SELECT deleted_at FROM health_records WHERE id = ?"));
            existing.bind(r.record.id);
            if (auto e = existing.exec(); !e) {
                return e;
            }
            if (existing.next()) {
                // Records are append-only: only the trash state can change, and it keeps its
                // first time.
                const bool wasDeleted = !existing.isNull(0);
                if (wasDeleted == (r.deletedAtMs != 0)) {
                    continue;
                }
                Query q(m_db, QStringLiteral("UPDATE health_records SET deleted_at = ? WHERE id = ?"));
                q.bindOrNull(r.deletedAtMs).bind(r.record.id);
                if (auto e = q.exec(); !e) {
                    return e;
                }
                if (auto e = refreshSeries(QString::fromStdString(r.record.petId), seriesOf(r.record)); !e) {
                    return e;
                }
                continue;
            }
        }
        if (fresh != i) {
            records[fresh] = std::move(r);
        }
        ++fresh;
    }
    records.erase(records.begin() + static_cast<std::ptrdiff_t>(fresh), records.end());
    const auto groups = bySeries(records);
    auto open = openRecordsOfGroups(groups, newPets);
    if (!open) {
        return fail(open.error());
    }
    return insertGroups(groups, *open, refuse, {});
}

StorageResult<QHash<HealthRepository::SeriesKey, std::vector<HealthRecord>>>
HealthRepository::openRecordsOfGroups(const SeriesGroups& groups, const QSet<QString>& newPets)
{
    // Pets created in this transaction have no records yet: only the others are looked up.
    QList<QString> olderPets;
    QSet<QString> listed;
    for (const SeriesGroup& group : groups) {
        const QString& pet = group.key.first;
        if (!newPets.contains(pet) && !listed.contains(pet)) {
            listed.insert(pet);
            olderPets.push_back(pet);
        }
    }
    return openRecordsOf(olderPets);
}

StorageResult<QHash<HealthRepository::SeriesKey, std::vector<HealthRecord>>>
HealthRepository::openRecordsOf(const QList<QString>& petIds)
{
    // A fixed number of placeholders (the last id repeated), so that one cached statement serves.
    constexpr qsizetype kPerQuery = 32;
    static const QString sql = [] {
        QString text = QStringLiteral("SELECT pet_id, series, id, date, created_at FROM health_records WHERE pet_id "
                                      "IN (?");
        for (qsizetype i = 1; i < kPerQuery; ++i) {
            text += QStringLiteral(", ?");
        }
        return text + QStringLiteral(") AND superseded = 0 AND deleted_at IS NULL");
    }();
    QHash<SeriesKey, std::vector<HealthRecord>> open;
    for (qsizetype first = 0; first < petIds.size(); first += kPerQuery) {
        Query q(m_db, sql);
        for (qsizetype i = 0; i < kPerQuery; ++i) {
            q.bind(petIds.at(std::min(first + i, petIds.size() - 1)));
        }
        if (auto r = q.exec(); !r) {
            return fail(r.error());
        }
        while (q.next()) {
            std::vector<HealthRecord>& records = open[SeriesKey{q.text(0), q.text(1)}];
            if (records.size() < 2) { // two already say "unsettled"
                HealthRecord r;
                r.id = q.str(2);
                r.date = q.date(3).value_or(Date{});
                r.createdAtMs = q.int64(4);
                records.push_back(std::move(r));
            }
        }
        if (q.error()) {
            return fail(*q.error());
        }
    }
    return open;
}

StorageResult<HealthRecord> HealthRepository::get(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM health_records h WHERE h.id = ?").arg(QLatin1String(kColumns)));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "health record " + id.toStdString());
    }
    return readRecord(q);
}

StorageResult<std::vector<HealthRecord>> HealthRepository::forPet(const QString& petId)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM health_records h WHERE h.pet_id = ? AND h.deleted_at IS NULL "
                                 "ORDER BY h.date DESC, h.created_at DESC")
                      .arg(QLatin1String(kColumns)));
    q.bind(petId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<HealthRecord> records;
    while (q.next()) {
        records.push_back(readRecord(q));
    }
    return records;
}

StorageResult<void> HealthRepository::moveToTrash(const QString& id, qint64 nowMs)
{
    auto record = get(id);
    if (!record) {
        return fail(record.error());
    }
    Query q(m_db, QStringLiteral("UPDATE health_records SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.bind(nowMs).bind(id);
    if (auto r = q.exec(); !r) {
        return r;
    }
    if (q.rowsAffected() != 1) {
        return fail(StorageErrc::NotFound, "health record " + id.toStdString());
    }
    return refreshSeries(QString::fromStdString(record->petId), seriesOf(*record));
}

StorageResult<void> HealthRepository::restore(const QString& id)
{
    auto record = get(id);
    if (!record) {
        return fail(record.error());
    }
    Query q(m_db, QStringLiteral("UPDATE health_records SET deleted_at = NULL WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return r;
    }
    return refreshSeries(QString::fromStdString(record->petId), seriesOf(*record));
}

StorageResult<std::vector<DueItem>> HealthRepository::due(const Date& until, int offset, int limit)
{
    Query q(m_db, QStringLiteral("SELECT %1, p.name, p.species, COALESCE(o.name, ''), COALESCE(o.phones, '') "
                                 "FROM health_records h "
                                 "JOIN pets p ON p.id = h.pet_id "
                                 "LEFT JOIN pet_contacts c ON c.pet_id = p.id AND c.is_primary = 1 "
                                 "LEFT JOIN persons o ON o.id = c.person_id "
                                 "WHERE h.next_due IS NOT NULL AND h.superseded = 0 AND h.deleted_at IS NULL "
                                 "  AND h.next_due <= ? AND p.deleted_at IS NULL "
                                 "  AND p.status NOT IN ('deceased', 'adopted') "
                                 "ORDER BY h.next_due, p.name LIMIT ? OFFSET ?")
                      .arg(QLatin1String(kColumns)));
    q.bind(until).bind(limit).bind(offset);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<DueItem> items;
    while (q.next()) {
        DueItem item;
        item.record = readRecord(q);
        item.petName = q.text(10);
        item.species = enumFromString<Species>(q.str(11)).value_or(Species::Other);
        item.ownerName = q.text(12);
        item.ownerPhones = q.text(13);
        items.push_back(std::move(item));
    }
    return items;
}

StorageResult<DueCounts> HealthRepository::dueCounts(const Date& today, int soonDays)
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(SUM(h.next_due < ?1), 0), COALESCE(SUM(h.next_due >= ?1), 0) "
                                 "FROM health_records h JOIN pets p ON p.id = h.pet_id "
                                 "WHERE h.next_due IS NOT NULL AND h.superseded = 0 AND h.deleted_at IS NULL "
                                 "  AND h.next_due <= ?2 AND p.deleted_at IS NULL "
                                 "  AND p.status NOT IN ('deceased', 'adopted')"));
    q.bind(today).bind(today.addDays(soonDays));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    DueCounts counts;
    if (q.next()) {
        counts.overdue = static_cast<int>(q.int64(0));
        counts.dueSoon = static_cast<int>(q.int64(1));
    }
    return counts;
}

StorageResult<bool> HealthRepository::isOpen(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT superseded = 0 AND deleted_at IS NULL FROM health_records WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "health record " + id.toStdString());
    }
    return q.flag(0);
}

} // namespace petinfo::client
