// SPDX-License-Identifier: GPL-3.0-or-later
// Tenant isolation (OWASP ASVS 8.4.1): every operation called with another organisation's admin
// token is refused (403/404) or answers about the caller's own organisation only; nothing of the
// victim appears in any answer, and nothing of the victim changes.
#include "support/OpenApi.h"
#include "support/ServerTest.h"
#include "support/SyncDevice.h"
#include "support/Victim.h"

#include <set>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;

class Isolation : public ServerTest
{};

TEST_P(Isolation, AnotherOrganisationsTokenReachesNothing)
{
    const Victim v = Victim::create(*server);
    const std::string before = v.snapshot(*server);
    const Account attacker = signUp(*server, "Attacker Clinic");
    const std::string t = attacker.token;
    SyncDevice device(*server, attacker);

    struct Attack
    {
        std::string method;
        std::string path; ///< spec template
        HttpRequest request;
        std::set<int> allowed;
    };
    auto req = [&t](const std::string& method, const std::string& path, const json& body = nullptr,
                    const std::string& type = "application/json") {
        return HttpRequest{method, path, body.is_null() ? std::string() : body.dump(), body.is_null() ? "" : type,
                           t,      {}};
    };
    const std::string pet = "/api/v1/pets/" + v.petId;
    const std::set<int> refused{403, 404};
    const std::set<int> own{200, 201, 204};
    const std::string png = samplePng() + "attacker";

    const std::vector<Attack> attacks{
        {"GET", "/api/v1/auth/me", req("GET", "/api/v1/auth/me"), own},
        {"GET", "/api/v1/auth/devices", req("GET", "/api/v1/auth/devices"), own},
        {"DELETE", "/api/v1/auth/devices/{deviceId}", req("DELETE", "/api/v1/auth/devices/" + v.deviceId), refused},
        {"POST", "/api/v1/auth/totp/setup", req("POST", "/api/v1/auth/totp/setup", json::object()), own},
        {"POST", "/api/v1/auth/totp/enable", req("POST", "/api/v1/auth/totp/enable", {{"code", "123456"}}), {400}},
        {"POST", "/api/v1/auth/totp/disable", req("POST", "/api/v1/auth/totp/disable", {{"code", "123456"}}), {409}},
        {"GET", "/api/v1/organisation", req("GET", "/api/v1/organisation"), own},
        {"PATCH", "/api/v1/organisation", req("PATCH", "/api/v1/organisation", {{"name", "Attacker renamed"}}), own},
        {"POST", "/api/v1/organisations",
         req("POST", "/api/v1/organisations", {{"name", "Attacker 2"}, {"kind", "clinic"}}), own},
        // Only the attacker's own address changes (the victim's page stays where it was).
        {"PUT", "/api/v1/organisation/public-slug",
         req("PUT", "/api/v1/organisation/public-slug", {{"publicSlug", "attacker-shelter"}}), own},
        {"GET", "/api/v1/users", req("GET", "/api/v1/users"), own},
        {"PATCH", "/api/v1/users/{userId}", req("PATCH", "/api/v1/users/" + v.member.userId, {{"role", "admin"}}),
         refused},
        {"DELETE", "/api/v1/users/{userId}", req("DELETE", "/api/v1/users/" + v.member.userId), refused},
        {"POST", "/api/v1/invitations", req("POST", "/api/v1/invitations", {{"email", uniqueEmail()}, {"role", "vet"}}),
         own},
        {"GET", "/api/v1/invitations", req("GET", "/api/v1/invitations"), own},
        {"DELETE", "/api/v1/invitations/{invitationId}", req("DELETE", "/api/v1/invitations/" + v.invitationId),
         refused},
        {"POST", "/api/v1/kiosk-devices", req("POST", "/api/v1/kiosk-devices", {{"name", "Attacker kiosk"}}), own},
        {"GET", "/api/v1/pets", req("GET", "/api/v1/pets"), own},
        {"GET", "/api/v1/pets/{petId}", req("GET", pet), refused},
        {"GET", "/api/v1/pets/{petId}/health-records", req("GET", pet + "/health-records"), refused},
        {"GET", "/api/v1/pets/{petId}/weights", req("GET", pet + "/weights"), refused},
        {"GET", "/api/v1/pets/{petId}/notes", req("GET", pet + "/notes"), refused},
        {"GET", "/api/v1/pets/{petId}/attachments", req("GET", pet + "/attachments"), refused},
        {"GET", "/api/v1/pets/{petId}/contacts", req("GET", pet + "/contacts"), refused},
        {"POST", "/api/v1/tags", req("POST", "/api/v1/tags", {{"count", 1}}), own},
        {"GET", "/api/v1/tags", req("GET", "/api/v1/tags"), own},
        {"POST", "/api/v1/sync/pull", req("POST", "/api/v1/sync/pull", {{"schemaVersion", 2}, {"cursor", 0}}), own},
        {"GET", "/api/v1/reminder-settings", req("GET", "/api/v1/reminder-settings"), own},
        // Billing answers about the caller's own organisation; this server sells no plans, so the
        // victim has no checkout or payment to reach (server.api.Billing covers paid organisations).
        {"GET", "/api/v1/billing/plans", req("GET", "/api/v1/billing/plans"), own},
        {"GET", "/api/v1/billing", req("GET", "/api/v1/billing"), own},
        {"POST",
         "/api/v1/billing/checkouts",
         req("POST", "/api/v1/billing/checkouts", {{"plan", "clinic"}, {"currency", "MXN"}}),
         {409}},
        {"GET", "/api/v1/billing/checkouts/{checkoutId}", req("GET", "/api/v1/billing/checkouts/" + uuid()), refused},
        {"GET", "/api/v1/billing/payments/{paymentId}", req("GET", "/api/v1/billing/payments/" + uuid()), refused},
        {"PUT", "/api/v1/reminder-settings",
         req("PUT", "/api/v1/reminder-settings", {{"enabled", false}, {"daysBefore", {3}}}), own},
        {"GET", "/api/v1/adoption/animals", req("GET", "/api/v1/adoption/animals"), own},
        {"GET", "/api/v1/adoption/animals/{petId}", req("GET", "/api/v1/adoption/animals/" + v.petId), refused},
        // The victim's own messages and reminders: server.api.Reminders (testStaffActionsStayInTheirOrganisation).
        {"POST", "/api/v1/messages/{messageId}/retry",
         req("POST", "/api/v1/messages/" + uuid() + "/retry", json::object()), refused},
        {"POST", "/api/v1/messages/{messageId}/cancel",
         req("POST", "/api/v1/messages/" + uuid() + "/cancel", json::object()), refused},
        {"POST", "/api/v1/reminders/{reminderId}/cancel",
         req("POST", "/api/v1/reminders/" + uuid() + "/cancel", json::object()), refused},
        {"POST", "/api/v1/health-records/{recordId}/reminders/cancel",
         req("POST", "/api/v1/health-records/" + v.recordId + "/reminders/cancel", {{"kind", "due_soon"}, {"days", 1}}),
         refused},
        {"GET", "/api/v1/people/{personId}/whatsapp-verification",
         req("GET", "/api/v1/people/" + v.personId + "/whatsapp-verification"), refused},
        {"POST", "/api/v1/people/{personId}/whatsapp-verification",
         req("POST", "/api/v1/people/" + v.personId + "/whatsapp-verification", json::object()), refused},
        {"POST", "/api/v1/people/{personId}/whatsapp-verification/confirm",
         req("POST", "/api/v1/people/" + v.personId + "/whatsapp-verification/confirm", {{"code", "123456"}}), refused},
        {"POST", "/api/v1/people/{personId}/whatsapp-verification/revoke",
         req("POST", "/api/v1/people/" + v.personId + "/whatsapp-verification/revoke", json::object()), refused},
        {"POST", "/api/v1/pets/{petId}/scheduled-messages",
         req("POST", "/api/v1/pets/" + v.petId + "/scheduled-messages",
             {{"personId", v.personId}, {"date", "2099-01-01"}, {"time", "10:00"}, {"text", "Hola"}}),
         refused},
        {"GET", "/api/v1/blobs/{sha256}", req("GET", "/api/v1/blobs/" + v.sha256), refused},
        {"HEAD", "/api/v1/blobs/{sha256}", req("HEAD", "/api/v1/blobs/" + v.sha256), refused},
        {"PUT", "/api/v1/blobs/{sha256}",
         HttpRequest{"PUT", "/api/v1/blobs/" + sha256Hex(png), png, "image/png", t, {}}, own},
        // Writes that name the victim's ids land in the attacker's own organisation, or are refused.
        {"POST", "/api/v1/sync/push",
         [&] {
             sync::PushRequest r{sync::kSchemaVersion, attacker.clientId,
                                 device.mutations({device.change(sync::EntityType::Pet, uuid(),
                                                                 {{"name", "Squatter"}, {"tagId", v.tagId}})})};
             return req("POST", "/api/v1/sync/push", sync::toJson(r));
         }(),
         own},
        {"POST", "/api/v1/auth/signout", req("POST", "/api/v1/auth/signout", json::object()), own},
    };

    std::set<std::pair<std::string, std::string>> covered;
    for (const Attack& a : attacks) {
        SCOPED_TRACE(a.method + " " + a.request.path);
        const HttpResponse r = server->request(a.request);
        EXPECT_TRUE(a.allowed.contains(r.status)) << r.status << " " << r.body;
        for (const std::string& secret : v.secrets) {
            EXPECT_EQ(r.body.find(secret), std::string::npos) << "leaked " << secret << " in " << r.body;
        }
        covered.insert({a.method, a.path});
        if (a.path == "/api/v1/sync/push") {
            const auto decoded = sync::pushResponseFromJson(r.json());
            ASSERT_TRUE(decoded.hasValue());
            EXPECT_EQ(decoded->results[0].error.value_or(sync::RowProblem{}).code, "tag_taken");
        }
    }

    // A pet pushed by the attacker under the victim's pet id is the attacker's own row.
    SyncDevice second(*server, signIn(*server, attacker.email, attacker.password, "attacker-2", attacker.orgId));
    second.push({second.change(sync::EntityType::Pet, v.petId, {{"name", "Shadow"}}),
                 second.change(sync::EntityType::Note, uuid(), {{"petId", v.petId}, {"text", "attacker note"}})});
    const auto theirs = server->get("/api/v1/pets/" + v.petId, second.account().token);
    EXPECT_EQ(theirs.json()["name"], "Shadow");
    const auto victims = server->get("/api/v1/pets/" + v.petId, v.admin.token);
    EXPECT_NE(victims.json()["name"], "Shadow");
    EXPECT_EQ(server->get("/api/v1/pets/" + v.petId + "/notes", v.admin.token).body.find("attacker note"),
              std::string::npos);

    for (const auto& op : OpenApi::load().operations()) {
        if (op.secured) {
            EXPECT_TRUE(covered.contains({op.method, op.path})) << op.method << " " << op.path << " not in the matrix";
        }
    }
    EXPECT_EQ(v.snapshot(*server), before) << "the victim's data changed";
}

