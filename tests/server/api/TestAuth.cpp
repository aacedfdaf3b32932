// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts: sign-up, sign-in, tokens, TOTP, rate limits, several organisations, invitations,
// kiosks and roles.
#include "db/Database.h"
#include "security/Crypto.h"
#include "security/Totp.h"
#include "support/ServerTest.h"
#include "support/SyncDevice.h"

#include <cctype>
#include <chrono>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;

namespace {

std::int64_t nowSeconds()
{
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

class Auth : public ServerTest
{
protected:
    /** Direct access to the server's database, to check what is stored. */
    server::SqlRows query(const std::string& sql)
    {
        server::DatabaseSettings s;
        if (GetParam() == Backend::Postgres) {
            s.engine = server::Engine::Postgres;
            s.postgresConninfo = server::postgresConninfoFromUrl(server->databaseUrl()).value();
        } else {
            s.sqlitePath = server->dataDir() + "/petinfo.db";
        }
        server::Database db(s);
        server::Lease c = db.acquire();
        return c->rows(sql);
    }
};

TEST_P(Auth, SignUpSignInAndMe)
{
    const std::string email = uniqueEmail();
    const json signup{{"email", email},
                      {"password", "correct horse battery"},
                      {"name", "Ana"},
                      {"organisation", {{"name", "Clínica Sur"}, {"kind", "clinic"}}}};
    const auto created = server->post("/api/v1/auth/signup", signup);
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json()["role"], "admin");
    EXPECT_EQ(server->post("/api/v1/auth/signup", signup).errorCode(), "email_taken");

    auto weak = signup;
    weak["email"] = uniqueEmail();
    weak["password"] = "short";
    EXPECT_EQ(server->post("/api/v1/auth/signup", weak).errorCode(), "weak_password");

    const auto wrong = server->post("/api/v1/auth/signin", {{"email", email}, {"password", "not the password"}});
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.errorCode(), "invalid_credentials");
    const auto unknown = server->post("/api/v1/auth/signin", {{"email", uniqueEmail()}, {"password", "whatever12"}});
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.errorCode(), "invalid_credentials");

    // Email is case-insensitive and trimmed.
    std::string shouted = email;
    for (char& c : shouted) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    const Account a = signIn(*server, "  " + shouted + " ", "correct horse battery");
    EXPECT_EQ(a.token.rfind("pit_", 0), 0u);
    EXPECT_EQ(a.token.size(), 47u);
    const auto me = server->get("/api/v1/auth/me", a.token);
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.json()["user"]["email"], email);
    EXPECT_EQ(me.json()["organisation"]["name"], "Clínica Sur");
    EXPECT_EQ(me.json()["role"], "admin");
    EXPECT_EQ(me.json()["clientId"], a.clientId);
}

TEST_P(Auth, TokensAreStoredHashedAndPasswordsSlowHashed)
{
    const Account a = signUp(*server, "Hash Clinic");
    const auto devices = query("SELECT token_hash FROM devices");
    ASSERT_EQ(devices.size(), 1u);
    EXPECT_EQ(devices.text(0, 0), server::crypto::sha256Hex(a.token));
    const auto users = query("SELECT password_hash FROM users");
    EXPECT_EQ(users.text(0, 0).rfind("pbkdf2-sha256$1000$", 0), 0u); // the tests' configured count
    EXPECT_EQ(users.text(0, 0).find(a.password), std::string::npos);
}

TEST_P(Auth, SignOutAndDeviceRevocation)
{
    const Account a = signUp(*server, "Devices");
    const Account laptop = signIn(*server, a.email, a.password, "laptop-1");
    const Account desktop = signIn(*server, a.email, a.password, "desktop-1");
    const auto list = server->get("/api/v1/auth/devices", a.token);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.json()["items"].size(), 3u);

    // Signing in again on the same device replaces its token.
    const Account laptopAgain = signIn(*server, a.email, a.password, "laptop-1");
    EXPECT_EQ(server->get("/api/v1/auth/me", laptop.token).errorCode(), "invalid_token");
    EXPECT_EQ(server->get("/api/v1/auth/me", laptopAgain.token).status, 200);

    std::string desktopDevice;
    const json devices = server->get("/api/v1/auth/devices", a.token).json();
    for (const auto& d : devices["items"]) {
        if (d["clientId"] == "desktop-1") {
            desktopDevice = d["id"];
        }
    }
    ASSERT_FALSE(desktopDevice.empty());
    EXPECT_EQ(server->send("DELETE", "/api/v1/auth/devices/" + desktopDevice, nullptr, a.token).status, 204);
    EXPECT_EQ(server->get("/api/v1/auth/me", desktop.token).status, 401);
    EXPECT_EQ(server->send("DELETE", "/api/v1/auth/devices/" + desktopDevice, nullptr, a.token).status, 404);

    EXPECT_EQ(server->post("/api/v1/auth/signout", nullptr, laptopAgain.token).status, 204);
    EXPECT_EQ(server->get("/api/v1/auth/me", laptopAgain.token).status, 401);
    EXPECT_EQ(server->get("/api/v1/auth/me", a.token).status, 200);
}

