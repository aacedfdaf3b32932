// SPDX-License-Identifier: GPL-3.0-or-later
// The server against server/openapi/petinfo-v1.yaml: the same operations, documented statuses,
// and JSON bodies that match the documented schemas.
#include "app/ServerContext.h"
#include "http/AccessLog.h"
#include "petinfo/common/Random.h"
#include "security/Crypto.h"
#include "security/Totp.h"
#include "support/OpenApi.h"
#include "support/ServerTest.h"
#include "support/SyncDevice.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <set>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;

namespace {

std::int64_t nowSeconds()
{
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to)
{
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
        text.replace(pos, from.size(), to);
    }
    return text;
}

} // namespace

TEST(OpenApiRoutes, TheServerHasExactlyTheDocumentedOperations)
{
    const auto dir = std::filesystem::temp_directory_path() / ("petinfo-routes-" + uuid());
    server::ServerConfig config;
    config.dataDir = dir.string();
    server::AccessLog log("/dev/null", false);
    server::ServerContext ctx(config, log);
    ctx.openDatabase();

    std::set<std::pair<std::string, std::string>> routes;
    for (const server::Route& r : ctx.router().routes()) {
        routes.emplace(r.method, r.pattern);
        const auto* op = OpenApi::load().find(r.method, r.pattern);
        ASSERT_NE(op, nullptr) << r.method << " " << r.pattern << " is not in the OpenAPI file";
        EXPECT_EQ(op->secured, !r.roles.empty()) << r.method << " " << r.pattern << ": security differs";
        if (op->secured) {
            EXPECT_TRUE(op->statuses.contains(401)) << r.method << " " << r.pattern << " does not document 401";
        }
    }
    for (const auto& op : OpenApi::load().operations()) {
        EXPECT_TRUE(routes.contains({op.method, op.path})) << op.method << " " << op.path << " is not served";
    }
    EXPECT_EQ(routes.size(), OpenApi::load().operations().size());
    std::filesystem::remove_all(dir);
}

class OpenApiConformance : public ServerTest
{
protected:
    struct Example
    {
        std::string method;
        std::string path; ///< the spec's path template
        std::function<HttpRequest()> request;
        int expected;
    };

    /** Sends the request and checks the answer against the spec. */
    HttpResponse check(const std::string& method, const std::string& pathTemplate, const HttpRequest& request,
                       int expected)
    {
        SCOPED_TRACE(method + " " + pathTemplate + " (" + request.path + ")");
        const auto* op = OpenApi::load().find(method, pathTemplate);
        const HttpResponse r = server->request(request);
        EXPECT_NE(op, nullptr) << "not in the spec";
        if (!op) {
            return r;
        }
        EXPECT_EQ(r.status, expected) << r.body;
        EXPECT_TRUE(op->statuses.contains(r.status)) << "undocumented status " << r.status << ": " << r.body;
        EXPECT_FALSE(r.header("x-request-id").empty());
        if (const json* schema = OpenApi::load().jsonSchema(*op, r.status)) {
            EXPECT_EQ(r.header("content-type").rfind("application/json", 0), 0u) << r.header("content-type");
            const json body = r.json();
            EXPECT_FALSE(body.is_discarded()) << "not JSON: " << r.body;
            const std::string problem = OpenApi::load().validate(*schema, body);
            EXPECT_TRUE(problem.empty()) << problem << "\n" << r.body;
        }
        covered.insert({method, pathTemplate});
        return r;
    }

    std::set<std::pair<std::string, std::string>> covered;
};

