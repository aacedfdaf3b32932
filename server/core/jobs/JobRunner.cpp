// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobRunner.h"

#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/Metrics.h"

#include <algorithm>
#include <random>

namespace petinfo::server {

namespace {

constexpr std::int64_t kMaxBackoffMs = 3600 * 1000;
constexpr int kExpireBatch = 100;

/** Thrown inside an ending transaction to undo the handler's writes when the claim was lost. */
struct ClaimLost
{};

JobState finalState(const JobResult& result)
{
    switch (result.kind) {
    case JobResult::Kind::Done:
    case JobResult::Kind::Skip:
        return JobState::Done;
    case JobResult::Kind::Retry:
    case JobResult::Kind::Defer:
        return JobState::Pending;
    case JobResult::Kind::Failed:
        return JobState::Failed;
    case JobResult::Kind::Unknown:
        return JobState::Uncertain;
    }
    return JobState::Failed;
}

} // namespace

bool JobContext::enterCall()
{
    const std::int64_t now = m_clock.nowMs();
    m_inCall = m_db.transaction(true, [&](DbConnection& db) { return JobQueue::enterCall(db, m_job, now, m_leaseMs); });
    return m_inCall;
}

JobRunner::JobRunner(Database& db, const Clock& clock, AccessLog& log, Metrics& metrics, JobRunnerSettings settings)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
    , m_metrics(metrics)
    , m_settings(std::move(settings))
{
    m_settings.workers = std::max(1, m_settings.workers);
    m_settings.batch = std::max(1, m_settings.batch);
}

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::addHandler(std::string kind, std::shared_ptr<JobHandler> handler)
{
    m_handlers[std::move(kind)] = std::move(handler);
}

void JobRunner::start()
{
    std::lock_guard lock(m_mutex);
    m_stop = false;
    for (int i = 0; i < m_settings.workers; ++i) {
        m_threads.emplace_back([this, i] { loop(i); });
    }
}

void JobRunner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads) {
        t.join();
    }
    m_threads.clear();
}

void JobRunner::wake()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_wakeups;
    }
    m_wake.notify_all();
}

std::int64_t JobRunner::backoffMs(int attempts) const
{
    const int doublings = std::clamp(attempts - 1, 0, 20);
    const std::int64_t base = std::min(kMaxBackoffMs, m_settings.retryBaseMs << doublings);
    thread_local std::mt19937_64 random{std::random_device{}()};
    std::uniform_real_distribution<double> jitter(0.8, 1.2);
    return static_cast<std::int64_t>(static_cast<double>(base) * jitter(random));
}

void JobRunner::loop(int index)
{
    std::uint64_t seen = 0;
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            if (m_stop) {
                return;
            }
            seen = m_wakeups;
        }
        int ran = 0;
        try {
            // One worker keeps house: leases of dead workers, then old finished jobs.
            if (index == 0) {
                expireLeases();
                const std::int64_t now = m_clock.nowMs();
                if (now - m_lastHousekeepingMs.load() > 3600 * 1000) {
                    m_lastHousekeepingMs = now;
                    m_db.transaction(true,
                                     [&](DbConnection& db) { JobQueue::purge(db, now - m_settings.retentionMs); });
                }
            }
            ran = runBatch();
        } catch (const std::exception& e) {
            m_log.event("warning", "petinfo.server.jobs", "job round failed", {{"detail", e.what()}});
        }
        std::unique_lock lock(m_mutex);
        if (m_stop) {
            return;
        }
        if (ran == 0 && m_wakeups == seen) {
            m_wake.wait_for(lock, std::chrono::milliseconds(m_settings.pollMs),
                            [&] { return m_stop || m_wakeups != seen; });
        }
    }
}

int JobRunner::runDue()
{
    expireLeases();
    int total = 0;
    for (int ran = runBatch(); ran > 0; ran = runBatch()) {
        total += ran;
    }
    return total;
}

