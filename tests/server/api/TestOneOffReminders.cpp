// SPDX-License-Identifier: GPL-3.0-or-later
// One-off reminders staff write for a pet's owner, on a real server with a moved clock and the
// fake Cloud API: sent once at the date and time chosen in the organisation's time zone, as the
// approved template with the text as a parameter; cancelled while pending; refused clearly.
#include "support/ReminderClinic.h"
#include "support/ServerTest.h"

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

std::vector<std::string> parameters(const json& body)
{
    std::vector<std::string> out;
    for (const json& p : body["template"]["components"][0]["parameters"]) {
        out.push_back(p["text"].get<std::string>());
    }
    return out;
}

} // namespace

class OneOffReminders : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        start = ReminderClinic::nextMondayAt(8);
        // Verification has its own tests: here people opted in by a push may be told.
        clinic = std::make_unique<ReminderClinic>(GetParam(), start);
        ASSERT_EQ(clinic->saveSettings().status, 200);
        ana = clinic->addPerson("Ana", "+5491123456789", true, "es-AR");
        pet = clinic->addPet("Firulais", {{ana, "owner"}});
    }

    HttpResponse schedule(const json& body, const std::string& petId = {})
    {
        return clinic->server().post("/api/v1/pets/" + (petId.empty() ? pet : petId) + "/scheduled-messages", body,
                                     clinic->admin().token);
    }
    json body(const Date& date, const std::string& time, const std::string& text = "Recordá traer la libreta")
    {
        return json{{"personId", ana}, {"date", date.toIso()}, {"time", time}, {"text", text}};
    }
    /** Instant of a wall time in ReminderClinic::kZone (UTC-3, no daylight saving). */
    static std::int64_t buenosAires(const Date& date, int hour, int minute)
    {
        return date.toDays() * kDay + (hour + 3) * kHour + minute * kMinute;
    }
    std::optional<SyncRow> reminder(const std::string& id)
    {
        for (const SyncRow& r : clinic->rowsWhere(EntityType::Reminder, "petId", pet)) {
            if (r.id == id) {
                return r;
            }
        }
        return std::nullopt;
    }

    std::int64_t start = 0;
    std::unique_ptr<ReminderClinic> clinic;
    std::string ana;
    std::string pet;
};

TEST_P(OneOffReminders, GoesOutOnceAtTheChosenTimeInTheOrganisationsZone)
{
    // Sunday is outside the send window: staff chose the time, so it goes anyway.
    const Date day = ReminderClinic::localDate(start).addDays(6);
    const HttpResponse r = schedule(body(day, "15:30", "Recordá traer\nla libreta    sanitaria"));
    ASSERT_EQ(r.status, 201) << r.body;
    const std::int64_t sendAt = buenosAires(day, 15, 30);
    EXPECT_EQ(r.json()["sendAt"], sendAt);
    EXPECT_EQ(r.json()["timeZone"], ReminderClinic::kZone);
    const std::string id = r.json()["id"];

    const auto row = reminder(id);
    ASSERT_TRUE(row.has_value()) << "a synced reminder row";
    EXPECT_EQ(field(*row, "kind"), "one_off");
    EXPECT_EQ(field(*row, "state"), "planned");
    EXPECT_EQ(field(*row, "personId"), ana);
    EXPECT_EQ(field(*row, "text"), "Recordá traer\nla libreta    sanitaria");
    EXPECT_EQ(intField(*row, "sendAt"), sendAt);

    clinic->setTime(sendAt - kMinute, 800);
    EXPECT_EQ(clinic->fake().received().size(), 0u) << "not a minute early";
    clinic->setTime(sendAt + 1000);
    ASSERT_TRUE(clinic->waitFor([&] { return clinic->fake().accepted().size() == 1; }));
    const json sent = clinic->fake().accepted()[0].body;
    EXPECT_EQ(sent["to"], "5491123456789");
    EXPECT_EQ(sent["template"]["name"], "petinfo_custom_reminder");
    EXPECT_EQ(sent["template"]["language"]["code"], "es");
    EXPECT_EQ(parameters(sent), (std::vector<std::string>{"Firulais", "Recordá traer la libreta sanitaria"}));

    clinic->advance(kDay, 800);
    EXPECT_EQ(clinic->fake().received().size(), 1u) << "exactly once";
    ASSERT_TRUE(clinic->waitFor([&] { return field(*reminder(id), "state") == "dispatched"; }));
    const auto messages = clinic->rowsWhere(EntityType::Message, "reminderId", id);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(field(messages[0], "state"), "sent");
    EXPECT_EQ(field(messages[0], "personId"), ana);

    const HttpResponse late =
        clinic->server().post("/api/v1/reminders/" + id + "/cancel", json::object(), clinic->admin().token);
    EXPECT_EQ(late.status, 409) << "sent already";
    EXPECT_EQ(late.errorCode(), "not_cancellable");
}