TEST_P(Auth, TotpCodesAreRequiredAndSingleUse)
{
    const Account a = signUp(*server, "TOTP Clinic");
    const auto setup = server->post("/api/v1/auth/totp/setup", nullptr, a.token);
    ASSERT_EQ(setup.status, 200) << setup.body;
    const std::string secret = server::crypto::base32Decode(setup.json()["secret"].get<std::string>()).value();
    EXPECT_EQ(secret.size(), 20u);
    EXPECT_EQ(setup.json()["otpauthUri"].get<std::string>().rfind("otpauth://totp/", 0), 0u);

    EXPECT_EQ(server->post("/api/v1/auth/totp/enable", {{"code", "000000"}}, a.token).errorCode(), "invalid_totp");
    const std::int64_t now = nowSeconds();
    ASSERT_EQ(server->post("/api/v1/auth/totp/enable", {{"code", server::totpCode(secret, now)}}, a.token).status, 204);
    EXPECT_EQ(server->post("/api/v1/auth/totp/setup", nullptr, a.token).errorCode(), "totp_already_enabled");

    const json base{{"email", a.email}, {"password", a.password}};
    EXPECT_EQ(server->post("/api/v1/auth/signin", base).errorCode(), "totp_required");
    auto withCode = base;
    // The code used to enable is spent; the next step's code (one step of drift) works once.
    withCode["totpCode"] = server::totpCode(secret, now);
    EXPECT_EQ(server->post("/api/v1/auth/signin", withCode).errorCode(), "invalid_totp");
    withCode["totpCode"] = server::totpCode(secret, now + 30);
    const auto ok = server->post("/api/v1/auth/signin", withCode);
    EXPECT_EQ(ok.status, 201) << ok.body;
    const auto replay = server->post("/api/v1/auth/signin", withCode);
    EXPECT_EQ(replay.status, 401);
    EXPECT_EQ(replay.errorCode(), "invalid_totp");
    auto wrongPassword = withCode;
    wrongPassword["password"] = "wrong password!";
    EXPECT_EQ(server->post("/api/v1/auth/signin", wrongPassword).errorCode(), "invalid_credentials");
}

TEST_P(Auth, FailedSignInsLockTheAccountForAWhile)
{
    auto strict = start({{"auth.signinMaxFailures", "3"}, {"auth.signinLockSeconds", "60"}});
    const Account a = signUp(*strict, "Locked Clinic");
    const Account b = signUp(*strict, "Other Clinic");
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(strict->post("/api/v1/auth/signin", {{"email", a.email}, {"password", "wrong password"}}).status,
                  401);
    }
    const auto locked = strict->post("/api/v1/auth/signin", {{"email", a.email}, {"password", a.password}});
    EXPECT_EQ(locked.status, 429);
    EXPECT_EQ(locked.errorCode(), "rate_limited");
    EXPECT_GT(locked.json()["error"]["retryAfter"].get<int>(), 0);
    // Another account is not affected; unknown accounts are throttled the same way.
    EXPECT_EQ(strict->post("/api/v1/auth/signin", {{"email", b.email}, {"password", b.password}}).status, 201);
    const std::string ghost = uniqueEmail();
    for (int i = 0; i < 3; ++i) {
        strict->post("/api/v1/auth/signin", {{"email", ghost}, {"password", "whatever12"}});
    }
    EXPECT_EQ(strict->post("/api/v1/auth/signin", {{"email", ghost}, {"password", "whatever12"}}).status, 429);
}

TEST_P(Auth, SignInsPerAddressAreRateLimited)
{
    auto strict = start({{"auth.signinIpBurst", "3"}, {"auth.signinPerIpPerMinute", "1"}});
    int limited = 0;
    for (int i = 0; i < 5; ++i) {
        const auto r = strict->post("/api/v1/auth/signin", {{"email", uniqueEmail()}, {"password", "whatever12"}});
        limited += r.status == 429 ? 1 : 0;
        EXPECT_TRUE(r.status == 401 || r.status == 429) << r.status;
    }
    EXPECT_EQ(limited, 2);
}

