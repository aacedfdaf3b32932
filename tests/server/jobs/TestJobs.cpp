// SPDX-License-Identifier: GPL-3.0-or-later
// The job mechanism on both engines: idempotent enqueue, claims with leases, retries with
// backoff, permanent failures, a worker that dies before or during its call, fencing of a lost
// lease, and two replicas on one PostgreSQL running every job exactly once.
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/Metrics.h"
#include "jobs/JobRunner.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <random>
#include <set>

using namespace petinfo;
using namespace petinfo::server;
using petinfo::test::Backend;

namespace {

constexpr std::int64_t kStart = 1'780'000'000'000; // 2026-05-28

/** A handler whose behaviour each test scripts; it records every outcome it is told about. */
class ScriptedHandler final : public JobHandler
{
public:
    std::function<JobResult(JobContext&)> body = [](JobContext& ctx) {
        return ctx.enterCall() ? JobResult::done("ok") : JobResult::skip("lost");
    };

    JobResult run(JobContext& ctx) override
    {
        {
            std::lock_guard lock(mutex);
            ++runs[ctx.job().key];
        }
        return body(ctx);
    }
    void settle(DbConnection&, const Job& job, JobState final, const JobResult& result) override
    {
        std::lock_guard lock(mutex);
        settled[job.key].push_back(std::string(enumName(final)) + ":" + result.detail);
    }

    std::mutex mutex;
    std::map<std::string, int> runs;
    std::map<std::string, std::vector<std::string>> settled;
};

class Jobs : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        db = open();
        db->migrate();
        db->transaction(true, [](DbConnection& c) {
            c.exec("INSERT INTO organisations (id, name, kind, created_ms) VALUES ('org', 'Org', 'clinic', 1)");
        });
    }
    void TearDown() override
    {
        db.reset();
        if (!m_dir.empty()) {
            std::filesystem::remove_all(m_dir);
        }
    }

    /** Another pool on the same database: what a second server process would have. */
    std::unique_ptr<Database> open(std::size_t poolSize = 4)
    {
        DatabaseSettings s;
        s.poolSize = poolSize;
        if (GetParam() == Backend::Postgres) {
            if (!m_pg) {
                m_pg = petinfo::test::PgDatabase::create();
            }
            s.engine = Engine::Postgres;
            s.postgresConninfo = postgresConninfoFromUrl(m_pg->url()).value();
            return std::make_unique<Database>(s);
        }
        if (m_dir.empty()) {
            m_dir = std::filesystem::temp_directory_path() / ("petinfo-jobs-" + petinfo::test::uuid());
            std::filesystem::create_directories(m_dir);
        }
        s.sqlitePath = (m_dir / "jobs.db").string();
        return std::make_unique<Database>(s);
    }

    std::unique_ptr<JobRunner> runner(Database& on, const Clock& clock, std::shared_ptr<ScriptedHandler> handler,
                                      JobRunnerSettings settings = {})
    {
        if (settings.owner.empty()) {
            settings.owner = "test";
        }
        auto r = std::make_unique<JobRunner>(on, clock, log, metrics, settings);
        r->addHandler("test", std::move(handler));
        return r;
    }

    bool enqueue(const std::string& key, std::int64_t runAt, int maxAttempts = 8)
    {
        return db->transaction(true, [&](DbConnection& c) {
            return JobQueue::enqueue(c, JobSpec{"org", "test", key, "{}", runAt, maxAttempts}, clock.nowMs());
        });
    }

    Job job(const std::string& key)
    {
        Lease c = db->acquire();
        return JobQueue::find(*c, "test", key).value();
    }

    std::unique_ptr<Database> db;
    ManualClock clock{kStart, Date::fromDays(kStart / 86400000)};
    AccessLog log{"/dev/null", false};
    Metrics metrics;
    std::unique_ptr<petinfo::test::PgDatabase> m_pg;
    std::filesystem::path m_dir;
};

} // namespace

