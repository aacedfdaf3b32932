// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only REST views of the synced records, and tag issuing. Writes go through sync push.
#include "app/ServerContext.h"
#include "http/HttpError.h"
#include "petinfo/common/Random.h"
#include "records/SyncService.h"

#include <Poco/URI.h>

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

json itemJson(const SyncRow& row)
{
    json out = sync::entityJson(row);
    out["version"] = row.version;
    return out;
}

/** The caller's live pet, or 404 (also for another organisation's id: no hint that it exists). */
SyncRow requirePet(SyncService& sync, const Request& r)
{
    const std::string& id = r.param("petId");
    if (!isUuid(id)) {
        throw ApiError::notFound("no such pet");
    }
    auto pet = sync.get(r.principal().orgId, EntityType::Pet, id);
    if (!pet) {
        throw ApiError::notFound("no such pet");
    }
    return *pet;
}

std::string tagUrl(const ServerContext& ctx, const Request& r, const std::string& tagId)
{
    // Tag ids are URL-safe by construction; the encoding makes sure of it whatever is stored.
    std::string segment;
    Poco::URI::encode(tagId, "/?#[]@!$&'()*+,;=:%", segment);
    return ctx.publicBaseUrl(r) + "/t/" + segment;
}

void addChildRoute(Router& router, SyncService& sync, const char* suffix, EntityType type, RoleSet who)
{
    router.add({"GET", std::string("/api/v1/pets/{petId}/") + suffix, who, [&sync, type](Request& r) {
                    const SyncRow pet = requirePet(sync, r);
                    json items = json::array();
                    for (const SyncRow& row : sync.ofPet(r.principal().orgId, pet.id, type)) {
                        items.push_back(itemJson(row));
                    }
                    return Response::json(200, json{{"items", std::move(items)}});
                }});
}

} // namespace

void registerRecordRoutes(Router& router, ServerContext& ctx)
{
    SyncService& sync = ctx.sync();

    // Whole pet records are for people; a kiosk reads the adoption gallery (AdoptionRoutes.cpp),
    // which holds adoptable animals' public fields only.
    router.add({"GET", "/api/v1/pets", roles::kPeople, [&sync](Request& r) {
                    const int limit = static_cast<int>(r.queryInt("limit", 50, 1, 200));
                    const std::string after = r.query("after").value_or("");
                    json items = json::array();
                    const SyncService::Page page = sync.list(r.principal().orgId, EntityType::Pet, limit, after);
                    for (const SyncRow& pet : page.rows) {
                        items.push_back(itemJson(pet));
                    }
                    const std::string& next = page.next;
                    return Response::json(
                        200, json{{"items", std::move(items)}, {"next", next.empty() ? json(nullptr) : json(next)}});
                }});

    router.add({"GET", "/api/v1/pets/{petId}", roles::kPeople, [&sync](Request& r) {
                    return Response::json(200, itemJson(requirePet(sync, r)));
                }});

    addChildRoute(router, sync, "health-records", EntityType::HealthRecord, roles::kPeople);
    addChildRoute(router, sync, "weights", EntityType::Weight, roles::kPeople);
    addChildRoute(router, sync, "notes", EntityType::Note, roles::kPeople);
    addChildRoute(router, sync, "attachments", EntityType::Attachment, roles::kPeople);

    router.add({"GET", "/api/v1/pets/{petId}/contacts", roles::kTeam, [&sync](Request& r) {
                    const SyncRow pet = requirePet(sync, r);
                    json items = json::array();
                    for (const SyncRow& link : sync.ofPet(r.principal().orgId, pet.id, EntityType::PetContact)) {
                        const json contact = sync::entityJson(link);
                        auto person = sync.get(r.principal().orgId, EntityType::Person, contact.value("personId", ""));
                        if (!person) {
                            continue;
                        }
                        items.push_back(json{{"role", contact.value("role", "owner")},
                                             {"primary", contact.value("primary", false)},
                                             {"person", itemJson(*person)}});
                    }
                    return Response::json(200, json{{"items", std::move(items)}});
                }});

    router.add({"POST", "/api/v1/tags", roles::kTeam, [&sync, &ctx](Request& r) {
                    const int count = static_cast<int>(requireInt(r.jsonBody(), "count", 1, 100));
                    json items = json::array();
                    for (const std::string& id : sync.createTags(r.principal(), count)) {
                        items.push_back(json{{"tagId", id}, {"url", tagUrl(ctx, r, id)}});
                    }
                    return Response::json(201, json{{"items", std::move(items)}});
                }});

    router.add({"GET", "/api/v1/tags", roles::kTeam, [&sync, &ctx](Request& r) {
                    json items = json::array();
                    for (const auto& [tagId, petId] : sync.listTags(r.principal().orgId)) {
                        items.push_back(json{{"tagId", tagId},
                                             {"petId", petId.empty() ? json(nullptr) : json(petId)},
                                             {"url", tagUrl(ctx, r, tagId)}});
                    }
                    return Response::json(200, json{{"items", std::move(items)}});
                }});
}

} // namespace petinfo::server
