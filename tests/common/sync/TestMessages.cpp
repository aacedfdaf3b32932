// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Random.h"
#include "petinfo/common/sync/Messages.h"

#include <gtest/gtest.h>

using namespace petinfo;
using namespace petinfo::sync;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1700000000000;

SyncRow sampleChange()
{
    return makeChange(EntityType::Pet, newUuid(), json{{"name", "Rex"}, {"birthDate", nullptr}, {"deleted", false}},
                      Hlc{kT0, 3, "device-1"});
}

} // namespace

TEST(Messages, SchemaVersions)
{
    EXPECT_TRUE(isSupportedSchemaVersion(kSchemaVersion));
    EXPECT_TRUE(isSupportedSchemaVersion(kSchemaVersion - 1)); // the one before: no reminder rows
    EXPECT_EQ(clockFormFor(1), ClockForm::PerField);
    EXPECT_EQ(clockFormFor(2), ClockForm::Shared);
    EXPECT_FALSE(isSupportedSchemaVersion(kSchemaVersion + 1));
    EXPECT_FALSE(isSupportedSchemaVersion(0));
    EXPECT_FALSE(isSupportedSchemaVersion(-1));
    // Server-authored rows are new in 3: a peer of 2 would not know them.
    EXPECT_TRUE(isKnownToSchema(EntityType::Pet, 2));
    EXPECT_FALSE(isKnownToSchema(EntityType::Reminder, 2));
    EXPECT_FALSE(isKnownToSchema(EntityType::Message, 2));
    EXPECT_TRUE(isKnownToSchema(EntityType::Message, 3));
}

TEST(Messages, PushRequestRoundTrip)
{
    PushRequest request{kSchemaVersion, newUuid(), {}};
    request.mutations.push_back(Mutation{1, sampleChange(), std::nullopt});
    request.mutations.push_back(Mutation{2, makeDelete(EntityType::Note, newUuid(), Hlc{kT0, 4, "device-1"}), {}});
    const json j = toJson(request);
    // Schema 2 sends one shared clock for a change made in one edit.
    EXPECT_EQ(j["mutations"][0]["clock"], "018bcfe56800-0003-device-1");
    EXPECT_FALSE(j["mutations"][0].contains("clocks"));
    const auto back = pushRequestFromJson(json::parse(j.dump()));
    ASSERT_TRUE(back.hasValue()) << back.error().detail;
    EXPECT_EQ(back->clientId, request.clientId);
    ASSERT_EQ(back->mutations.size(), 2u);
    EXPECT_EQ(back->mutations[0].change, request.mutations[0].change);
    EXPECT_EQ(back->mutations[1].change, request.mutations[1].change);
    EXPECT_FALSE(back->mutations[0].malformed.has_value());
}

TEST(Messages, MalformedMutationKeepsItsIdSoItCanBeRefusedAlone)
{
    const char* cases[] = {
        R"({"id":3,"entity":"dragon","rowId":"x","fields":{},"clocks":{}})",
        R"({"id":3,"entity":"pet","rowId":7,"fields":{},"clocks":{}})",
        R"({"id":3,"entity":"pet","rowId":"x","fields":{"name":"a"},"clocks":{}})",
        R"({"id":3,"entity":"pet","rowId":"x","fields":{"name":"a"},"clocks":{"name":"yesterday"}})",
        R"({"id":3,"entity":"pet","rowId":"x","fields":[],"clocks":{}})",
        R"({"id":3,"entity":"pet","rowId":"x","fields":{"name":"a"},"clocks":{"nome":"018bcfe56800-0003-a"}})",
    };
    for (const char* text : cases) {
        const auto m = mutationFromJson(json::parse(text));
        ASSERT_TRUE(m.hasValue()) << text;
        EXPECT_EQ(m->id, 3);
        ASSERT_TRUE(m->malformed.has_value()) << text;
        EXPECT_EQ(m->malformed->code, errc::kMalformed);
    }
    for (const char* text : {R"({"entity":"pet"})", R"({"id":"3"})", R"({"id":0})", R"({"id":1.5})", "[]"}) {
        EXPECT_FALSE(mutationFromJson(json::parse(text)).hasValue()) << text;
    }
}

