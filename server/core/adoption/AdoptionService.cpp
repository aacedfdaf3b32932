// SPDX-License-Identifier: GPL-3.0-or-later
#include "adoption/AdoptionService.h"

#include "db/Database.h"
#include "petinfo/common/Adoption.h"
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Clock.h"
#include "petinfo/common/Random.h"
#include "records/SyncService.h"
#include "records/SyncWriter.h"

#include <algorithm>

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

constexpr std::string_view kAuthor = "Pet Info server";

std::string text(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::int64_t integer(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_number_integer() ? v->get<std::int64_t>() : 0;
}

std::vector<std::string> petIdsOf(const SyncRow& application)
{
    std::vector<std::string> ids;
    const json* v = application.value("petIds");
    if (v && v->is_array()) {
        for (const json& id : *v) {
            if (id.is_string() && isUuid(id.get_ref<const std::string&>())) {
                ids.push_back(id.get<std::string>());
            }
        }
    }
    return ids;
}

Date today(const Clock& clock)
{
    return Date::fromDays(clock.nowMs() / 86400000);
}

/** Moves an animal's profile from `from` to `to` with a history row, when it is at `from`. */
bool moveAnimal(SyncWriter& writer, const Clock& clock, const std::string& petId, AdoptionStatus from,
                AdoptionStatus to, const std::string& note)
{
    const auto profile = writer.load(EntityType::AdoptionProfile, petId);
    if (!profile || text(*profile, "status") != enumName(from)) {
        return false;
    }
    const Date day = today(clock);
    writer.set(EntityType::AdoptionProfile, petId,
               json{{"status", enumName(to)}, {"statusDate", day.toIso()}, {"updatedAt", clock.nowMs()}});
    StatusChange change{newUuid(), StatusSubject::Animal, petId, std::string(enumName(from)), std::string(enumName(to)),
                        day,       clock.nowMs(),         note,  std::string(kAuthor)};
    json values = toJson(change);
    values.erase("id");
    writer.set(EntityType::StatusChange, change.id, values);
    return true;
}

class AdoptionSession final : public SyncObserver::Session
{
public:
    explicit AdoptionSession(const Clock& clock)
        : m_clock(clock)
    {}

    void merged(SyncWriter& writer, const SyncRow& before, const SyncRow& after) override
    {
        if (after.type != EntityType::AdoptionApplication || after.isDeleted()) {
            return;
        }
        if (text(after, "status") == "approved" && text(before, "status") != "approved") {
            for (const std::string& petId : petIdsOf(after)) {
                moveAnimal(writer, m_clock, petId, AdoptionStatus::Adoptable, AdoptionStatus::Reserved,
                           "Application " + after.id + " approved");
            }
        }
        if (integer(after, "completedAt") != 0 && integer(before, "completedAt") == 0 &&
            text(after, "personId").empty()) {
            complete(writer, after);
        }
    }

private:
    void complete(SyncWriter& writer, const SyncRow& application)
    {
        const std::string personId = newUuid();
        json phones = json::array();
        if (!text(application, "phone").empty()) {
            phones.push_back(text(application, "phone"));
        }
        const std::int64_t now = m_clock.nowMs();
        writer.set(EntityType::Person, personId,
                   json{{"name", text(application, "applicantName")},
                        {"phones", phones},
                        {"email", text(application, "email")},
                        {"address", text(application, "address")},
                        {"language", ""},
                        {"whatsappOptIn", false},
                        {"createdAt", now},
                        {"updatedAt", now}});
        for (const std::string& petId : petIdsOf(application)) {
            if (!moveAnimal(writer, m_clock, petId, AdoptionStatus::Reserved, AdoptionStatus::Adopted,
                            "Adopted through application " + application.id)) {
                continue;
            }
            // The adopter becomes the primary contact; earlier contacts (who surrendered it) stay.
            for (const SyncRow& link : writer.ofPet(petId, EntityType::PetContact)) {
                if (link.value("primary") && *link.value("primary") == true) {
                    writer.set(EntityType::PetContact, link.id, json{{"primary", false}});
                }
            }
            writer.set(EntityType::PetContact, petId + "/" + personId,
                       json{{"petId", petId}, {"personId", personId}, {"role", "owner"}, {"primary", true}});
            writer.set(EntityType::Pet, petId, json{{"status", "adopted"}, {"updatedAt", now}});
        }
        writer.set(EntityType::AdoptionApplication, application.id, json{{"personId", personId}, {"updatedAt", now}});
    }

    const Clock& m_clock;
};

json publicAnimal(const SyncRow& pet, const SyncRow& profile, const json& photos)
{
    const json p = sync::entityJson(profile);
    const json q = sync::entityJson(pet);
    return json{{"id", pet.id},
                {"name", q.value("name", "")},
                {"species", q.value("species", "other")},
                {"sex", q.value("sex", "unknown")},
                {"birthDate", q.value("birthDate", json(nullptr))},
                {"birthDateEstimated", q.value("birthDateEstimated", false)},
                {"description", p.value("description", "")},
                {"size", p.value("size", "unknown")},
                {"energy", p.value("energy", "unknown")},
                {"goodWithDogs", p.value("goodWithDogs", "unknown")},
                {"goodWithCats", p.value("goodWithCats", "unknown")},
                {"goodWithChildren", p.value("goodWithChildren", "unknown")},
                {"feeMinor", p.value("feeMinor", 0)},
                {"feeCurrency", p.value("feeCurrency", "")},
                {"photos", photos},
                {"version", std::max(pet.version, profile.version)}};
}

} // namespace

