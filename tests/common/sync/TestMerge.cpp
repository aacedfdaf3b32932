// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Random.h"
#include "petinfo/common/WireCodec.h"
#include "petinfo/common/sync/Merge.h"
#include "petinfo/common/sync/Messages.h"

#include <gtest/gtest.h>

using namespace petinfo;
using namespace petinfo::sync;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1700000000000;
const Date kToday{2026, 1, 15};

Hlc at(std::int64_t offsetMs, const char* node, std::uint32_t counter = 0)
{
    return Hlc{kT0 + offsetMs, counter, node};
}

SyncRow storedPet(const std::string& id)
{
    Pet pet;
    pet.id = id;
    pet.name = "Rex";
    pet.breed = "Mixed";
    SyncRow row = changeFromEntity(EntityType::Pet, toJson(pet), at(0, "a"));
    return merge(SyncRow{}, row).row;
}

} // namespace

TEST(Merge, IntoAnEmptyRowTakesEveryField)
{
    const std::string id = newUuid();
    const SyncRow change = makeChange(EntityType::Pet, id, json{{"name", "Rex"}, {"species", "dog"}}, at(0, "a"));
    const MergeResult r = merge(SyncRow{}, change);
    EXPECT_EQ(r.row.id, id);
    EXPECT_EQ(r.row.type, EntityType::Pet);
    EXPECT_EQ(r.changedFields.size(), 2u);
    EXPECT_TRUE(r.conflicts.empty());
    EXPECT_EQ(*r.row.value("name"), "Rex");
}

TEST(Merge, SameFieldLaterClockWinsAndTheLoserIsReported)
{
    const std::string id = newUuid();
    const SyncRow stored = storedPet(id);
    const SyncRow fromB = makeChange(EntityType::Pet, id, json{{"name", "Max"}}, at(10, "b"));
    const SyncRow fromC = makeChange(EntityType::Pet, id, json{{"name", "Toby"}}, at(5, "c"));

    const MergeResult first = merge(stored, fromB);
    ASSERT_EQ(first.conflicts.size(), 1u);
    EXPECT_EQ(first.conflicts[0].winner, Winner::Incoming);
    EXPECT_EQ(first.conflicts[0].storedValue, "Rex");
    EXPECT_EQ(first.conflicts[0].incomingValue, "Max");

    const MergeResult second = merge(first.row, fromC);
    ASSERT_EQ(second.conflicts.size(), 1u);
    const ConflictEntry& c = second.conflicts[0];
    EXPECT_EQ(c.field, "name");
    EXPECT_EQ(c.rowId, id);
    EXPECT_EQ(c.winner, Winner::Stored);
    EXPECT_EQ(c.winningValue(), "Max");
    EXPECT_EQ(c.losingValue(), "Toby");
    EXPECT_EQ(c.storedClock.node, "b");
    EXPECT_EQ(c.incomingClock.node, "c");
    EXPECT_EQ(c.losingClock(), at(5, "c"));
    EXPECT_FALSE(second.changed());
    EXPECT_EQ(*second.row.value("name"), "Max");

    // The other order ends in the same row.
    const MergeResult other = merge(merge(stored, fromC).row, fromB);
    EXPECT_EQ(other.row, second.row);
}

TEST(Merge, EqualWallTimeIsSettledByCounterThenNode)
{
    const std::string id = newUuid();
    const SyncRow stored = storedPet(id);
    const SyncRow fromB = makeChange(EntityType::Pet, id, json{{"name", "B"}}, at(10, "b", 1));
    const SyncRow fromC = makeChange(EntityType::Pet, id, json{{"name", "C"}}, at(10, "c", 1));
    const SyncRow fromA = makeChange(EntityType::Pet, id, json{{"name", "A"}}, at(10, "a", 2));
    SyncRow row = merge(merge(merge(stored, fromB).row, fromC).row, fromA).row;
    EXPECT_EQ(*row.value("name"), "A");
    row = merge(merge(stored, fromB).row, fromC).row;
    EXPECT_EQ(*row.value("name"), "C");
}

