// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"
#include "petinfo/common/Clock.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace petinfo::server {

class AccessLog;
class Database;
class Metrics;

/** How a handler's run ended. */
struct JobResult
{
    enum class Kind
    {
        Done,
        Retry,   ///< transient: run again later (with backoff), until the attempts run out
        Failed,  ///< permanent: never run again by itself; `detail` says why
        Unknown, ///< the outside effect may or may not have happened: uncertain, for staff
        Skip,    ///< nothing to do any more (what it was for was cancelled): done, nothing happened
        Defer    ///< not yet (e.g. outside a send window): again after `retryAfterMs`, no attempt used
    };
    Kind kind = Kind::Done;
    std::string detail;
    nlohmann::json data;                      ///< what the handler wants recorded (e.g. a provider id)
    std::optional<std::int64_t> retryAfterMs; ///< the provider's wish, when longer than the backoff

    static JobResult done(std::string detail = {}, nlohmann::json data = nullptr)
    {
        return JobResult{Kind::Done, std::move(detail), std::move(data), std::nullopt};
    }
    static JobResult retry(std::string detail, std::optional<std::int64_t> afterMs = std::nullopt)
    {
        return JobResult{Kind::Retry, std::move(detail), nullptr, afterMs};
    }
    static JobResult failed(std::string detail, nlohmann::json data = nullptr)
    {
        return JobResult{Kind::Failed, std::move(detail), std::move(data), std::nullopt};
    }
    static JobResult unknown(std::string detail) { return JobResult{Kind::Unknown, std::move(detail), nullptr, {}}; }
    static JobResult skip(std::string detail, nlohmann::json data = nullptr)
    {
        return JobResult{Kind::Skip, std::move(detail), std::move(data), std::nullopt};
    }
    static JobResult defer(std::string detail, std::int64_t afterMs)
    {
        return JobResult{Kind::Defer, std::move(detail), nullptr, afterMs};
    }
};

class JobContext;

/** The code behind one kind of job. */
class JobHandler
{
public:
    virtual ~JobHandler() = default;
    /** Does the work. Before anything with an effect outside the database, call ctx.enterCall()
     *  and stop (return Skip) when it returns false. May throw: before enterCall that is a retry,
     *  after it the job ends uncertain. */
    virtual JobResult run(JobContext& ctx) = 0;
    /** Records the outcome in the handler's own rows, in the transaction that ends the job:
     *  `final` is the job's new state (Pending for a retry). Also called for jobs found
     *  uncertain after their worker died. It runs before the job's row is updated (and is rolled
     *  back when that finds the claim lost), so that it can take its locks in the order every
     *  other writer does: an organisation's version row before any job row. */
    virtual void settle(DbConnection& db, const Job& job, JobState final, const JobResult& result) = 0;
};

/** What a handler sees while it runs. */
class JobContext
{
public:
    JobContext(Database& db, const Job& job, const Clock& clock, std::int64_t leaseMs)
        : m_db(db)
        , m_job(job)
        , m_clock(clock)
        , m_leaseMs(leaseMs)
    {}
    const Job& job() const { return m_job; }
    Database& db() { return m_db; }
    const Clock& clock() const { return m_clock; }
    /** Commits the point of no return (running → calling). False: the claim was lost; do nothing. */
    bool enterCall();
    bool inCall() const { return m_inCall; }

private:
    Database& m_db;
    const Job& m_job;
    const Clock& m_clock;
    std::int64_t m_leaseMs;
    bool m_inCall = false;
};

struct JobRunnerSettings
{
    std::string owner; ///< names this process in lease_owner (host:pid)
    int workers = 4;   ///< threads; each claims `batch` jobs at a time
    int batch = 4;
    std::int64_t pollMs = 1000; ///< how often idle workers look for due jobs
    std::int64_t leaseMs = 60000;
    std::int64_t retryBaseMs = 30000;                   ///< first retry after this, doubling, at most an hour
    std::int64_t retentionMs = 30LL * 24 * 3600 * 1000; ///< done and cancelled jobs are kept this long
};

/** Runs due jobs in this process. Every replica runs one; the queue's claim keeps them apart. */
class JobRunner
{
public:
    JobRunner(Database& db, const Clock& clock, AccessLog& log, Metrics& metrics, JobRunnerSettings settings);
    ~JobRunner();
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    /** Before start(). */
    void addHandler(std::string kind, std::shared_ptr<JobHandler> handler);
    void start();
    /** Lets jobs in hand finish (bounded by their calls' timeouts) and joins the threads. */
    void stop();
    /** Look for due jobs now (after an enqueue in this process). */
    void wake();

    /** One round in the calling thread: expire leases, then claim and run due jobs until none
     *  is left. Returns the number of jobs run. For tests and tools. */
    int runDue();
    /** Expires leases once (see JobQueue::expire). Returns the number of jobs made uncertain. */
    int expireLeases();

    /** The backoff before attempt `attempts + 1` (jittered by ±20 %). */
    std::int64_t backoffMs(int attempts) const;

private:
    void loop(int index);
    /** Claims and runs one batch; returns how many ran. */
    int runBatch();
    void runOne(const Job& job);
    void end(const Job& job, JobHandler& handler, JobResult result);

    Database& m_db;
    const Clock& m_clock;
    AccessLog& m_log;
    Metrics& m_metrics;
    JobRunnerSettings m_settings;
    std::map<std::string, std::shared_ptr<JobHandler>, std::less<>> m_handlers;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::uint64_t m_wakeups = 0;
    std::atomic<std::int64_t> m_lastHousekeepingMs{0};
};

} // namespace petinfo::server