TEST_P(Auth, SeveralOrganisationsNeedAChoice)
{
    const Account a = signUp(*server, "First Org");
    const auto second = server->post("/api/v1/organisations", {{"name", "Second Org"}, {"kind", "shelter"}}, a.token);
    ASSERT_EQ(second.status, 201) << second.body;
    const std::string secondId = second.json()["id"];

    const auto choose = server->post("/api/v1/auth/signin", {{"email", a.email}, {"password", a.password}});
    ASSERT_EQ(choose.status, 409) << choose.body;
    EXPECT_EQ(choose.errorCode(), "organisation_required");
    const json error = choose.json()["error"];
    ASSERT_EQ(error["organisations"].size(), 2u);
    EXPECT_EQ(error["organisations"][0]["name"], "First Org");
    EXPECT_EQ(error["organisations"][1]["kind"], "shelter");
    const std::string ticket = error["ticket"];

    // The ticket stands in for password and code once.
    const auto chosen = server->post("/api/v1/auth/signin", {{"ticket", ticket}, {"organisationId", secondId}});
    ASSERT_EQ(chosen.status, 201) << chosen.body;
    EXPECT_EQ(chosen.json()["organisation"]["id"], secondId);
    EXPECT_EQ(server->post("/api/v1/auth/signin", {{"ticket", ticket}, {"organisationId", secondId}}).errorCode(),
              "invalid_ticket");
    // Each token is bound to one organisation.
    EXPECT_EQ(server->get("/api/v1/organisation", chosen.json()["token"]).json()["id"], secondId);
    EXPECT_EQ(server->get("/api/v1/organisation", a.token).json()["id"], a.orgId);

    const Account direct = signIn(*server, a.email, a.password, {}, a.orgId);
    EXPECT_EQ(direct.orgId, a.orgId);
    const Account stranger = signUp(*server, "Stranger Org");
    const auto foreign = server->post(
        "/api/v1/auth/signin", {{"email", a.email}, {"password", a.password}, {"organisationId", stranger.orgId}});
    EXPECT_EQ(foreign.status, 403);
}

TEST_P(Auth, InvitationsRolesAndTheLastAdmin)
{
    const Account admin = signUp(*server, "Team Clinic");
    const std::string vetEmail = uniqueEmail();
    const auto invite = server->post("/api/v1/invitations", {{"email", vetEmail}, {"role", "vet"}}, admin.token);
    ASSERT_EQ(invite.status, 201) << invite.body;
    const std::string token = invite.json()["token"];
    EXPECT_EQ(server->get("/api/v1/invitations", admin.token).json()["items"].size(), 1u);
    EXPECT_EQ(server->post("/api/v1/invitations", {{"email", vetEmail}, {"role", "kiosk"}}, admin.token).status, 400);

    const auto accepted = server->post("/api/v1/invitations/accept",
                                       {{"token", token}, {"name", "Dr. Paz"}, {"password", "a vet's password"}});
    ASSERT_EQ(accepted.status, 201) << accepted.body;
    EXPECT_EQ(accepted.json()["role"], "vet");
    EXPECT_EQ(server
                  ->post("/api/v1/invitations/accept",
                         {{"token", token}, {"name", "Dr. Paz"}, {"password", "a vet's password"}})
                  .status,
              404);
    EXPECT_TRUE(server->get("/api/v1/invitations", admin.token).json()["items"].empty());

    const Account vet = signIn(*server, vetEmail, "a vet's password");
    EXPECT_EQ(server->get("/api/v1/auth/me", vet.token).json()["role"], "vet");
    EXPECT_EQ(server->post("/api/v1/invitations", {{"email", uniqueEmail()}, {"role", "vet"}}, vet.token).status, 403);
    EXPECT_EQ(server->get("/api/v1/users", vet.token).json()["items"].size(), 2u);
    EXPECT_EQ(server->send("PATCH", "/api/v1/users/" + admin.userId, {{"role", "staff"}}, vet.token).status, 403);

    // An existing account joins a second organisation with its own password.
    const Account other = signUp(*server, "Other Clinic");
    const auto crossInvite = server->post("/api/v1/invitations", {{"email", vetEmail}, {"role", "staff"}}, other.token);
    const std::string crossToken = crossInvite.json()["token"];
    EXPECT_EQ(
        server->post("/api/v1/invitations/accept", {{"token", crossToken}, {"password", "not the password"}}).status,
        401);
    EXPECT_EQ(
        server->post("/api/v1/invitations/accept", {{"token", crossToken}, {"password", "a vet's password"}}).status,
        201);
    EXPECT_EQ(server->post("/api/v1/auth/signin", {{"email", vetEmail}, {"password", "a vet's password"}}).status, 409);

    // Roles are changed by admins, never leaving an organisation without one.
    EXPECT_EQ(server->send("PATCH", "/api/v1/users/" + admin.userId, {{"role", "staff"}}, admin.token).errorCode(),
              "last_admin");
    const auto promoted = server->send("PATCH", "/api/v1/users/" + vet.userId, {{"role", "admin"}}, admin.token);
    EXPECT_EQ(promoted.status, 200);
    EXPECT_EQ(server->get("/api/v1/auth/me", vet.token).json()["role"], "admin");
    EXPECT_EQ(server->send("DELETE", "/api/v1/users/" + vet.userId, nullptr, admin.token).status, 204);
    EXPECT_EQ(server->get("/api/v1/auth/me", vet.token).status, 401);

    // A revoked invitation cannot be used.
    const auto revokeMe =
        server->post("/api/v1/invitations", {{"email", uniqueEmail()}, {"role", "staff"}}, admin.token);
    EXPECT_EQ(
        server->send("DELETE", "/api/v1/invitations/" + revokeMe.json()["id"].get<std::string>(), nullptr, admin.token)
            .status,
        204);
    EXPECT_EQ(server
                  ->post("/api/v1/invitations/accept",
                         {{"token", revokeMe.json()["token"]}, {"name", "X"}, {"password", "long enough pw"}})
                  .status,
              404);
}

