// SPDX-License-Identifier: GPL-3.0-or-later
// Vaccine reminders end to end, on a real server whose clock the test moves, against the local
// fake of the WhatsApp Cloud API: planned in the push, sent once at the start of the send window
// in the organisation's time zone, in each person's language; cancelled or never planned when
// they must not go out; provider failures retried, refused or left uncertain; statuses applied.
#include "notifications/ReminderPolicy.h"
#include "support/ReminderClinic.h"
#include "support/ServerTest.h"

#include <algorithm>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

constexpr std::int64_t kHour = 3600 * 1000;
constexpr std::int64_t kDay = 24 * kHour;

/** A copy of the first matching row (the rows are often a temporary pull). */
std::optional<SyncRow> find(const std::vector<SyncRow>& rows, const std::function<bool(const SyncRow&)>& match)
{
    const auto it = std::find_if(rows.begin(), rows.end(), match);
    return it == rows.end() ? std::nullopt : std::optional<SyncRow>(*it);
}

std::vector<std::string> parameters(const json& body)
{
    std::vector<std::string> out;
    for (const json& p : body["template"]["components"][0]["parameters"]) {
        out.push_back(p["text"]);
    }
    return out;
}

} // namespace

class Reminders : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        start = ReminderClinic::nextMondayAt(8);
        clinic = std::make_unique<ReminderClinic>(GetParam(), start);
        const HttpResponse saved = clinic->saveSettings();
        ASSERT_EQ(saved.status, 200) << saved.body;
        today = ReminderClinic::localDate(start);
        ana = clinic->addPerson("Ana", "+5491123456789", true, "es-AR");
        bruno = clinic->addPerson("Bruno", "+5511987654321", true, "pt-BR");
        carla = clinic->addPerson("Carla", "+5491100000003", false, "es");
    }

    std::vector<SyncRow> remindersOf(const std::string& recordId)
    {
        return clinic->rowsWhere(EntityType::Reminder, "healthRecordId", recordId);
    }
    std::vector<SyncRow> messagesOf(const std::string& petId)
    {
        return clinic->rowsWhere(EntityType::Message, "petId", petId);
    }

    std::int64_t start = 0;
    Date today;
    std::unique_ptr<ReminderClinic> clinic;
    std::string ana, bruno, carla;
};