TEST(Merge, DifferentFieldsAreBothKept)
{
    const std::string id = newUuid();
    const SyncRow stored = storedPet(id);
    const SyncRow fromB = makeChange(EntityType::Pet, id, json{{"name", "Max"}}, at(10, "b"));
    const SyncRow fromC = makeChange(EntityType::Pet, id, json{{"breed", "Beagle"}}, at(5, "c"));
    const MergeResult r1 = merge(merge(stored, fromB).row, fromC);
    const MergeResult r2 = merge(merge(stored, fromC).row, fromB);
    // Each change only meets the stored value of its own field (logged as an overwrite), never the
    // other change.
    ASSERT_EQ(r1.conflicts.size(), 1u);
    EXPECT_EQ(r1.conflicts[0].field, "breed");
    EXPECT_EQ(r1.conflicts[0].storedValue, "Mixed");
    ASSERT_EQ(r2.conflicts.size(), 1u);
    EXPECT_EQ(r2.conflicts[0].field, "name");
    EXPECT_EQ(r2.conflicts[0].storedValue, "Rex");
    EXPECT_EQ(r1.row, r2.row);
    EXPECT_EQ(*r1.row.value("name"), "Max");
    EXPECT_EQ(*r1.row.value("breed"), "Beagle");
}

// The documented rule (docs/sync-protocol.md): `deleted` is a field like any other, so a delete
// concurrent with an edit of another field leaves the row deleted and the edit inside it.
TEST(Merge, EditConcurrentWithDeleteIsKeptInTheDeletedRow)
{
    const std::string id = newUuid();
    const SyncRow stored = storedPet(id);
    const SyncRow edit = makeChange(EntityType::Pet, id, json{{"notes", "Needs insulin twice a day"}}, at(20, "b"));
    const SyncRow del = makeDelete(EntityType::Pet, id, at(10, "c"));
    for (const SyncRow& row : {merge(merge(stored, edit).row, del).row, merge(merge(stored, del).row, edit).row}) {
        EXPECT_TRUE(row.isDeleted());
        EXPECT_EQ(*row.value("notes"), "Needs insulin twice a day");
    }
    // Restoring brings the row back with the edit.
    const SyncRow deleted = merge(merge(stored, edit).row, del).row;
    const SyncRow restored = merge(deleted, makeDelete(EntityType::Pet, id, at(30, "c"), false)).row;
    EXPECT_FALSE(restored.isDeleted());
    EXPECT_EQ(*restored.value("notes"), "Needs insulin twice a day");
    EXPECT_EQ(*restored.value("name"), "Rex");
}

TEST(Merge, DeleteAgainstRestoreIsLastWriterWins)
{
    const std::string id = newUuid();
    const SyncRow stored = storedPet(id);
    const SyncRow del = makeDelete(EntityType::Pet, id, at(10, "b"));
    const SyncRow restore = makeDelete(EntityType::Pet, id, at(20, "c"), false);
    EXPECT_FALSE(merge(merge(stored, del).row, restore).row.isDeleted());
    EXPECT_FALSE(merge(merge(stored, restore).row, del).row.isDeleted());
    const SyncRow laterDelete = makeDelete(EntityType::Pet, id, at(30, "b"));
    EXPECT_TRUE(merge(merge(stored, restore).row, laterDelete).row.isDeleted());
}

TEST(Merge, IsIdempotent)
{
    const std::string id = newUuid();
    const SyncRow stored = storedPet(id);
    const SyncRow change = makeChange(EntityType::Pet, id, json{{"name", "Max"}, {"notes", "x"}}, at(10, "b"));
    const MergeResult once = merge(stored, change);
    const MergeResult twice = merge(once.row, change);
    EXPECT_EQ(once.row, twice.row);
    EXPECT_FALSE(twice.changed());
    EXPECT_TRUE(twice.conflicts.empty());
}

TEST(Merge, EqualClocksWithDifferentValuesAreSettledTheSameWayInEitherOrder)
{
    const std::string id = newUuid();
    const SyncRow a = makeChange(EntityType::Pet, id, json{{"name", "Alpha"}}, at(10, "x"));
    const SyncRow b = makeChange(EntityType::Pet, id, json{{"name", "Beta"}}, at(10, "x"));
    EXPECT_EQ(merge(merge(SyncRow{}, a).row, b).row, merge(merge(SyncRow{}, b).row, a).row);
}

