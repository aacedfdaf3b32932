// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobQueue.h"

#include "db/Database.h"
#include "db/SqlBatch.h"
#include "petinfo/common/Random.h"
#include "security/Crypto.h"

namespace petinfo::server {

namespace {

constexpr std::string_view kColumns =
    "id, org_id, kind, job_key, payload, state, run_at_ms, attempts, max_attempts, lease_token, detail";

Job jobAt(const SqlRows& rows, std::size_t r)
{
    Job job;
    job.id = rows.text(r, 0);
    job.orgId = rows.text(r, 1);
    job.kind = rows.text(r, 2);
    job.key = rows.text(r, 3);
    job.payload = rows.text(r, 4);
    job.state = enumFromString<JobState>(rows.text(r, 5)).value_or(JobState::Failed);
    job.runAtMs = rows.integer(r, 6);
    job.attempts = static_cast<int>(rows.integer(r, 7));
    job.maxAttempts = static_cast<int>(rows.integer(r, 8));
    job.leaseToken = rows.text(r, 9);
    job.detail = rows.text(r, 10);
    return job;
}

std::vector<Job> jobsOf(const SqlRows& rows)
{
    std::vector<Job> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out.push_back(jobAt(rows, r));
    }
    return out;
}

/** Row locks for a claim: other replicas skip the rows this one is taking instead of waiting. */
std::string_view skipLocked(const DbConnection& db)
{
    return db.engine() == Engine::Postgres ? " FOR UPDATE SKIP LOCKED" : "";
}

std::string name(JobState state)
{
    return std::string(enumName(state));
}

} // namespace

bool JobQueue::enqueue(DbConnection& db, const JobSpec& spec, std::int64_t nowMs)
{
    return db.exec("INSERT INTO jobs (id, org_id, kind, job_key, payload, state, run_at_ms, max_attempts, created_ms, "
                   "updated_ms) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT (kind, job_key) DO NOTHING",
                   newUuid(), spec.orgId, spec.kind, spec.key, spec.payload, spec.runAtMs, spec.maxAttempts, nowMs,
                   nowMs) > 0;
}

void JobQueue::enqueueMany(DbConnection& db, std::span<const JobSpec> specs, std::int64_t nowMs)
{
    sqlbatch::inChunks(specs.size(), [&](std::size_t offset, std::size_t size) {
        std::vector<SqlParam> params;
        params.reserve(size * 10);
        for (const JobSpec& spec : specs.subspan(offset, size)) {
            params.emplace_back(newUuid());
            params.emplace_back(spec.orgId);
            params.emplace_back(spec.kind);
            params.emplace_back(spec.key);
            params.emplace_back(spec.payload);
            params.emplace_back(std::string("pending"));
            params.emplace_back(spec.runAtMs);
            params.emplace_back(spec.maxAttempts);
            params.emplace_back(nowMs);
            params.emplace_back(nowMs);
        }
        db.execute("INSERT INTO jobs (id, org_id, kind, job_key, payload, state, run_at_ms, max_attempts, "
                   "created_ms, updated_ms) VALUES " +
                       sqlbatch::placeholders(10, static_cast<int>(size)) + " ON CONFLICT (kind, job_key) DO NOTHING",
                   params);
    });
}

bool JobQueue::cancel(DbConnection& db, std::string_view kind, std::string_view key, std::string_view reason,
                      std::int64_t nowMs)
{
    return db.exec("UPDATE jobs SET state = 'cancelled', detail = ?, updated_ms = ? WHERE kind = ? AND job_key = ? "
                   "AND state = 'pending'",
                   reason, nowMs, kind, key) > 0;
}

bool JobQueue::requeue(DbConnection& db, std::string_view kind, std::string_view key, std::int64_t runAtMs,
                       std::int64_t nowMs)
{
    return db.exec("UPDATE jobs SET state = 'pending', run_at_ms = ?, attempts = 0, detail = '', lease_token = '', "
                   "lease_owner = '', lease_until_ms = 0, updated_ms = ? WHERE kind = ? AND job_key = ? AND state IN "
                   "('cancelled', 'failed', 'uncertain')",
                   runAtMs, nowMs, kind, key) > 0;
}

bool JobQueue::requeueByHand(DbConnection& db, std::string_view kind, std::string_view key, std::int64_t runAtMs,
                             std::int64_t nowMs)
{
    return db.exec("UPDATE jobs SET state = 'pending', run_at_ms = ?, attempts = 0, detail = '', lease_token = '', "
                   "lease_owner = '', lease_until_ms = 0, updated_ms = ? WHERE kind = ? AND job_key = ? AND state IN "
                   "('cancelled', 'failed', 'uncertain', 'done')",
                   runAtMs, nowMs, kind, key) > 0;
}

bool JobQueue::reschedule(DbConnection& db, std::string_view kind, std::string_view key, std::int64_t runAtMs,
                          std::int64_t nowMs)
{
    return db.exec("UPDATE jobs SET run_at_ms = ?, updated_ms = ? WHERE kind = ? AND job_key = ? AND state = "
                   "'pending'",
                   runAtMs, nowMs, kind, key) > 0;
}

