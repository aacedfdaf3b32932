// SPDX-License-Identifier: GPL-3.0-or-later
// Two server processes on one PostgreSQL database serve the same clients: tokens, throttling,
// mutation ids and the version cursor are all in the database, so requests may alternate.
#include "support/ServerTest.h"
#include "support/SyncDevice.h"

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;

class Replicas : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(Backend::Postgres);
        ServerOptions first;
        first.backend = Backend::Postgres;
        // Strict: no soft-state caches, so every request sees the database as it is. The caches'
        // bounded staleness is tested on its own below.
        first.config = {{"auth.signinMaxFailures", "3"},
                        {"auth.tokenCacheMilliseconds", "0"},
                        {"sync.versionCacheMilliseconds", "0"},
                        {"pages.cacheMilliseconds", "0"}};
        one = std::make_unique<ServerProcess>(first);
        ServerOptions second = first;
        second.databaseUrl = one->databaseUrl();
        two = std::make_unique<ServerProcess>(second);
    }

    std::unique_ptr<ServerProcess> one;
    std::unique_ptr<ServerProcess> two;
};

TEST_F(Replicas, TokensAndRevocationHoldOnBoth)
{
    const Account a = signUp(*one, "Replicated Clinic");
    const Account onTwo = signIn(*two, a.email, a.password, "laptop");
    EXPECT_EQ(one->get("/api/v1/auth/me", onTwo.token).status, 200);
    EXPECT_EQ(two->get("/api/v1/auth/me", a.token).status, 200);
    EXPECT_EQ(one->post("/api/v1/auth/signout", nullptr, onTwo.token).status, 204);
    EXPECT_EQ(two->get("/api/v1/auth/me", onTwo.token).status, 401);
}

TEST_F(Replicas, FailedSignInsCountAcrossReplicas)
{
    const Account a = signUp(*one, "Throttle Clinic");
    const json wrong{{"email", a.email}, {"password", "wrong password"}};
    EXPECT_EQ(one->post("/api/v1/auth/signin", wrong).status, 401);
    EXPECT_EQ(two->post("/api/v1/auth/signin", wrong).status, 401);
    EXPECT_EQ(one->post("/api/v1/auth/signin", wrong).status, 401);
    EXPECT_EQ(two->post("/api/v1/auth/signin", {{"email", a.email}, {"password", a.password}}).status, 429);
}

TEST_F(Replicas, AlternatingPushesKeepOneMutationSequence)
{
    const Account a = signUp(*one, "Alternating Clinic");
    SyncDevice device(*one, a);
    const std::string pet = uuid();
    device.push({device.change(EntityType::Pet, pet, {{"name", "One"}})});
    device.useServer(*two);
    const auto batch = device.mutations({device.change(EntityType::Pet, pet, {{"name", "Two"}})});
    ASSERT_EQ(device.pushRaw(batch).status, 200);
    // The reply was lost; the retry goes to the other replica and is a duplicate there.
    device.useServer(*one);
    const auto retry = sync::pushResponseFromJson(device.pushRaw(batch).json());
    ASSERT_TRUE(retry.hasValue());
    EXPECT_EQ(retry->results[0].status, sync::MutationStatus::Duplicate);
    EXPECT_EQ(retry->lastMutationId, 2);
    device.setNextMutationId(5);
    EXPECT_EQ(device.pushRaw(device.mutations({device.change(EntityType::Pet, pet, {{"name", "Gap"}})})).status, 409);
    device.useServer(*two);
    const auto rest = two->get("/api/v1/pets/" + pet, a.token);
    EXPECT_EQ(rest.json()["name"], "Two");
}

TEST_F(Replicas, ConcurrentWritersNeverMakeAReaderSkipARow)
{
    const Account admin = signUp(*one, "Busy Clinic");
    constexpr int kWriters = 2;
    constexpr int kBatches = 15;
    constexpr int kPerBatch = 4;
    std::mutex mutex;
    std::set<std::string> written;
    std::vector<std::string> errors;
    std::atomic<bool> done{false};

    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            try {
                const ServerProcess& home = w % 2 == 0 ? *one : *two;
                SyncDevice device(home, signIn(home, admin.email, admin.password, "writer-" + std::to_string(w)));
                for (int b = 0; b < kBatches; ++b) {
                    std::vector<sync::SyncRow> changes;
                    std::vector<std::string> ids;
                    for (int i = 0; i < kPerBatch; ++i) {
                        ids.push_back(uuid());
                        changes.push_back(
                            device.change(EntityType::Pet, ids.back(), {{"name", "P" + std::to_string(b)}}));
                    }
                    device.push(changes);
                    std::lock_guard lock(mutex);
                    written.insert(ids.begin(), ids.end());
                }
            } catch (const std::exception& e) {
                std::lock_guard lock(mutex);
                errors.push_back(e.what());
            }
        });
    }

    std::set<std::string> seen;
    std::int64_t cursor = 0;
    SyncDevice reader(*one, signIn(*one, admin.email, admin.password, "reader"));
    auto readOnce = [&](int round) {
        reader.useServer(round % 2 == 0 ? *one : *two);
        const auto r = reader.pullRaw(cursor, 7);
        ASSERT_EQ(r.status, 200) << r.body;
        const auto page = sync::pullResponseFromJson(r.json());
        ASSERT_TRUE(page.hasValue());
        for (const auto& row : page->rows) {
            EXPECT_GT(row.version, cursor);
            EXPECT_TRUE(seen.insert(row.id).second) << "row seen twice: " << row.id;
        }
        cursor = page->cursor;
    };
    int round = 0;
    std::thread watcher([&] {
        for (auto& t : writers) {
            t.join();
        }
        done = true;
    });
    while (!done) {
        readOnce(round++);
    }
    watcher.join();
    for (int i = 0; i < 3; ++i) {
        readOnce(round++);
    }
    EXPECT_TRUE(errors.empty()) << errors.front();
    EXPECT_EQ(written.size(), static_cast<std::size_t>(kWriters * kBatches * kPerBatch));
    EXPECT_EQ(seen, written);
    EXPECT_GT(round, 3);
}