TEST(Merge, KeepsTheStoredVersionAndRefusesAnotherRow)
{
    SyncRow stored = storedPet(newUuid());
    stored.version = 42;
    const MergeResult r = merge(stored, makeChange(EntityType::Pet, stored.id, json{{"name", "Max"}}, at(10, "b")));
    EXPECT_EQ(r.row.version, 42);
    const MergeResult other = merge(stored, makeChange(EntityType::Pet, newUuid(), json{{"name", "Max"}}, at(10, "b")));
    EXPECT_EQ(other.row, stored);
    EXPECT_FALSE(other.changed());
}

TEST(CheckChange, RefusesUnknownFieldsWrongTypesAndBadIds)
{
    const std::string id = newUuid();
    const SyncRow none;
    auto codeOf = [&](const SyncRow& change) {
        const auto p = checkChange(none, change);
        return p ? p->code : std::string("ok");
    };
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json{{"name", "Rex"}}, at(0, "a"))), "ok");
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json{{"colour_", "x"}}, at(0, "a"))), errc::kUnknownField);
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json{{"name", 5}}, at(0, "a"))), errc::kWrongType);
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json{{"species", "dragon"}}, at(0, "a"))), errc::kWrongType);
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json{{"birthDate", "2021-02-30"}}, at(0, "a"))), errc::kWrongType);
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json{{"birthDate", nullptr}}, at(0, "a"))), "ok");
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json{{"deleted", "yes"}}, at(0, "a"))), errc::kWrongType);
    EXPECT_EQ(codeOf(makeChange(EntityType::Person, id, json{{"phones", {"+1", 2}}}, at(0, "a"))), errc::kWrongType);
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, "not-a-uuid", json{{"name", "Rex"}}, at(0, "a"))), errc::kInvalidId);
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json::object(), at(0, "a"))), errc::kMalformed);
    EXPECT_EQ(codeOf(makeChange(EntityType::Pet, id, json{{"name", "Rex"}}, Hlc{})), errc::kMalformed);
    EXPECT_EQ(codeOf(makeChange(EntityType::Tag, newTagId(), json{{"petId", id}}, at(0, "a"))), "ok");
    EXPECT_EQ(codeOf(makeChange(EntityType::Tag, id, json{{"petId", id}}, at(0, "a"))), errc::kInvalidId);
    const std::string pet = newUuid();
    const std::string person = newUuid();
    EXPECT_EQ(codeOf(makeChange(EntityType::PetContact, pet + "/" + person, json{{"role", "owner"}}, at(0, "a"))),
              "ok");
    EXPECT_EQ(codeOf(makeChange(EntityType::PetContact, pet + "/" + person, json{{"petId", person}}, at(0, "a"))),
              errc::kInvalidId);
}

