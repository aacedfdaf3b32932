// SPDX-License-Identifier: GPL-3.0-or-later
// Two server replicas on one PostgreSQL send 2,000 due reminders through a fake Cloud API that
// fails 10 % of the calls (500 or 429): every message goes out exactly once, none is lost.
#include "support/ReminderClinic.h"
#include "support/ServerTest.h"

#include <chrono>
#include <map>
#include <thread>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;

TEST(ReminderReplicas, TwoReplicasSendEachOfTwoThousandMessagesExactlyOnce)
{
    PETINFO_REQUIRE_BACKEND(Backend::Postgres);
    const std::int64_t start = ReminderClinic::nextMondayAt(8);
    ReminderClinic clinic(Backend::Postgres, start, {{"jobs.workers", "4"}});
    ASSERT_EQ(clinic.saveSettings({{"daysBefore", {14}}, {"overdueDays", 0}}).status, 200);
    const Date today = ReminderClinic::localDate(start);

    constexpr int kPets = 1000;
    std::vector<sync::SyncRow> changes;
    auto flush = [&] {
        clinic.device().push(changes);
        changes.clear();
    };
    for (int i = 0; i < kPets; ++i) {
        const std::string pet = uuid();
        changes.push_back(clinic.device().change(EntityType::Pet, pet, {{"name", "Pet " + std::to_string(i)}}));
        for (int owner = 0; owner < 2; ++owner) {
            const std::string person = uuid();
            char phone[20];
            std::snprintf(phone, sizeof phone, "+54911%d%07d", owner + 2, i);
            changes.push_back(clinic.device().change(
                EntityType::Person, person, {{"name", "Owner"}, {"phones", {phone}}, {"whatsappOptIn", true}}));
            changes.push_back(clinic.device().change(EntityType::PetContact, pet + "/" + person,
                                                     {{"petId", pet}, {"personId", person}, {"role", "owner"}}));
        }
        changes.push_back(clinic.device().change(EntityType::HealthRecord, uuid(),
                                                 {{"petId", pet},
                                                  {"kind", "vaccine"},
                                                  {"date", today.toIso()},
                                                  {"product", "Antirrábica"},
                                                  {"nextDue", today.addDays(14).toIso()}}));
        if (changes.size() >= 450) {
            flush();
        }
    }
    flush();

    auto second = clinic.replica();
    clinic.fake().failRandomly(0.10, 20261207);
    clinic.setTime(start + 3600 * 1000, 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(240);
    while (clinic.fake().accepted().size() < 2 * kPets && std::chrono::steady_clock::now() < deadline) {
        clinic.advance(3000, 250); // past each retry's backoff or Retry-After
    }
    clinic.advance(60 * 1000, 1000);

    std::map<std::string, int> perRecipient;
    for (const auto& a : clinic.fake().accepted()) {
        ++perRecipient[a.body["to"].get<std::string>()];
    }
    EXPECT_EQ(perRecipient.size(), static_cast<std::size_t>(2 * kPets)) << "a message was lost";
    int twice = 0;
    for (const auto& [to, count] : perRecipient) {
        twice += count != 1 ? 1 : 0;
    }
    EXPECT_EQ(twice, 0) << "messages sent more than once";
    const std::size_t refused = clinic.fake().received().size() - clinic.fake().accepted().size();
    EXPECT_GT(refused, 100u) << "the fake failed about 10 % of the calls";

    std::map<std::string, int> states;
    for (const auto& m : clinic.rows(EntityType::Message)) {
        ++states[field(m, "state")];
    }
    EXPECT_EQ(states["sent"], 2 * kPets) << json(states).dump();
    EXPECT_EQ(states.size(), 1u) << json(states).dump();
    // Both replicas did a share of the sending.
    for (ServerProcess* s : {&clinic.server(), second.get()}) {
        const std::string metrics = s->get("/metrics").body;
        EXPECT_NE(metrics.find("petinfo_jobs_finished_total{state=\"done\"}"), std::string::npos) << metrics;
    }
}