TEST_P(Reminders, ADueVaccineIsRemindedOnceAtTheStartOfTheWindowInEachPersonsLanguage)
{
    const std::string pet = clinic->addPet("Zanahoria", {{ana, "owner"}, {bruno, "foster"}, {carla, "owner"}});
    const Date due = today.addDays(14);
    const std::string record = clinic->addRecord(pet, "Antirrábica", today, due);

    // Planned in the push: what goes out within two days, 14 days before (today, 09:00 in
    // Buenos Aires). The later ones are the sweep's (below).
    const auto planned = remindersOf(record);
    ASSERT_EQ(planned.size(), 1u);
    auto plannedAt = [&](const std::vector<SyncRow>& rows, const std::string& kind, int days) -> std::int64_t {
        const auto r =
            find(rows, [&](const SyncRow& x) { return field(x, "kind") == kind && intField(x, "days") == days; });
        EXPECT_TRUE(r.has_value()) << kind << " " << days;
        return r ? intField(*r, "sendAt") : 0;
    };
    EXPECT_EQ(plannedAt(planned, "due_soon", 14), start + kHour);
    for (const SyncRow& r : planned) {
        EXPECT_EQ(field(r, "state"), "planned");
        EXPECT_EQ(field(r, "dueDate"), due.toIso());
    }

    clinic->setTime(start + kHour - 1000, 500);
    EXPECT_TRUE(clinic->fake().received().empty()) << "nothing before the window opens";

    clinic->setTime(start + kHour);
    ASSERT_TRUE(clinic->fake().waitForRequests(2));
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto m = messagesOf(pet);
        return m.size() == 2 &&
               std::all_of(m.begin(), m.end(), [](const SyncRow& r) { return field(r, "state") == "sent"; });
    }));
    const auto accepted = clinic->fake().accepted();
    ASSERT_EQ(accepted.size(), 2u) << "Carla has not opted in";
    for (const auto& a : accepted) {
        const std::string to = a.body["to"];
        ASSERT_TRUE(to == "5491123456789" || to == "5511987654321") << to;
        const bool spanish = to == "5491123456789";
        EXPECT_EQ(a.body["template"]["name"], "vaccine_reminder");
        EXPECT_EQ(a.body["template"]["language"]["code"], spanish ? "es" : "pt_BR") << "es-AR falls back to es";
        EXPECT_EQ(parameters(a.body), (std::vector<std::string>{"Zanahoria", "Antirrábica",
                                                                server::formatDate(due, spanish ? "es" : "pt_BR")}));
    }
    EXPECT_NE(server::formatDate(due, "es").find(" de "), std::string::npos);
    const auto dispatched = find(remindersOf(record), [](const SyncRow& r) { return intField(r, "days") == 14; });
    ASSERT_TRUE(dispatched.has_value());
    EXPECT_EQ(field(*dispatched, "state"), "dispatched");

    // Later that day and the next: still sent once.
    clinic->advance(5 * kHour);
    clinic->advance(kDay - 5 * kHour, 500);
    EXPECT_EQ(clinic->fake().received().size(), 2u);

    // Statuses out of order and twice: the latest wins, each first time is kept.
    const auto messages = messagesOf(pet);
    const auto toAna = find(messages, [&](const SyncRow& m) { return field(m, "personId") == ana; });
    ASSERT_TRUE(toAna.has_value());
    const std::string anaProvider =
        accepted[0].body["to"] == "5491123456789" ? accepted[0].messageId : accepted[1].messageId;
    const std::string brunoProvider =
        accepted[0].body["to"] == "5491123456789" ? accepted[1].messageId : accepted[0].messageId;
    const std::int64_t t = start / 1000 + 3600;
    FakeWhatsApp& fake = clinic->fake();
    for (const auto& [status, at] : std::vector<std::pair<std::string, std::int64_t>>{
             {"read", t + 30}, {"delivered", t + 20}, {"sent", t + 10}, {"read", t + 30}}) {
        const HttpResponse r =
            fake.deliver(clinic->server(), fake.statusPayload(anaProvider, status, at, "5491123456789"));
        ASSERT_EQ(r.status, 200) << r.body;
    }
    EXPECT_EQ(fake.deliver(clinic->server(), fake.statusPayload(anaProvider, "read", t + 30, "5491123456789"))
                  .json()["statuses"],
              0)
        << "a repeated status changes nothing";
    const SyncRow read = *find(messagesOf(pet), [&](const SyncRow& m) { return field(m, "personId") == ana; });
    EXPECT_EQ(field(read, "state"), "read");
    EXPECT_EQ(intField(read, "readAt"), (t + 30) * 1000);
    EXPECT_EQ(intField(read, "deliveredAt"), (t + 20) * 1000);
    EXPECT_EQ(intField(read, "statusAt"), (t + 30) * 1000);

    fake.deliver(clinic->server(), fake.statusPayload(brunoProvider, "failed", t + 40, "5511987654321"));
    const SyncRow failed = *find(messagesOf(pet), [&](const SyncRow& m) { return field(m, "personId") == bruno; });
    EXPECT_EQ(field(failed, "state"), "failed");
    EXPECT_EQ(field(failed, "error").rfind("131026: Message undeliverable", 0), 0u) << field(failed, "error");

    // Two days ahead, the organisation's sweep plans the next one: 1 day before the due date, a
    // Sunday, moved to the Saturday before, 09:00 ...
    clinic->setTime(start + 10 * kDay - kHour, 500);
    EXPECT_EQ(remindersOf(record).size(), 1u) << "not yet: more than two days away";
    clinic->setTime(start + 10 * kDay + 6 * kHour); // the next sweep, six hours on
    ASSERT_TRUE(clinic->waitFor([&] { return remindersOf(record).size() == 2; }));
    EXPECT_EQ(plannedAt(remindersOf(record), "due_soon", 1), start + 12 * kDay + kHour);
    // ... and the overdue one, 7 days after it (a Monday).
    clinic->setTime(start + 19 * kDay + 6 * kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return remindersOf(record).size() == 3; }));
    EXPECT_EQ(plannedAt(remindersOf(record), "overdue", 7), start + 21 * kDay + kHour);
    for (const SyncRow& r : remindersOf(record)) {
        EXPECT_EQ(field(r, "dueDate"), due.toIso());
    }
}

