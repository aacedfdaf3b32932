// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Victim.h"

#include "support/SyncDevice.h"

#include <stdexcept>

namespace petinfo::test {

using nlohmann::json;
using sync::EntityType;

Victim Victim::create(const ServerProcess& server)
{
    Victim v;
    const std::string mark = uuid().substr(0, 8);
    v.admin = signUp(server, "Victim Clinic " + mark);
    SyncDevice device(server, v.admin);
    v.petId = uuid();
    v.personId = uuid();
    v.recordId = uuid();
    const std::string png = samplePng() + "victim-" + mark;
    v.sha256 = sha256Hex(png);
    HttpRequest upload{"PUT", "/api/v1/blobs/" + v.sha256, png, "image/png", v.admin.token, {}};
    if (server.request(upload).status != 201) {
        throw std::runtime_error("victim upload failed");
    }
    v.tagId = server.post("/api/v1/tags", {{"count", 1}}, v.admin.token).json()["items"][0]["tagId"];
    const std::string attachment = uuid();
    const auto pushed = device.push({
        device.change(EntityType::Pet, v.petId,
                      {{"name", "VictimPet" + mark},
                       {"tagId", v.tagId},
                       {"photoId", attachment},
                       {"microchip", "982000123456789"},
                       {"status", "owned"}}),
        device.change(EntityType::Person, v.personId,
                      {{"name", "VictimOwner" + mark},
                       {"phones", {"+5491155550000"}},
                       {"email", "owner-" + mark + "@victim.example"}}),
        device.change(EntityType::PetContact, v.petId + "/" + v.personId, {{"role", "owner"}, {"primary", true}}),
        device.change(
            EntityType::HealthRecord, v.recordId,
            {{"petId", v.petId}, {"kind", "vaccine"}, {"date", "2025-02-03"}, {"product", "VictimVaccine" + mark}}),
        device.change(EntityType::Weight, uuid(), {{"petId", v.petId}, {"date", "2025-02-03"}, {"kg", 31.5}}),
        device.change(EntityType::Note, uuid(), {{"petId", v.petId}, {"text", "VictimNote" + mark}}),
        // Up for adoption, with its photo public: the gallery of another organisation must not show it.
        device.change(EntityType::AdoptionProfile, v.petId,
                      {{"status", "adoptable"}, {"description", "VictimProfile" + mark}, {"photoIds", {attachment}}}),
        device.change(EntityType::Attachment, attachment,
                      {{"petId", v.petId},
                       {"kind", "photo"},
                       {"mimeType", "image/png"},
                       {"sha256", v.sha256},
                       {"size", png.size()}}),
    });
    for (const auto& r : pushed.results) {
        if (r.status != sync::MutationStatus::Applied) {
            throw std::runtime_error("victim push failed: " + (r.error ? r.error->message : std::string()));
        }
    }
    const std::string memberEmail = "member-" + mark + "@victim.example";
    const json invite =
        server.post("/api/v1/invitations", {{"email", memberEmail}, {"role", "vet"}}, v.admin.token).json();
    server.post("/api/v1/invitations/accept",
                {{"token", invite["token"]}, {"name", "VictimVet" + mark}, {"password", "victim vet password"}});
    v.member = signIn(server, memberEmail, "victim vet password", "victim-vet-device");
    v.invitationId = server
                         .post("/api/v1/invitations",
                               {{"email", "pending-" + mark + "@victim.example"}, {"role", "staff"}}, v.admin.token)
                         .json()["id"];
    v.deviceId = server.get("/api/v1/auth/me", v.member.token).json()["deviceId"];
    v.secrets = {v.petId,
                 v.personId,
                 v.recordId,
                 v.tagId,
                 v.sha256,
                 v.invitationId,
                 v.deviceId,
                 v.admin.orgId,
                 v.admin.userId,
                 v.member.userId,
                 v.admin.email,
                 memberEmail,
                 "VictimPet" + mark,
                 "VictimOwner" + mark,
                 "+5491155550000",
                 "VictimVaccine" + mark,
                 "VictimNote" + mark,
                 "VictimProfile" + mark,
                 "Victim Clinic " + mark,
                 "VictimVet" + mark,
                 "982000123456789"};
    return v;
}

std::string Victim::snapshot(const ServerProcess& server) const
{
    json all;
    all["rows"] = server.post("/api/v1/sync/pull", {{"schemaVersion", 2}, {"cursor", 0}, {"limit", 1000}}, admin.token)
                      .json()["rows"];
    all["users"] = server.get("/api/v1/users", admin.token).json();
    all["tags"] = server.get("/api/v1/tags", admin.token).json()["items"];
    all["invitations"] = server.get("/api/v1/invitations", admin.token).json();
    all["organisation"] = server.get("/api/v1/organisation", admin.token).json();
    all["reminderSettings"] = server.get("/api/v1/reminder-settings", admin.token).json();
    all["blob"] = sha256Hex(server.get("/api/v1/blobs/" + sha256, admin.token).body);
    all["devices"] = server.get("/api/v1/auth/devices", admin.token).json();
    for (auto& d : all["devices"]["items"]) {
        d.erase("lastSeenAt");
    }
    return all.dump();
}

} // namespace petinfo::test
