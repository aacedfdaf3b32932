// SPDX-License-Identifier: GPL-3.0-or-later
// Sync push/pull against the real server: mutation ids, the version cursor, the per-field merge,
// append-only records, tombstones and the horizon.
#include "petinfo/common/Random.h"
#include "support/ServerTest.h"
#include "support/SyncDevice.h"

#include <set>
#include <thread>

using namespace petinfo;
using namespace petinfo::test;
using namespace petinfo::sync;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1700000000000;

SyncRow at(EntityType type, const std::string& id, const json& values, std::int64_t offsetMs, const std::string& node)
{
    return makeChange(type, id, values, Hlc{kT0 + offsetMs, 0, node});
}

const SyncRow* find(const std::vector<SyncRow>& rows, const std::string& id)
{
    for (const SyncRow& r : rows) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

class Sync : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (!server) {
            return;
        }
        admin = signUp(*server, "Sync Clinic");
        a = std::make_unique<SyncDevice>(*server, signIn(*server, admin.email, admin.password, "device-a"));
        b = std::make_unique<SyncDevice>(*server, signIn(*server, admin.email, admin.password, "device-b"));
    }

    Account admin;
    std::unique_ptr<SyncDevice> a;
    std::unique_ptr<SyncDevice> b;
};

TEST_P(Sync, PushedRowsComeBackInVersionOrder)
{
    const std::string pet = uuid();
    const std::string person = uuid();
    const auto pushed = a->push({
        a->change(EntityType::Pet, pet, {{"name", "Rex"}, {"species", "dog"}, {"birthDate", "2020-01-02"}}),
        a->change(EntityType::Person, person, {{"name", "Ana"}, {"phones", {"+5491123456789"}}}),
        a->change(EntityType::PetContact, pet + "/" + person, {{"role", "owner"}, {"primary", true}}),
        a->change(EntityType::HealthRecord, uuid(),
                  {{"petId", pet}, {"kind", "vaccine"}, {"date", "2025-05-01"}, {"product", "Rabies"}}),
    });
    ASSERT_EQ(pushed.results.size(), 4u);
    for (const MutationResult& r : pushed.results) {
        EXPECT_EQ(r.status, MutationStatus::Applied) << (r.error ? r.error->message : "");
    }
    EXPECT_EQ(pushed.lastMutationId, 4);
    EXPECT_EQ(pushed.results[3].version, pushed.results[0].version + 3);

    const PullResponse pulled = b->pullAll();
    ASSERT_EQ(pulled.rows.size(), 4u);
    for (std::size_t i = 1; i < pulled.rows.size(); ++i) {
        EXPECT_LT(pulled.rows[i - 1].version, pulled.rows[i].version);
    }
    EXPECT_EQ(pulled.cursor, pulled.rows.back().version);
    EXPECT_EQ(*find(pulled.rows, pet)->value("name"), "Rex");
    // The row carries the device's clocks, so every copy merges to the same result.
    EXPECT_EQ(find(pulled.rows, pet)->fields.at("name").clock.node, "device-a");

    const auto again = b->pullRaw(pulled.cursor);
    ASSERT_EQ(again.status, 200);
    EXPECT_TRUE(again.json()["rows"].empty());
    EXPECT_EQ(again.json()["cursor"], pulled.cursor);
    EXPECT_FALSE(again.json()["hasMore"].get<bool>());
}

TEST_P(Sync, DuplicatesAreAcknowledgedNotAppliedAgain)
{
    const std::string pet = uuid();
    const auto batch = a->mutations(
        {a->change(EntityType::Pet, pet, {{"name", "One"}}), a->change(EntityType::Pet, pet, {{"name", "Two"}})});
    ASSERT_EQ(a->pushRaw(batch).status, 200);
    const std::int64_t cursor = a->pullAll().cursor;

    // The same push again (reply lost): both acknowledged as duplicates, nothing changes.
    const auto retry = sync::pushResponseFromJson(a->pushRaw(batch).json());
    ASSERT_TRUE(retry.hasValue());
    EXPECT_EQ(retry->lastMutationId, 2);
    for (const MutationResult& r : retry->results) {
        EXPECT_EQ(r.status, MutationStatus::Duplicate);
    }
    EXPECT_EQ(a->pullAll().cursor, cursor);

    // An overlapping push: the old one is a duplicate, the new one applies.
    auto overlap = std::vector<Mutation>{batch[1]};
    const auto third = a->mutations({a->change(EntityType::Pet, pet, {{"name", "Three"}})});
    overlap.push_back(third[0]);
    const auto mixed = sync::pushResponseFromJson(a->pushRaw(overlap).json());
    ASSERT_TRUE(mixed.hasValue());
    EXPECT_EQ(mixed->results[0].status, MutationStatus::Duplicate);
    EXPECT_EQ(mixed->results[1].status, MutationStatus::Applied);
    EXPECT_EQ(mixed->lastMutationId, 3);
    EXPECT_EQ(*find(b->pullAll().rows, pet)->value("name"), "Three");
}