TEST_P(Reminders, NothingGoesOutWithoutOptInForPastDueRecordsOrForWhatWasCancelled)
{
    const Date due = today.addDays(14);
    // Nobody opted in: planned, then skipped at its time.
    const std::string lonely = clinic->addPet("Sola", {{carla, "owner"}});
    const std::string lonelyRecord = clinic->addRecord(lonely, "Antirrábica", today, due);
    // Already past due when it arrives (old data in a first sync): nothing planned at all.
    const std::string old = clinic->addPet("Vieja", {{ana, "owner"}});
    const std::string oldRecord = clinic->addRecord(old, "Antirrábica", today.addDays(-368), today.addDays(-3));
    // A newer record of the same series (spacing and case aside) supersedes the older one.
    const std::string renewed = clinic->addPet("Renovada", {{ana, "owner"}});
    const std::string first = clinic->addRecord(renewed, "Séxtuple", today.addDays(-300), today.addDays(14));
    ASSERT_EQ(remindersOf(first).size(), 1u);
    const std::string second = clinic->addRecord(renewed, "  SÉXTUPLE ", today, today.addDays(365));
    // A record deleted, a pet that died.
    const std::string deletedPet = clinic->addPet("Borrada", {{ana, "owner"}});
    const std::string deleted = clinic->addRecord(deletedPet, "Antirrábica", today, due);
    clinic->device().push({clinic->device().change(EntityType::HealthRecord, deleted, {{"deleted", true}})});
    const std::string deceased = clinic->addPet("Difunta", {{ana, "owner"}});
    const std::string deceasedRecord = clinic->addRecord(deceased, "Antirrábica", today, due);
    clinic->device().push({clinic->device().change(EntityType::Pet, deceased, {{"status", "deceased"}})});

    EXPECT_TRUE(remindersOf(oldRecord).empty());
    for (const SyncRow& r : remindersOf(first)) {
        EXPECT_EQ(field(r, "state"), "cancelled");
        EXPECT_EQ(field(r, "reason"), "superseded");
    }
    EXPECT_TRUE(remindersOf(second).empty()) << "a year away: the sweep plans it when it comes near";
    for (const SyncRow& r : remindersOf(deleted)) {
        EXPECT_EQ(field(r, "reason"), "record_deleted");
    }
    for (const SyncRow& r : remindersOf(deceasedRecord)) {
        EXPECT_EQ(field(r, "reason"), "pet_deceased");
    }

    clinic->setTime(start + kHour);
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto r = find(remindersOf(lonelyRecord), [](const SyncRow& x) { return intField(x, "days") == 14; });
        return r && field(*r, "state") == "skipped";
    }));
    EXPECT_EQ(
        field(*find(remindersOf(lonelyRecord), [](const SyncRow& x) { return intField(x, "days") == 14; }), "reason"),
        "no_recipient");
    clinic->advance(kHour, 500);
    EXPECT_TRUE(clinic->fake().received().empty());
}

