// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/Router.h"

#include <gtest/gtest.h>

using namespace petinfo::server;

namespace {
Response ok(Request&)
{
    return Response::noContent();
}
} // namespace

TEST(Router, MatchesSegmentsAndCapturesParameters)
{
    Router router;
    router.add({"GET", "/api/v1/pets", roles::kAnyone, ok});
    router.add({"GET", "/api/v1/pets/{petId}", roles::kAnyone, ok});
    router.add({"GET", "/api/v1/pets/{petId}/notes", roles::kPeople, ok});
    router.add({"DELETE", "/api/v1/pets/{petId}", roles::kAdmin, ok});

    const auto notes = router.match("GET", "/api/v1/pets/abc/notes");
    ASSERT_NE(notes.route, nullptr);
    EXPECT_EQ(notes.route->pattern, "/api/v1/pets/{petId}/notes");
    EXPECT_EQ(notes.params.at("petId"), "abc");

    const auto list = router.match("GET", "/api/v1/pets");
    ASSERT_NE(list.route, nullptr);
    EXPECT_EQ(list.route->pattern, "/api/v1/pets");

    // An empty segment never matches a parameter; extra or missing segments never match.
    EXPECT_EQ(router.match("GET", "/api/v1/pets/").route, nullptr);
    EXPECT_EQ(router.match("GET", "/api/v1/pets/a/b").route, nullptr);
    EXPECT_EQ(router.match("GET", "/api/v1").route, nullptr);
    EXPECT_EQ(router.match("GET", "/API/v1/pets").route, nullptr);
    EXPECT_EQ(router.match("GET", "").route, nullptr);
}

TEST(Router, ReportsTheMethodsOfAPathForA405)
{
    Router router;
    router.add({"GET", "/api/v1/pets/{petId}", roles::kAnyone, ok});
    router.add({"DELETE", "/api/v1/pets/{petId}", roles::kAdmin, ok});
    const auto m = router.match("PUT", "/api/v1/pets/x");
    EXPECT_EQ(m.route, nullptr);
    EXPECT_EQ(m.allowedMethods, (std::vector<std::string>{"GET", "DELETE"}));
    EXPECT_TRUE(router.match("PUT", "/nothing").allowedMethods.empty());
}

TEST(Router, RequestIdsAreKeptWhenPlainAndReplacedOtherwise)
{
    EXPECT_EQ(requestIdFor("abc-123_X.y"), "abc-123_X.y");
    EXPECT_NE(requestIdFor("has space"), "has space");
    EXPECT_NE(requestIdFor(std::string(65, 'a')), std::string(65, 'a'));
    EXPECT_NE(requestIdFor("quote\"inject"), "quote\"inject");
    EXPECT_EQ(requestIdFor("").size(), 16u);
    EXPECT_NE(requestIdFor(""), requestIdFor(""));
}

TEST(Roles, WhoMayWriteAndReadWhat)
{
    using petinfo::sync::EntityType;
    EXPECT_TRUE(mayWrite(Role::Vet, EntityType::HealthRecord));
    EXPECT_FALSE(mayWrite(Role::Volunteer, EntityType::HealthRecord));
    EXPECT_TRUE(mayWrite(Role::Volunteer, EntityType::Note));
    EXPECT_FALSE(mayWrite(Role::Kiosk, EntityType::Note));
    EXPECT_FALSE(mayRead(Role::Volunteer, EntityType::Person));
    EXPECT_TRUE(mayRead(Role::Staff, EntityType::Person));
    EXPECT_FALSE(mayRead(Role::Kiosk, EntityType::HealthRecord));
    // Adoption: a kiosk sends applications and reads nothing through sync (it has the gallery);
    // volunteers read applications (without contacts) and write none.
    EXPECT_TRUE(mayWrite(Role::Kiosk, EntityType::AdoptionApplication));
    EXPECT_FALSE(mayWrite(Role::Kiosk, EntityType::AdoptionProfile));
    EXPECT_FALSE(mayRead(Role::Kiosk, EntityType::Pet));
    EXPECT_FALSE(mayRead(Role::Kiosk, EntityType::AdoptionApplication));
    EXPECT_TRUE(mayRead(Role::Volunteer, EntityType::AdoptionApplication));
    EXPECT_FALSE(mayWrite(Role::Volunteer, EntityType::AdoptionApplication));
    EXPECT_FALSE(mayWrite(Role::Volunteer, EntityType::StatusChange));
    EXPECT_TRUE(roles::kTeam.contains(Role::Admin));
    EXPECT_FALSE(roles::kTeam.contains(Role::Volunteer));
    EXPECT_TRUE(roles::kPublic.empty());
}