// Issue 15: a push of {"deleted":true,"tagId":"<not a tag>/../x"} was applied and its tag id
// reached the public tag table. The shape of every value is checked, deleted rows included.
TEST(CheckChange, ChecksTheShapeOfEveryValueOfDeletedRowsToo)
{
    const std::string id = newUuid();
    const SyncRow none;
    auto check = [&](EntityType type, const std::string& rowId, json values) {
        values["deleted"] = true;
        const auto p = checkChange(none, makeChange(type, rowId, values, at(0, "a")));
        return p ? p->code + ":" + p->field : std::string("ok");
    };
    const std::string kInvalid(errc::kInvalidId);
    const std::string kTooLong(errc::kValidation);
    EXPECT_EQ(check(EntityType::Pet, id, {{"tagId", "AAAAAAAAAAAAAAAAAAAAAA/../x"}}), kInvalid + ":tagId");
    EXPECT_EQ(check(EntityType::Pet, id, {{"tagId", "'; DROP TABLE tags; --"}}), kInvalid + ":tagId");
    EXPECT_EQ(check(EntityType::Pet, id, {{"tagId", std::string(5000, 'A')}}), kInvalid + ":tagId");
    EXPECT_EQ(check(EntityType::Pet, id, {{"tagId", newTagId()}}), "ok");
    EXPECT_EQ(check(EntityType::Pet, id, {{"tagId", ""}}), "ok");
    EXPECT_EQ(check(EntityType::Pet, id, {{"photoId", "../../etc/passwd"}}), kInvalid + ":photoId");
    EXPECT_EQ(check(EntityType::Pet, id, {{"name", std::string(5000, 'n')}}), kTooLong + ":name");
    EXPECT_EQ(check(EntityType::Pet, id, {{"name", std::string(120, 'n')}}), "ok");
    // Length is in characters: 120 two-byte letters fit, 121 do not.
    std::string enies;
    for (int i = 0; i < 120; ++i) {
        enies += "\xc3\xb1";
    }
    EXPECT_EQ(check(EntityType::Pet, id, {{"name", enies}}), "ok");
    EXPECT_EQ(check(EntityType::Pet, id, {{"name", enies + "\xc3\xb1"}}), kTooLong + ":name");
    EXPECT_EQ(check(EntityType::Pet, id, {{"notes", std::string(20001, 'x')}}), kTooLong + ":notes");
    EXPECT_EQ(check(EntityType::HealthRecord, id, {{"petId", "x"}}), kInvalid + ":petId");
    EXPECT_EQ(check(EntityType::Note, id, {{"petId", ""}}), kInvalid + ":petId");
    EXPECT_EQ(check(EntityType::Attachment, id, {{"sha256", std::string(64, 'G')}}), kInvalid + ":sha256");
    EXPECT_EQ(check(EntityType::Attachment, id, {{"sha256", std::string(64, 'a')}}), "ok");
    EXPECT_EQ(check(EntityType::Attachment, id, {{"healthRecordId", ""}}), "ok");
    EXPECT_EQ(check(EntityType::Tag, newTagId(), {{"petId", "pet"}}), kInvalid + ":petId");
    EXPECT_EQ(check(EntityType::Person, id, {{"phones", json(std::vector<std::string>(51, "+5491123456789"))}}),
              kTooLong + ":phones");
    EXPECT_EQ(check(EntityType::Person, id, {{"phones", {std::string(300, '1')}}}), kTooLong + ":phones");
    EXPECT_EQ(check(EntityType::Person, id, {{"phones", {"+5491123456789"}}}), "ok");
}

// Issue 15: names accepted control characters and ANSI escape sequences. Text may break lines
// only where a note or an address needs it.
TEST(CheckChange, TextRefusesControlCharacters)
{
    const std::string id = newUuid();
    auto check = [&](EntityType type, const json& values) {
        const auto p = checkChange(SyncRow{}, makeChange(type, id, values, at(0, "a")));
        return p ? p->code + ":" + p->field : std::string("ok");
    };
    const std::string kBad = std::string(errc::kValidation);
    EXPECT_EQ(check(EntityType::Pet, {{"name", "\x1b[31mRex"}}), kBad + ":name");
    EXPECT_EQ(check(EntityType::Pet, {{"name", "Rex\nMax"}}), kBad + ":name");
    EXPECT_EQ(check(EntityType::Pet, {{"name", "Rex"}, {"deleted", true}, {"breed", "\a"}}), kBad + ":breed");
    EXPECT_EQ(check(EntityType::Pet, {{"notes", "first line\r\nsecond\tline"}}), "ok");
    EXPECT_EQ(check(EntityType::Pet, {{"notes", "clear screen \x1b[2J"}}), kBad + ":notes");
    EXPECT_EQ(check(EntityType::Note, {{"text", "a\nb"}}), "ok");
    EXPECT_EQ(check(EntityType::Person, {{"address", "Calle 1\nPiso 2"}}), "ok");
    EXPECT_EQ(check(EntityType::Person, {{"phones", {"+54911\x07"}}}), kBad + ":phones");
    EXPECT_EQ(check(EntityType::HealthRecord, {{"product", "Rabia\u009b"}}), kBad + ":product");
}