TEST_P(Sync, AGapIsRefusedWithTheExpectedId)
{
    const std::string pet = uuid();
    a->push({a->change(EntityType::Pet, pet, {{"name", "Rex"}})});
    const std::int64_t cursor = b->pullAll().cursor;
    a->setNextMutationId(5);
    const auto gap = a->pushRaw(a->mutations({a->change(EntityType::Pet, pet, {{"name", "Lost"}})}));
    EXPECT_EQ(gap.status, 409);
    EXPECT_EQ(gap.errorCode(), "mutation_gap");
    EXPECT_EQ(gap.json()["error"]["expectedMutationId"], 2);
    EXPECT_EQ(b->pullAll(cursor).rows.size(), 0u);

    // Ids out of order inside one push are a gap too; nothing of the push applies.
    a->setNextMutationId(2);
    auto ms = a->mutations(
        {a->change(EntityType::Pet, pet, {{"name", "X"}}), a->change(EntityType::Pet, pet, {{"name", "Y"}})});
    std::swap(ms[0], ms[1]);
    EXPECT_EQ(a->pushRaw(ms).status, 409);
    EXPECT_EQ(b->pullAll(cursor).rows.size(), 0u);
}

TEST_P(Sync, PermanentErrorsConsumeTheirIdAndAreReportedEach)
{
    const std::string pet = uuid();
    std::vector<Mutation> ms = a->mutations({
        a->change(EntityType::Pet, pet, {{"name", "Rex"}}),
        a->change(EntityType::Pet, pet, {{"name", 42}}),
        a->change(EntityType::Pet, pet, {{"favouriteFood", "chicken"}}),
        a->change(EntityType::Pet, uuid(), {{"breed", "no name"}}),
        a->change(EntityType::Pet, "not-a-uuid", {{"name", "x"}}),
        a->change(EntityType::Weight, uuid(), {{"petId", pet}, {"date", "2025-01-01"}, {"kg", 4.2}}),
    });
    json body = sync::toJson(PushRequest{kSchemaVersion, a->account().clientId, ms});
    body["mutations"].push_back({{"id", 7}, {"entity", "dragon"}, {"rowId", uuid()}, {"fields", {}}, {"clocks", {}}});
    const auto r = server->post("/api/v1/sync/push", body, a->account().token);
    ASSERT_EQ(r.status, 200) << r.body;
    const auto decoded = sync::pushResponseFromJson(r.json());
    ASSERT_TRUE(decoded.hasValue());
    EXPECT_EQ(decoded->lastMutationId, 7);
    const std::vector<std::string> expected{"",           "wrong_type", "unknown_field",     "validation_failed",
                                            "invalid_id", "",           "malformed_mutation"};
    ASSERT_EQ(decoded->results.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const MutationResult& m = decoded->results[i];
        EXPECT_EQ(m.id, static_cast<std::int64_t>(i + 1));
        if (expected[i].empty()) {
            EXPECT_EQ(m.status, MutationStatus::Applied) << i;
        } else {
            EXPECT_EQ(m.status, MutationStatus::Rejected) << i;
            ASSERT_TRUE(m.error.has_value()) << i;
            EXPECT_EQ(m.error->code, expected[i]) << i;
        }
    }
    // The next id continues after the refused ones.
    a->setNextMutationId(8);
    EXPECT_EQ(a->push({a->change(EntityType::Pet, pet, {{"notes", "ok"}})}).lastMutationId, 8);
}

