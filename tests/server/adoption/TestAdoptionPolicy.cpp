// SPDX-License-Identifier: GPL-3.0-or-later
#include "adoption/AdoptionPolicy.h"

#include "petinfo/common/Random.h"

#include <gtest/gtest.h>

using namespace petinfo;
using namespace petinfo::server;
using nlohmann::json;
using sync::EntityType;

namespace {

const sync::Hlc kClock{1765000000000, 0, "device-a"};

sync::SyncRow application(const json& values)
{
    return sync::makeChange(EntityType::AdoptionApplication, newUuid(), values, kClock);
}

} // namespace

TEST(AdoptionPolicy, OnlyAdminsAndStaffDecide)
{
    const sync::SyncRow none;
    for (Role role : {Role::Admin, Role::Staff}) {
        EXPECT_FALSE(adoption::writeProblem(role, none, application({{"status", "approved"}})).has_value());
    }
    for (Role role : {Role::Vet, Role::Volunteer}) {
        // Typing in a new application is fine; deciding is not.
        EXPECT_FALSE(adoption::writeProblem(role, none, application({{"status", "new"}, {"staffNotes", ""}})));
        for (const json& decision : {json{{"status", "contacted"}}, json{{"staffNotes", "x"}},
                                     json{{"personId", newUuid()}}, json{{"completedAt", 5}}}) {
            const auto problem = adoption::writeProblem(role, none, application(decision));
            ASSERT_TRUE(problem.has_value()) << decision.dump();
            EXPECT_EQ(problem->code, "forbidden");
        }
        const auto status = sync::makeChange(EntityType::StatusChange, newUuid(),
                                             {{"subject", "application"}, {"toStatus", "contacted"}}, kClock);
        EXPECT_TRUE(adoption::writeProblem(role, none, status).has_value());
        const auto animal = sync::makeChange(EntityType::StatusChange, newUuid(),
                                             {{"subject", "animal"}, {"toStatus", "in_care"}}, kClock);
        EXPECT_FALSE(adoption::writeProblem(role, none, animal).has_value());
    }
    // Nobody but the server says where an application came from.
    EXPECT_TRUE(adoption::writeProblem(Role::Admin, none, application({{"submittedFrom", "10.0.0.1"}})));
}

TEST(AdoptionPolicy, AKioskOnlyCreatesApplicationsAndTheServerStampsThem)
{
    const sync::SyncRow none;
    sync::SyncRow change = application({{"applicantName", "Ana"},
                                        {"status", "approved"},
                                        {"staffNotes", "VIP"},
                                        {"channel", "web"},
                                        {"deviceId", "other"},
                                        {"submittedFrom", "1.2.3.4"}});
    EXPECT_FALSE(adoption::writeProblem(Role::Kiosk, none, change).has_value());
    adoption::stampKioskApplication(change, "kiosk-7", "198.51.100.4");
    const json values = change.values();
    EXPECT_EQ(values["status"], "new");
    EXPECT_EQ(values["staffNotes"], "");
    EXPECT_EQ(values["channel"], "kiosk");
    EXPECT_EQ(values["deviceId"], "kiosk-7");
    EXPECT_EQ(values["submittedFrom"], "198.51.100.4");
    EXPECT_EQ(values["applicantName"], "Ana");

    sync::SyncRow stored = change;
    EXPECT_TRUE(adoption::writeProblem(Role::Kiosk, stored, application({{"applicantName", "B"}})));
    EXPECT_TRUE(adoption::writeProblem(Role::Kiosk, none, application({{"deleted", true}})));
    EXPECT_TRUE(adoption::writeProblem(Role::Kiosk, none,
                                       sync::makeChange(EntityType::Pet, newUuid(), {{"name", "Rex"}}, kClock)));
}

TEST(AdoptionPolicy, VolunteersGetApplicationsWithoutContacts)
{
    sync::StoredRow row{
        EntityType::AdoptionApplication, newUuid(),
        R"({"applicantName":"Ana","phone":"+5491123456789","email":"a@b.org","address":"Calle 1",)"
        R"("submittedFrom":"203.0.113.1","status":"new"})",
        R"({"applicantName":"c","phone":"c","email":"c","address":"c","submittedFrom":"c","status":"c"})", 3};
    sync::StoredRow forStaff = row;
    EXPECT_TRUE(adoption::redactForRole(Role::Staff, forStaff));
    EXPECT_EQ(forStaff.fields, row.fields);
    EXPECT_TRUE(adoption::redactForRole(Role::Volunteer, row));
    EXPECT_EQ(json::parse(row.fields), json::parse(R"({"applicantName":"Ana","status":"new"})"));
    EXPECT_EQ(json::parse(row.clocks), json::parse(R"({"applicantName":"c","status":"c"})"));
    sync::StoredRow broken{EntityType::AdoptionApplication, newUuid(), "{", "{}", 1};
    EXPECT_FALSE(adoption::redactForRole(Role::Volunteer, broken));
}
