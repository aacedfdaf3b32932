// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Synchronizer.h"

#include "storage/FoundAnimalRepository.h"

#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/RowChunk.h"
#include "sync/ChangeTracker.h"
#include "sync/PreparedRow.h"
#include "sync/Projection.h"
#include "sync/PullPrefetcher.h"
#include "sync/ReminderSettingsCache.h"
#include "sync/SyncStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QSet>
#include <cstdio>

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

Q_LOGGING_CATEGORY(lcSync, "petinfo.client.sync")

namespace petinfo::client {

namespace {

/** Rows that left their chunks before an incremental sync looks for chunks no row uses. */
constexpr qint64 kReleasedRowsBeforeCleanup = 2000;

template <typename T>
Result<T, SyncError> storageFailure(const StorageError& e)
{
    return fail(toSyncError(e));
}

} // namespace

SyncError toSyncError(const NetError& e)
{
    switch (e.code) {
    case NetErrc::Offline:
        return {SyncErrc::Offline, e.message};
    case NetErrc::Unauthorized:
        return {SyncErrc::SignedOut, e.message};
    case NetErrc::Server:
    case NetErrc::RateLimited:
        return {SyncErrc::Server, e.message};
    default:
        return {SyncErrc::Protocol, e.apiCode + ": " + e.message};
    }
}

SyncError toSyncError(const StorageError& e)
{
    return {e.code == StorageErrc::Cancelled ? SyncErrc::Cancelled : SyncErrc::Storage, e.detail};
}

Synchronizer::Synchronizer(Database& db, SyncApi& api, const Clock& clock)
    : m_db(db)
    , m_api(api)
    , m_clock(clock)
{}

Result<SyncReport, SyncError> Synchronizer::runOnce(const ProgressFn& progress, const std::atomic_bool* cancel)
{
    m_cancel = cancel;
    SyncReport report;
    ChangeTracker tracker(m_db, m_clock);
    if (!tracker.enabled()) {
        // The first round merges everything written before sign-in up to the server.
        if (auto queued = tracker.enable(); !queued) {
            return storageFailure<SyncReport>(queued.error());
        }
    }
    if (auto r = push(report); !r) {
        return fail(r.error());
    }
    if (m_fetch) {
        auto fetched = m_fetch(m_db, m_api);
        if (!fetched) {
            return fail(fetched.error());
        }
        report.pulled += *fetched;
        if (auto r = SyncStore(m_db).setState(QStringLiteral("sync.lastSyncedAt"), QString::number(m_clock.nowMs()));
            !r) {
            return storageFailure<SyncReport>(r.error());
        }
        return report;
    }
    if (auto r = pull(report, progress); !r) {
        return fail(r.error());
    }
    if (auto r = projectPending(); !r) {
        return fail(r.error());
    }
    // Unused chunks are looked for after a long pull, or once enough rows have left theirs: the
    // search reads every domain row, which an incremental sync should not wait for.
    const qint64 cleanupAfter = report.pulled >= static_cast<qint64>(kMinRowsToChunk) ? 1 : kReleasedRowsBeforeCleanup;
    if (auto r = m_db.transaction([&] { return SyncStore(m_db).dropReleasedChunks(cleanupAfter); }); !r) {
        return storageFailure<SyncReport>(r.error());
    }
    if (auto r = downloadBlobs(report); !r) {
        return fail(r.error());
    }
    reminder_settings_cache::refresh(m_db, m_api, m_clock);
    SyncStore store(m_db);
    if (auto r = store.setState(QStringLiteral("sync.lastSyncedAt"), QString::number(m_clock.nowMs())); !r) {
        return storageFailure<SyncReport>(r.error());
    }
    return report;
}

Result<void, SyncError> Synchronizer::push(SyncReport& report)
{
    SyncStore store(m_db);
    ChangeTracker tracker(m_db, m_clock);
    auto clientId = tracker.clientId();
    if (!clientId) {
        return storageFailure<void>(clientId.error());
    }
    for (int round = 0; !cancelled(); ++round) {
        auto batch = store.pending(static_cast<int>(sync::kMaxMutationsPerPush));
        if (!batch) {
            return storageFailure<void>(batch.error());
        }
        if (batch->empty()) {
            return {};
        }
        if (auto r = uploadBlobsOf(*batch, report); !r) {
            return r;
        }
        sync::PushRequest request;
        request.clientId = clientId->toStdString();
        request.mutations = *batch;
        auto response = m_api.push(request);
        if (!response) {
            const NetError& e = response.error();
            if (e.code == NetErrc::Conflict && e.apiCode == sync::errc::kMutationGap && round < 3) {
                // The server already has everything up to lastMutationId (e.g. this device pushed,
                // then restored an older backup): drop those and send the rest.
                const qint64 last = e.details.value("lastMutationId", std::int64_t{0});
                if (last >= batch->front().id) {
                    if (auto r = store.acknowledgeUpTo(last); !r) {
                        return storageFailure<void>(r.error());
                    }
                    continue;
                }
            }
            return fail(toSyncError(e));
        }
        auto applied = m_db.transaction([&]() -> StorageResult<void> {
            for (const sync::MutationResult& result : response->results) {
                if (result.status == sync::MutationStatus::Rejected) {
                    ++report.rejected;
                    const auto it = std::find_if(batch->begin(), batch->end(),
                                                 [&](const sync::Mutation& m) { return m.id == result.id; });
                    RejectionRecord rejection;
                    rejection.mutationId = result.id;
                    if (it != batch->end()) {
                        rejection.type = it->change.type;
                        rejection.rowId = QString::fromStdString(it->change.id);
                    }
                    if (result.error) {
                        rejection.code = QString::fromStdString(result.error->code);
                        rejection.field = QString::fromStdString(result.error->field);
                        rejection.message = QString::fromStdString(result.error->message);
                    }
                    rejection.createdAtMs = m_clock.nowMs();
                    if (auto r = store.addRejection(rejection); !r) {
                        return r;
                    }
                } else {
                    ++report.pushed;
                    if (result.error && result.error->code == "payment_required") {
                        ++report.tagsWaiting; // stored all the same; its tag waits for a claim
                    }
                }
                report.conflicts += static_cast<qint64>(result.conflicts.size());
                if (auto r = store.addConflicts(result.conflicts, m_clock.nowMs()); !r) {
                    return r;
                }
            }
            if (auto r = store.acknowledgeUpTo(response->lastMutationId); !r) {
                return r;
            }
            return tracker.receive(response->serverClock);
        });
        if (!applied) {
            return storageFailure<void>(applied.error());
        }
        if (response->lastMutationId < batch->back().id) {
            return fail(SyncErrc::Protocol, "the server did not consume the whole batch");
        }
    }
    return fail(SyncErrc::Cancelled, "cancelled");
}

namespace {

/** A long pull writes pages as they arrive, in transactions that span pages: each commit writes,
 *  encrypts and syncs every page it changed (an index page touched by every page of rows is
 *  written once per commit), so a first sync that committed per page spent 40 % of its time
 *  committing. A transaction ends after this many rows... */
constexpr std::size_t kRowsPerTransaction = 20000;
/** ...or after it has been open this long: the app's own connection waits for it to write. */
constexpr qint64 kMaxTransactionMs = 500;

} // namespace

Result<void, SyncError> Synchronizer::pull(SyncReport& report, const ProgressFn& progress)
{
    SyncStore store(m_db);
    ChangeTracker tracker(m_db, m_clock);
    bool resynced = false;
    QSet<QPair<int, QString>> seen; // rows received since a resync started
    // One pulled page inside the caller's transaction: its rows, then the cursor it reached.
    auto applyOne = [&](PreparedPage& page) -> StorageResult<void> {
        if (auto r = applyPage(page, report, resynced ? &seen : nullptr); !r) {
            return r;
        }
        if (auto r = store.setState(QStringLiteral("pull.cursor"), QString::number(page.cursor)); !r) {
            return r;
        }
        return tracker.receive(page.serverClock);
    };
    // A long pull (the first page says there is more) fetches ahead on a thread of its own. Short
    // pulls stay on this connection, so an incremental sync costs no new connection.
    std::unique_ptr<PullPrefetcher> ahead;
    auto stopAhead = [&] {
        if (ahead) {
            ahead->stop();
            const auto [sent, received] = ahead->traffic();
            m_api.addTraffic(sent, received);
            ahead.reset();
        }
    };
    while (!cancelled()) {
        // What this round wrote and committed. Each page is handed back as soon as it is written
        // (nothing refers to it after applyPage): the prefetcher's reading thread frees it while
        // this one goes on writing.
        qint64 written = 0;
        bool wroteAny = false;
        bool more = false;
        auto done = [&](PreparedPage&& page) {
            written += static_cast<qint64>(page.rows.size());
            wroteAny = true;
            more = page.hasMore;
            if (ahead) {
                ahead->recycle(std::move(page));
            }
        };
        std::optional<NetError> failure;
        std::int64_t requested = 0;
        if (!ahead) {
            auto cursorText = store.state(QStringLiteral("pull.cursor"), QStringLiteral("0"));
            if (!cursorText) {
                return storageFailure<void>(cursorText.error());
            }
            sync::PullRequest request;
            request.cursor = requested = cursorText->toLongLong();
            request.limit = m_pullLimit;
            auto response = m_api.pullPage(request);
            if (!response) {
                failure = response.error();
            } else {
                if (response->response.hasMore) {
                    ahead = std::make_unique<PullPrefetcher>(m_api, response->response.cursor, m_pullLimit, m_cancel);
                }
                PreparedPage page = prepare(std::move(*response));
                if (auto applied = m_db.transaction([&] { return applyOne(page); }); !applied) {
                    stopAhead();
                    return storageFailure<void>(applied.error());
                }
                done(std::move(page));
            }
        } else {
            if (auto begun = m_db.begin(); !begun) {
                stopAhead();
                return storageFailure<void>(begun.error());
            }
            QElapsedTimer open;
            open.start();
            std::size_t rows = 0;
            while (true) {
                auto page = ahead->next();
                if (!page) {
                    failure = page.error(); // what arrived before it is still committed
                    break;
                }
                if (auto r = applyOne(*page); !r) {
                    m_db.rollback();
                    stopAhead();
                    return storageFailure<void>(r.error());
                }
                rows += page->rows.size();
                const bool last = !page->hasMore;
                done(std::move(*page));
                if (last || rows >= kRowsPerTransaction || open.elapsed() >= kMaxTransactionMs || cancelled()) {
                    break;
                }
            }
            if (auto committed = m_db.commit(); !committed) {
                m_db.rollback();
                stopAhead();
                return storageFailure<void>(committed.error());
            }
        }
        if (wroteAny) {
            report.pulled += written;
            if (progress && !progress(report.pulled, report.pulled + (more ? m_pullLimit : 0))) {
                stopAhead();
                return fail(SyncErrc::Cancelled, "cancelled");
            }
            if (!more && !failure) {
                stopAhead();
                return resynced ? forgetPurged(seen) : Result<void, SyncError>();
            }
        }
        if (failure) {
            stopAhead();
            if (failure->code == NetErrc::ResyncRequired && !resynced) {
                // Offline past the horizon: fetch everything again. Unpushed local changes stay in
                // the outbox and in sync_rows, and merge with what arrives.
                resynced = true;
                report.resynced = true;
                qCInfo(lcSync) << "cursor" << requested << "is past the server's horizon; resyncing";
                if (auto r = store.setState(QStringLiteral("pull.cursor"), QStringLiteral("0")); !r) {
                    return storageFailure<void>(r.error());
                }
                continue;
            }
            return fail(toSyncError(*failure));
        }
    }
    stopAhead();
    return fail(SyncErrc::Cancelled, "cancelled");
}

StorageResult<void> Synchronizer::applyPage(PreparedPage& page, SyncReport& report, QSet<QPair<int, QString>>* seen)
{
    SyncStore store(m_db);
    Projection projection(m_db);
    std::vector<PreparedRow>& rows = page.rows;
    // Rows that met a stored row are merged and decoded again; reserved so that the pointers
    // handed to the projection stay put (a row is merged at most once).
    std::vector<sync::SyncRow> merged;
    std::vector<Projection::Decoded> mergedDecoded;
    merged.reserve(rows.size());
    mergedDecoded.reserve(rows.size());
    std::vector<Projection::Item> toProject;
    toProject.reserve(rows.size());
    auto mergeWithStored = [&](const sync::SyncRow& incoming) -> StorageResult<void> {
        auto stored = store.row(incoming.type, QString::fromStdString(incoming.id));
        if (!stored) {
            return fail(stored.error());
        }
        sync::MergeResult result = sync::merge(*stored, incoming);
        result.row.version = std::max(stored->version, incoming.version);
        // A row that arrives as it is stored (a resync) is left where it is, in its chunk too.
        const bool same = stored->exists() && !result.changed() && result.row.version == stored->version;
        if (auto r = same ? StorageResult<void>() : store.putRow(result.row); !r) {
            return r;
        }
        report.conflicts += static_cast<qint64>(result.conflicts.size());
        if (auto r = store.addConflicts(result.conflicts, m_clock.nowMs()); !r) {
            return r;
        }
        if (result.changed() || !stored->exists()) {
            merged.push_back(std::move(result.row));
            mergedDecoded.push_back(Projection::decode(merged.back()));
            toProject.push_back(Projection::Item{&merged.back(), &mergedDecoded.back()});
        }
        return {};
    };
    auto waitFor = [&](const sync::SyncRow& row) -> StorageResult<void> {
        return store.markPending(row.type, QString::fromStdString(row.id));
    };

    // Most pulled rows are new here (all of them in a first sync), and for a new row the merge
    // gives the incoming row itself, with no conflict: it is stored as it is. A new row of a long
    // pull is written once, as its domain row referring to its text in one of the page's chunks;
    // any other new row goes to sync_rows. Only a row that is already stored is merged.
    std::vector<qint64> chunkIds(page.chunks.size(), 0); // stored when a row first refers to one
    // A chunked row's id is looked up in sync_rows only if that type has rows there at all (it
    // has none in a first sync). A row added there by this page is a repeat within the page,
    // which `keys` catches.
    std::array<std::optional<bool>, EnumNames<sync::EntityType>::names.size()> looseRowsOf{};
    // A row repeated within the page waits its turn. Views of the rows' own ids, by type.
    std::array<std::unordered_set<std::string_view>, EnumNames<sync::EntityType>::names.size()> keys;
    std::vector<const sync::SyncRow*> repeated;
    for (PreparedRow& prepared : rows) {
        const sync::SyncRow& incoming = prepared.row;
        if (seen) {
            seen->insert({static_cast<int>(incoming.type), QString::fromStdString(incoming.id)});
        }
        if (!keys[static_cast<std::size_t>(incoming.type)].insert(incoming.id).second) {
            prepared.chunkSlot = -1;
            repeated.push_back(&incoming);
            continue;
        }
        if (prepared.chunkSlot >= 0) {
            auto& anyLoose = looseRowsOf[static_cast<std::size_t>(incoming.type)];
            if (!anyLoose) {
                auto any = store.hasLooseRows(incoming.type);
                if (!any) {
                    return fail(any.error());
                }
                anyLoose = *any;
            }
            auto loose = *anyLoose ? store.hasLooseRow(incoming.type, incoming.id) : StorageResult<bool>(false);
            if (!loose) {
                return fail(loose.error());
            }
            if (!*loose) {
                const auto chunk = static_cast<std::size_t>(rowchunk::chunkOf(prepared.chunkSlot));
                if (chunkIds[chunk] == 0) {
                    auto id = store.insertChunk(page.chunks[chunk]);
                    if (!id) {
                        return fail(id.error());
                    }
                    chunkIds[chunk] = *id;
                }
                toProject.push_back(
                    Projection::Item{&incoming, &prepared.decoded, true,
                                     rowchunk::reference(chunkIds[chunk], rowchunk::indexOf(prepared.chunkSlot))});
                continue;
            }
            prepared.chunkSlot = -1;
        }
        // A failed single-row INSERT leaves the transaction as it was.
        if (auto inserted = store.insertRow(incoming, prepared.text); inserted) {
            if (incoming.exists()) {
                toProject.push_back(Projection::Item{&incoming, &prepared.decoded, true});
            }
            continue;
        } else if (inserted.error().code != StorageErrc::Constraint) {
            return inserted;
        }
        if (auto r = mergeWithStored(incoming); !r) {
            return r;
        }
    }
    auto deferred = projection.applyAll(std::move(toProject));
    if (!deferred) {
        return fail(deferred.error());
    }
    // Second round: rows that met a domain row after all, and repeated rows, now merge with what
    // the first round stored.
    toProject = {};
    qint64 chunkRowsRefused = 0;
    for (const Projection::Deferred& d : *deferred) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const PreparedRow& p) { return &p.row == d.row; });
        if (it == rows.end() || it->chunkSlot < 0) {
            qCInfo(lcSync) << "row waits:" << QString::fromStdString(d.row->id) << d.error.detail.c_str();
            if (auto r = waitFor(*d.row); !r) {
                return r;
            }
            continue;
        }
        ++chunkRowsRefused;
        auto exists = store.domainRowExists(d.row->type, d.row->id);
        if (!exists) {
            return fail(exists.error());
        }
        if (*exists) {
            if (auto r = mergeWithStored(*d.row); !r) {
                return r;
            }
            continue;
        }
        // Its parent has not arrived (or it does not project): kept in sync_rows until it does.
        qCInfo(lcSync) << "row waits:" << QString::fromStdString(d.row->id) << d.error.detail.c_str();
        if (auto r = store.insertRow(*d.row, it->text); !r) {
            return r;
        }
        if (auto r = waitFor(*d.row); !r) {
            return r;
        }
    }
    if (chunkRowsRefused > 0) {
        if (auto r = store.countReleased(chunkRowsRefused); !r) {
            return r;
        }
    }
    for (const sync::SyncRow* row : repeated) {
        if (auto r = mergeWithStored(*row); !r) {
            return r;
        }
    }
    if (toProject.empty()) {
        return {};
    }
    auto waiting = projection.applyAll(std::move(toProject));
    if (!waiting) {
        return fail(waiting.error());
    }
    for (const Projection::Deferred& d : *waiting) {
        qCInfo(lcSync) << "row waits:" << QString::fromStdString(d.row->id) << d.error.detail.c_str();
        if (auto r = waitFor(*d.row); !r) {
            return r;
        }
    }
    return {};
}

