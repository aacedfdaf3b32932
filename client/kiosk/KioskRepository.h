// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"
#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace petinfo::client {

class Database;

/** An animal as the kiosk shows it: the public fields of the adoption gallery. */
struct KioskAnimal
{
    QString petId;
    QString name;
    Species species = Species::Other;
    QString breed;
    Sex sex = Sex::Unknown;
    std::optional<Date> birthDate;
    bool birthEstimated = false;
    /** Size, energy, "good with", fee and description (status is always adoptable). */
    AdoptionProfile profile;
    /** The public photos in display order, by the sha256 of their bytes. */
    QStringList photos;
};

/** One item of GET /api/v1/adoption/animals; nullopt when it lacks an id or a name. */
std::optional<KioskAnimal> animalFromGallery(const nlohmann::json& item);

/** All SQL of the kiosk. Its role reads nothing through sync: the adoption gallery (adoptable
 *  animals' public fields) is kept as the server sent it, and the public photos' bytes in the
 *  encrypted `blobs` table. Applications are ordinary sync rows with their outbox mutations. */
class KioskRepository final
{
public:
    explicit KioskRepository(Database& db)
        : m_db(db)
    {}

    /** The cached gallery, by name. */
    StorageResult<std::vector<KioskAnimal>> adoptableAnimals();
    /** Replaces the cached gallery with the server's items; true when anything changed. */
    StorageResult<bool> storeGallery(const nlohmann::json& items);

    /** A public photo's bytes by their sha256; empty when they have not arrived yet. */
    StorageResult<QByteArray> photo(const QString& sha256);
    StorageResult<bool> hasPhoto(const QString& sha256);
    StorageResult<void> storePhoto(const QString& sha256, const QByteArray& bytes);
    /** Removes every photo not in `keep` (animals no longer up for adoption); how many went. */
    StorageResult<qint64> dropPhotosExcept(const QSet<QString>& keep);

    /** Applications written here that the server has not acknowledged yet. */
    StorageResult<qint64> waitingApplications();
    /** Removes the local copy of every application the server has acknowledged: a kiosk left in
     *  a public place keeps applicants' contact details only until they are sent. */
    StorageResult<void> forgetSentApplications();

private:
    Database& m_db;
};

} // namespace petinfo::client