TEST(CheckChange, HealthRecordsAreAppendOnly)
{
    HealthRecord rec{newUuid(), newUuid(), HealthKind::Vaccine, Date{2025, 3, 1}, "Rabies", "L1", {}, "Dr. Paz", "", 1};
    const SyncRow create = changeFromEntity(EntityType::HealthRecord, toJson(rec), at(0, "a"));
    EXPECT_FALSE(checkChange(SyncRow{}, create).has_value());
    const SyncRow stored = merge(SyncRow{}, create).row;

    // The same create again (a retry, or from a re-sent outbox) is fine and changes nothing.
    const SyncRow again = changeFromEntity(EntityType::HealthRecord, toJson(rec), at(50, "a"));
    EXPECT_FALSE(checkChange(stored, again).has_value());
    const SyncRow stripped = withoutReplayedFields(stored, again);
    EXPECT_TRUE(stripped.fields.empty());

    // An edit is a permanent error.
    const auto edit =
        checkChange(stored, makeChange(EntityType::HealthRecord, rec.id, json{{"batch", "L2"}}, at(5, "b")));
    ASSERT_TRUE(edit.has_value());
    EXPECT_EQ(edit->code, errc::kAppendOnly);
    EXPECT_EQ(edit->field, "batch");

    // Delete and restore are allowed.
    const SyncRow del = makeDelete(EntityType::HealthRecord, rec.id, at(5, "b"));
    EXPECT_FALSE(checkChange(stored, del).has_value());
    EXPECT_TRUE(merge(stored, del).row.isDeleted());
}

TEST(CheckRow, ValidatesLiveRowsOnly)
{
    const std::string id = newUuid();
    const SyncRow ok = merge(SyncRow{}, makeChange(EntityType::Pet, id, json{{"name", "Rex"}}, at(0, "a"))).row;
    EXPECT_FALSE(checkRow(ok, kToday).has_value());

    const SyncRow nameless = merge(SyncRow{}, makeChange(EntityType::Pet, id, json{{"breed", "x"}}, at(0, "a"))).row;
    const auto p = checkRow(nameless, kToday);
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->code, errc::kValidation);

    const SyncRow blank = merge(SyncRow{}, makeChange(EntityType::Pet, id, json{{"name", "  "}}, at(0, "a"))).row;
    ASSERT_TRUE(checkRow(blank, kToday).has_value());
    EXPECT_EQ(checkRow(blank, kToday)->field, "name");

    // A delete is never refused, even of a row that would not validate.
    const SyncRow deletedBlank = merge(blank, makeDelete(EntityType::Pet, id, at(1, "a"))).row;
    EXPECT_FALSE(checkRow(deletedBlank, kToday).has_value());

    const SyncRow future =
        merge(SyncRow{}, makeChange(EntityType::Weight, newUuid(),
                                    json{{"petId", id}, {"date", "2026-02-01"}, {"kg", 4.5}}, at(0, "a")))
            .row;
    ASSERT_TRUE(checkRow(future, kToday).has_value());
    EXPECT_EQ(checkRow(future, kToday)->field, "date");
}

TEST(RowHelpers, DomainObjectsRoundTripThroughRows)
{
    Pet pet;
    pet.id = newUuid();
    pet.name = "Luna";
    pet.species = Species::Cat;
    pet.birthDate = Date{2020, 5, 4};
    pet.tagId = newTagId();
    const SyncRow row = merge(SyncRow{}, changeFromEntity(EntityType::Pet, toJson(pet), at(0, "a"))).row;
    EXPECT_EQ(row.id, pet.id);
    EXPECT_FALSE(row.fields.contains("id"));
    const auto back = petFromJson(entityJson(row));
    ASSERT_TRUE(back.hasValue());
    EXPECT_EQ(*back, pet);

    Pet edited = pet;
    edited.name = "Luna II";
    edited.status = PetStatus::Lost;
    const SyncRow diff = diffChange(EntityType::Pet, pet.id, toJson(pet), toJson(edited), at(5, "a"));
    ASSERT_EQ(diff.fields.size(), 2u);
    EXPECT_TRUE(diff.fields.contains("name"));
    EXPECT_TRUE(diff.fields.contains("status"));

    PetContact contact{newUuid(), newUuid(), ContactRole::Owner, true};
    const SyncRow c = changeFromEntity(EntityType::PetContact, toJson(contact), at(0, "a"));
    EXPECT_EQ(c.id, contact.petId + "/" + contact.personId);
    EXPECT_FALSE(checkChange(SyncRow{}, c).has_value());
    EXPECT_EQ(*petContactFromJson(entityJson(merge(SyncRow{}, c).row)), contact);
}