TEST_P(Sync, SameFieldOnTwoDevicesLaterClockWinsAndTheLoserIsReported)
{
    const std::string pet = uuid();
    a->push({at(EntityType::Pet, pet, {{"name", "Rex"}}, 0, "device-a")});
    b->push({at(EntityType::Pet, pet, {{"name", "Max"}}, 200, "device-b")});
    const auto late = a->push({at(EntityType::Pet, pet, {{"name", "Toby"}}, 100, "device-a")});
    ASSERT_EQ(late.results[0].conflicts.size(), 1u);
    const ConflictEntry& c = late.results[0].conflicts[0];
    EXPECT_EQ(c.field, "name");
    EXPECT_EQ(c.winner, Winner::Stored);
    EXPECT_EQ(c.storedValue, "Max");
    EXPECT_EQ(c.incomingValue, "Toby");
    EXPECT_EQ(c.storedClock.node, "device-b");
    EXPECT_EQ(c.incomingClock.node, "device-a");
    EXPECT_EQ(late.results[0].version, 0); // nothing changed

    const PullResponse pulledA = a->pullAll();
    const PullResponse pulledB = b->pullAll();
    const SyncRow* onA = find(pulledA.rows, pet);
    const SyncRow* onB = find(pulledB.rows, pet);
    ASSERT_TRUE(onA && onB);
    EXPECT_EQ(*onA->value("name"), "Max");
    EXPECT_EQ(onA->fields, onB->fields);
}

TEST_P(Sync, DifferentFieldsOnTwoDevicesAreBothKept)
{
    const std::string pet = uuid();
    a->push({at(EntityType::Pet, pet, {{"name", "Rex"}, {"breed", ""}}, 0, "device-a")});
    b->push({at(EntityType::Pet, pet, {{"breed", "Beagle"}}, 100, "device-b")});
    a->push({at(EntityType::Pet, pet, {{"name", "Rex II"}}, 50, "device-a")});
    const PullResponse pulled = b->pullAll();
    const SyncRow* row = find(pulled.rows, pet);
    ASSERT_TRUE(row);
    EXPECT_EQ(*row->value("name"), "Rex II");
    EXPECT_EQ(*row->value("breed"), "Beagle");
}

TEST_P(Sync, EditConcurrentWithDeleteStaysInTheTrashedRow)
{
    const std::string pet = uuid();
    a->push({at(EntityType::Pet, pet, {{"name", "Rex"}}, 0, "device-a")});
    a->push({makeDelete(EntityType::Pet, pet, Hlc{kT0 + 100, 0, "device-a"})});
    const auto edit = b->push({at(EntityType::Pet, pet, {{"notes", "Insulin at 8:00"}}, 150, "device-b")});
    EXPECT_EQ(edit.results[0].status, MutationStatus::Applied);

    SyncRow row = *find(a->pullAll().rows, pet);
    EXPECT_TRUE(row.isDeleted());
    EXPECT_EQ(*row.value("notes"), "Insulin at 8:00");
    EXPECT_EQ(server->get("/api/v1/pets/" + pet, admin.token).status, 404);

    a->push({makeDelete(EntityType::Pet, pet, Hlc{kT0 + 300, 0, "device-a"}, false)});
    row = *find(b->pullAll().rows, pet);
    EXPECT_FALSE(row.isDeleted());
    const auto rest = server->get("/api/v1/pets/" + pet, admin.token);
    ASSERT_EQ(rest.status, 200);
    EXPECT_EQ(rest.json()["notes"], "Insulin at 8:00");
}

TEST_P(Sync, HealthRecordsAreAppendOnly)
{
    const std::string pet = uuid();
    const std::string record = uuid();
    const json create{{"petId", pet}, {"kind", "vaccine"}, {"date", "2025-05-01"}, {"product", "Rabies"}};
    a->push({a->change(EntityType::Pet, pet, {{"name", "Rex"}})});
    const auto first = a->push({a->change(EntityType::HealthRecord, record, create)});
    EXPECT_EQ(first.results[0].status, MutationStatus::Applied);
    EXPECT_GT(first.results[0].version, 0);
    // The same record created again (another device re-sending): idempotent, no new version.
    const auto again = b->push({b->change(EntityType::HealthRecord, record, create)});
    EXPECT_EQ(again.results[0].status, MutationStatus::Applied);
    EXPECT_EQ(again.results[0].version, 0);
    const auto edit = b->push({b->change(EntityType::HealthRecord, record, {{"product", "Distemper"}})});
    EXPECT_EQ(edit.results[0].status, MutationStatus::Rejected);
    EXPECT_EQ(edit.results[0].error->code, "append_only");
    const auto del = b->push({makeDelete(EntityType::HealthRecord, record, b->tick())});
    EXPECT_EQ(del.results[0].status, MutationStatus::Applied);
    EXPECT_TRUE(server->get("/api/v1/pets/" + pet + "/health-records", admin.token).json()["items"].empty());
}

