// SPDX-License-Identifier: GPL-3.0-or-later
// What staff do by hand from the Reminders window, on a real server with a moved clock and the
// fake Cloud API: send a failed or uncertain message again (once, however often they click),
// cancel a planned reminder (planning never brings it back), and none of it across organisations
// or for volunteers.
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

} // namespace

class ReminderActions : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        start = ReminderClinic::nextMondayAt(8);
        clinic = std::make_unique<ReminderClinic>(GetParam(), start);
        ASSERT_EQ(clinic->saveSettings({{"overdueDays", 0}}).status, 200);
        today = ReminderClinic::localDate(start);
        ana = clinic->addPerson("Ana", "+5491123456789", true, "es-AR");
    }

    std::vector<SyncRow> messagesOf(const std::string& petId)
    {
        return clinic->rowsWhere(EntityType::Message, "petId", petId);
    }
    std::string messageState(const std::string& petId)
    {
        const auto rows = messagesOf(petId);
        return rows.size() == 1 ? field(rows[0], "state") : std::to_string(rows.size()) + " messages";
    }
    HttpResponse act(const std::string& path, const std::string& token = {})
    {
        return clinic->server().post(path, json::object(), token.empty() ? clinic->admin().token : token);
    }

    std::int64_t start = 0;
    Date today;
    std::unique_ptr<ReminderClinic> clinic;
    std::string ana;
};

TEST_P(ReminderActions, AFailedMessageRetriedByHandIsSentOnceHoweverOftenStaffClick)
{
    const std::string pet = clinic->addPet("Reenvío", {{ana, "owner"}});
    clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Undeliverable; });
    clinic->setTime(start + kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return messageState(pet) == "failed"; }));
    const std::string id = messagesOf(pet)[0].id;

    // The owner fixed their WhatsApp; staff send it again, twice in a row, while WhatsApp
    // is busy: the second click finds it queued already.
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::TooMany; });
    const HttpResponse first = act("/api/v1/messages/" + id + "/retry");
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json()["state"], "queued");
    EXPECT_EQ(first.json()["requeued"], true);
    const HttpResponse second = act("/api/v1/messages/" + id + "/retry");
    ASSERT_EQ(second.status, 200) << second.body;
    EXPECT_EQ(second.json()["requeued"], false);
    ASSERT_TRUE(clinic->waitFor([&] { return field(messagesOf(pet)[0], "error").rfind("130429:", 0) == 0; }))
        << "the busy answer, to be retried";
    EXPECT_EQ(field(messagesOf(pet)[0], "state"), "queued");
    EXPECT_EQ(intField(messagesOf(pet)[0], "attempts"), 1) << "attempts start over";

    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Ok; });
    clinic->advance(kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return messageState(pet) == "sent"; }));
    clinic->advance(kDay, 500);
    EXPECT_EQ(clinic->fake().accepted().size(), 1u);
    EXPECT_EQ(clinic->fake().received().size(), 3u) << "refused, busy, accepted";

    // A sent message is not sent again by hand.
    const HttpResponse again = act("/api/v1/messages/" + id + "/retry");
    EXPECT_EQ(again.status, 409) << again.body;
    EXPECT_EQ(again.errorCode(), "not_retryable");
    clinic->advance(kHour, 500);
    EXPECT_EQ(clinic->fake().received().size(), 3u);
}

TEST_P(ReminderActions, AnUncertainMessageGoesOutOnlyWhenStaffSaySo)
{
    const std::string pet = clinic->addPet("Dudosa", {{ana, "owner"}});
    clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Hang; });
    clinic->setTime(start + kHour, 0);
    ASSERT_TRUE(clinic->fake().waitForRequests(1));
    clinic->restart(true);
    clinic->fake().releaseHung();
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Ok; });
    clinic->advance(11000);
    ASSERT_TRUE(clinic->waitFor([&] { return messageState(pet) == "uncertain"; }));
    clinic->advance(kHour, 500);
    ASSERT_EQ(clinic->fake().received().size(), 1u);

    const HttpResponse retried = act("/api/v1/messages/" + messagesOf(pet)[0].id + "/retry");
    ASSERT_EQ(retried.status, 200) << retried.body;
    ASSERT_TRUE(clinic->waitFor([&] { return messageState(pet) == "sent"; }));
    EXPECT_EQ(clinic->fake().accepted().size(), 1u);
    EXPECT_EQ(field(messagesOf(pet)[0], "error"), "");
}

