// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/HealthRepository.h"

#include "storage/Query.h"

#include <QHash>
#include <QSet>

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
    if (auto r = insertRow(record); !r) {
        return r;
    }
    return refreshSeries(QString::fromStdString(record.petId), seriesOf(record));
}

StorageResult<void> HealthRepository::addMany(const std::vector<HealthRecord>& records, const QSet<QString>& newPets,
                                              const std::function<StorageResult<void>()>& afterEach)
{
    // The open record of each (pet, series): newest by date, then entry time, then id.
    auto newer = [](const HealthRecord& a, const HealthRecord& b) {
        if (a.date != b.date) {
            return b.date < a.date;
        }
        if (a.createdAtMs != b.createdAtMs) {
            return a.createdAtMs > b.createdAtMs;
        }
        return a.id > b.id;
    };
    QHash<QPair<QString, QString>, const HealthRecord*> open;
    for (const HealthRecord& record : records) {
        const QPair<QString, QString> key{QString::fromStdString(record.petId), seriesOf(record)};
        auto it = open.find(key);
        if (it == open.end() || newer(record, **it)) {
            open.insert(key, &record);
        }
    }
    QSet<QPair<QString, QString>> toRefresh;
    for (const HealthRecord& record : records) {
        const QPair<QString, QString> key{QString::fromStdString(record.petId), seriesOf(record)};
        const bool known = newPets.contains(key.first);
        if (auto r = insertRow(record, known && open.value(key) != &record); !r) {
            return r;
        }
        if (!known) {
            toRefresh.insert(key);
        }
        if (afterEach) {
            if (auto r = afterEach(); !r) {
                return r;
            }
        }
    }
    for (const auto& [petId, series] : toRefresh) {
        if (auto r = refreshSeries(petId, series); !r) {
            return r;
        }
    }
    return {};
}

StorageResult<void> HealthRepository::insertRow(const HealthRecord& record, bool superseded)
{
    const QString series = seriesOf(record);
    Query q(m_db, QStringLiteral("INSERT INTO health_records (id, pet_id, kind, date, product, batch, next_due, "
                                 "given_by, notes, series, created_at, superseded) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(record.id)
        .bind(record.petId)
        .bind(std::string(enumName(record.kind)))
        .bind(record.date)
        .bind(record.product)
        .bind(record.batch)
        .bind(record.nextDue)
        .bind(record.givenBy)
        .bind(record.notes)
        .bind(series)
        .bind(static_cast<qint64>(record.createdAtMs))
        .bind(superseded);
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
    Query exists(m_db, QStringLiteral("SELECT 1 FROM health_records WHERE id = ?"));
    exists.bind(record.id);
    if (auto r = exists.exec(); !r) {
        return r;
    }
    if (!exists.next()) {
        if (auto r = insertRow(record); !r) {
            return r;
        }
    }
    Query q(m_db, QStringLiteral("UPDATE health_records SET deleted_at = CASE WHEN ? IS NULL THEN NULL "
                                 "ELSE COALESCE(deleted_at, ?) END WHERE id = ?"));
    const QVariant deleted = deletedAtMs ? QVariant(deletedAtMs) : QVariant();
    q.bind(deleted).bind(deleted).bind(record.id);
    if (auto r = q.exec(); !r) {
        return r;
    }
    return refreshSeries(QString::fromStdString(record.petId), seriesOf(record));
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
