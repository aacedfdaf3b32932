// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"
#include "petinfo/common/sync/Hlc.h"
#include "petinfo/common/sync/Row.h"
#include "storage/StorageError.h"
#include "sync/SyncStore.h"

#include <QString>

#include <optional>

namespace petinfo::client {

class Database;

/** Turns local writes into sync mutations. Called by PetService inside the same transaction as the
 *  write, so a change and its mutation are stored together or not at all: the outbox survives
 *  crashes and restarts. Does nothing until sync has been enabled on this database. */
class ChangeTracker final
{
public:
    ChangeTracker(Database& db, const Clock& clock);

    bool enabled();
    /** Forget cached state (after another connection enabled or reset sync). */
    void reload() { m_enabled.reset(); }

    /** Records a domain object's current wire JSON (WireCodec toJson): the fields that differ from
     *  the synced row become one mutation stamped with a new HLC. A pet-contact link recorded so
     *  is live, also if its synced row was deleted before. */
    StorageResult<void> recordEntity(sync::EntityType type, const nlohmann::json& entity);
    /** Records a move to the trash (`deleted`) or a restore. */
    StorageResult<void> recordDeleted(sync::EntityType type, const QString& id, bool deleted);
    /** Records an explicit change (e.g. restoring a value from the conflict log). */
    StorageResult<void> recordChange(sync::SyncRow change);

    /** Turns sync on for this database: a device (client) id, and every row written before becomes
     *  a mutation, so the first sign-in merges local records up. Returns how many were queued. */
    StorageResult<qint64> enable();
    StorageResult<QString> clientId();
    /** A new HLC timestamp for this device, persisted. */
    StorageResult<sync::Hlc> tick();
    /** Advances the device clock past a timestamp from the server. */
    StorageResult<void> receive(const sync::Hlc& remote);

private:
    StorageResult<sync::HlcClock> loadClock();
    StorageResult<void> seed(sync::EntityType type);

    Database& m_db;
    const Clock& m_clock;
    SyncStore m_store;
    std::optional<bool> m_enabled;
};

} // namespace petinfo::client
