// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Config.h"
#include "http/Request.h"
#include "http/TtlCache.h"
#include "petinfo/common/Clock.h"
#include "petinfo/common/sync/Hlc.h"
#include "petinfo/common/sync/Messages.h"
#include "records/SyncObserver.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace petinfo::server {

class AccessLog;
class Database;
class DbConnection;
class Entitlements;
class Metrics;
class SyncObserver;
class SyncWriter;

/** The canonical store of synced rows: push (merge with the common code), pull (per-organisation
 *  version cursor), the tombstone horizon, and the reads of the REST API and the tag page. All SQL
 *  on sync_rows and tags lives here. */
class SyncService
{
public:
    SyncService(Database& db, const ServerConfig& config, const Clock& clock, Metrics& metrics, AccessLog& log);

    /** Throws ApiError for request-level problems (schema version, client id, gap → 409). */
    /** `remoteAddress`: the caller's network address, recorded on applications a kiosk sends. */
    sync::PushResponse push(const Principal& caller, const sync::PushRequest& request,
                            const std::string& remoteAddress = {});
    /** Throws ApiError 410 "resync_required" for a cursor older than the horizon (or from the future).
     *  The rows stay in their stored text: a pull only copies them (sync::encode writes the answer). */
    sync::StoredPullResponse pull(const Principal& caller, const sync::PullRequest& request);

    /** Deletes tombstones older than the retention window and raises each organisation's
     *  horizon to the newest version it deleted. Returns the number of rows deleted. */
    std::int64_t purgeTombstones();

    struct Page
    {
        std::vector<sync::SyncRow> rows;
        std::string next; ///< pass as `after` for the next page; empty at the end
    };
    /** Live (not deleted) rows of one type, by id. */
    Page list(const std::string& orgId, sync::EntityType type, int limit, const std::string& after);
    /** A live row, or nullopt. */
    std::optional<sync::SyncRow> get(const std::string& orgId, sync::EntityType type, const std::string& id);
    /** Live rows of one type that belong to a pet. */
    std::vector<sync::SyncRow> ofPet(const std::string& orgId, const std::string& petId, sync::EntityType type);

    /** New unclaimed tags (also synced to the organisation's devices as tag rows). */
    std::vector<std::string> createTags(const Principal& caller, int count);
    /** The organisation's tags and the pet that wears each ("" when unclaimed). */
    std::vector<std::pair<std::string, std::string>> listTags(const std::string& orgId);

    /** Pets of an organisation that have live health records, by id after `after`, at most
     *  `limit` (for re-planning reminders a batch at a time). */
    std::vector<std::string> petsWithRecords(const std::string& orgId, const std::string& after, int limit);
    /** Every live person of every organisation with their phones (for filling contact_phones
     *  once), by organisation and id after (`afterOrg`, `afterId`). */
    std::vector<sync::SyncRow> people(const std::string& afterOrg, const std::string& afterId, int limit,
                                      std::vector<std::string>& orgOfEach);

    struct PublicTag
    {
        bool known = false;                   ///< the tag id was issued
        std::optional<sync::SyncRow> pet;     ///< the live pet that wears it
        std::vector<nlohmann::json> contacts; ///< person wire objects + "role", only when the pet is lost
        std::string photoSha256;
        std::string photoMime;
        std::string orgId;
    };
    PublicTag publicTag(const std::string& tagId, bool withContacts);

    sync::Hlc serverClock();

    /** Told about every change a push merges, in the push's transaction (set before serving). */
    void addObserver(SyncObserver* observer);
    void removeObserver(SyncObserver* observer);
    /** Asked before a tag is claimed (billing's tag-claim quota); null: no limit. Set before serving. */
    void setEntitlements(Entitlements* entitlements) { m_entitlements = entitlements; }
    /** Something a public tag page shows changed outside a push (tags claimed by a payment). */
    void publicChanged() { ++m_publicGeneration; }

    /** Drops this process's cached version of an organisation (after a server-authored write). */
    void forgetVersion(const std::string& orgId) { m_versions.erase(orgId); }

    /** Changes whenever this process writes something a public tag page shows, so that page
     *  caches of this process drop their entries at once (other replicas' within their TTL). */
    std::uint64_t publicGeneration() const { return m_publicGeneration.load(); }

private:
    friend class SyncWriter;

    sync::MutationResult apply(DbConnection& db, const Principal& caller, const std::string& remoteAddress,
                               const sync::Mutation& mutation, std::int64_t& version, SyncWriter& writer,
                               const std::vector<std::unique_ptr<SyncObserver::Session>>& sessions);
    /** After a large import the planner still believes sync_rows is small and reads a pull page
     *  by sorting every row past the cursor (a first sync became quadratic). Autovacuum would
     *  catch up within minutes; a device syncing right after the import should not wait. */
    void refreshStatistics(std::int64_t written);
    std::optional<sync::SyncRow> load(DbConnection& db, const std::string& orgId, sync::EntityType type,
                                      const std::string& id, bool liveOnly);
    void store(DbConnection& db, const std::string& orgId, const sync::SyncRow& row);
    std::vector<sync::SyncRow> ofPet(DbConnection& db, const std::string& orgId, const std::string& petId,
                                     sync::EntityType type);
    /** Live rows of two types of a pet, in one query. */
    std::vector<sync::SyncRow> ofPet(DbConnection& db, const std::string& orgId, const std::string& petId,
                                     sync::EntityType first, sync::EntityType second);
    enum class TagClaim
    {
        Held,     ///< the organisation holds it (now or already)
        Taken,    ///< another organisation owns it
        OverQuota ///< nobody holds it, and the organisation's tag claims are used up
    };
    TagClaim claimTag(DbConnection& db, const std::string& orgId, const std::string& tagId);

    Database& m_db;
    const ServerConfig& m_config;
    const Clock& m_clock;
    Metrics& m_metrics;
    AccessLog& m_log;
    std::mutex m_hlcMutex;
    sync::HlcClock m_hlc;
    /** Organisation -> its version, for answering empty pulls without a query. Only used when the
     *  caller's cursor equals it, so a stale entry can delay new rows but never skip one. */
    TtlCache<std::int64_t> m_versions;
    std::atomic<std::uint64_t> m_publicGeneration{0};
    Entitlements* m_entitlements = nullptr;
    /** Rows this process has written, and the count at which it next refreshes PostgreSQL's
     *  statistics of sync_rows (see refreshStatistics). */
    std::atomic<std::int64_t> m_rowsWritten{0};
    std::atomic<std::int64_t> m_analyzeAt{5000};
    std::vector<SyncObserver*> m_observers;
};

/** Migration 6: removes what earlier servers stored without checking its shape. Tag ids that
 *  are not tag ids leave the public tag table and the rows' tag column; values of a deleted row
 *  that fail sync::fieldFault are dropped, and optional ids of a live row that are not ids are
 *  emptied. Versions are not bumped: devices never received anything of use from them. */
void repairStoredShapes(DbConnection& db);

} // namespace petinfo::server