TEST_P(ReminderActions, ACancelledReminderStaysCancelledThroughReplanning)
{
    const std::string pet = clinic->addPet("Cancelada", {{ana, "owner"}});
    const std::string record = clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    const auto planned = clinic->rowsWhere(EntityType::Reminder, "healthRecordId", record);
    ASSERT_EQ(planned.size(), 1u); // today's; the one the day before comes with a later sweep
    const auto first = *std::min_element(planned.begin(), planned.end(), [](const SyncRow& a, const SyncRow& b) {
        return intField(a, "sendAt") < intField(b, "sendAt");
    });

    const HttpResponse cancelled = act("/api/v1/reminders/" + first.id + "/cancel");
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(cancelled.json()["state"], "cancelled");
    EXPECT_EQ(act("/api/v1/reminders/" + first.id + "/cancel").status, 200) << "twice is fine";
    const auto row = clinic->rowsWhere(EntityType::Reminder, "healthRecordId", record);
    const auto it = std::find_if(row.begin(), row.end(), [&](const SyncRow& r) { return r.id == first.id; });
    ASSERT_NE(it, row.end());
    EXPECT_EQ(field(*it, "state"), "cancelled");
    EXPECT_EQ(field(*it, "reason"), "cancelled_by_staff");

    // Saving the settings re-plans every open record: not this one.
    ASSERT_EQ(clinic->saveSettings({{"overdueDays", 0}}).status, 200);
    clinic->setTime(start + kHour, 800);
    EXPECT_TRUE(clinic->fake().received().empty());
    EXPECT_EQ(messagesOf(pet).size(), 0u);
    for (const SyncRow& r : clinic->rowsWhere(EntityType::Reminder, "healthRecordId", record)) {
        if (r.id == first.id) {
            EXPECT_EQ(field(r, "state"), "cancelled");
        }
    }
    // An unknown reminder is not found.
    EXPECT_EQ(act("/api/v1/reminders/" + uuid() + "/cancel").status, 404);
    EXPECT_EQ(act("/api/v1/reminders/not-an-id/cancel").status, 404);
}

TEST_P(ReminderActions, AQueuedMessageCanBeCancelledAndIsNeverSent)
{
    const std::string pet = clinic->addPet("Espera", {{ana, "owner"}});
    clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::ServerError; });
    clinic->setTime(start + kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return intField(messagesOf(pet).at(0), "attempts") == 1; }));
    const std::string id = messagesOf(pet)[0].id;
    const HttpResponse cancelled = act("/api/v1/messages/" + id + "/cancel");
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(messageState(pet), "cancelled");
    EXPECT_EQ(field(messagesOf(pet)[0], "error"), "cancelled_by_staff");
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Ok; });
    clinic->advance(kDay, 500);
    EXPECT_TRUE(clinic->fake().accepted().empty());
    EXPECT_EQ(act("/api/v1/messages/" + id + "/retry").status, 409) << "a cancelled message is not retried";
    const HttpResponse dispatched = act("/api/v1/reminders/" + field(messagesOf(pet)[0], "reminderId") + "/cancel");
    EXPECT_EQ(dispatched.status, 409) << "a dispatched reminder is not cancelled: " << dispatched.body;
    EXPECT_EQ(dispatched.errorCode(), "not_cancellable");
}