TEST_P(Isolation, LowerRolesAreRefusedEverywhereTheyMustBe)
{
    const Victim v = Victim::create(*server);
    // The vet member of the victim organisation may not administer it.
    const std::string t = v.member.token;
    EXPECT_EQ(server->send("PATCH", "/api/v1/organisation", {{"name", "x"}}, t).status, 403);
    EXPECT_EQ(server->post("/api/v1/invitations", {{"email", uniqueEmail()}, {"role", "vet"}}, t).status, 403);
    EXPECT_EQ(server->get("/api/v1/invitations", t).status, 403);
    EXPECT_EQ(server->send("DELETE", "/api/v1/invitations/" + v.invitationId, nullptr, t).status, 403);
    EXPECT_EQ(server->send("PATCH", "/api/v1/users/" + v.admin.userId, {{"role", "vet"}}, t).status, 403);
    EXPECT_EQ(server->send("DELETE", "/api/v1/users/" + v.admin.userId, nullptr, t).status, 403);
    EXPECT_EQ(server->post("/api/v1/kiosk-devices", {{"name", "k"}}, t).status, 403);
    // …nor revoke the admin's devices.
    const std::string adminDevice = server->get("/api/v1/auth/me", v.admin.token).json()["deviceId"];
    EXPECT_EQ(server->send("DELETE", "/api/v1/auth/devices/" + adminDevice, nullptr, t).status, 404);
    EXPECT_EQ(server->get("/api/v1/auth/me", v.admin.token).status, 200);
}

PETINFO_INSTANTIATE_FOR_ENGINES(Isolation);