Result<void, SyncError> Synchronizer::forgetPurged(const QSet<QPair<int, QString>>& seen)
{
    // After a full download, a row the server once had but no longer sends was a deletion whose
    // tombstone expired while this device was away: delete it here too. Rows the server never
    // acknowledged (version 0) are this device's own unsent records and stay.
    SyncStore store(m_db);
    ChangeTracker tracker(m_db, m_clock);
    Projection projection(m_db);
    auto known = store.serverKnownRows();
    if (!known) {
        return storageFailure<void>(known.error());
    }
    auto done = m_db.transaction([&]() -> StorageResult<void> {
        for (const auto& [type, id] : *known) {
            if (seen.contains({static_cast<int>(type), id})) {
                continue;
            }
            auto row = store.row(type, id);
            if (!row) {
                return fail(row.error());
            }
            if (row->isDeleted()) {
                continue;
            }
            auto stamp = tracker.tick();
            if (!stamp) {
                return fail(stamp.error());
            }
            row->fields[std::string(sync::kDeletedField)] = sync::FieldValue{true, *stamp};
            if (auto r = store.putRow(*row); !r) {
                return r;
            }
            if (auto r = projection.apply(*row); !r && r.error().code != StorageErrc::Constraint) {
                return r;
            }
        }
        return {};
    });
    if (!done) {
        return storageFailure<void>(done.error());
    }
    return {};
}

