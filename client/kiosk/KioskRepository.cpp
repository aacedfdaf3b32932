// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/KioskRepository.h"

#include "petinfo/common/Enums.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "sync/SyncStore.h"

#include <algorithm>

namespace petinfo::client {

namespace {

const QString kGalleryKey = QStringLiteral("kiosk.gallery");

std::string str(const nlohmann::json& item, const char* key)
{
    const auto it = item.find(key);
    return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

template <typename E>
E enumOf(const nlohmann::json& item, const char* key, E fallback)
{
    return enumFromString<E>(str(item, key)).value_or(fallback);
}

} // namespace

std::optional<KioskAnimal> animalFromGallery(const nlohmann::json& item)
{
    if (!item.is_object() || str(item, "id").empty() || str(item, "name").empty()) {
        return std::nullopt;
    }
    KioskAnimal a;
    a.petId = QString::fromStdString(str(item, "id"));
    a.name = QString::fromStdString(str(item, "name"));
    a.species = enumOf(item, "species", Species::Other);
    a.breed = QString::fromStdString(str(item, "breed"));
    a.sex = enumOf(item, "sex", Sex::Unknown);
    a.birthDate = Date::fromIso(str(item, "birthDate"));
    const auto estimated = item.find("birthDateEstimated");
    a.birthEstimated = estimated != item.end() && estimated->is_boolean() && estimated->get<bool>();
    AdoptionProfile& p = a.profile;
    p.petId = a.petId.toStdString();
    p.status = AdoptionStatus::Adoptable;
    p.description = str(item, "description");
    p.size = enumOf(item, "size", AnimalSize::Unknown);
    p.energy = enumOf(item, "energy", EnergyLevel::Unknown);
    p.goodWithDogs = enumOf(item, "goodWithDogs", Answer::Unknown);
    p.goodWithCats = enumOf(item, "goodWithCats", Answer::Unknown);
    p.goodWithChildren = enumOf(item, "goodWithChildren", Answer::Unknown);
    const auto fee = item.find("feeMinor");
    p.feeMinor = fee != item.end() && fee->is_number_integer() ? fee->get<std::int64_t>() : 0;
    p.feeCurrency = str(item, "feeCurrency");
    const auto photos = item.find("photos");
    for (const auto& photo : photos != item.end() && photos->is_array() ? *photos : nlohmann::json::array()) {
        const std::string sha = photo.is_object() ? str(photo, "sha256") : std::string();
        if (sha.size() == 64) {
            a.photos << QString::fromStdString(sha);
            p.photoIds.push_back(str(photo, "id"));
        }
    }
    return a;
}

StorageResult<std::vector<KioskAnimal>> KioskRepository::adoptableAnimals()
{
    auto text = SyncStore(m_db).state(kGalleryKey);
    if (!text) {
        return fail(text.error());
    }
    std::vector<KioskAnimal> animals;
    const auto items = nlohmann::json::parse(text->toStdString(), nullptr, false);
    if (!items.is_array()) {
        return animals; // nothing fetched yet
    }
    animals.reserve(items.size());
    for (const auto& item : items) {
        if (auto animal = animalFromGallery(item)) {
            animals.push_back(std::move(*animal));
        }
    }
    std::stable_sort(animals.begin(), animals.end(), [](const KioskAnimal& a, const KioskAnimal& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return animals;
}

StorageResult<bool> KioskRepository::storeGallery(const nlohmann::json& items)
{
    SyncStore store(m_db);
    const QString text = QString::fromStdString(items.dump());
    auto before = store.state(kGalleryKey);
    if (!before) {
        return fail(before.error());
    }
    if (*before == text) {
        return false;
    }
    if (auto r = store.setState(kGalleryKey, text); !r) {
        return fail(r.error());
    }
    return true;
}

StorageResult<QByteArray> KioskRepository::photo(const QString& sha256)
{
    Query q(m_db, QStringLiteral("SELECT data FROM blobs WHERE sha256 = ?"));
    q.bind(sha256);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return QByteArray();
    }
    const std::string_view bytes = q.bytes(0);
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

StorageResult<bool> KioskRepository::hasPhoto(const QString& sha256)
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    q.bind(sha256);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next();
}

StorageResult<void> KioskRepository::storePhoto(const QString& sha256, const QByteArray& bytes)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO blobs (sha256, size, data) VALUES (?, ?, ?)"));
    q.bind(sha256).bind(static_cast<qint64>(bytes.size())).bindBlob(std::string_view(bytes.constData(), bytes.size()));
    return q.exec();
}

StorageResult<qint64> KioskRepository::dropPhotosExcept(const QSet<QString>& keep)
{
    QStringList gone;
    {
        Query q(m_db, QStringLiteral("SELECT sha256 FROM blobs"));
        if (auto r = q.exec(); !r) {
            return fail(r.error());
        }
        while (q.next()) {
            if (!keep.contains(q.text(0))) {
                gone << q.text(0);
            }
        }
    }
    for (const QString& sha : gone) {
        Query q(m_db, QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"));
        q.bind(sha);
        if (auto r = q.exec(); !r) {
            return fail(r.error());
        }
    }
    return static_cast<qint64>(gone.size());
}

StorageResult<qint64> KioskRepository::waitingApplications()
{
    Query q(m_db, QStringLiteral("SELECT COUNT(DISTINCT row_id) FROM outbox WHERE type = 'adoptionApplication'"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next() ? q.int64(0) : 0;
}

StorageResult<void> KioskRepository::forgetSentApplications()
{
    Query q(m_db, QStringLiteral("DELETE FROM sync_rows WHERE type = 'adoptionApplication' AND id NOT IN "
                                 "(SELECT row_id FROM outbox WHERE type = 'adoptionApplication')"));
    return q.exec();
}

} // namespace petinfo::client