TEST_P(OneOffReminders, CancelledWhilePendingNothingIsSent)
{
    const Date day = ReminderClinic::localDate(start).addDays(1);
    const HttpResponse r = schedule(body(day, "10:00"));
    ASSERT_EQ(r.status, 201) << r.body;
    const std::string id = r.json()["id"];
    const HttpResponse cancelled =
        clinic->server().post("/api/v1/reminders/" + id + "/cancel", json::object(), clinic->admin().token);
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(cancelled.json()["state"], "cancelled");
    clinic->setTime(buenosAires(day, 10, 0) + kHour, 800);
    EXPECT_EQ(clinic->fake().received().size(), 0u);
    EXPECT_EQ(field(*reminder(id), "state"), "cancelled");
    EXPECT_EQ(field(*reminder(id), "reason"), "cancelled_by_staff");
    EXPECT_TRUE(clinic->rowsWhere(EntityType::Message, "reminderId", id).empty());
}

TEST_P(OneOffReminders, MistakesAreRefusedNamingTheField)
{
    const Date today = ReminderClinic::localDate(start);
    const HttpResponse past = schedule(body(today, "07:00"));
    EXPECT_EQ(past.status, 400) << past.body;
    EXPECT_TRUE(past.json()["error"]["problems"].contains("time"));

    const HttpResponse bad = schedule(json{{"personId", ana}, {"date", "2026-13-40"}, {"time", "25:00"}, {"text", ""}});
    EXPECT_EQ(bad.status, 400);
    const json problems = bad.json()["error"]["problems"];
    EXPECT_TRUE(problems.contains("date"));
    EXPECT_TRUE(problems.contains("time"));
    EXPECT_TRUE(problems.contains("text"));
    EXPECT_TRUE(
        schedule(body(today.addDays(1), "10:00", std::string(501, 'a'))).json()["error"]["problems"].contains("text"));
    EXPECT_EQ(schedule(body(today.addDays(1), "10:00", std::string(500, 'a'))).status, 201) << "500 is fine";

    const std::string beto = clinic->addPerson("Beto", "+5491188887777", true, "es");
    json forBeto = body(today.addDays(1), "10:00");
    forBeto["personId"] = beto;
    EXPECT_EQ(schedule(forBeto).errorCode(), "not_a_contact");
    const std::string carla = clinic->addPerson("Carla", "+5491177776666", false, "es");
    const std::string other = clinic->addPet("Michi", {{carla, "owner"}});
    json forCarla = body(today.addDays(1), "10:00");
    forCarla["personId"] = carla;
    EXPECT_EQ(schedule(forCarla, other).errorCode(), "not_verified") << "not opted in";
    EXPECT_EQ(schedule(body(today.addDays(1), "10:00"), uuid()).status, 404);

    const Account stranger = signUp(clinic->server(), "Otra");
    EXPECT_EQ(clinic->server()
                  .post("/api/v1/pets/" + pet + "/scheduled-messages", body(today.addDays(1), "10:00"), stranger.token)
                  .status,
              404);
}

INSTANTIATE_TEST_SUITE_P(Engines, OneOffReminders, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) { return backendName(p.param); });