TEST(Messages, PushRequestNeedsSchemaVersionClientAndArray)
{
    EXPECT_FALSE(pushRequestFromJson(json::parse(R"({"clientId":"a","mutations":[]})")).hasValue());
    EXPECT_FALSE(pushRequestFromJson(json::parse(R"({"schemaVersion":1,"mutations":[]})")).hasValue());
    EXPECT_FALSE(pushRequestFromJson(json::parse(R"({"schemaVersion":1,"clientId":"a","mutations":{}})")).hasValue());
    EXPECT_FALSE(pushRequestFromJson(json::parse(R"({"schemaVersion":"1","clientId":"a","mutations":[]})")).hasValue());
    EXPECT_TRUE(pushRequestFromJson(json::parse(R"({"schemaVersion":1,"clientId":"a","mutations":[]})")).hasValue());
}

TEST(Messages, PushResponseRoundTrip)
{
    PushResponse response;
    response.lastMutationId = 9;
    response.serverClock = Hlc{kT0, 0, "server"};
    MutationResult applied{8, MutationStatus::Applied, 41, std::nullopt, {}};
    applied.conflicts.push_back(ConflictEntry{EntityType::Pet, newUuid(), "name", "Rex", Hlc{kT0, 1, "a"}, "Max",
                                              Hlc{kT0, 2, "b"}, Winner::Incoming});
    response.results.push_back(applied);
    response.results.push_back(
        MutationResult{9, MutationStatus::Rejected, 0, RowProblem{"append_only", "batch", "no edits"}, {}});
    response.results.push_back(MutationResult{7, MutationStatus::Duplicate, 0, std::nullopt, {}});
    const auto back = pushResponseFromJson(json::parse(toJson(response).dump()));
    ASSERT_TRUE(back.hasValue()) << back.error().detail;
    EXPECT_EQ(back->lastMutationId, 9);
    EXPECT_EQ(back->serverClock, response.serverClock);
    ASSERT_EQ(back->results.size(), 3u);
    EXPECT_EQ(back->results[0].conflicts, applied.conflicts);
    EXPECT_EQ(back->results[0].version, 41);
    EXPECT_EQ(back->results[1].status, MutationStatus::Rejected);
    EXPECT_EQ(back->results[1].error, response.results[1].error);
    EXPECT_EQ(back->results[2].status, MutationStatus::Duplicate);
}

TEST(Messages, PullRoundTripAndLimits)
{
    const auto request = pullRequestFromJson(json::parse(toJson(PullRequest{kSchemaVersion, 12, 100}).dump()));
    ASSERT_TRUE(request.hasValue());
    EXPECT_EQ(request->cursor, 12);
    EXPECT_EQ(request->limit, 100);
    EXPECT_EQ(pullRequestFromJson(json::parse(R"({"schemaVersion":1,"cursor":0})"))->limit, kDefaultPullLimit);
    EXPECT_FALSE(pullRequestFromJson(json::parse(R"({"schemaVersion":1,"cursor":-1})")).hasValue());
    EXPECT_FALSE(pullRequestFromJson(json::parse(R"({"schemaVersion":1,"cursor":0,"limit":0})")).hasValue());
    EXPECT_FALSE(pullRequestFromJson(json::parse(R"({"schemaVersion":1,"cursor":0,"limit":1001})")).hasValue());
    EXPECT_FALSE(pullRequestFromJson(json::parse(R"({"cursor":0})")).hasValue());

    PullResponse response;
    SyncRow row = sampleChange();
    row.version = 5;
    response.rows.push_back(row);
    response.cursor = 5;
    response.hasMore = true;
    response.serverClock = Hlc{kT0, 1, "server"};
    const auto back = pullResponseFromJson(json::parse(toJson(response).dump()));
    ASSERT_TRUE(back.hasValue()) << back.error().detail;
    ASSERT_EQ(back->rows.size(), 1u);
    EXPECT_EQ(back->rows[0], row);
    EXPECT_EQ(back->cursor, 5);
    EXPECT_TRUE(back->hasMore);
}

namespace {

/** A row whose fields carry three different clocks, and text that needs escaping. */
SyncRow mixedRow()
{
    SyncRow row = makeChange(EntityType::Pet, "0b6f2f7e-8f3a-4c55-9a51-36b7f0c1d2e3",
                             json{{"name", "Ñandú \"el\" \\ rápido\n\t\x01"},
                                  {"species", "bird"},
                                  {"breed", ""},
                                  {"neutered", "unknown"},
                                  {"birthDate", nullptr},
                                  {"updatedAt", 1700000000123}},
                             Hlc{kT0, 3, "device-1"});
    row.fields["name"].clock = Hlc{kT0 + 5, 0, "device-2"};
    row.fields["deleted"] = FieldValue{false, Hlc{kT0 - 1, 9, "server"}};
    row.version = 77;
    return row;
}

} // namespace