std::optional<Job> JobQueue::find(DbConnection& db, std::string_view kind, std::string_view key)
{
    const SqlRows rows =
        db.rows("SELECT " + std::string(kColumns) + " FROM jobs WHERE kind = ? AND job_key = ?", kind, key);
    if (rows.empty()) {
        return std::nullopt;
    }
    return jobAt(rows, 0);
}

std::vector<Job> JobQueue::claim(DbConnection& db, std::string_view owner, int limit, std::int64_t nowMs,
                                 std::int64_t leaseMs)
{
    // One token per claim: a later write of any of these jobs must present it (and name the job).
    const std::string token = crypto::randomToken("", 16);
    const std::int64_t taken =
        db.exec("UPDATE jobs SET state = 'running', lease_token = ?, lease_owner = ?, lease_until_ms = ?, attempts = "
                "attempts + 1, updated_ms = ? WHERE id IN (SELECT id FROM jobs WHERE state = 'pending' AND run_at_ms "
                "<= ? ORDER BY run_at_ms LIMIT ?" +
                    std::string(skipLocked(db)) + ")",
                token, owner, nowMs + leaseMs, nowMs, nowMs, limit);
    if (taken == 0) {
        return {};
    }
    return jobsOf(db.rows("SELECT " + std::string(kColumns) +
                              " FROM jobs WHERE state = 'running' AND lease_token = ? ORDER BY run_at_ms",
                          token));
}

bool JobQueue::enterCall(DbConnection& db, const Job& job, std::int64_t nowMs, std::int64_t leaseMs)
{
    return db.exec("UPDATE jobs SET state = 'calling', lease_until_ms = ?, updated_ms = ? WHERE id = ? AND "
                   "lease_token = ? AND state = 'running'",
                   nowMs + leaseMs, nowMs, job.id, job.leaseToken) > 0;
}

bool JobQueue::finish(DbConnection& db, const Job& job, JobState state, std::string_view detail, std::int64_t runAtMs,
                      std::int64_t nowMs, bool countAttempt)
{
    const bool retry = state == JobState::Pending;
    return db.exec("UPDATE jobs SET state = ?, detail = ?, run_at_ms = ?, attempts = attempts - ?, lease_token = '', "
                   "lease_owner = '', lease_until_ms = 0, updated_ms = ? WHERE id = ? AND lease_token = ? AND state IN "
                   "('running', 'calling')",
                   name(state), detail, retry ? runAtMs : job.runAtMs, countAttempt ? 0 : 1, nowMs, job.id,
                   job.leaseToken) > 0;
}

std::vector<Job> JobQueue::expire(DbConnection& db, int limit, std::int64_t nowMs)
{
    // A worker that died before its call left nothing behind outside: run the job again.
    db.exec("UPDATE jobs SET state = 'pending', lease_token = '', lease_owner = '', lease_until_ms = 0, detail = "
            "'lease expired before the call', updated_ms = ? WHERE state = 'running' AND lease_until_ms < ?",
            nowMs, nowMs);
    // One that died during its call may or may not have had its effect: a person decides, in
    // markUncertain's own transaction (which its handler may need to lock other rows for first).
    return jobsOf(
        db.rows("SELECT " + std::string(kColumns) +
                    " FROM jobs WHERE state = 'calling' AND lease_until_ms < ? ORDER BY lease_until_ms LIMIT ?",
                nowMs, limit));
}

bool JobQueue::markUncertain(DbConnection& db, const Job& job, std::string_view detail, std::int64_t nowMs)
{
    return db.exec("UPDATE jobs SET state = 'uncertain', detail = ?, lease_token = '', lease_owner = '', "
                   "lease_until_ms = 0, updated_ms = ? WHERE id = ? AND state = 'calling' AND lease_until_ms < ?",
                   detail, nowMs, job.id, nowMs) > 0;
}

std::int64_t JobQueue::purge(DbConnection& db, std::int64_t olderThanMs)
{
    return db.exec("DELETE FROM jobs WHERE state IN ('done', 'cancelled') AND updated_ms < ?", olderThanMs);
}

std::vector<Job> JobQueue::list(DbConnection& db, std::string_view orgId, JobState state, int limit)
{
    return jobsOf(db.rows("SELECT " + std::string(kColumns) +
                              " FROM jobs WHERE org_id = ? AND state = ? ORDER BY updated_ms DESC, id LIMIT ?",
                          orgId, name(state), limit));
}

std::vector<std::int64_t> JobQueue::counts(DbConnection& db)
{
    std::vector<std::int64_t> out(enumCount<JobState>(), 0);
    const SqlRows rows = db.rows("SELECT state, COUNT(*) FROM jobs GROUP BY state");
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (auto state = enumFromString<JobState>(rows.text(r, 0))) {
            out[static_cast<std::size_t>(*state)] = rows.integer(r, 1);
        }
    }
    return out;
}

} // namespace petinfo::server