TEST_P(Sync, PagesNeverSkipOrRepeatARow)
{
    std::vector<SyncRow> changes;
    std::set<std::string> ids;
    for (int i = 0; i < 23; ++i) {
        const std::string id = uuid();
        ids.insert(id);
        changes.push_back(a->change(EntityType::Pet, id, {{"name", "Pet " + std::to_string(i)}}));
    }
    a->push(changes);
    std::set<std::string> seen;
    std::int64_t cursor = 0;
    int pages = 0;
    bool more = true;
    while (more) {
        const auto r = b->pullRaw(cursor, 5);
        ASSERT_EQ(r.status, 200);
        const auto page = sync::pullResponseFromJson(r.json());
        ASSERT_TRUE(page.hasValue());
        EXPECT_LE(page->rows.size(), 5u);
        for (const SyncRow& row : page->rows) {
            EXPECT_TRUE(seen.insert(row.id).second) << "repeated " << row.id;
            EXPECT_GT(row.version, cursor);
        }
        cursor = page->cursor;
        more = page->hasMore;
        ++pages;
    }
    EXPECT_EQ(seen, ids);
    EXPECT_EQ(pages, 5);
}

TEST_P(Sync, SchemaVersionClientAndClockAreChecked)
{
    const std::string pet = uuid();
    EXPECT_EQ(
        a->pushRaw(a->mutations({a->change(EntityType::Pet, pet, {{"name", "x"}})}), kSchemaVersion + 1).errorCode(),
        "unsupported_schema_version");
    a->setNextMutationId(1);
    EXPECT_EQ(server->post("/api/v1/sync/pull", {{"schemaVersion", 0}, {"cursor", 0}}, admin.token).errorCode(),
              "unsupported_schema_version");
    EXPECT_EQ(server->post("/api/v1/sync/pull", {{"cursor", 0}}, admin.token).status, 400);

    // Another device's client id is refused.
    const auto other =
        server->post("/api/v1/sync/push",
                     {{"schemaVersion", kSchemaVersion}, {"clientId", "device-b"}, {"mutations", json::array()}},
                     a->account().token);
    EXPECT_EQ(other.status, 403);
    EXPECT_EQ(other.errorCode(), "client_mismatch");

    // A clock two days ahead cannot win every future merge.
    const std::int64_t future =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count() +
        2 * 86400000LL;
    const auto skewed = a->push({makeChange(EntityType::Pet, pet, {{"name", "Future"}}, Hlc{future, 0, "device-a"})});
    EXPECT_EQ(skewed.results[0].status, MutationStatus::Rejected);
    EXPECT_EQ(skewed.results[0].error->code, "clock_skew");
}

TEST_P(Sync, TagsBelongToOneOrganisation)
{
    const auto tags = server->post("/api/v1/tags", {{"count", 1}}, admin.token);
    ASSERT_EQ(tags.status, 201);
    const std::string tag = tags.json()["items"][0]["tagId"];
    // The new tag reaches the devices as a tag row.
    bool tagRow = false;
    for (const SyncRow& r : a->pullAll().rows) {
        tagRow = tagRow || (r.type == EntityType::Tag && r.id == tag);
    }
    EXPECT_TRUE(tagRow);

    SyncDevice stranger(*server, signUp(*server, "Thief Clinic"));
    const auto stolen = stranger.push({stranger.change(EntityType::Pet, uuid(), {{"name", "Mine"}, {"tagId", tag}})});
    EXPECT_EQ(stolen.results[0].status, MutationStatus::Rejected);
    EXPECT_EQ(stolen.results[0].error->code, "tag_taken");
    const auto own = a->push({a->change(EntityType::Pet, uuid(), {{"name", "Rex"}, {"tagId", tag}})});
    EXPECT_EQ(own.results[0].status, MutationStatus::Applied);
    const auto listed = server->get("/api/v1/tags", admin.token).json()["items"];
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_TRUE(listed[0]["petId"].is_string());
}