TEST_P(ReminderActions, StaffActionsStayInTheirOrganisationAndVolunteersHaveNone)
{
    const std::string pet = clinic->addPet("Ajena", {{ana, "owner"}});
    clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    clinic->fake().setPolicy([](const json&) { return FakeWhatsApp::Answer::Undeliverable; });
    clinic->setTime(start + kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return messageState(pet) == "failed"; }));
    const std::string message = messagesOf(pet)[0].id;
    const std::string reminder = field(messagesOf(pet)[0], "reminderId");
    const std::string record = field(clinic->rows(EntityType::Reminder).at(0), "healthRecordId");
    const json ahead{{"kind", "due_soon"}, {"days", 1}};

    const Account other = signUp(clinic->server(), "Otra Clínica");
    EXPECT_EQ(act("/api/v1/messages/" + message + "/retry", other.token).status, 404);
    EXPECT_EQ(act("/api/v1/messages/" + message + "/cancel", other.token).status, 404);
    EXPECT_EQ(act("/api/v1/reminders/" + reminder + "/cancel", other.token).status, 404);
    EXPECT_EQ(
        clinic->server().post("/api/v1/health-records/" + record + "/reminders/cancel", ahead, other.token).status,
        404);

    const std::string email = uniqueEmail();
    const json invite =
        clinic->server()
            .post("/api/v1/invitations", {{"email", email}, {"role", "volunteer"}}, clinic->admin().token)
            .json();
    ASSERT_TRUE(invite.contains("token")) << invite.dump();
    const HttpResponse accepted =
        clinic->server().post("/api/v1/invitations/accept",
                              {{"token", invite["token"]}, {"name", "Vol"}, {"password", "volunteer password"}});
    ASSERT_LT(accepted.status, 300) << accepted.body;
    const Account volunteer = signIn(clinic->server(), email, "volunteer password", "volunteer-device");
    EXPECT_EQ(act("/api/v1/messages/" + message + "/retry", volunteer.token).status, 403);
    EXPECT_EQ(act("/api/v1/reminders/" + reminder + "/cancel", volunteer.token).status, 403);
    EXPECT_EQ(
        clinic->server().post("/api/v1/health-records/" + record + "/reminders/cancel", ahead, volunteer.token).status,
        403);
    EXPECT_EQ(clinic->rowsWhere(EntityType::Reminder, "healthRecordId", record).size(), 1u) << "nothing written";

    clinic->advance(kHour, 500);
    EXPECT_EQ(messageState(pet), "failed") << "nothing changed";
    EXPECT_EQ(clinic->fake().received().size(), 1u);
}