TEST_P(Reminders, ProviderErrorsAreRetriedOrRefusedWithTheProvidersReason)
{
    const std::string dora = clinic->addPerson("Dora", "+5491100000004", true, "es");
    const std::string retried = clinic->addPet("Reintento", {{ana, "owner"}});
    clinic->addRecord(retried, "Antirrábica", today, today.addDays(14));
    const std::string refused = clinic->addPet("Rechazo", {{dora, "owner"}});
    clinic->addRecord(refused, "Antirrábica", today, today.addDays(14));
    auto calls = std::make_shared<int>(0);
    clinic->fake().setPolicy([calls](const json& body) {
        if (body["to"] == "5491100000004") {
            return FakeWhatsApp::Answer::Undeliverable;
        }
        return ++*calls == 1 ? FakeWhatsApp::Answer::ServerError : FakeWhatsApp::Answer::Ok;
    });

    clinic->setTime(start + kHour);
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto m = messagesOf(refused);
        return m.size() == 1 && field(m[0], "state") == "failed";
    }));
    EXPECT_EQ(field(messagesOf(refused)[0], "error"),
              "131026: Message undeliverable (the recipient is not a WhatsApp user)");
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto m = messagesOf(retried);
        return m.size() == 1 && intField(m[0], "attempts") == 1;
    }));
    EXPECT_EQ(field(messagesOf(retried)[0], "state"), "queued");
    EXPECT_EQ(field(messagesOf(retried)[0], "error").rfind("131000:", 0), 0u);

    clinic->advance(2000); // past the first backoff (1 s ± 20 %)
    ASSERT_TRUE(clinic->waitFor([&] { return field(messagesOf(retried)[0], "state") == "sent"; }));
    EXPECT_EQ(intField(messagesOf(retried)[0], "attempts"), 2);
    clinic->advance(kDay, 500);
    EXPECT_EQ(clinic->fake().accepted().size(), 1u);
    EXPECT_EQ(clinic->fake().received().size(), 3u) << "500, then 200; the refusal once";
}

TEST_P(Reminders, AServerKilledDuringTheCallLeavesTheMessageUncertainAndNeverResendsIt)
{
    const std::string pet = clinic->addPet("Colgada", {{ana, "owner"}});
    clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Hang; });
    clinic->setTime(start + kHour, 0);
    ASSERT_TRUE(clinic->fake().waitForRequests(1));
    clinic->restart(true); // SIGKILL while the call hangs
    clinic->fake().releaseHung();
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Ok; });

    clinic->advance(5000, 500);
    EXPECT_EQ(field(messagesOf(pet).at(0), "state"), "queued") << "its lease has not run out yet";
    clinic->advance(6000); // past the 10 s lease
    ASSERT_TRUE(clinic->waitFor([&] { return field(messagesOf(pet).at(0), "state") == "uncertain"; }));
    clinic->advance(kDay, 500);
    EXPECT_EQ(clinic->fake().received().size(), 1u) << "never sent again by itself";
}

TEST_P(Reminders, AnOptOutCancelsWhatIsStillQueued)
{
    const std::string pet = clinic->addPet("Pausa", {{ana, "owner"}});
    clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::TooMany; });
    clinic->setTime(start + kHour);
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto m = messagesOf(pet);
        return m.size() == 1 && intField(m[0], "attempts") == 1;
    }));
    const HttpResponse stop =
        clinic->fake().deliver(clinic->server(), clinic->fake().inboundTextPayload("5491123456789", "PARAR"));
    ASSERT_EQ(stop.json()["optOuts"], 1);
    EXPECT_EQ(field(messagesOf(pet)[0], "state"), "cancelled");
    EXPECT_EQ(field(messagesOf(pet)[0], "error"), "opted_out");
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Ok; });
    clinic->advance(kHour, 500);
    EXPECT_TRUE(clinic->fake().accepted().empty());
    EXPECT_EQ(clinic->fake().received().size(), 1u);
}

