// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/SyncObserver.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace petinfo {
class Clock;
}

namespace petinfo::server {

class Database;
class SyncService;

/** The server's part of the adoption workflow (docs/adoption.md): what follows from a decision
 *  pushed by a device, and the public view of the animals up for adoption. */
class AdoptionService final : public SyncObserver
{
public:
    AdoptionService(Database& db, SyncService& sync, const Clock& clock);
    ~AdoptionService() override;
    AdoptionService(const AdoptionService&) = delete;
    AdoptionService& operator=(const AdoptionService&) = delete;

    /** Inside each push: an application approved reserves its adoptable animals; an application
     *  completed without a person (a writer that did not do it itself) gets one, as the owner of
     *  each reserved animal it asked for, which becomes adopted. */
    std::unique_ptr<Session> begin(const std::string& orgId) override;

    /** The adoptable animals of an organisation with their public fields only (name, species,
     *  sex, birth date, the adoption profile, the public photos), ordered by name. */
    nlohmann::json gallery(const std::string& orgId);
    /** One animal of gallery(), or nullopt when it is not adoptable (or not the organisation's). */
    std::optional<nlohmann::json> galleryAnimal(const std::string& orgId, const std::string& petId);

    /** Whether a blob is a public photo of one of the organisation's adoptable animals. */
    bool isPublicPhoto(const std::string& orgId, const std::string& sha256);

private:
    class Writer;

    Database& m_db;
    SyncService& m_sync;
    const Clock& m_clock;
};

} // namespace petinfo::server