TEST_P(Jobs, TheSameKeyIsEnqueuedOnceAndRunsOnce)
{
    EXPECT_TRUE(enqueue("a", kStart));
    EXPECT_FALSE(enqueue("a", kStart)) << "planning twice must not double the work";
    auto handler = std::make_shared<ScriptedHandler>();
    auto r = runner(*db, clock, handler);
    EXPECT_EQ(r->runDue(), 1);
    EXPECT_EQ(r->runDue(), 0);
    EXPECT_EQ(handler->runs["a"], 1);
    EXPECT_EQ(job("a").state, JobState::Done);
    EXPECT_EQ(handler->settled["a"], std::vector<std::string>{"done:ok"});
    EXPECT_FALSE(enqueue("a", kStart)) << "a finished job still holds its key";
}

TEST_P(Jobs, AJobWaitsForItsTime)
{
    ASSERT_TRUE(enqueue("later", kStart + 60000));
    auto handler = std::make_shared<ScriptedHandler>();
    auto r = runner(*db, clock, handler);
    EXPECT_EQ(r->runDue(), 0);
    clock.advanceMs(59999);
    EXPECT_EQ(r->runDue(), 0);
    clock.advanceMs(1);
    EXPECT_EQ(r->runDue(), 1);
}

TEST_P(Jobs, TransientErrorsRetryWithGrowingBackoffThenGiveUp)
{
    ASSERT_TRUE(enqueue("flaky", kStart, 3));
    auto handler = std::make_shared<ScriptedHandler>();
    handler->body = [](JobContext& ctx) {
        EXPECT_TRUE(ctx.enterCall());
        return JobResult::retry("HTTP 503");
    };
    JobRunnerSettings settings;
    settings.retryBaseMs = 10000;
    auto r = runner(*db, clock, handler, settings);

    EXPECT_EQ(r->runDue(), 1);
    Job j = job("flaky");
    EXPECT_EQ(j.state, JobState::Pending);
    EXPECT_EQ(j.attempts, 1);
    EXPECT_GE(j.runAtMs, kStart + 8000); // 10 s ± 20 %
    EXPECT_LE(j.runAtMs, kStart + 12000);
    EXPECT_EQ(r->runDue(), 0) << "not before its backoff";

    clock.advanceMs(12000);
    EXPECT_EQ(r->runDue(), 1);
    j = job("flaky");
    EXPECT_EQ(j.attempts, 2);
    EXPECT_GE(j.runAtMs, clock.nowMs() + 16000); // doubled: 20 s ± 20 %
    EXPECT_LE(j.runAtMs, clock.nowMs() + 24000);

    clock.advanceMs(24000);
    EXPECT_EQ(r->runDue(), 1);
    j = job("flaky");
    EXPECT_EQ(j.state, JobState::Failed);
    EXPECT_EQ(j.detail, "gave up after 3 attempts: HTTP 503");
    clock.advanceMs(3600 * 1000);
    EXPECT_EQ(r->runDue(), 0);
    EXPECT_EQ(handler->runs["flaky"], 3);
    EXPECT_EQ(handler->settled["flaky"], (std::vector<std::string>{"pending:HTTP 503", "pending:HTTP 503",
                                                                   "failed:gave up after 3 attempts: HTTP 503"}));
}

TEST_P(Jobs, AProvidersRetryAfterIsHonoured)
{
    ASSERT_TRUE(enqueue("slow-down", kStart));
    auto handler = std::make_shared<ScriptedHandler>();
    handler->body = [](JobContext&) {
        return JobResult::retry("HTTP 429", 600000);
    };
    auto r = runner(*db, clock, handler);
    r->runDue();
    EXPECT_EQ(job("slow-down").runAtMs, kStart + 600000);
}

TEST_P(Jobs, PermanentFailuresKeepTheirReasonAndNeverRunAgain)
{
    ASSERT_TRUE(enqueue("bad-number", kStart));
    auto handler = std::make_shared<ScriptedHandler>();
    handler->body = [](JobContext& ctx) {
        EXPECT_TRUE(ctx.enterCall());
        return JobResult::failed("131026: message undeliverable");
    };
    auto r = runner(*db, clock, handler);
    r->runDue();
    clock.advanceMs(24 * 3600 * 1000);
    r->runDue();
    EXPECT_EQ(handler->runs["bad-number"], 1);
    const Job j = job("bad-number");
    EXPECT_EQ(j.state, JobState::Failed);
    EXPECT_EQ(j.detail, "131026: message undeliverable");
}