// Issue 15: {"entity":"pet","fields":{"deleted":true,"tagId":"<not a tag>/../x"}} was applied,
// its tag id (up to 5,000 characters, SQL text) landed in the global tag table, and
// GET /api/v1/tags listed it with an unencoded URL, which a QR tag would print.
TEST_P(Sync, DeletedRowsAreValidatedAndClaimNoTag)
{
    const std::vector<std::string> junk{"AAAAAAAAAAAAAAAAAAAAAA/../x", std::string(5000, 'A'),
                                        "x'); DELETE FROM tags; --", "https://evil.example/t/x"};
    for (const std::string& tagId : junk) {
        SCOPED_TRACE(tagId.substr(0, 40));
        const auto pushed = a->push({a->change(EntityType::Pet, uuid(), {{"deleted", true}, {"tagId", tagId}})});
        ASSERT_EQ(pushed.results.size(), 1u);
        EXPECT_EQ(pushed.results[0].status, MutationStatus::Rejected);
        ASSERT_TRUE(pushed.results[0].error.has_value());
        EXPECT_EQ(pushed.results[0].error->code, errc::kInvalidId);
        EXPECT_EQ(pushed.results[0].error->field, "tagId");
    }
    // A tag id of the right shape on a deleted pet is stored with the tombstone but claims nothing:
    // another organisation can still issue-claim it for a live pet.
    const std::string unissued = newTagId();
    const auto tombstone =
        a->push({a->change(EntityType::Pet, uuid(), {{"name", "Gone"}, {"deleted", true}, {"tagId", unissued}})});
    EXPECT_EQ(tombstone.results[0].status, MutationStatus::Applied);
    const auto listed = server->get("/api/v1/tags", admin.token);
    ASSERT_EQ(listed.status, 200);
    EXPECT_TRUE(listed.json()["items"].empty()) << listed.body;
    EXPECT_EQ(server->get("/t/" + unissued).status, 404);

    SyncDevice other(*server, signUp(*server, "Other Clinic"));
    const auto claimed = other.push({other.change(EntityType::Pet, uuid(), {{"name", "Luna"}, {"tagId", unissued}})});
    EXPECT_EQ(claimed.results[0].status, MutationStatus::Applied);
    const auto theirs = server->get("/api/v1/tags", other.account().token).json()["items"];
    ASSERT_EQ(theirs.size(), 1u);
    EXPECT_EQ(theirs[0]["tagId"], unissued);
    const std::string url = theirs[0]["url"];
    EXPECT_EQ(url.substr(url.size() - unissued.size() - 3), "/t/" + unissued);
}

class SyncHorizon : public ServerTest
{
protected:
    std::map<std::string, std::string> config() const override
    {
        return {{"sync.tombstoneRetentionSeconds", "1"}, {"sync.purgeIntervalSeconds", "1"}};
    }
};

TEST_P(SyncHorizon, CursorOlderThanPurgedTombstonesMustResync)
{
    const Account admin = signUp(*server, "Horizon Clinic");
    SyncDevice a(*server, signIn(*server, admin.email, admin.password, "device-a"));
    SyncDevice offline(*server, signIn(*server, admin.email, admin.password, "device-offline"));
    const std::string gone = uuid();
    const std::string kept = uuid();
    a.push({a.change(EntityType::Pet, gone, {{"name", "Gone"}}), a.change(EntityType::Pet, kept, {{"name", "Kept"}})});
    const std::int64_t oldCursor = offline.pullAll().cursor;
    a.push({makeDelete(EntityType::Pet, gone, a.tick())});

    // Wait for the purge (retention 1 s, every 1 s).
    bool purged = false;
    for (int i = 0; i < 100 && !purged; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        purged = find(a.pullAll().rows, gone) == nullptr;
    }
    ASSERT_TRUE(purged);

    const auto stale = offline.pullRaw(oldCursor);
    EXPECT_EQ(stale.status, 410);
    EXPECT_EQ(stale.errorCode(), "resync_required");
    // Starting again from 0 works and no longer has the purged row.
    const PullResponse fresh = offline.pullAll(0);
    EXPECT_EQ(find(fresh.rows, gone), nullptr);
    EXPECT_NE(find(fresh.rows, kept), nullptr);
    EXPECT_EQ(offline.pullRaw(fresh.cursor).status, 200);
    // A cursor from the future (another server's, a restored backup) must resync as well.
    EXPECT_EQ(offline.pullRaw(fresh.cursor + 1000).status, 410);
}

PETINFO_INSTANTIATE_FOR_ENGINES(Sync);
PETINFO_INSTANTIATE_FOR_ENGINES(SyncHorizon);
