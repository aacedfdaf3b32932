// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FoundAnimalRepository.h"

#include "storage/Query.h"

namespace petinfo::client {

namespace {

constexpr auto kColumns = "id, species, sex, breed, colour, size, age_months, microchip, tag_id, place, found_on, "
                          "notes, photo_sha256, state, reunited_pet_id, closed_at, created_at, updated_at";

template <typename E>
E enumOr(const std::string& text, E fallback)
{
    return enumFromString<E>(text).value_or(fallback);
}

FoundAnimal read(const Query& q)
{
    FoundAnimal a;
    a.id = q.str(0);
    a.species = enumOr(q.str(1), Species::Other);
    a.sex = enumOr(q.str(2), Sex::Unknown);
    a.breed = q.str(3);
    a.colour = q.str(4);
    a.size = enumOr(q.str(5), AnimalSize::Unknown);
    if (const QVariant age = q.value(6); !age.isNull()) {
        a.ageMonths = age.toInt();
    }
    a.microchip = q.str(7);
    a.tagId = q.str(8);
    a.place = q.str(9);
    a.foundOn = q.date(10).value_or(Date{});
    a.notes = q.str(11);
    a.photoSha256 = q.str(12);
    a.state = enumOr(q.str(13), FoundAnimalState::Open);
    a.reunitedPetId = q.str(14);
    a.closedAtMs = q.int64(15);
    a.createdAtMs = q.int64(16);
    a.updatedAtMs = q.int64(17);
    return a;
}

} // namespace

StorageResult<void> FoundAnimalRepository::upsert(const FoundAnimal& a, qint64 deletedAtMs)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO found_animals (%1, deleted_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    q.bind(a.id)
        .bind(enumName(a.species))
        .bind(enumName(a.sex))
        .bind(a.breed)
        .bind(a.colour)
        .bind(enumName(a.size))
        .bind(a.ageMonths ? QVariant(*a.ageMonths) : QVariant())
        .bind(a.microchip)
        .bind(a.tagId)
        .bind(a.place)
        .bind(a.foundOn)
        .bind(a.notes)
        .bind(a.photoSha256)
        .bind(enumName(a.state))
        .bind(a.reunitedPetId)
        .bind(static_cast<qint64>(a.closedAtMs))
        .bind(static_cast<qint64>(a.createdAtMs))
        .bind(static_cast<qint64>(a.updatedAtMs))
        .bindOrNull(static_cast<qint64>(deletedAtMs));
    return q.exec();
}

StorageResult<std::optional<FoundAnimal>> FoundAnimalRepository::get(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM found_animals WHERE id = ?").arg(QLatin1String(kColumns)));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return std::optional<FoundAnimal>();
    }
    return std::optional<FoundAnimal>(read(q));
}

StorageResult<std::vector<FoundAnimal>> FoundAnimalRepository::list(bool includeFinished)
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM found_animals WHERE deleted_at IS NULL%2 "
                           "ORDER BY found_on DESC, created_at DESC")
                .arg(QLatin1String(kColumns), includeFinished ? QString() : QStringLiteral(" AND state = 'open'")));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<FoundAnimal> out;
    while (q.next()) {
        out.push_back(read(q));
    }
    return out;
}

StorageResult<void> FoundAnimalRepository::setDeleted(const QString& id, qint64 deletedAtMs)
{
    Query q(m_db, QStringLiteral("UPDATE found_animals SET deleted_at = ? WHERE id = ?"));
    q.bindOrNull(static_cast<qint64>(deletedAtMs)).bind(id);
    return q.exec();
}

StorageResult<QStringList> FoundAnimalRepository::missingPhotos()
{
    Query q(m_db, QStringLiteral("SELECT DISTINCT f.photo_sha256 FROM found_animals f "
                                 "LEFT JOIN blobs b ON b.sha256 = f.photo_sha256 "
                                 "WHERE f.photo_sha256 <> '' AND b.sha256 IS NULL AND f.deleted_at IS NULL"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    QStringList list;
    while (q.next()) {
        list << q.text(0);
    }
    return list;
}

StorageResult<QStringList> FoundAnimalRepository::lostPetIds()
{
    Query q(m_db, QStringLiteral("SELECT id FROM pets WHERE status = 'lost' AND deleted_at IS NULL"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    QStringList ids;
    while (q.next()) {
        ids << q.text(0);
    }
    return ids;
}

} // namespace petinfo::client