TEST_P(OpenApiConformance, EveryOperationAnswersAsDocumented)
{
    // Fixture: an organisation with a pet and one record of each kind, a photo, a tag, a second
    // member and a few spare tokens and invitations to spend.
    const Account admin = signUp(*server, "Spec Clinic");
    SyncDevice device(*server, admin);
    const std::string png = samplePng();
    const std::string sha = sha256Hex(png);
    {
        HttpRequest upload{"PUT", "/api/v1/blobs/" + sha, png, "image/png", admin.token, {}};
        ASSERT_EQ(server->request(upload).status, 201);
    }
    const std::string tag = server->post("/api/v1/tags", {{"count", 1}}, admin.token).json()["items"][0]["tagId"];
    const std::string pet = uuid();
    const std::string person = uuid();
    const std::string photo = uuid();
    device.push({
        device.change(EntityType::Attachment, photo,
                      {{"petId", pet}, {"kind", "photo"}, {"mimeType", "image/png"}, {"sha256", sha}, {"size", 115}}),
        device.change(EntityType::Pet, pet,
                      {{"name", "Spec"}, {"species", "dog"}, {"tagId", tag}, {"photoId", photo}, {"status", "lost"}}),
        device.change(EntityType::Person, person, {{"name", "Owner"}, {"phones", {"+5491123456789"}}}),
        device.change(EntityType::PetContact, pet + "/" + person, {{"role", "owner"}, {"primary", true}}),
        device.change(EntityType::HealthRecord, uuid(),
                      {{"petId", pet}, {"kind", "vaccine"}, {"date", "2025-01-01"}, {"product", "Rabies"}}),
        device.change(EntityType::Weight, uuid(), {{"petId", pet}, {"date", "2025-01-01"}, {"kg", 12.5}}),
        device.change(EntityType::Note, uuid(), {{"petId", pet}, {"text", "Friendly"}}),
        device.change(EntityType::AdoptionProfile, pet,
                      {{"petId", pet}, {"status", "adoptable"}, {"size", "medium"}, {"photoIds", {photo}}}),
    });
    const Account spare = signIn(*server, admin.email, admin.password, "spare-device");
    const Account leaving = signIn(*server, admin.email, admin.password, "leaving-device");
    std::string spareDevice;
    const json devices = server->get("/api/v1/auth/devices", admin.token).json();
    for (const auto& d : devices["items"]) {
        if (d["clientId"] == "spare-device") {
            spareDevice = d["id"];
        }
    }
    const std::string memberEmail = uniqueEmail();
    const json invite =
        server->post("/api/v1/invitations", {{"email", memberEmail}, {"role", "staff"}}, admin.token).json();
    ASSERT_EQ(server
                  ->post("/api/v1/invitations/accept",
                         {{"token", invite["token"]}, {"name", "Member"}, {"password", "member password"}})
                  .status,
              201);
    const Account member = signIn(*server, memberEmail, "member password");
    const json toAccept =
        server->post("/api/v1/invitations", {{"email", uniqueEmail()}, {"role", "vet"}}, admin.token).json();
    const json toRevoke =
        server->post("/api/v1/invitations", {{"email", uniqueEmail()}, {"role", "vet"}}, admin.token).json();
    std::string totpSecret;

    auto get = [](const std::string& path, const std::string& token = {}) {
        return HttpRequest{"GET", path, {}, {}, token, {}};
    };
    auto body = [](const std::string& method, const std::string& path, const json& b, const std::string& token = {}) {
        return HttpRequest{method, path, b.dump(), "application/json", token, {}};
    };
    const std::string a = admin.token;
    const std::string petPath = "/api/v1/pets/" + pet;

    const std::vector<Example> examples{
        {"GET", "/healthz", [&] { return get("/healthz"); }, 200},
        {"GET", "/readyz", [&] { return get("/readyz"); }, 200},
        {"GET", "/api/v1/server-info", [&] { return get("/api/v1/server-info"); }, 200},
        {"GET", "/metrics", [&] { return get("/metrics"); }, 200},
        {"POST", "/api/v1/auth/signup",
         [&] {
             return body("POST", "/api/v1/auth/signup",
                         {{"email", uniqueEmail()},
                          {"password", "a long password"},
                          {"name", "New"},
                          {"organisation", {{"name", "New Org"}, {"kind", "household"}}}});
         },
         201},
        {"POST", "/api/v1/auth/signin",
         [&] {
             return body("POST", "/api/v1/auth/signin",
                         {{"email", admin.email}, {"password", admin.password}, {"clientId", "spec-device"}});
         },
         201},
        {"GET", "/api/v1/auth/me", [&] { return get("/api/v1/auth/me", a); }, 200},
        {"GET", "/api/v1/auth/devices", [&] { return get("/api/v1/auth/devices", a); }, 200},
        {"DELETE", "/api/v1/auth/devices/{deviceId}",
         [&] { return HttpRequest{"DELETE", "/api/v1/auth/devices/" + spareDevice, {}, {}, a, {}}; }, 204},
        {"POST", "/api/v1/auth/totp/setup",
         [&] { return body("POST", "/api/v1/auth/totp/setup", json::object(), member.token); }, 200},
        {"POST", "/api/v1/auth/totp/enable",
         [&] {
             const std::string secret = server::crypto::base32Decode(totpSecret).value_or("");
             return body("POST", "/api/v1/auth/totp/enable", {{"code", server::totpCode(secret, nowSeconds())}},
                         member.token);
         },
         204},
        {"POST", "/api/v1/auth/totp/disable",
         [&] {
             const std::string secret = server::crypto::base32Decode(totpSecret).value_or("");
             return body("POST", "/api/v1/auth/totp/disable", {{"code", server::totpCode(secret, nowSeconds() + 30)}},
                         member.token);
         },
         204},
        {"GET", "/api/v1/organisation", [&] { return get("/api/v1/organisation", a); }, 200},
        {"PATCH", "/api/v1/organisation",
         [&] {
             return body("PATCH", "/api/v1/organisation", {{"name", "Renamed"}}, a);
         },
         200},
        {"POST", "/api/v1/organisations",
         [&] {
             return body("POST", "/api/v1/organisations", {{"name", "Branch"}, {"kind", "clinic"}}, member.token);
         },
         201},
        {"GET", "/api/v1/users", [&] { return get("/api/v1/users", a); }, 200},
        {"PATCH", "/api/v1/users/{userId}",
         [&] {
             return body("PATCH", "/api/v1/users/" + member.userId, {{"role", "vet"}}, a);
         },
         200},
        {"POST", "/api/v1/invitations",
         [&] {
             return body("POST", "/api/v1/invitations", {{"email", uniqueEmail()}, {"role", "volunteer"}}, a);
         },
         201},
        {"GET", "/api/v1/invitations", [&] { return get("/api/v1/invitations", a); }, 200},
        {"DELETE", "/api/v1/invitations/{invitationId}",
         [&] {
             return HttpRequest{"DELETE", "/api/v1/invitations/" + toRevoke["id"].get<std::string>(), {}, {}, a, {}};
         },
         204},
        {"POST", "/api/v1/invitations/accept",
         [&] {
             return body("POST", "/api/v1/invitations/accept",
                         {{"token", toAccept["token"]}, {"name", "Vet"}, {"password", "a vet password"}});
         },
         201},
        {"POST", "/api/v1/kiosk-devices",
         [&] {
             return body("POST", "/api/v1/kiosk-devices", {{"name", "Lobby"}}, a);
         },
         201},
        {"GET", "/api/v1/pets", [&] { return get("/api/v1/pets?limit=10", a); }, 200},
        {"GET", "/api/v1/pets/{petId}", [&] { return get(petPath, a); }, 200},
        {"GET", "/api/v1/pets/{petId}/health-records", [&] { return get(petPath + "/health-records", a); }, 200},
        {"GET", "/api/v1/pets/{petId}/weights", [&] { return get(petPath + "/weights", a); }, 200},
        {"GET", "/api/v1/pets/{petId}/notes", [&] { return get(petPath + "/notes", a); }, 200},
        {"GET", "/api/v1/pets/{petId}/attachments", [&] { return get(petPath + "/attachments", a); }, 200},
        {"GET", "/api/v1/pets/{petId}/contacts", [&] { return get(petPath + "/contacts", a); }, 200},
        {"GET", "/api/v1/adoption/animals", [&] { return get("/api/v1/adoption/animals", a); }, 200},
        {"GET", "/api/v1/adoption/animals/{petId}", [&] { return get("/api/v1/adoption/animals/" + pet, a); }, 200},
        {"POST", "/api/v1/tags",
         [&] {
             return body("POST", "/api/v1/tags", {{"count", 2}}, a);
         },
         201},
        {"GET", "/api/v1/tags", [&] { return get("/api/v1/tags", a); }, 200},
        {"POST", "/api/v1/sync/push",
         [&] {
             sync::PushRequest r{
                 sync::kSchemaVersion, admin.clientId,
                 device.mutations({device.change(EntityType::Note, uuid(), {{"petId", pet}, {"text", "Spec note"}}),
                                   device.change(EntityType::Pet, pet, {{"name", 5}})})};
             return body("POST", "/api/v1/sync/push", sync::toJson(r), a);
         },
         200},
        {"POST", "/api/v1/sync/pull",
         [&] {
             return body("POST", "/api/v1/sync/pull", {{"schemaVersion", 2}, {"cursor", 0}, {"limit", 3}}, a);
         },
         200},
        {"PUT", "/api/v1/blobs/{sha256}",
         [&] {
             const std::string pdf = "%PDF-1.4\nspec\n";
             return HttpRequest{"PUT", "/api/v1/blobs/" + sha256Hex(pdf), pdf, "application/pdf", a, {}};
         },
         201},
        {"GET", "/api/v1/blobs/{sha256}", [&] { return get("/api/v1/blobs/" + sha, a); }, 200},
        {"HEAD", "/api/v1/blobs/{sha256}", [&] { return HttpRequest{"HEAD", "/api/v1/blobs/" + sha, {}, {}, a, {}}; },
         200},
        {"GET", "/api/v1/reminder-settings", [&] { return get("/api/v1/reminder-settings", a); }, 200},
        {"PUT", "/api/v1/reminder-settings",
         [&] {
             return body("PUT", "/api/v1/reminder-settings",
                         {{"enabled", true},
                          {"daysBefore", {14, 1}},
                          {"timeZone", "America/Argentina/Buenos_Aires"},
                          {"window", {{"start", "09:00"}, {"end", "19:00"}, {"days", {"mon", "tue", "wed"}}}},
                          {"templates", {{"es", {{"dueSoon", "vaccine_reminder"}, {"code", "es"}}}}}},
                         a);
         },
         200},
        // No WhatsApp here either: nothing can be sent, what is stored can be read and revoked.
        {"GET", "/api/v1/people/{personId}/whatsapp-verification",
         [&] { return get("/api/v1/people/" + person + "/whatsapp-verification", a); }, 200},
        {"POST", "/api/v1/people/{personId}/whatsapp-verification",
         [&] { return body("POST", "/api/v1/people/" + person + "/whatsapp-verification", json::object(), a); }, 409},
        {"POST", "/api/v1/people/{personId}/whatsapp-verification/confirm",
         [&] {
             return body("POST", "/api/v1/people/" + person + "/whatsapp-verification/confirm", {{"code", "123456"}},
                         a);
         },
         409},
        {"POST", "/api/v1/people/{personId}/whatsapp-verification/revoke",
         [&] { return body("POST", "/api/v1/people/" + person + "/whatsapp-verification/revoke", json::object(), a); },
         200},
        {"POST", "/api/v1/pets/{petId}/scheduled-messages",
         [&] {
             return body("POST", "/api/v1/pets/" + pet + "/scheduled-messages",
                         {{"personId", person}, {"date", "2099-01-01"}, {"time", "10:00"}, {"text", "Hola"}}, a);
         },
         409},
        // This server has no WhatsApp settings: the handshake is refused, an unsigned POST too.
        {"GET", "/api/v1/webhooks/whatsapp",
         [&] { return get("/api/v1/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1"); }, 403},
        {"POST", "/api/v1/webhooks/whatsapp",
         [&] {
             return body("POST", "/api/v1/webhooks/whatsapp", {{"object", "whatsapp_business_account"}});
         },
         401},
        // This server sells no plans: billing answers, checkouts are refused, webhooks unsigned.
        {"GET", "/api/v1/billing/plans", [&] { return get("/api/v1/billing/plans", a); }, 200},
        {"GET", "/api/v1/billing", [&] { return get("/api/v1/billing", a); }, 200},
        {"POST", "/api/v1/billing/checkouts",
         [&] {
             return body("POST", "/api/v1/billing/checkouts", {{"plan", "clinic"}, {"currency", "MXN"}}, a);
         },
         409},
        {"GET", "/api/v1/billing/checkouts/{checkoutId}", [&] { return get("/api/v1/billing/checkouts/" + uuid(), a); },
         404},
        {"GET", "/api/v1/billing/payments/{paymentId}", [&] { return get("/api/v1/billing/payments/" + uuid(), a); },
         404},
        {"POST", "/api/v1/webhooks/mercadopago",
         [&] {
             HttpRequest r = body("POST", "/api/v1/webhooks/mercadopago?data.id=123&type=payment",
                                  {{"type", "payment"}, {"data", {{"id", "123"}}}});
             r.headers = {{"x-signature", "ts=1,v1=00"}, {"x-request-id", "r"}};
             return r;
         },
         401},
        {"POST", "/api/v1/webhooks/stripe",
         [&] {
             return body("POST", "/api/v1/webhooks/stripe", {{"id", "evt_1"}, {"type", "invoice.paid"}});
         },
         401},
        {"GET", "/billing/return", [&] { return get("/billing/return?checkout=x&result=success"); }, 200},
        {"GET", "/t/{tagId}", [&] { return get("/t/" + tag); }, 200},
        {"GET", "/t/{tagId}/photo", [&] { return get("/t/" + tag + "/photo"); }, 200},
        // The found form's full behaviour (a lost pet, tokens, hostile input): server.pages / TagPage tests.
        {"POST", "/t/{tagId}/found",
         [&] {
             return HttpRequest{"POST",
                                "/t/" + newTagId() + "/found",
                                "finderName=Ana&finderPhone=1",
                                "application/x-www-form-urlencoded",
                                "",
                                {}};
         },
         404},
        {"GET", "/t/{tagId}/found/thanks", [&] { return get("/t/" + tag + "/found/thanks"); }, 200},
        // The adoption page's full behaviour: server.api.AdoptionPage and AdoptionForm.
        {"GET", "/adopt/{slug}", [&] { return get("/adopt/spec-clinic"); }, 200},
        {"GET", "/adopt/pet/{petId}", [&] { return get("/adopt/pet/" + pet); }, 302},
        {"GET", "/adopt/{slug}/{petId}", [&] { return get("/adopt/spec-clinic/" + pet); }, 200},
        {"GET", "/adopt/{slug}/{petId}/photos/{photoId}",
         [&] { return get("/adopt/spec-clinic/" + pet + "/photos/" + photo); }, 200},
        {"POST", "/adopt/{slug}/{petId}",
         [&] {
             return HttpRequest{
                 "POST", "/adopt/spec-clinic/" + pet, "applicantName=Ana", "application/x-www-form-urlencoded", "", {}};
         },
         400},
        {"GET", "/adopt/{slug}/{petId}/thanks", [&] { return get("/adopt/spec-clinic/" + pet + "/thanks"); }, 200},
        {"PUT", "/api/v1/organisation/public-slug",
         [&] {
             return body("PUT", "/api/v1/organisation/public-slug", {{"publicSlug", "spec-shelter"}}, a);
         },
         200},
        {"DELETE", "/api/v1/users/{userId}",
         [&] { return HttpRequest{"DELETE", "/api/v1/users/" + member.userId, {}, {}, a, {}}; }, 204},
        {"POST", "/api/v1/auth/signout",
         [&] { return body("POST", "/api/v1/auth/signout", json::object(), leaving.token); }, 204},
    };

    for (const Example& e : examples) {
        const HttpResponse r = check(e.method, e.path, e.request(), e.expected);
        if (e.path == "/api/v1/auth/totp/setup" && r.status == 200) {
            totpSecret = r.json()["secret"];
        }
    }

    // Every secured operation without a token: a documented 401 with the error body.
    for (const auto& op : OpenApi::load().operations()) {
        if (!op.secured) {
            continue;
        }
        std::string path = op.path;
        path = replaceAll(path, "{petId}", pet);
        path = replaceAll(path, "{userId}", uuid());
        path = replaceAll(path, "{deviceId}", uuid());
        path = replaceAll(path, "{invitationId}", uuid());
        path = replaceAll(path, "{sha256}", sha);
        path = replaceAll(path, "{messageId}", uuid());
        path = replaceAll(path, "{reminderId}", uuid());
        HttpRequest r{op.method, path, "{}", "application/json", {}, {}};
        const HttpResponse answer = server->request(r);
        EXPECT_EQ(answer.status, 401) << op.method << " " << op.path;
        if (op.method != "HEAD") {
            EXPECT_EQ(answer.errorCode(), "unauthorized") << op.method << " " << op.path;
        }
    }

    // Unknown ids: documented 404s.
    check("GET", "/api/v1/pets/{petId}", get("/api/v1/pets/" + uuid(), a), 404);
    check("GET", "/api/v1/pets/{petId}/notes", get("/api/v1/pets/" + uuid() + "/notes", a), 404);
    check("DELETE", "/api/v1/invitations/{invitationId}",
          HttpRequest{"DELETE", "/api/v1/invitations/" + uuid(), {}, {}, a, {}}, 404);
    check("PATCH", "/api/v1/users/{userId}", body("PATCH", "/api/v1/users/" + uuid(), {{"role", "vet"}}, a), 404);
    check("GET", "/api/v1/blobs/{sha256}", get("/api/v1/blobs/" + std::string(64, '0'), a), 404);
    check("POST", "/api/v1/messages/{messageId}/retry",
          body("POST", "/api/v1/messages/" + uuid() + "/retry", json::object(), a), 404);
    check("POST", "/api/v1/messages/{messageId}/cancel",
          body("POST", "/api/v1/messages/" + uuid() + "/cancel", json::object(), a), 404);
    check("POST", "/api/v1/reminders/{reminderId}/cancel",
          body("POST", "/api/v1/reminders/" + uuid() + "/cancel", json::object(), a), 404);
    check(
        "POST", "/api/v1/health-records/{recordId}/reminders/cancel",
        body("POST", "/api/v1/health-records/" + uuid() + "/reminders/cancel", {{"kind", "due_soon"}, {"days", 1}}, a),
        404);
    check("GET", "/t/{tagId}", get("/t/" + newTagId()), 404);
    check("POST", "/api/v1/sync/pull", body("POST", "/api/v1/sync/pull", {{"schemaVersion", 2}, {"cursor", -5}}, a),
          400);
    const HttpResponse invalid = check("PUT", "/api/v1/reminder-settings",
                                       body("PUT", "/api/v1/reminder-settings",
                                            {{"enabled", true}, {"daysBefore", {-1}}, {"timeZone", "Mars/Olympus"}}, a),
                                       400);
    EXPECT_EQ(invalid.errorCode(), "invalid_settings");
    EXPECT_TRUE(invalid.json()["error"]["problems"].contains("timeZone")) << invalid.body;
    EXPECT_TRUE(invalid.json()["error"]["problems"].contains("daysBefore")) << invalid.body;

    for (const auto& op : OpenApi::load().operations()) {
        EXPECT_TRUE(covered.contains({op.method, op.path})) << op.method << " " << op.path << " has no example";
    }
}

PETINFO_INSTANTIATE_FOR_ENGINES(OpenApiConformance);
