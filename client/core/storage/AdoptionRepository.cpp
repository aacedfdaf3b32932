// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AdoptionRepository.h"

#include "petinfo/common/AdoptionCodec.h"
#include "storage/Query.h"

namespace petinfo::client {

namespace {

std::string dump(const nlohmann::json& json)
{
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

/** Decodes a stored body; a body that does not decode (written by a newer version, damaged) is a
 *  Damaged error rather than a silently missing record. */
template <typename T, typename Decode>
StorageResult<T> decodeBody(std::string_view text, Decode decode)
{
    const auto json = nlohmann::json::parse(text, nullptr, false);
    auto value = decode(json);
    if (!value) {
        return fail(StorageErrc::Damaged, "adoption record: " + value.error().detail);
    }
    return std::move(*value);
}

template <typename T, typename Decode>
StorageResult<std::vector<T>> readAll(Query& q, Decode decode)
{
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<T> out;
    while (q.next()) {
        auto value = decodeBody<T>(q.bytes(0), decode);
        if (!value) {
            return fail(value.error());
        }
        out.push_back(std::move(*value));
    }
    if (q.error()) {
        return fail(*q.error());
    }
    return out;
}

template <typename T, typename Decode>
StorageResult<std::optional<T>> readOne(Query& q, Decode decode)
{
    auto all = readAll<T>(q, decode);
    if (!all) {
        return fail(all.error());
    }
    if (all->empty()) {
        return std::optional<T>();
    }
    return std::optional<T>(std::move(all->front()));
}

} // namespace

StorageResult<void> AdoptionRepository::upsertProfile(const AdoptionProfile& p, qint64 deletedAtMs)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO adoption_profiles (pet_id, status, status_date, body, "
                                 "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(p.petId)
        .bindConstant(enumName(p.status))
        .bind(p.statusDate)
        .bind(dump(toJson(p)))
        .bind(static_cast<qint64>(p.updatedAtMs))
        .bindOrNull(deletedAtMs);
    return q.exec();
}

StorageResult<void> AdoptionRepository::upsertIntake(const Intake& i, qint64 deletedAtMs)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO intakes (id, pet_id, date, body, deleted_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    q.bind(i.id).bind(i.petId).bind(i.date).bind(dump(toJson(i))).bindOrNull(deletedAtMs);
    return q.exec();
}

StorageResult<void> AdoptionRepository::upsertStatusChange(const StatusChange& c)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO status_changes (id, subject, subject_id, date, at, body) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(c.id)
        .bindConstant(enumName(c.subject))
        .bind(c.subjectId)
        .bind(c.date)
        .bind(static_cast<qint64>(c.atMs))
        .bind(dump(toJson(c)));
    return q.exec();
}

StorageResult<void> AdoptionRepository::upsertApplication(const AdoptionApplication& a, qint64 deletedAtMs)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO adoption_applications (id, status, channel, submitted_at, "
                                 "completed_at, body, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(a.id)
        .bindConstant(enumName(a.status))
        .bindConstant(enumName(a.channel))
        .bind(static_cast<qint64>(a.submittedAtMs))
        .bind(static_cast<qint64>(a.completedAtMs))
        .bind(dump(toJson(a)))
        .bindOrNull(deletedAtMs);
    return q.exec();
}

StorageResult<std::optional<AdoptionProfile>> AdoptionRepository::profile(const QString& petId)
{
    Query q(m_db, QStringLiteral("SELECT body FROM adoption_profiles WHERE pet_id = ? AND deleted_at IS NULL"));
    q.bind(petId);
    return readOne<AdoptionProfile>(q, &adoptionProfileFromJson);
}

StorageResult<std::vector<AdoptionProfile>> AdoptionRepository::profiles()
{
    Query q(m_db, QStringLiteral("SELECT body FROM adoption_profiles WHERE deleted_at IS NULL"));
    return readAll<AdoptionProfile>(q, &adoptionProfileFromJson);
}

StorageResult<std::vector<Intake>> AdoptionRepository::intakesOf(const QString& petId)
{
    Query q(m_db, QStringLiteral("SELECT body FROM intakes WHERE pet_id = ? AND deleted_at IS NULL ORDER BY date, id"));
    q.bind(petId);
    return readAll<Intake>(q, &intakeFromJson);
}

StorageResult<std::vector<Intake>> AdoptionRepository::latestIntakes()
{
    // The newest live intake per pet (ties on the day broken by id, as everywhere).
    Query q(m_db, QStringLiteral("SELECT i.body FROM intakes i WHERE i.deleted_at IS NULL AND NOT EXISTS ("
                                 "SELECT 1 FROM intakes j WHERE j.pet_id = i.pet_id AND j.deleted_at IS NULL AND "
                                 "(j.date > i.date OR (j.date = i.date AND j.id > i.id)))"));
    return readAll<Intake>(q, &intakeFromJson);
}

StorageResult<std::vector<StatusChange>> AdoptionRepository::historyOf(const QString& subjectId)
{
    Query q(m_db, QStringLiteral("SELECT body FROM status_changes WHERE subject_id = ? ORDER BY date, at, id"));
    q.bind(subjectId);
    return readAll<StatusChange>(q, &statusChangeFromJson);
}

StorageResult<std::optional<AdoptionApplication>> AdoptionRepository::application(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT body FROM adoption_applications WHERE id = ? AND deleted_at IS NULL"));
    q.bind(id);
    return readOne<AdoptionApplication>(q, &adoptionApplicationFromJson);
}

StorageResult<std::vector<AdoptionApplication>> AdoptionRepository::applications()
{
    Query q(m_db, QStringLiteral("SELECT body FROM adoption_applications WHERE deleted_at IS NULL "
                                 "ORDER BY submitted_at DESC, id"));
    return readAll<AdoptionApplication>(q, &adoptionApplicationFromJson);
}

StorageResult<nlohmann::json> AdoptionRepository::body(sync::EntityType type, const QString& id)
{
    QString sql;
    switch (type) {
    case sync::EntityType::Intake:
        sql = QStringLiteral("SELECT body FROM intakes WHERE id = ?");
        break;
    case sync::EntityType::AdoptionProfile:
        sql = QStringLiteral("SELECT body FROM adoption_profiles WHERE pet_id = ?");
        break;
    case sync::EntityType::StatusChange:
        sql = QStringLiteral("SELECT body FROM status_changes WHERE id = ?");
        break;
    case sync::EntityType::AdoptionApplication:
        sql = QStringLiteral("SELECT body FROM adoption_applications WHERE id = ?");
        break;
    default:
        return nlohmann::json();
    }
    Query q(m_db, sql);
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        if (q.error()) {
            return fail(*q.error());
        }
        return nlohmann::json();
    }
    auto json = nlohmann::json::parse(q.bytes(0), nullptr, false);
    if (json.is_discarded()) {
        return fail(StorageErrc::Damaged, "adoption record " + id.toStdString() + " is not JSON");
    }
    return json;
}

StorageResult<QSet<QString>> AdoptionRepository::seenApplications()
{
    Query q(m_db, QStringLiteral("SELECT application_id FROM adoption_applications_seen"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    QSet<QString> out;
    while (q.next()) {
        out.insert(q.text(0));
    }
    if (q.error()) {
        return fail(*q.error());
    }
    return out;
}

StorageResult<void> AdoptionRepository::markSeen(const std::vector<QString>& applicationIds, qint64 nowMs)
{
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO adoption_applications_seen (application_id, seen_at) "
                                 "VALUES (?, ?)"));
    for (const QString& id : applicationIds) {
        q.bind(id).bind(nowMs);
        if (auto r = q.exec(); !r) {
            return r;
        }
    }
    return {};
}

} // namespace petinfo::client