// Issue 15: organisation, user and kiosk names accepted control characters and ANSI escapes.
TEST_P(Auth, NamesRefuseControlCharacters)
{
    const Account admin = signUp(*server, "Clinic");
    const std::string escape = "\x1b[31mEvil\x1b[0m";
    auto signupWith = [&](const std::string& name, const std::string& orgName) {
        return server->post("/api/v1/auth/signup", {{"email", uniqueEmail()},
                                                    {"password", "long enough password"},
                                                    {"name", name},
                                                    {"organisation", {{"name", orgName}, {"kind", "clinic"}}}});
    };
    struct Case
    {
        std::string what;
        HttpResponse answer;
        std::string field;
    };
    const std::vector<Case> cases{
        {"user name", signupWith(escape, "Clinic"), "name"},
        {"organisation name", signupWith("Ana", "Clinic\r\nX-Injected: 1"), "organisation.name"},
        {"renamed organisation", server->send("PATCH", "/api/v1/organisation", {{"name", "Clinic\a"}}, admin.token),
         "name"},
        {"another organisation",
         server->post("/api/v1/organisations", {{"name", escape}, {"kind", "shelter"}}, admin.token), "name"},
        {"kiosk", server->post("/api/v1/kiosk-devices", {{"name", "Lobby\u009b2J"}}, admin.token), "name"},
        {"device",
         server->post("/api/v1/auth/signin",
                      {{"email", admin.email}, {"password", admin.password}, {"deviceName", "laptop\x7f"}}),
         "deviceName"},
        {"invited email",
         server->post("/api/v1/invitations", {{"email", "a\u0085b@example.org"}, {"role", "vet"}}, admin.token),
         "email"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        EXPECT_EQ(c.answer.status, 400) << c.answer.body;
        EXPECT_EQ(c.answer.errorCode(), "invalid_request");
        EXPECT_EQ(c.answer.json()["error"]["field"], c.field) << c.answer.body;
    }
    EXPECT_EQ(server->get("/api/v1/organisation", admin.token).json()["name"], "Clinic");
    // Letters of every script, and punctuation, are fine.
    EXPECT_EQ(server->send("PATCH", "/api/v1/organisation", {{"name", "Clínica Ñandú – 猫 🐾"}}, admin.token).status,
              200);
}

TEST_P(Auth, KioskSeesAdoptablePetsOnly)
{
    const Account admin = signUp(*server, "Shelter", "shelter");
    SyncDevice device(*server, admin);
    const std::string adoptable = uuid();
    const std::string private_ = uuid();
    device.push({device.change(sync::EntityType::Pet, adoptable, {{"name", "Toby"}, {"status", "adoptable"}}),
                 device.change(sync::EntityType::AdoptionProfile, adoptable, {{"status", "adoptable"}}),
                 device.change(sync::EntityType::Pet, private_, {{"name", "Mia"}, {"status", "in_care"}}),
                 device.change(sync::EntityType::AdoptionProfile, private_, {{"status", "in_care"}})});

    const auto kiosk = server->post("/api/v1/kiosk-devices", {{"name", "Lobby screen"}}, admin.token);
    ASSERT_EQ(kiosk.status, 201) << kiosk.body;
    const std::string token = kiosk.json()["token"];
    EXPECT_EQ(kiosk.json()["role"], "kiosk");
    // The adoption gallery, not the pet records (tests/server/api/TestAdoption.cpp has the rest).
    const auto pets = server->get("/api/v1/adoption/animals", token);
    ASSERT_EQ(pets.status, 200);
    ASSERT_EQ(pets.json()["items"].size(), 1u);
    EXPECT_EQ(pets.json()["items"][0]["name"], "Toby");
    EXPECT_EQ(server->get("/api/v1/adoption/animals/" + private_, token).status, 404);
    EXPECT_EQ(server->get("/api/v1/pets", token).status, 403);
    EXPECT_EQ(server->get("/api/v1/pets/" + adoptable, token).status, 403);
    EXPECT_EQ(server->get("/api/v1/pets/" + adoptable + "/health-records", token).status, 403);
    EXPECT_EQ(server->get("/api/v1/users", token).status, 403);
    EXPECT_EQ(server->post("/api/v1/sync/pull", {{"schemaVersion", 2}, {"cursor", 0}}, token).status, 403);
    // Nobody can sign in as a kiosk.
    EXPECT_EQ(server->post("/api/v1/auth/totp/setup", nullptr, token).status, 403);
}

TEST_P(Auth, VolunteersWriteJournalEntriesAndNeverSeeOwnerContacts)
{
    const Account admin = signUp(*server, "Volunteer Shelter", "shelter");
    SyncDevice adminDevice(*server, admin);
    const std::string pet = uuid();
    const std::string person = uuid();
    adminDevice.push({adminDevice.change(sync::EntityType::Pet, pet, {{"name", "Kira"}}),
                      adminDevice.change(sync::EntityType::Person, person, {{"name", "Owner Olga"}})});

    const std::string email = uniqueEmail();
    const auto invite = server->post("/api/v1/invitations", {{"email", email}, {"role", "volunteer"}}, admin.token);
    ASSERT_EQ(server
                  ->post("/api/v1/invitations/accept",
                         {{"token", invite.json()["token"]}, {"name", "Vol"}, {"password", "volunteer pass"}})
                  .status,
              201);
    SyncDevice volunteer(*server, signIn(*server, email, "volunteer pass", "vol-device"));
    const auto result = volunteer.push(
        {volunteer.change(sync::EntityType::Note, uuid(), {{"petId", pet}, {"text", "Walked 2 km"}}),
         volunteer.change(sync::EntityType::HealthRecord, uuid(),
                          {{"petId", pet}, {"kind", "vaccine"}, {"date", "2025-01-01"}, {"product", "Rabies"}})});
    ASSERT_EQ(result.results.size(), 2u);
    EXPECT_EQ(result.results[0].status, sync::MutationStatus::Applied);
    EXPECT_EQ(result.results[1].status, sync::MutationStatus::Rejected);
    EXPECT_EQ(result.results[1].error->code, "forbidden");

    for (const auto& row : volunteer.pullAll().rows) {
        EXPECT_NE(row.type, sync::EntityType::Person);
    }
    EXPECT_EQ(server->get("/api/v1/pets/" + pet + "/contacts", volunteer.account().token).status, 403);
    EXPECT_EQ(server->get("/api/v1/pets/" + pet + "/notes", volunteer.account().token).json()["items"].size(), 1u);
}

TEST_P(Auth, SignUpCanBeTurnedOff)
{
    auto closed = start({{"auth.allowSignup", "false"}});
    const auto r = closed->post("/api/v1/auth/signup", {{"email", uniqueEmail()},
                                                        {"password", "long enough pw"},
                                                        {"name", "X"},
                                                        {"organisation", {{"name", "Y"}, {"kind", "household"}}}});
    EXPECT_EQ(r.status, 403);
}

PETINFO_INSTANTIATE_FOR_ENGINES(Auth);