// The push plans what goes out within two days; the organisation's sweep plans the rest as it
// comes near (docs/notifications.md, "Planning ahead"). Staff may cancel a reminder before the
// server has planned it, and a record that was past due when it arrived gets nothing, ever.
TEST_P(ReminderActions, TheSweepPlansLaterRemindersUnlessCancelledAheadOrPastDueOnArrival)
{
    ASSERT_EQ(clinic->saveSettings({{"overdueDays", 7}}).status, 200);
    const std::string pet = clinic->addPet("Barrida", {{ana, "owner"}});
    // Due in 30 days (a Wednesday): 14 days before (Wed, day 16), 1 day before (Tue, day 29),
    // 7 days overdue (Wed, day 37).
    const std::string record = clinic->addRecord(pet, "Antirrábica", today, today.addDays(30));
    // Four days past due when it arrives: its overdue reminder would be on Thursday (day 3). Never.
    const std::string late = clinic->addRecord(pet, "Séxtuple", today.addDays(-300), today.addDays(-4));
    // Due on day 17: its 14-day reminder is on Thursday too (day 3), and that one goes.
    const std::string control = clinic->addRecord(pet, "Leptospirosis", today, today.addDays(17));
    EXPECT_TRUE(clinic->rows(EntityType::Reminder).empty()) << "all more than two days away";

    // Staff cancel the one the day before, which the server has not planned yet.
    auto cancelAhead = [&](const std::string& id, const json& body) {
        return clinic->server().post("/api/v1/health-records/" + id + "/reminders/cancel", body, clinic->admin().token);
    };
    const HttpResponse cancelled = cancelAhead(record, {{"kind", "due_soon"}, {"days", 1}});
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(cancelled.json()["state"], "cancelled");
    EXPECT_EQ(cancelAhead(record, {{"kind", "due_soon"}, {"days", 1}}).status, 200) << "twice is fine";
    EXPECT_EQ(cancelAhead(record, {{"kind", "one_off"}, {"days", 1}}).status, 400);
    EXPECT_EQ(cancelAhead(record, {{"kind", "due_soon"}, {"days", 9999}}).status, 400);
    EXPECT_EQ(cancelAhead(record, {{"kind", "due_soon"}}).status, 400);
    EXPECT_EQ(cancelAhead(record, json::array()).status, 400);
    EXPECT_EQ(cancelAhead(uuid(), {{"kind", "due_soon"}, {"days", 1}}).status, 404);
    const auto written = clinic->rowsWhere(EntityType::Reminder, "healthRecordId", record);
    ASSERT_EQ(written.size(), 1u);
    EXPECT_EQ(field(written[0], "state"), "cancelled");
    EXPECT_EQ(field(written[0], "reason"), "cancelled_by_staff");

    // A restart on the way (the sweep job is in the database; a start schedules missing ones).
    clinic->restart(false);
    auto ofRecord = [&](const std::string& id) {
        return clinic->rowsWhere(EntityType::Reminder, "healthRecordId", id);
    };
    auto find = [](const std::vector<SyncRow>& rows, const std::string& kind, int days) {
        return std::find_if(rows.begin(), rows.end(),
                            [&](const SyncRow& r) { return field(r, "kind") == kind && intField(r, "days") == days; });
    };
    // Wednesday afternoon (day 2): the sweep plans Thursday's reminder of the control record,
    // and nothing for the record that was past due when it arrived.
    clinic->setTime(start + 2 * kDay + 6 * kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return ofRecord(control).size() == 1; }));
    EXPECT_EQ(intField(ofRecord(control)[0], "sendAt"), start + 3 * kDay + kHour);
    EXPECT_TRUE(ofRecord(late).empty()) << "past due when it arrived";
    // Day 14: the sweep plans the 14-day reminder for day 16, 09:00 in Buenos Aires.
    clinic->setTime(start + 14 * kDay + 6 * kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return ofRecord(record).size() == 2; }));
    const auto soon = ofRecord(record);
    ASSERT_NE(find(soon, "due_soon", 14), soon.end());
    EXPECT_EQ(intField(*find(soon, "due_soon", 14), "sendAt"), start + 16 * kDay + kHour);
    EXPECT_EQ(field(*find(soon, "due_soon", 14), "state"), "planned");
    // Day 16: sent. Day 27 and on: the day-before one stays cancelled; the overdue one comes.
    clinic->setTime(start + 16 * kDay + kHour);
    ASSERT_TRUE(clinic->fake().waitForRequests(1));
    clinic->setTime(start + 27 * kDay + 6 * kHour, 500);
    clinic->setTime(start + 35 * kDay + 12 * kHour);
    ASSERT_TRUE(clinic->waitFor([&] { return ofRecord(record).size() == 3; }));
    const auto all = ofRecord(record);
    EXPECT_EQ(field(*find(all, "due_soon", 1), "state"), "cancelled");
    ASSERT_NE(find(all, "overdue", 7), all.end());
    EXPECT_EQ(intField(*find(all, "overdue", 7), "sendAt"), start + 37 * kDay + kHour);
    EXPECT_TRUE(ofRecord(late).empty()) << "past due when it arrived";
    EXPECT_EQ(field(*find(all, "due_soon", 14), "state"), "dispatched");
}

INSTANTIATE_TEST_SUITE_P(Engines, ReminderActions, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) { return backendName(p.param); });