TEST(Messages, StreamedRowIsByteForByteTheDump)
{
    const SyncRow rows[] = {mixedRow(), sampleChange(), SyncRow{EntityType::Note, "n/1", {}, 3}};
    for (const SyncRow& row : rows) {
        for (ClockForm form : {ClockForm::PerField, ClockForm::Shared}) {
            std::string text;
            appendJson(text, row, form);
            EXPECT_EQ(text, toJson(row, form).dump()) << row.id;
            const auto back = syncRowFromJson(json::parse(text));
            ASSERT_TRUE(back.hasValue()) << back.error().detail;
            EXPECT_EQ(*back, row);
        }
    }
}

TEST(Messages, StreamedTextEscapesEveryByteAsTheDumpDoes)
{
    // Ids and field names are written by the streaming writer; every ASCII byte, alone and
    // among others, and UTF-8 text come out as nlohmann's dump writes them.
    std::string every;
    for (int c = 0; c < 0x80; ++c) {
        every += static_cast<char>(c);
    }
    std::vector<std::string> texts{every, "\x1f", "\"", "plain", "", "año \\ \x7f ünïcode"};
    for (int c = 0; c < 0x20; ++c) {
        texts.push_back(std::string("a") + static_cast<char>(c) + "b");
    }
    for (const std::string& text : texts) {
        SyncRow row{EntityType::Note, text, {}, 5};
        row.fields[text] = FieldValue{"v", Hlc{kT0, 1, "device-1"}};
        row.fields["other"] = FieldValue{1, Hlc{kT0, 2, "device-1"}};
        for (ClockForm form : {ClockForm::PerField, ClockForm::Shared}) {
            std::string written;
            appendJson(written, row, form);
            EXPECT_EQ(written, toJson(row, form).dump());
        }
    }
}

TEST(Messages, SharedFormNamesOnlyTheFieldsThatDiffer)
{
    const json j = toJson(mixedRow(), ClockForm::Shared);
    EXPECT_EQ(j["clock"], Hlc(Hlc{kT0, 3, "device-1"}).encode()); // shared by five of seven fields
    EXPECT_EQ(j["clocks"].size(), 2u);
    EXPECT_TRUE(j["clocks"].contains("name"));
    EXPECT_TRUE(j["clocks"].contains("deleted"));
    const json perField = toJson(mixedRow(), ClockForm::PerField);
    EXPECT_FALSE(perField.contains("clock"));
    EXPECT_EQ(perField["clocks"].size(), 7u);
    EXPECT_LT(j.dump().size() * 2, perField.dump().size() + 200);
}

TEST(Messages, SharedClockIsValidatedLikeTheOthers)
{
    const char* bad[] = {
        // a clock for a field that is not there
        R"({"entity":"pet","id":"x","fields":{"name":"a"},"clock":"018bcfe56800-0003-a","clocks":{"nome":"018bcfe56800-0003-a"}})",
        // more clocks than fields
        R"({"entity":"pet","id":"x","fields":{},"clock":"018bcfe56800-0003-a","clocks":{"a":"018bcfe56800-0003-a"}})",
        // not a clock
        R"({"entity":"pet","id":"x","fields":{"name":"a"},"clock":"yesterday"})",
        R"({"entity":"pet","id":"x","fields":{"name":"a"},"clock":5})",
        // neither form
        R"({"entity":"pet","id":"x","fields":{"name":"a"}})",
        R"({"entity":"pet","id":"x","fields":{"name":"a"},"clock":"018bcfe56800-0003-a","clocks":[]})",
    };
    for (const char* text : bad) {
        EXPECT_FALSE(syncRowFromJson(json::parse(text)).hasValue()) << text;
    }
    const auto good = syncRowFromJson(json::parse(
        R"({"entity":"pet","id":"x","fields":{"name":"a","breed":"b"},"clock":"018bcfe56800-0003-a","clocks":{"breed":"018bcfe56800-0004-a"}})"));
    ASSERT_TRUE(good.hasValue()) << good.error().detail;
    EXPECT_EQ(good->fields.at("name").clock, (Hlc{kT0, 3, "a"}));
    EXPECT_EQ(good->fields.at("breed").clock, (Hlc{kT0, 4, "a"}));
}

TEST(Messages, StreamedPullResponseIsTheDump)
{
    PullResponse response;
    response.rows = {mixedRow(), sampleChange()};
    response.cursor = 78;
    response.hasMore = false;
    response.serverClock = Hlc{kT0, 1, "server"};
    for (ClockForm form : {ClockForm::PerField, ClockForm::Shared}) {
        const std::string text = encode(response, form);
        EXPECT_EQ(text, toJson(response, form).dump());
        const auto back = pullResponseFromJson(json::parse(text));
        ASSERT_TRUE(back.hasValue()) << back.error().detail;
        EXPECT_EQ(back->rows, response.rows);
        EXPECT_EQ(back->cursor, 78);
    }
}