int JobRunner::expireLeases()
{
    const std::int64_t now = m_clock.nowMs();
    const std::vector<Job> lost =
        m_db.transaction(true, [&](DbConnection& db) { return JobQueue::expire(db, kExpireBatch, now); });
    int marked = 0;
    for (Job job : lost) {
        job.state = JobState::Uncertain;
        job.detail = "the worker stopped during the call: it may or may not have happened";
        try {
            m_db.transaction(true, [&](DbConnection& db) {
                const auto handler = m_handlers.find(job.kind);
                if (handler != m_handlers.end()) {
                    handler->second->settle(db, job, JobState::Uncertain, JobResult::unknown(job.detail));
                }
                if (!JobQueue::markUncertain(db, job, job.detail, now)) {
                    throw ClaimLost{}; // another replica settled it first
                }
            });
        } catch (const ClaimLost&) {
            continue;
        }
        ++marked;
        m_log.event("warning", "petinfo.server.jobs", "job uncertain: its worker stopped during the call",
                    {{"job", job.id}, {"kind", job.kind}});
        m_metrics.increment("petinfo_jobs_finished_total", "state", "uncertain");
    }
    return marked;
}

int JobRunner::runBatch()
{
    const std::int64_t now = m_clock.nowMs();
    const std::vector<Job> claimed = m_db.transaction(true, [&](DbConnection& db) {
        return JobQueue::claim(db, m_settings.owner, m_settings.batch, now, m_settings.leaseMs);
    });
    for (const Job& job : claimed) {
        runOne(job);
    }
    return static_cast<int>(claimed.size());
}

void JobRunner::runOne(const Job& job)
{
    const auto found = m_handlers.find(job.kind);
    if (found == m_handlers.end()) {
        // A job of a kind this build does not know (written by a newer replica): leave it for
        // one that does, soon.
        m_db.transaction(true, [&](DbConnection& db) {
            JobQueue::finish(db, job, JobState::Pending, "no handler in this server", m_clock.nowMs() + 60000,
                             m_clock.nowMs());
        });
        return;
    }
    JobHandler& handler = *found->second;
    JobContext ctx(m_db, job, m_clock, m_settings.leaseMs);
    JobResult result;
    try {
        result = handler.run(ctx);
    } catch (const std::exception& e) {
        m_log.event("warning", "petinfo.server.jobs", "job handler failed",
                    {{"job", job.id}, {"kind", job.kind}, {"detail", e.what()}});
        // Before the call nothing happened outside: try again. During it, nobody knows.
        const std::string detail = std::string("handler error: ") + e.what();
        result = ctx.inCall() ? JobResult::unknown(detail) : JobResult::retry(detail);
    }
    try {
        end(job, handler, std::move(result));
    } catch (const std::exception& e) {
        // The outcome could not be recorded; the lease runs out and the reaper settles the job
        // (again if it was before the call, uncertain if during it).
        m_log.event("error", "petinfo.server.jobs", "could not record a job's outcome",
                    {{"job", job.id}, {"kind", job.kind}, {"detail", e.what()}});
    }
}

void JobRunner::end(const Job& job, JobHandler& handler, JobResult result)
{
    const std::int64_t now = m_clock.nowMs();
    std::int64_t runAt = 0;
    if (result.kind == JobResult::Kind::Retry) {
        if (job.attempts >= job.maxAttempts) {
            result.kind = JobResult::Kind::Failed;
            result.detail = "gave up after " + std::to_string(job.attempts) + " attempts: " + result.detail;
        } else {
            runAt = now + std::max(backoffMs(job.attempts), result.retryAfterMs.value_or(0));
        }
    } else if (result.kind == JobResult::Kind::Defer) {
        runAt = now + std::max<std::int64_t>(1000, result.retryAfterMs.value_or(0));
    }
    const JobState state = finalState(result);
    bool recorded = true;
    try {
        m_db.transaction(true, [&](DbConnection& db) {
            handler.settle(db, job, state, result);
            if (!JobQueue::finish(db, job, state, result.detail, runAt, now, result.kind != JobResult::Kind::Defer)) {
                throw ClaimLost{};
            }
        });
    } catch (const ClaimLost&) {
        recorded = false;
    }
    if (!recorded) {
        m_log.event("warning", "petinfo.server.jobs", "a job's lease ran out before it finished",
                    {{"job", job.id}, {"kind", job.kind}});
        return;
    }
    m_metrics.increment("petinfo_jobs_finished_total", "state", enumName(state));
    if (state == JobState::Failed || state == JobState::Uncertain) {
        m_log.event("warning", "petinfo.server.jobs", state == JobState::Failed ? "job failed" : "job uncertain",
                    {{"job", job.id}, {"kind", job.kind}, {"detail", result.detail}});
    }
}

} // namespace petinfo::server