TEST_P(Reminders, EnablingRemindersPlansWhatOpenRecordsAlreadyCallFor)
{
    ASSERT_EQ(clinic->saveSettings({{"enabled", false}}).status, 200);
    const std::string pet = clinic->addPet("Antes", {{ana, "owner"}});
    const std::string record = clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    EXPECT_TRUE(remindersOf(record).empty());
    ASSERT_EQ(clinic->saveSettings({{"enabled", true}, {"overdueDays", 0}}).status, 200);
    ASSERT_TRUE(clinic->waitFor([&] { return remindersOf(record).size() == 1; })); // today's; 1 day before later
    // Saving again plans nothing twice.
    ASSERT_EQ(clinic->saveSettings({{"enabled", true}, {"overdueDays", 0}}).status, 200);
    clinic->advance(0, 500);
    EXPECT_EQ(remindersOf(record).size(), 1u);
}

// The push keeps new reminders and their jobs back and writes them in multi-row statements
// (bench-reminders): every one must still land, and a deletion or a newer record later in the
// same push must cancel what was kept back, row and job alike.
TEST_P(Reminders, OnePushOfManyPetsPlansEveryReminderAndLaterChangesInThePushCancelTheirOwn)
{
    constexpr int kPets = 75; // 1 reminder each (today's): statements of 64, 8 and 1 rows
    std::vector<std::string> pets;
    for (int i = 0; i < kPets; ++i) {
        pets.push_back(clinic->addPet("Lote " + std::to_string(i), {{ana, "owner"}}));
    }
    std::vector<SyncRow> changes;
    std::vector<std::string> records;
    for (const std::string& pet : pets) {
        records.push_back(uuid());
        changes.push_back(clinic->device().change(EntityType::HealthRecord, records.back(),
                                                  {{"petId", pet},
                                                   {"kind", "vaccine"},
                                                   {"date", today.addDays(-1).toIso()},
                                                   {"product", "Antirrábica"},
                                                   {"nextDue", today.addDays(14).toIso()}}));
    }
    changes.push_back(clinic->device().change(EntityType::HealthRecord, records[5], {{"deleted", true}}));
    const std::string renewal = uuid();
    changes.push_back(clinic->device().change(EntityType::HealthRecord, renewal,
                                              {{"petId", pets[6]},
                                               {"kind", "vaccine"},
                                               {"date", today.toIso()},
                                               {"product", "antirrábica "},
                                               {"nextDue", today.addDays(14).toIso()}}));
    const auto pushed = clinic->device().push(changes);
    for (const auto& r : pushed.results) {
        ASSERT_EQ(r.status, sync::MutationStatus::Applied) << r.id;
    }

    const auto all = clinic->rows(EntityType::Reminder);
    EXPECT_EQ(all.size(), static_cast<std::size_t>(kPets + 1));
    for (int i = 0; i < kPets; ++i) {
        const auto planned = remindersOf(records[i]);
        ASSERT_EQ(planned.size(), 1u) << i;
        for (const SyncRow& r : planned) {
            const std::string expected = i == 5 ? "cancelled" : i == 6 ? "cancelled" : "planned";
            EXPECT_EQ(field(r, "state"), expected) << i;
            if (i == 5) {
                EXPECT_EQ(field(r, "reason"), "record_deleted");
            } else if (i == 6) {
                EXPECT_EQ(field(r, "reason"), "superseded");
            }
        }
    }
    const auto renewed = remindersOf(renewal);
    ASSERT_EQ(renewed.size(), 1u);
    for (const SyncRow& r : renewed) {
        EXPECT_EQ(field(r, "state"), "planned");
    }

    // Each planned 14-day reminder has its job: one message per pet but the deleted record's.
    clinic->setTime(start + kHour);
    ASSERT_TRUE(clinic->fake().waitForRequests(kPets - 1, 30000));
    clinic->advance(0, 1000);
    EXPECT_EQ(clinic->fake().accepted().size(), static_cast<std::size_t>(kPets - 1));
}

INSTANTIATE_TEST_SUITE_P(Engines, Reminders, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) { return backendName(p.param); });
