// SPDX-License-Identifier: GPL-3.0-or-later
// The adoption workflow on the server: the kiosk's narrow access, what volunteers see of an
// application, who decides, what approval and completion do, and organisation isolation.
#include "support/OpenApi.h"
#include "support/ServerTest.h"
#include "support/SyncDevice.h"

#include <algorithm>
#include <set>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;
using sync::MutationStatus;

namespace {

const char* const kConsent = "I confirm that what I wrote is true and agree to a home visit.";

/** The fields of an application as a kiosk or the desktop sends it. */
json applicationFields(const std::string& petId, const std::string& name = "Lucía Fernández")
{
    return json{{"petIds", {petId}},
                {"applicantName", name},
                {"phone", "+5491123456789"},
                {"email", "lucia@example.org"},
                {"address", "Av. Corrientes 1234"},
                {"adults", 2},
                {"children", 1},
                {"childrenAges", "7"},
                {"homeType", "apartment"},
                {"yard", "no"},
                {"landlordPermitsPets", "yes"},
                {"consentText", kConsent},
                {"consentAccepted", true},
                {"signatureStrokes", "600x200:10,150 40,60 80,150"},
                {"channel", "kiosk"},
                {"status", "new"},
                {"submittedAt", 1765000000000}};
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

/** The live rows of one type in a pull. */
std::vector<sync::SyncRow> rowsOf(const sync::PullResponse& pull, EntityType type)
{
    std::vector<sync::SyncRow> out;
    for (const auto& row : pull.rows) {
        if (row.type == type && !row.isDeleted()) {
            out.push_back(row);
        }
    }
    return out;
}

std::optional<sync::SyncRow> rowOf(const sync::PullResponse& pull, EntityType type, const std::string& id)
{
    for (const auto& row : pull.rows) {
        if (row.type == type && row.id == id) {
            return row;
        }
    }
    return std::nullopt;
}

std::string field(const sync::SyncRow& row, const char* name)
{
    const json* v = row.value(name);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

} // namespace

class Adoption : public ServerTest
{
protected:
    /** A member of `admin`'s organisation with `role`, signed in on a device of its own. */
    Account member(const Account& admin, const std::string& role)
    {
        const std::string email = uniqueEmail();
        const auto invite = server->post("/api/v1/invitations", {{"email", email}, {"role", role}}, admin.token);
        EXPECT_EQ(invite.status, 201) << invite.body;
        const auto accepted =
            server->post("/api/v1/invitations/accept",
                         {{"token", invite.json()["token"]}, {"name", role}, {"password", "a password 1"}});
        EXPECT_EQ(accepted.status, 201) << accepted.body;
        return signIn(*server, email, "a password 1", role + "-device-" + uuid());
    }

    /** A kiosk device of the organisation: its token and client id. */
    Account kiosk(const Account& admin)
    {
        const auto created = server->post("/api/v1/kiosk-devices", {{"name", "Adoption day"}}, admin.token);
        EXPECT_EQ(created.status, 201) << created.body;
        Account k;
        k.token = created.json()["token"];
        k.clientId = created.json()["clientId"];
        k.orgId = admin.orgId;
        return k;
    }

    HttpResponse putBlob(const std::string& bytes, const std::string& token)
    {
        return server->request(HttpRequest{"PUT", "/api/v1/blobs/" + sha256Hex(bytes), bytes, "image/png", token, {}});
    }
};

TEST_P(Adoption, KioskReadsAdoptableAnimalsPublicFieldsAndNothingElse)
{
    const Account admin = signUp(*server, "Refugio Patitas", "shelter");
    SyncDevice desk(*server, admin);
    const std::string publicPng = samplePng();
    const std::string privatePng = samplePng() + "private trailer";
    ASSERT_EQ(putBlob(publicPng, admin.token).status, 201);
    ASSERT_LT(putBlob(privatePng, admin.token).status, 300);
    const std::string toby = uuid();
    const std::string mia = uuid();
    const std::string owner = uuid();
    const std::string shown = uuid();
    const std::string hidden = uuid();
    desk.push({
        desk.change(EntityType::Attachment, shown,
                    {{"petId", toby}, {"kind", "photo"}, {"mimeType", "image/png"}, {"sha256", sha256Hex(publicPng)}}),
        desk.change(EntityType::Attachment, hidden,
                    {{"petId", toby}, {"kind", "photo"}, {"mimeType", "image/png"}, {"sha256", sha256Hex(privatePng)}}),
        desk.change(EntityType::Pet, toby,
                    {{"name", "Toby"},
                     {"species", "dog"},
                     {"sex", "male"},
                     {"birthDate", "2022-03-01"},
                     {"microchip", "982000123456789"},
                     {"notes", "bit the vet once"},
                     {"allergies", "chicken"}}),
        desk.change(EntityType::AdoptionProfile, toby,
                    {{"status", "adoptable"},
                     {"description", "Calm and gentle"},
                     {"size", "medium"},
                     {"goodWithCats", "yes"},
                     {"feeMinor", 1500000},
                     {"feeCurrency", "ARS"},
                     {"photoIds", {shown}}}),
        desk.change(EntityType::Person, owner, {{"name", "Previous Owner"}, {"phones", {"+5491155550000"}}}),
        desk.change(EntityType::PetContact, toby + "/" + owner, {{"role", "owner"}, {"primary", true}}),
        desk.change(EntityType::HealthRecord, uuid(),
                    {{"petId", toby}, {"kind", "vaccine"}, {"date", "2026-01-01"}, {"product", "Rabies"}}),
        desk.change(EntityType::Pet, mia, {{"name", "Mia"}, {"species", "cat"}}),
        desk.change(EntityType::AdoptionProfile, mia, {{"status", "in_care"}}),
    });
    const Account k = kiosk(admin);

    const auto gallery = server->get("/api/v1/adoption/animals", k.token);
    ASSERT_EQ(gallery.status, 200) << gallery.body;
    ASSERT_EQ(gallery.json()["items"].size(), 1u);
    const json animal = gallery.json()["items"][0];
    std::set<std::string> keys;
    for (const auto& [key, value] : animal.items()) {
        keys.insert(key);
    }
    EXPECT_EQ(keys, (std::set<std::string>{"id", "name", "species", "sex", "birthDate", "birthDateEstimated",
                                           "description", "size", "energy", "goodWithDogs", "goodWithCats",
                                           "goodWithChildren", "feeMinor", "feeCurrency", "photos", "version"}));
    EXPECT_EQ(animal["name"], "Toby");
    EXPECT_EQ(animal["feeMinor"], 1500000);
    ASSERT_EQ(animal["photos"].size(), 1u);
    EXPECT_EQ(animal["photos"][0]["sha256"], sha256Hex(publicPng));
    EXPECT_EQ(gallery.body.find("982000123456789"), std::string::npos);
    EXPECT_EQ(gallery.body.find("bit the vet"), std::string::npos);

    EXPECT_EQ(server->get("/api/v1/adoption/animals/" + toby, k.token).status, 200);
    EXPECT_EQ(server->get("/api/v1/adoption/animals/" + mia, k.token).status, 404);
    EXPECT_EQ(server->get("/api/v1/blobs/" + sha256Hex(publicPng), k.token).status, 200);
    EXPECT_EQ(server->get("/api/v1/blobs/" + sha256Hex(privatePng), k.token).status, 404);
    EXPECT_EQ(server->get("/api/v1/blobs/" + sha256Hex(privatePng), admin.token).status, 200);

    // Every other operation: refused or not found.
    const std::set<std::pair<std::string, std::string>> allowed{
        {"GET", "/api/v1/adoption/animals"},
        {"GET", "/api/v1/adoption/animals/{petId}"},
        {"GET", "/api/v1/blobs/{sha256}"},
        {"HEAD", "/api/v1/blobs/{sha256}"},
        {"POST", "/api/v1/sync/push"},
        // The kiosk's own session: who it is, its organisation's name, its device, signing out.
        {"GET", "/api/v1/auth/me"},
        {"GET", "/api/v1/auth/devices"},
        {"DELETE", "/api/v1/auth/devices/{deviceId}"},
        {"POST", "/api/v1/auth/signout"},
        {"GET", "/api/v1/organisation"},
    };
    int checked = 0;
    for (const auto& op : OpenApi::load().operations()) {
        if (!op.secured || allowed.contains({op.method, op.path})) {
            continue;
        }
        std::string path = replaceAll(op.path, "{petId}", toby);
        path = replaceAll(path, "{userId}", admin.userId);
        path = replaceAll(path, "{invitationId}", uuid());
        path = replaceAll(path, "{sha256}", sha256Hex(privatePng));
        const HttpResponse answer =
            server->request(HttpRequest{op.method, path, "{}", "application/json", k.token, {}});
        EXPECT_TRUE(answer.status == 403 || answer.status == 404)
            << op.method << " " << op.path << " answered " << answer.status << " " << answer.body;
        ++checked;
    }
    EXPECT_GT(checked, 20);
    EXPECT_EQ(
        server->post("/api/v1/sync/pull", {{"schemaVersion", sync::kSchemaVersion}, {"cursor", 0}}, k.token).status,
        403);
}

TEST_P(Adoption, KioskCreatesApplicationsOnlyAndTheServerSaysWhereFrom)
{
    const Account admin = signUp(*server, "Refugio Kiosko", "shelter");
    SyncDevice desk(*server, admin);
    const std::string toby = uuid();
    desk.push({desk.change(EntityType::Pet, toby, {{"name", "Toby"}}),
               desk.change(EntityType::AdoptionProfile, toby, {{"status", "adoptable"}})});
    SyncDevice kioskDevice(*server, kiosk(admin));

    const std::string application = uuid();
    json fields = applicationFields(toby);
    // What a tampered kiosk might claim: the server decides these.
    fields["status"] = "approved";
    fields["staffNotes"] = "VIP";
    fields["submittedFrom"] = "203.0.113.99";
    fields["deviceId"] = "someone-else";
    fields["channel"] = "web";
    auto result = kioskDevice.push({kioskDevice.change(EntityType::AdoptionApplication, application, fields)});
    ASSERT_EQ(result.results.size(), 1u);
    ASSERT_EQ(result.results[0].status, MutationStatus::Applied) << result.results[0].error->message;

    result = kioskDevice.push({
        kioskDevice.change(EntityType::AdoptionApplication, application, {{"applicantName", "Changed"}}),
        kioskDevice.change(EntityType::Pet, toby, {{"name", "Renamed"}}),
        kioskDevice.change(EntityType::AdoptionProfile, toby, {{"status", "reserved"}}),
        kioskDevice.change(EntityType::Note, uuid(), {{"petId", toby}, {"text", "hello"}}),
        kioskDevice.change(EntityType::AdoptionApplication, uuid(), {{"deleted", true}}),
    });
    ASSERT_EQ(result.results.size(), 5u);
    for (const auto& r : result.results) {
        EXPECT_EQ(r.status, MutationStatus::Rejected);
        ASSERT_TRUE(r.error.has_value());
        EXPECT_EQ(r.error->code, "forbidden");
    }

    const auto pull = desk.pullAll();
    const auto stored = rowOf(pull, EntityType::AdoptionApplication, application);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(field(*stored, "applicantName"), "Lucía Fernández");
    EXPECT_EQ(field(*stored, "status"), "new");
    EXPECT_EQ(field(*stored, "staffNotes"), "");
    EXPECT_EQ(field(*stored, "channel"), "kiosk");
    EXPECT_EQ(field(*stored, "deviceId"), kioskDevice.account().clientId);
    EXPECT_EQ(field(*stored, "submittedFrom"), "127.0.0.1");
    EXPECT_EQ(field(*rowOf(pull, EntityType::Pet, toby), "name"), "Toby");

    // An invalid application is refused with the field that is wrong.
    json unsigned_ = applicationFields(toby);
    unsigned_["signatureStrokes"] = "";
    result = kioskDevice.push({kioskDevice.change(EntityType::AdoptionApplication, uuid(), unsigned_)});
    ASSERT_EQ(result.results[0].status, MutationStatus::Rejected);
    EXPECT_EQ(result.results[0].error->code, "validation_failed");
    EXPECT_EQ(result.results[0].error->field, "signature");
}

TEST_P(Adoption, VolunteersSeeApplicationsWithoutContactsAndOnlyAdminsAndStaffDecide)
{
    const Account admin = signUp(*server, "Refugio Decide", "shelter");
    SyncDevice desk(*server, admin);
    const std::string toby = uuid();
    const std::string application = uuid();
    json fields = applicationFields(toby);
    fields["channel"] = "staff";
    desk.push({desk.change(EntityType::Pet, toby, {{"name", "Toby"}}),
               desk.change(EntityType::AdoptionApplication, application, fields)});

    SyncDevice volunteer(*server, member(admin, "volunteer"));
    const auto seen = rowOf(volunteer.pullAll(), EntityType::AdoptionApplication, application);
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(field(*seen, "applicantName"), "Lucía Fernández");
    for (const char* contact : {"phone", "email", "address", "submittedFrom"}) {
        EXPECT_EQ(seen->value(contact), nullptr) << contact;
    }
    const auto pushed =
        volunteer.push({volunteer.change(EntityType::AdoptionApplication, application, {{"status", "contacted"}})});
    EXPECT_EQ(pushed.results[0].status, MutationStatus::Rejected);

    SyncDevice vet(*server, member(admin, "vet"));
    auto result = vet.push({
        vet.change(EntityType::AdoptionApplication, application, {{"status", "contacted"}}),
        vet.change(EntityType::AdoptionApplication, application, {{"staffNotes", "called"}}),
        vet.change(EntityType::StatusChange, uuid(),
                   {{"subject", "application"},
                    {"subjectId", application},
                    {"fromStatus", "new"},
                    {"toStatus", "contacted"},
                    {"date", "2026-01-01"}}),
        // A vet may still type in an application taken by phone, as new.
        vet.change(EntityType::AdoptionApplication, uuid(), applicationFields(toby, "Phone Caller")),
        vet.change(EntityType::AdoptionApplication, application, {{"submittedFrom", "10.0.0.1"}}),
    });
    ASSERT_EQ(result.results.size(), 5u);
    EXPECT_EQ(result.results[0].status, MutationStatus::Rejected);
    EXPECT_EQ(result.results[0].error->field, "status");
    EXPECT_EQ(result.results[1].status, MutationStatus::Rejected);
    EXPECT_EQ(result.results[2].status, MutationStatus::Rejected);
    EXPECT_EQ(result.results[3].status, MutationStatus::Applied);
    EXPECT_EQ(result.results[4].status, MutationStatus::Rejected);
    EXPECT_EQ(result.results[4].error->field, "submittedFrom");

    SyncDevice staff(*server, member(admin, "staff"));
    result = staff.push({
        staff.change(EntityType::AdoptionApplication, application, {{"status", "contacted"}, {"staffNotes", "called"}}),
        staff.change(EntityType::StatusChange, uuid(),
                     {{"subject", "application"},
                      {"subjectId", application},
                      {"fromStatus", "new"},
                      {"toStatus", "contacted"},
                      {"date", "2026-01-01"},
                      {"note", "called"}}),
        // The path is checked: a new application cannot jump to approved.
        staff.change(EntityType::StatusChange, uuid(),
                     {{"subject", "application"},
                      {"subjectId", application},
                      {"fromStatus", "new"},
                      {"toStatus", "approved"},
                      {"date", "2026-01-01"}}),
    });
    EXPECT_EQ(result.results[0].status, MutationStatus::Applied);
    EXPECT_EQ(result.results[1].status, MutationStatus::Applied);
    EXPECT_EQ(result.results[2].status, MutationStatus::Rejected);
    EXPECT_EQ(result.results[2].error->field, "toStatus");
}

TEST_P(Adoption, ApprovingReservesAndCompletingMakesTheAdopterTheOwner)
{
    const Account admin = signUp(*server, "Refugio Hogar", "shelter");
    SyncDevice desk(*server, admin);
    const std::string toby = uuid();
    const std::string previous = uuid();
    const std::string application = uuid();
    json fields = applicationFields(toby);
    fields["channel"] = "staff";
    desk.push({desk.change(EntityType::Pet, toby, {{"name", "Toby"}, {"status", "adoptable"}}),
               desk.change(EntityType::AdoptionProfile, toby, {{"status", "adoptable"}}),
               desk.change(EntityType::Person, previous, {{"name", "Surrendered by"}}),
               desk.change(EntityType::PetContact, toby + "/" + previous, {{"role", "owner"}, {"primary", true}}),
               desk.change(EntityType::AdoptionApplication, application, fields)});

    desk.push({desk.change(EntityType::AdoptionApplication, application, {{"status", "approved"}})});
    auto pull = desk.pullAll();
    EXPECT_EQ(field(*rowOf(pull, EntityType::AdoptionProfile, toby), "status"), "reserved");
    auto history = rowsOf(pull, EntityType::StatusChange);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(field(history[0], "fromStatus"), "adoptable");
    EXPECT_EQ(field(history[0], "toStatus"), "reserved");
    EXPECT_EQ(field(history[0], "subjectId"), toby);
    // The gallery no longer offers it.
    EXPECT_TRUE(server->get("/api/v1/adoption/animals", admin.token).json()["items"].empty());

    desk.push({desk.change(EntityType::AdoptionApplication, application, {{"completedAt", 1765000000000}})});
    pull = desk.pullAll();
    const auto done = rowOf(pull, EntityType::AdoptionApplication, application);
    const std::string personId = field(*done, "personId");
    ASSERT_FALSE(personId.empty());
    const auto person = rowOf(pull, EntityType::Person, personId);
    ASSERT_TRUE(person.has_value());
    EXPECT_EQ(field(*person, "name"), "Lucía Fernández");
    EXPECT_EQ(*person->value("phones"), json::array({"+5491123456789"}));
    const auto link = rowOf(pull, EntityType::PetContact, toby + "/" + personId);
    ASSERT_TRUE(link.has_value());
    EXPECT_EQ(field(*link, "role"), "owner");
    EXPECT_EQ(*link->value("primary"), true);
    EXPECT_EQ(*rowOf(pull, EntityType::PetContact, toby + "/" + previous)->value("primary"), false);
    EXPECT_EQ(field(*rowOf(pull, EntityType::AdoptionProfile, toby), "status"), "adopted");
    EXPECT_EQ(field(*rowOf(pull, EntityType::Pet, toby), "status"), "adopted");
    history = rowsOf(pull, EntityType::StatusChange);
    ASSERT_EQ(history.size(), 2u);

    // Completing again (a retried edit) makes no second person.
    desk.push({desk.change(EntityType::AdoptionApplication, application, {{"completedAt", 1765000000001}})});
    EXPECT_EQ(rowsOf(desk.pullAll(), EntityType::Person).size(), 2u);
}

TEST_P(Adoption, ApplicationsOfOneOrganisationNeverReachAnother)
{
    const Account a = signUp(*server, "Refugio A", "shelter");
    const Account b = signUp(*server, "Refugio B", "shelter");
    SyncDevice deskA(*server, a);
    SyncDevice deskB(*server, b);
    const std::string toby = uuid();
    const std::string application = uuid();
    deskA.push({deskA.change(EntityType::Pet, toby, {{"name", "Toby"}}),
                deskA.change(EntityType::AdoptionProfile, toby, {{"status", "adoptable"}}),
                deskA.change(EntityType::AdoptionApplication, application, applicationFields(toby))});
    SyncDevice kioskA(*server, kiosk(a));
    kioskA.push({kioskA.change(EntityType::AdoptionApplication, uuid(), applicationFields(toby, "Kiosk Visitor"))});

    for (const auto& row : deskB.pullAll().rows) {
        EXPECT_NE(row.type, EntityType::AdoptionApplication);
        EXPECT_NE(row.id, toby);
    }
    const Account kB = kiosk(b);
    EXPECT_TRUE(server->get("/api/v1/adoption/animals", kB.token).json()["items"].empty());
    EXPECT_EQ(server->get("/api/v1/adoption/animals/" + toby, kB.token).status, 404);
    EXPECT_EQ(server->get("/api/v1/adoption/animals/" + toby, b.token).status, 404);
    // B writing the same ids changes only B's rows.
    deskB.push({deskB.change(EntityType::AdoptionApplication, application, applicationFields(toby, "Intruder"))});
    const auto inA = rowOf(deskA.pullAll(), EntityType::AdoptionApplication, application);
    ASSERT_TRUE(inA.has_value());
    EXPECT_EQ(field(*inA, "applicantName"), "Lucía Fernández");
    EXPECT_EQ(rowsOf(deskA.pullAll(), EntityType::AdoptionApplication).size(), 2u);
}

PETINFO_INSTANTIATE_FOR_ENGINES(Adoption);