TEST_F(Replicas, ConcurrentEditsOfOneRowConverge)
{
    const Account admin = signUp(*one, "Converge Clinic");
    const std::string pet = uuid();
    SyncDevice seed(*one, admin);
    seed.push({seed.change(EntityType::Pet, pet, {{"name", "Start"}, {"notes", ""}, {"colour", ""}})});

    std::mutex mutex;
    std::vector<sync::SyncRow> allChanges;
    std::vector<std::thread> editors;
    for (int e = 0; e < 2; ++e) {
        editors.emplace_back([&, e] {
            const ServerProcess& home = e == 0 ? *one : *two;
            SyncDevice device(home, signIn(home, admin.email, admin.password, "editor-" + std::to_string(e)));
            for (int i = 0; i < 20; ++i) {
                const std::string field = i % 3 == 0 ? "name" : (i % 3 == 1 ? "notes" : "colour");
                sync::SyncRow change =
                    device.change(EntityType::Pet, pet, {{field, "e" + std::to_string(e) + "-" + std::to_string(i)}});
                try {
                    device.push({change});
                } catch (const std::exception&) {
                    continue;
                }
                std::lock_guard lock(mutex);
                allChanges.push_back(change);
            }
        });
    }
    for (auto& t : editors) {
        t.join();
    }
    // What every copy must hold: the merge of everything acknowledged, in any order.
    sync::SyncRow expected = seed.pullAll().rows.front();
    for (const auto& c : allChanges) {
        expected = sync::merge(expected, c).row;
    }
    SyncDevice checkOne(*one, admin);
    SyncDevice checkTwo(*two, admin);
    const auto rowsOne = checkOne.pullAll().rows;
    const auto rowsTwo = checkTwo.pullAll().rows;
    ASSERT_EQ(rowsOne.size(), 1u);
    EXPECT_EQ(rowsOne[0].fields, rowsTwo[0].fields);
    EXPECT_EQ(rowsOne[0].fields, expected.fields);
}

TEST(ReplicaCaches, StalenessIsBoundedAndLocalChangesShowAtOnce)
{
    PETINFO_REQUIRE_BACKEND(Backend::Postgres);
    ServerOptions first;
    first.backend = Backend::Postgres;
    first.config = {{"auth.tokenCacheMilliseconds", "1000"},
                    {"sync.versionCacheMilliseconds", "1000"},
                    {"pages.cacheMilliseconds", "1000"}};
    ServerProcess one(first);
    ServerOptions second = first;
    second.databaseUrl = one.databaseUrl();
    ServerProcess two(second);

    const Account a = signUp(one, "Cached Clinic");
    const Account laptop = signIn(one, a.email, a.password, "laptop");
    ASSERT_EQ(two.get("/api/v1/auth/me", laptop.token).status, 200); // now cached on two
    ASSERT_EQ(one.post("/api/v1/auth/signout", nullptr, laptop.token).status, 204);
    EXPECT_EQ(one.get("/api/v1/auth/me", laptop.token).status, 401); // at once where it happened
    const auto start = std::chrono::steady_clock::now();
    while (two.get("/api/v1/auth/me", laptop.token).status == 200) {
        ASSERT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1500)) << "stale for too long";
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }

    // An empty pull answered from the cache never moves the cursor past a new row.
    SyncDevice writer(one, a);
    SyncDevice reader(two, signIn(two, a.email, a.password, "reader"));
    const std::int64_t cursor = reader.pullAll().cursor;
    const std::string pet = uuid();
    writer.push({writer.change(EntityType::Pet, pet, {{"name", "Fresh"}})});
    bool seen = false;
    const auto pushed = std::chrono::steady_clock::now();
    while (!seen) {
        const auto page = reader.pullAll(cursor);
        for (const auto& row : page.rows) {
            seen = seen || row.id == pet;
        }
        if (!seen) {
            EXPECT_EQ(page.cursor, cursor);
            ASSERT_LT(std::chrono::steady_clock::now() - pushed, std::chrono::milliseconds(1500)) << "never arrived";
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
}