TEST_P(Jobs, AWorkerThatDiedBeforeItsCallIsReplacedAndOneThatDiedDuringItIsUncertain)
{
    ASSERT_TRUE(enqueue("before", kStart));
    ASSERT_TRUE(enqueue("during", kStart));
    // A process claims both, commits the call marker of one, and dies.
    db->transaction(true, [&](DbConnection& c) {
        const auto claimed = JobQueue::claim(c, "dead-process", 10, clock.nowMs(), 60000);
        ASSERT_EQ(claimed.size(), 2u);
        for (const Job& j : claimed) {
            if (j.key == "during") {
                ASSERT_TRUE(JobQueue::enterCall(c, j, clock.nowMs(), 60000));
            }
        }
    });
    auto handler = std::make_shared<ScriptedHandler>();
    auto r = runner(*db, clock, handler);
    EXPECT_EQ(r->runDue(), 0) << "both are leased to the dead process";
    clock.advanceMs(60001);
    EXPECT_EQ(r->runDue(), 1);
    EXPECT_EQ(handler->runs["before"], 1) << "nothing had left the dead process: run it";
    EXPECT_EQ(handler->runs["during"], 0) << "never run again by itself";
    EXPECT_EQ(job("before").state, JobState::Done);
    EXPECT_EQ(job("during").state, JobState::Uncertain);
    ASSERT_EQ(handler->settled["during"].size(), 1u);
    EXPECT_EQ(handler->settled["during"][0].rfind("uncertain:", 0), 0u);

    clock.advanceMs(24 * 3600 * 1000);
    EXPECT_EQ(r->runDue(), 0);
    // Staff look, decide it did not go out, and retry it by hand.
    db->transaction(true, [&](DbConnection& c) {
        EXPECT_TRUE(JobQueue::requeue(c, "test", "during", clock.nowMs(), clock.nowMs()));
    });
    EXPECT_EQ(r->runDue(), 1);
    EXPECT_EQ(handler->runs["during"], 1);
}

TEST_P(Jobs, AnOutcomeErrorAfterTheCallLeavesTheJobUncertain)
{
    ASSERT_TRUE(enqueue("crash-after", kStart));
    auto handler = std::make_shared<ScriptedHandler>();
    handler->body = [](JobContext& ctx) -> JobResult {
        EXPECT_TRUE(ctx.enterCall());
        throw std::runtime_error("the answer could not be read");
    };
    auto r = runner(*db, clock, handler);
    r->runDue();
    const Job j = job("crash-after");
    EXPECT_EQ(j.state, JobState::Uncertain);
    EXPECT_EQ(j.detail, "handler error: the answer could not be read");
}

TEST_P(Jobs, AWorkerWhoseLeaseWasTakenOverWritesNothing)
{
    ASSERT_TRUE(enqueue("slow", kStart));
    Job stale;
    db->transaction(true,
                    [&](DbConnection& c) { stale = JobQueue::claim(c, "slow-worker", 1, clock.nowMs(), 1000).at(0); });
    clock.advanceMs(1001);
    auto handler = std::make_shared<ScriptedHandler>();
    auto r = runner(*db, clock, handler);
    EXPECT_EQ(r->runDue(), 1) << "expired before its call: taken over";
    db->transaction(true, [&](DbConnection& c) {
        EXPECT_FALSE(JobQueue::enterCall(c, stale, clock.nowMs(), 1000)) << "the slow worker must not call now";
        EXPECT_FALSE(JobQueue::finish(c, stale, JobState::Failed, "late", 0, clock.nowMs()));
    });
    EXPECT_EQ(job("slow").state, JobState::Done);
}