Result<void, SyncError> Synchronizer::projectPending()
{
    SyncStore store(m_db);
    Projection projection(m_db);
    auto pending = store.pendingProjections();
    if (!pending) {
        return storageFailure<void>(pending.error());
    }
    std::stable_sort(pending->begin(), pending->end(), [](const auto& a, const auto& b) {
        return Projection::rank(a.first) < Projection::rank(b.first);
    });
    auto done = m_db.transaction([&]() -> StorageResult<void> {
        for (const auto& [type, id] : *pending) {
            auto row = store.row(type, id);
            if (!row) {
                return fail(row.error());
            }
            auto projected = projection.apply(*row);
            if (projected) {
                if (auto r = store.clearPending(type, id); !r) {
                    return r;
                }
            } else if (!Projection::waits(projected.error())) {
                return projected;
            }
        }
        return {};
    });
    if (!done) {
        return storageFailure<void>(done.error());
    }
    return {};
}

Result<void, SyncError> Synchronizer::uploadBlobsOf(const std::vector<sync::Mutation>& batch, SyncReport& report)
{
    AttachmentRepository attachments(m_db);
    static const QMimeDatabase mimeTypes;
    for (const sync::Mutation& m : batch) {
        // Attachments' files, and found animals' photos (same blob store).
        const char* shaField = m.change.type == sync::EntityType::Attachment    ? "sha256"
                               : m.change.type == sync::EntityType::FoundAnimal ? "photoSha256"
                                                                                : nullptr;
        if (!shaField) {
            continue;
        }
        const nlohmann::json* sha = m.change.value(shaField);
        if (sha && sha->is_string() && sha->get_ref<const std::string&>().empty()) {
            continue;
        }
        if (!sha || !sha->is_string()) {
            continue;
        }
        const QString hash = QString::fromStdString(sha->get<std::string>());
        auto data = attachments.data(hash);
        if (!data) {
            continue; // bytes not here (the attachment came from elsewhere)
        }
        auto present = m_api.hasBlob(hash);
        if (!present) {
            return fail(toSyncError(present.error()));
        }
        if (*present) {
            continue;
        }
        const QString mime = mimeTypes.mimeTypeForData(*data).name();
        auto uploaded = m_api.uploadBlob(hash, *data, mime);
        if (!uploaded) {
            if (uploaded.error().isTransient()) {
                return fail(toSyncError(uploaded.error()));
            }
            // A type the server does not take: the record still syncs, the file stays local.
            qCWarning(lcSync) << "attachment" << hash << "not uploaded:" << uploaded.error().message.c_str();
            continue;
        }
        ++report.blobsUploaded;
    }
    return {};
}

Result<void, SyncError> Synchronizer::downloadBlobs(SyncReport& report)
{
    AttachmentRepository attachments(m_db);
    auto missing = attachments.missingData();
    if (!missing) {
        return storageFailure<void>(missing.error());
    }
    auto photos = FoundAnimalRepository(m_db).missingPhotos();
    if (!photos) {
        return storageFailure<void>(photos.error());
    }
    for (const QString& sha : *photos) {
        if (!missing->contains(sha)) {
            missing->append(sha);
        }
    }
    for (const QString& sha : *missing) {
        if (cancelled()) {
            return fail(SyncErrc::Cancelled, "cancelled");
        }
        auto data = m_api.downloadBlob(sha);
        if (!data) {
            if (data.error().isTransient()) {
                return fail(toSyncError(data.error()));
            }
            continue; // not on the server (yet): tried again next round
        }
        auto stored = m_db.transaction([&] { return attachments.putData(sha, *data); });
        if (!stored) {
            // A download cut short or altered fails the hash check: fetched again next round.
            qCWarning(lcSync) << "attachment" << sha << "discarded:" << stored.error().detail.c_str();
            continue;
        }
        ++report.blobsDownloaded;
    }
    return {};
}

} // namespace petinfo::client
