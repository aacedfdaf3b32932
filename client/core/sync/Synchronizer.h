// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"
#include "services/Progress.h"
#include "storage/StorageError.h"
#include "sync/SyncApi.h"

#include <QPair>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace petinfo::client {

class Database;
struct PreparedPage;

enum class SyncErrc
{
    Offline,   ///< the server cannot be reached; try again later
    SignedOut, ///< the server no longer accepts this device's token
    Server,    ///< the server failed; try again later
    Protocol,  ///< an answer that breaks the protocol (a bug on one side)
    Storage,   ///< the local database failed
    Cancelled,
};
using SyncError = Error<SyncErrc>;

struct SyncReport
{
    qint64 pushed = 0;   ///< mutations the server acknowledged
    qint64 rejected = 0; ///< mutations it refused for good (listed in sync_rejections)
    /** Rows the server stored whose tag it could not claim (the organisation's tag claims are
     *  used up: `payment_required`); the rows are synced, only their tags are not active yet. */
    qint64 tagsWaiting = 0;
    qint64 pulled = 0; ///< rows received
    qint64 conflicts = 0;
    qint64 blobsUploaded = 0;
    qint64 blobsDownloaded = 0;
    bool resynced = false; ///< the cursor was older than the server's horizon: all rows were fetched again
};

/** One sync round against the server, on the calling thread (a worker): upload attachment bytes,
 *  push the outbox in batches, pull every change since the cursor, merge and project it, then fetch
 *  missing attachment bytes. Each step commits on its own, so an interruption anywhere loses nothing
 *  and the next round resumes; retrying a push is always safe because the server ignores mutation
 *  ids it has already applied. */
class Synchronizer final
{
public:
    Synchronizer(Database& db, SyncApi& api, const Clock& clock);

    Result<SyncReport, SyncError> runOnce(const ProgressFn& progress = {}, const std::atomic_bool* cancel = nullptr);

    /** Pull page size (tests use small pages to exercise paging). */
    void setPullLimit(int limit) { m_pullLimit = limit; }

    /** Another way of fetching what this device reads, run after the push instead of the pull
     *  (pull, projection, chunk clean-up, attachment downloads): a kiosk's role reads nothing
     *  through sync and fetches the adoption gallery instead. Returns how many rows changed
     *  (reported as pulled). */
    using FetchStage = std::function<Result<qint64, SyncError>(Database& db, SyncApi& api)>;
    void setFetchStage(FetchStage stage) { m_fetch = std::move(stage); }

private:
    Result<void, SyncError> push(SyncReport& report);
    Result<void, SyncError> pull(SyncReport& report, const ProgressFn& progress);
    /** Merges one page into sync_rows and projects what changed (inside the caller's transaction).
     *  `seen` collects the rows received during a resync. */
    StorageResult<void> applyPage(PreparedPage& page, SyncReport& report, QSet<QPair<int, QString>>* seen);
    Result<void, SyncError> uploadBlobsOf(const std::vector<sync::Mutation>& batch, SyncReport& report);
    Result<void, SyncError> downloadBlobs(SyncReport& report);
    Result<void, SyncError> projectPending();
    Result<void, SyncError> forgetPurged(const QSet<QPair<int, QString>>& seen);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Database& m_db;
    SyncApi& m_api;
    const Clock& m_clock;
    const std::atomic_bool* m_cancel = nullptr;
    // The largest page the server gives: a first sync of a large clinic makes half the round trips.
    int m_pullLimit = sync::kMaxPullLimit;
    FetchStage m_fetch;
};

SyncError toSyncError(const NetError& error);
SyncError toSyncError(const StorageError& error);

} // namespace petinfo::client