AdoptionService::AdoptionService(Database& db, SyncService& sync, const Clock& clock)
    : m_db(db)
    , m_sync(sync)
    , m_clock(clock)
{
    m_sync.addObserver(this);
}

AdoptionService::~AdoptionService()
{
    m_sync.removeObserver(this);
}

std::unique_ptr<SyncObserver::Session> AdoptionService::begin(const std::string&)
{
    return std::make_unique<AdoptionSession>(m_clock);
}

std::optional<json> AdoptionService::galleryAnimal(const std::string& orgId, const std::string& petId)
{
    if (!isUuid(petId)) {
        return std::nullopt;
    }
    const auto profile = m_sync.get(orgId, EntityType::AdoptionProfile, petId);
    if (!profile || text(*profile, "status") != "adoptable") {
        return std::nullopt;
    }
    const auto pet = m_sync.get(orgId, EntityType::Pet, petId);
    if (!pet) {
        return std::nullopt;
    }
    json photos = json::array();
    const json* ids = profile->value("photoIds");
    for (const json& id : ids && ids->is_array() ? *ids : json::array()) {
        if (!id.is_string() || !isUuid(id.get_ref<const std::string&>())) {
            continue;
        }
        const auto photo = m_sync.get(orgId, EntityType::Attachment, id.get<std::string>());
        // Only the pet's own photos: a profile cannot publish another animal's files.
        if (!photo || text(*photo, "petId") != petId || text(*photo, "kind") != "photo") {
            continue;
        }
        photos.push_back(
            json{{"id", photo->id}, {"sha256", text(*photo, "sha256")}, {"mimeType", text(*photo, "mimeType")}});
    }
    return publicAnimal(*pet, *profile, photos);
}

json AdoptionService::gallery(const std::string& orgId)
{
    json items = json::array();
    std::string after;
    do {
        const SyncService::Page page = m_sync.list(orgId, EntityType::AdoptionProfile, 500, after);
        for (const SyncRow& profile : page.rows) {
            if (text(profile, "status") == "adoptable") {
                if (auto animal = galleryAnimal(orgId, profile.id)) {
                    items.push_back(std::move(*animal));
                }
            }
        }
        after = page.next;
    } while (!after.empty());
    std::sort(items.begin(), items.end(), [](const json& a, const json& b) {
        return std::tie(a["name"].get_ref<const std::string&>(), a["id"].get_ref<const std::string&>()) <
               std::tie(b["name"].get_ref<const std::string&>(), b["id"].get_ref<const std::string&>());
    });
    return items;
}

bool AdoptionService::isPublicPhoto(const std::string& orgId, const std::string& sha256)
{
    SqlRows rows;
    {
        Lease db = m_db.acquire();
        // sha256 is 64 hex digits (checked by the route), so it is safe inside LIKE.
        rows = db->rows("SELECT row_id, pet_id FROM sync_rows WHERE org_id = ? AND entity = 'attachment' AND "
                        "deleted = 0 AND fields LIKE ?",
                        orgId, "%\"" + sha256 + "\"%");
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto animal = galleryAnimal(orgId, rows.text(r, 1));
        if (!animal) {
            continue;
        }
        for (const json& photo : (*animal)["photos"]) {
            if (photo["id"] == rows.text(r, 0) && photo["sha256"] == sha256) {
                return true;
            }
        }
    }
    return false;
}

} // namespace petinfo::server