TEST(Merge, RowFieldsReadAsTheEntityJson)
{
    // Every key a decoder may ask for, and the special ones: "id" (always the row id, except for
    // a link), "deleted" (never), a link's petId and personId (its own fields first).
    const std::vector<std::string> keys = {"id", "deleted", "petId", "personId", "name", "role", "missing"};
    std::vector<SyncRow> rows;
    rows.push_back(
        makeChange(EntityType::Pet, "p1", json{{"name", "Luna"}, {"deleted", false}, {"id", "other"}}, at(0, "a")));
    rows.push_back(makeChange(EntityType::PetContact, "p1/o1", json{{"role", "owner"}, {"deleted", true}}, at(0, "a")));
    rows.push_back(makeChange(EntityType::PetContact, "p1/o1", json{{"petId", "x"}, {"id", "y"}}, at(0, "a")));
    rows.push_back(makeChange(EntityType::PetContact, "no-slash", json{{"role", "owner"}}, at(0, "a")));
    rows.push_back(makeChange(EntityType::HealthRecord, "h1", json{{"petId", "p1"}, {"name", nullptr}}, at(0, "a")));
    for (const SyncRow& row : rows) {
        const json expected = entityJson(row);
        const RowFields fields(row);
        for (const std::string& key : keys) {
            const json* got = fields.find(key);
            if (!expected.contains(key)) {
                EXPECT_EQ(got, nullptr) << row.id << " " << key;
            } else {
                ASSERT_NE(got, nullptr) << row.id << " " << key;
                EXPECT_EQ(*got, expected.at(key)) << row.id << " " << key;
            }
        }
    }
    // A decoder reads a row in place as it reads the copy.
    const SyncRow record = makeChange(
        EntityType::HealthRecord, "h2",
        json{{"petId", "p1"}, {"kind", "vaccine"}, {"date", "2026-01-02"}, {"product", "Rabies"}, {"nextDue", nullptr}},
        at(0, "a"));
    EXPECT_EQ(*healthRecordFromFields(RowFields(record)), *healthRecordFromJson(entityJson(record)));
    const SyncRow bad = makeChange(EntityType::HealthRecord, "h3", json{{"petId", 5}}, at(0, "a"));
    EXPECT_EQ(healthRecordFromFields(RowFields(bad)).error().detail,
              healthRecordFromJson(entityJson(bad)).error().detail);
}

TEST(Merge, NoteAuthorAndReportChoiceTravelAsFields)
{
    // A note from a version without the fields, then this version ticks "show on reports".
    const std::string id = newUuid();
    const std::string petId = newUuid();
    const SyncRow old = makeChange(EntityType::Note, id, json{{"petId", petId}, {"text", "Loves carrots"}}, at(0, "a"));
    EXPECT_FALSE(checkRow(merge(SyncRow{}, old).row, kToday));
    const SyncRow shown = makeChange(EntityType::Note, id, json{{"showOnReports", true}}, at(10, "b"));
    ASSERT_TRUE(isValidFieldValue(EntityType::Note, "showOnReports", true));
    ASSERT_TRUE(isValidFieldValue(EntityType::Note, "author", "Ana <ana@example.org>"));
    EXPECT_FALSE(isValidFieldValue(EntityType::Note, "showOnReports", "yes"));
    const SyncRow merged = merge(merge(SyncRow{}, old).row, shown).row;
    EXPECT_FALSE(checkRow(merged, kToday));
    const auto note = noteFromJson(entityJson(merged));
    ASSERT_TRUE(note.hasValue());
    EXPECT_TRUE(note->showOnReports);
    EXPECT_EQ(note->text, "Loves carrots");
    EXPECT_EQ(note->author, "");
}