TEST_P(Jobs, CancelledJobsDoNotRunAndCanBeRevived)
{
    ASSERT_TRUE(enqueue("c", kStart));
    db->transaction(true, [&](DbConnection& c) {
        EXPECT_TRUE(JobQueue::cancel(c, "test", "c", "superseded", clock.nowMs()));
        EXPECT_FALSE(JobQueue::cancel(c, "test", "c", "twice", clock.nowMs()));
    });
    auto handler = std::make_shared<ScriptedHandler>();
    auto r = runner(*db, clock, handler);
    EXPECT_EQ(r->runDue(), 0);
    EXPECT_EQ(job("c").detail, "superseded");
    db->transaction(true,
                    [&](DbConnection& c) { EXPECT_TRUE(JobQueue::requeue(c, "test", "c", kStart, clock.nowMs())); });
    EXPECT_EQ(r->runDue(), 1);
}

TEST_P(Jobs, FinishedJobsArePurgedAfterTheRetention)
{
    ASSERT_TRUE(enqueue("old", kStart));
    ASSERT_TRUE(enqueue("failed", kStart));
    auto handler = std::make_shared<ScriptedHandler>();
    handler->body = [](JobContext& ctx) {
        return ctx.job().key == "old" ? JobResult::done("") : JobResult::failed("no");
    };
    auto r = runner(*db, clock, handler);
    r->runDue();
    db->transaction(true, [&](DbConnection& c) {
        EXPECT_EQ(JobQueue::purge(c, kStart), 0);
        EXPECT_EQ(JobQueue::purge(c, kStart + 1), 1) << "failed jobs stay for staff";
    });
}

TEST_P(Jobs, ReplicasRunEveryJobExactlyOnce)
{
    // Two "processes" (two pools on one database, each with its own runner and workers) and a
    // handler that fails 10 % of its calls transiently: every job succeeds exactly once.
    constexpr int kJobs = 2000;
    db->transaction(true, [&](DbConnection& c) {
        for (int i = 0; i < kJobs; ++i) {
            JobQueue::enqueue(c, JobSpec{"org", "test", "job-" + std::to_string(i), "{}", 0, 50}, 0);
        }
    });
    std::mutex mutex;
    std::map<std::string, int> succeeded;
    std::map<std::string, int> byReplica;
    int calls = 0;
    auto make = [&](unsigned seed, std::string replica) {
        auto h = std::make_shared<ScriptedHandler>();
        auto random = std::make_shared<std::mt19937>(seed);
        h->body = [&, random, replica](JobContext& ctx) {
            if (!ctx.enterCall()) {
                return JobResult::skip("lost");
            }
            std::lock_guard lock(mutex);
            ++calls;
            if ((*random)() % 10 == 0) {
                return JobResult::retry("HTTP 500");
            }
            ++succeeded[ctx.job().key];
            ++byReplica[replica];
            return JobResult::done("sent");
        };
        return h;
    };
    JobRunnerSettings settings;
    settings.workers = 4;
    settings.pollMs = 20;
    settings.retryBaseMs = 1;
    std::unique_ptr<Database> second = open(8);
    settings.owner = "replica-a";
    JobRunner a(*db, SystemClock::instance(), log, metrics, settings);
    a.addHandler("test", make(1, "a"));
    settings.owner = "replica-b";
    JobRunner b(*second, SystemClock::instance(), log, metrics, settings);
    b.addHandler("test", make(2, "b"));
    a.start();
    b.start();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (std::chrono::steady_clock::now() < deadline) {
        Lease c = db->acquire();
        if (c->rows("SELECT COUNT(*) FROM jobs WHERE state <> 'done'").integer(0, 0) == 0) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    a.stop();
    b.stop();

    EXPECT_EQ(succeeded.size(), static_cast<std::size_t>(kJobs)) << "a job was lost";
    for (const auto& [key, count] : succeeded) {
        EXPECT_EQ(count, 1) << key << " ran " << count << " times";
    }
    EXPECT_GT(calls, kJobs) << "the failures were retried";
    Lease c = db->acquire();
    EXPECT_EQ(c->rows("SELECT COUNT(*) FROM jobs WHERE state = 'done'").integer(0, 0), kJobs);
    EXPECT_GT(byReplica["a"], 0);
    EXPECT_GT(byReplica["b"], 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, Jobs, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) {
                             return petinfo::test::backendName(p.param);
                         });
