// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Enums.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server {

class DbConnection;

/** Where a job is in its life.
 *
 *  pending ──claim──▶ running ──enterCall──▶ calling ──▶ done | failed | pending (retry)
 *     ▲                  │ lease expired                    │ lease expired
 *     └──────────────────┘ (nothing left the process)       ▼
 *                                                        uncertain (never run again by itself)
 *
 *  A pending job may also be cancelled. Staff may put a failed or uncertain job back to pending. */
enum class JobState
{
    Pending,
    Running,
    Calling,
    Done,
    Failed,
    Uncertain,
    Cancelled
};

/** What to enqueue. `key` identifies the work within its kind: enqueuing the same (kind, key)
 *  again does nothing, so planning code may run twice without doubling anything. */
struct JobSpec
{
    std::string orgId;
    std::string kind;
    std::string key;
    std::string payload; ///< JSON text for the handler
    std::int64_t runAtMs = 0;
    int maxAttempts = 8;
};

struct Job
{
    std::string id;
    std::string orgId;
    std::string kind;
    std::string key;
    std::string payload;
    JobState state = JobState::Pending;
    std::int64_t runAtMs = 0;
    int attempts = 0; ///< claims so far, this one included
    int maxAttempts = 0;
    std::string leaseToken; ///< fences every later write of this claim
    std::string detail;     ///< why it failed, was cancelled, or is uncertain
};

/** All SQL on the jobs table. Every function runs inside the caller's transaction, so work is
 *  enqueued (or cancelled) atomically with the business change that calls for it.
 *
 *  Claiming takes due pending rows with `FOR UPDATE SKIP LOCKED` on PostgreSQL: replicas polling
 *  together each get different rows and never wait for one another. SQLite has one writer per
 *  process (write transactions hold the process-wide lock, see db/Database.h), which makes the
 *  same SELECT + UPDATE atomic there. */
class JobQueue
{
public:
    /** False when a job of this kind and key exists already, whatever its state. */
    static bool enqueue(DbConnection& db, const JobSpec& spec, std::int64_t nowMs);
    /** enqueue() for many jobs in a few statements (a push that plans thousands of reminders). */
    static void enqueueMany(DbConnection& db, std::span<const JobSpec> specs, std::int64_t nowMs);

    /** Cancels the job if it is still pending; true when it was. A running job is left to its
     *  handler, which re-reads what it works on before any call. */
    static bool cancel(DbConnection& db, std::string_view kind, std::string_view key, std::string_view reason,
                       std::int64_t nowMs);

    /** Makes a cancelled, failed or uncertain job pending again at `runAtMs` with its attempts
     *  reset (a job revived by planning, or retried by hand). False for any other state. */
    static bool requeue(DbConnection& db, std::string_view kind, std::string_view key, std::int64_t runAtMs,
                        std::int64_t nowMs);

    /** Staff asked to run a finished job again: like requeue(), and also for a done job (a
     *  message the provider accepted and then reported failed). Never for a pending, running or
     *  calling job, so a second click does not run it twice. */
    static bool requeueByHand(DbConnection& db, std::string_view kind, std::string_view key, std::int64_t runAtMs,
                              std::int64_t nowMs);

    /** Moves a pending job to another time. */
    static bool reschedule(DbConnection& db, std::string_view kind, std::string_view key, std::int64_t runAtMs,
                           std::int64_t nowMs);

    static std::optional<Job> find(DbConnection& db, std::string_view kind, std::string_view key);

    /** Claims up to `limit` due pending jobs for `owner`: each becomes running with a new lease
     *  token and one more attempt. */
    static std::vector<Job> claim(DbConnection& db, std::string_view owner, int limit, std::int64_t nowMs,
                                  std::int64_t leaseMs);

    /** running → calling: from here on, an effect outside the database may happen. Commit it
     *  before the call. False when the claim is no longer this worker's (its lease expired). */
    static bool enterCall(DbConnection& db, const Job& job, std::int64_t nowMs, std::int64_t leaseMs);

    /** Ends the claim: `state` is Done, Failed, Uncertain or Pending (again at `runAtMs`; with
     *  `countAttempt` false this claim does not count, e.g. when it only waited for a window).
     *  False when the claim is no longer this worker's; nothing is written then. */
    static bool finish(DbConnection& db, const Job& job, JobState state, std::string_view detail, std::int64_t runAtMs,
                       std::int64_t nowMs, bool countAttempt = true);

    /** Expired leases: a running job goes back to pending (nothing left the process). Returns up
     *  to `limit` calling jobs whose lease has run out, for markUncertain(). */
    static std::vector<Job> expire(DbConnection& db, int limit, std::int64_t nowMs);
    /** calling → uncertain, if the job is still calling with an expired lease. */
    static bool markUncertain(DbConnection& db, const Job& job, std::string_view detail, std::int64_t nowMs);

    /** Deletes done and cancelled jobs last changed before `olderThanMs` (what they did is
     *  recorded by their handlers); failed and uncertain ones stay for staff. */
    static std::int64_t purge(DbConnection& db, std::int64_t olderThanMs);

    /** Jobs of an organisation in a state, newest first (for staff). */
    static std::vector<Job> list(DbConnection& db, std::string_view orgId, JobState state, int limit);
    /** Number of jobs in each state (for metrics), in enum order. */
    static std::vector<std::int64_t> counts(DbConnection& db);
};

} // namespace petinfo::server

namespace petinfo {
template <>
struct EnumNames<server::JobState>
{
    static constexpr std::array<std::string_view, 7> names{"pending", "running",   "calling",  "done",
                                                           "failed",  "uncertain", "cancelled"};
};
} // namespace petinfo