TEST(Messages, StoredRowsTravelAsTheRowsTheyHold)
{
    StoredPullResponse stored;
    PullResponse decoded;
    for (const SyncRow& row : {mixedRow(), sampleChange()}) {
        json clocks = json::object();
        for (const auto& [name, field] : row.fields) {
            clocks[name] = field.clock.encode();
        }
        stored.rows.push_back(StoredRow{row.type, row.id, row.values().dump(), clocks.dump(), row.version});
        decoded.rows.push_back(row);
    }
    stored.cursor = decoded.cursor = 90;
    stored.hasMore = decoded.hasMore = true;
    stored.serverClock = decoded.serverClock = Hlc{kT0, 2, "server"};
    for (ClockForm form : {ClockForm::PerField, ClockForm::Shared}) {
        const auto text = encode(stored, form);
        ASSERT_TRUE(text.hasValue()) << text.error().detail;
        EXPECT_EQ(json::parse(*text), json::parse(encode(decoded, form)));
        const auto back = pullResponseFromJson(json::parse(*text));
        ASSERT_TRUE(back.hasValue()) << back.error().detail;
        EXPECT_EQ(back->rows, decoded.rows);
        EXPECT_TRUE(back->hasMore);
    }
    stored.rows[1].clocks = "not json";
    EXPECT_FALSE(encode(stored, ClockForm::Shared).hasValue());
    stored.rows[1].clocks = R"({"name":5})";
    EXPECT_FALSE(encode(stored, ClockForm::Shared).hasValue());
}

TEST(Messages, RowTextsAreSlicedOutOfAPullAnswer)
{
    PullResponse response;
    response.rows = {mixedRow(), sampleChange(), SyncRow{EntityType::Note, "n/1", {}, 3}};
    response.serverClock = Hlc{kT0, 1, "server"};
    const std::string text = encode(response, ClockForm::Shared);
    const auto slices = pullRowTexts(text);
    ASSERT_EQ(slices.size(), 3u);
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const auto row = syncRowFromJson(json::parse(slices[i]));
        ASSERT_TRUE(row.hasValue()) << row.error().detail;
        EXPECT_EQ(*row, response.rows[i]);
    }
    // Key order, spacing, and brackets inside strings do not matter.
    const auto spaced = pullRowTexts(
        R"( { "cursor" : 1, "note": "rows [{}]", "rows" : [ {"a":"}"} , {"b":[{"c":"\"]"}]} ], "hasMore": false } )");
    ASSERT_EQ(spaced.size(), 2u);
    EXPECT_EQ(spaced[0], R"({"a":"}"})");
    EXPECT_EQ(spaced[1], R"({"b":[{"c":"\"]"}]})");
    EXPECT_TRUE(pullRowTexts(R"({"rows":[{"a":1})").empty());         // cut short
    EXPECT_TRUE(pullRowTexts(R"({"rows":[{"a":"1}]})").empty());      // unterminated string
    EXPECT_TRUE(pullRowTexts(R"({"x":{"rows":[{"a":1}]}})").empty()); // not the top-level member
    EXPECT_TRUE(pullRowTexts(R"({"rows":[]})").empty());
}

TEST(Messages, StoredClocksReadTheSameWhateverTheirSpelling)
{
    const SyncRow row = mixedRow();
    json clocks = json::object();
    for (const auto& [name, field] : row.fields) {
        clocks[name] = field.clock.encode();
    }
    std::string escaped = clocks.dump(); // "name" spelt with an escape: read by the full parser
    escaped.replace(escaped.find("\"name\""), 6, "\"na\\u006de\"");
    for (const std::string& text : {clocks.dump(), clocks.dump(2), escaped}) {
        StoredPullResponse stored;
        stored.serverClock = Hlc{kT0, 0, "server"};
        stored.rows.push_back(StoredRow{row.type, row.id, row.values().dump(), text, row.version});
        const auto encoded = encode(stored, ClockForm::Shared);
        ASSERT_TRUE(encoded.hasValue()) << encoded.error().detail;
        const auto back = pullResponseFromJson(json::parse(*encoded));
        ASSERT_TRUE(back.hasValue()) << back.error().detail;
        ASSERT_EQ(back->rows.size(), 1u);
        EXPECT_EQ(back->rows[0], row) << text;
    }
}
