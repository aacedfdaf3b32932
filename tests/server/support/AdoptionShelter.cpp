// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/AdoptionShelter.h"

#include "publicforms/FormBody.h"

#include <gtest/gtest.h>

#include <regex>

namespace petinfo::test {

using nlohmann::json;
using server::publicforms::urlEncode;
using sync::EntityType;

AdoptionShelter::AdoptionShelter(const ServerProcess& server, const std::string& name)
    : m_server(server)
{
    admin = signUp(server, name, "shelter");
    desk = std::make_unique<SyncDevice>(server, admin);
    slug = server.get("/api/v1/organisation", admin.token).json().value("publicSlug", "");
    publicPng = samplePng();
    privatePng = samplePng() + "private trailer " + uuid();
    for (const std::string* png : {&publicPng, &privatePng}) {
        const auto put =
            server.request(HttpRequest{"PUT", "/api/v1/blobs/" + sha256Hex(*png), *png, "image/png", admin.token, {}});
        EXPECT_LT(put.status, 300) << put.body;
    }
    toby = uuid();
    mia = uuid();
    luna = uuid();
    publicPhoto = uuid();
    privatePhoto = uuid();
    const std::string owner = uuid();
    desk->push({
        desk->change(EntityType::Attachment, publicPhoto,
                     {{"petId", toby}, {"kind", "photo"}, {"mimeType", "image/png"}, {"sha256", sha256Hex(publicPng)}}),
        desk->change(
            EntityType::Attachment, privatePhoto,
            {{"petId", toby}, {"kind", "photo"}, {"mimeType", "image/png"}, {"sha256", sha256Hex(privatePng)}}),
        desk->change(EntityType::Pet, toby,
                     {{"name", "Toby"},
                      {"species", "dog"},
                      {"sex", "male"},
                      {"birthDate", "2022-03-01"},
                      {"microchip", "982000123456789"},
                      {"notes", "bit the vet once"},
                      {"allergies", "chicken"}}),
        desk->change(EntityType::AdoptionProfile, toby,
                     {{"status", "adoptable"},
                      {"description", "Calm and gentle.\nLoves long walks."},
                      {"size", "medium"},
                      {"energy", "low"},
                      {"goodWithCats", "yes"},
                      {"goodWithChildren", "no"},
                      {"feeMinor", 1500000},
                      {"feeCurrency", "ARS"},
                      {"photoIds", {publicPhoto}}}),
        desk->change(
            EntityType::Person, owner,
            {{"name", "Gertrudis Previous"}, {"phones", {"+5491155550000"}}, {"email", "gertrudis@example.org"}}),
        desk->change(EntityType::PetContact, toby + "/" + owner,
                     {{"petId", toby}, {"personId", owner}, {"role", "owner"}, {"primary", true}}),
        desk->change(EntityType::HealthRecord, uuid(),
                     {{"petId", toby}, {"kind", "vaccine"}, {"date", "2026-01-01"}, {"product", "Rabivac Secret"}}),
        desk->change(EntityType::Pet, mia, {{"name", "Mia"}, {"species", "cat"}}),
        desk->change(EntityType::AdoptionProfile, mia, {{"status", "in_care"}}),
        desk->change(EntityType::Pet, luna, {{"name", "Luna"}, {"species", "dog"}}),
        desk->change(EntityType::AdoptionProfile, luna, {{"status", "reserved"}}),
    });
    secrets = {
        "982000123456789", "bit the vet",         "chicken",    "Gertrudis", "5491155550000", "gertrudis@example.org",
        "Rabivac",         sha256Hex(privatePng), privatePhoto, "Mia",       "Luna"};
}

std::string AdoptionShelter::addAdoptable(const std::string& name, const json& profile)
{
    const std::string id = uuid();
    json fields{{"status", "adoptable"}};
    fields.update(profile);
    desk->push({desk->change(EntityType::Pet, id, {{"name", name}, {"species", "cat"}, {"sex", "female"}}),
                desk->change(EntityType::AdoptionProfile, id, fields)});
    return id;
}

std::vector<sync::SyncRow> AdoptionShelter::applications()
{
    std::vector<sync::SyncRow> out;
    for (const sync::SyncRow& row : desk->pullAll().rows) {
        if (row.type == EntityType::AdoptionApplication && !row.isDeleted()) {
            out.push_back(row);
        }
    }
    return out;
}

HttpResponse getPage(const ServerProcess& server, const std::string& path, const std::string& acceptLanguage)
{
    HttpRequest r;
    r.path = path;
    if (!acceptLanguage.empty()) {
        r.headers.emplace_back("Accept-Language", acceptLanguage);
    }
    return server.request(r);
}

HttpResponse postForm(const ServerProcess& server, const std::string& path, const std::string& body,
                      const std::string& contentType, const std::vector<std::pair<std::string, std::string>>& headers)
{
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.contentType = contentType;
    r.headers = headers;
    return server.request(r);
}

std::string formTokenOf(const std::string& html)
{
    static const std::regex input(R"re(name="form_token" value="([^"]+)")re");
    std::smatch m;
    if (!std::regex_search(html, m, input)) {
        ADD_FAILURE() << "no form token on the page: " << html.substr(0, 300);
        return {};
    }
    return m[1];
}

std::string applicationBody(const std::string& token, const std::string& name, const std::string& extra)
{
    return "form_token=" + urlEncode(token) + "&lang=es&website=&applicantName=" + urlEncode(name) +
           "&phone=" + urlEncode("011 15-4444-3333") +
           "&email=lucia%40example.org&address=" + urlEncode("Av. Corrientes 1234, CABA") +
           "&adults=2&children=2&childrenAges=4%2C+9&homeType=apartment&yard=no&landlordPermitsPets=yes"
           "&otherPets=" +
           urlEncode("Una gata de 5 años") +
           "&experience=" + urlEncode("Siempre tuve perros.\r\nPaseo todos los días.") +
           "&message=" + urlEncode("¡Me encantaría conocerlo!") + "&consent=yes&signatureName=" + urlEncode(name) +
           extra;
}

} // namespace petinfo::test
