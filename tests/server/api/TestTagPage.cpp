// SPDX-License-Identifier: GPL-3.0-or-later
// The public page behind a QR tag, over HTTP and in headless Chromium at a phone's size.
#include "petinfo/common/Random.h"
#include "support/HeadlessChromium.h"
#include "support/ServerTest.h"
#include "support/SyncDevice.h"

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;

namespace fs = std::filesystem;

class TagPages : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (!server) {
            return;
        }
        owner = signUp(*server, "Tag Clinic");
        device = std::make_unique<SyncDevice>(*server, owner);
        tag = server->post("/api/v1/tags", {{"count", 1}}, owner.token).json()["items"][0]["tagId"];
    }

    /** A pet wearing `tag`, with an owner contact and a photo. */
    std::string addPet(const std::string& status)
    {
        const std::string pet = uuid();
        const std::string person = uuid();
        const std::string photo = uuid();
        const std::string png = samplePng();
        HttpRequest upload;
        upload.method = "PUT";
        upload.path = "/api/v1/blobs/" + sha256Hex(png);
        upload.body = png;
        upload.contentType = "image/png";
        upload.token = owner.token;
        EXPECT_EQ(server->request(upload).status, 201);
        const auto result = device->push({
            device->change(EntityType::Attachment, photo,
                           {{"petId", pet},
                            {"kind", "photo"},
                            {"fileName", "luna.png"},
                            {"mimeType", "image/png"},
                            {"sha256", sha256Hex(png)},
                            {"size", png.size()}}),
            device->change(EntityType::Pet, pet,
                           {{"name", "Luna"},
                            {"species", "cat"},
                            {"breed", "Siamese"},
                            {"sex", "female"},
                            {"birthDate", "2022-03-01"},
                            {"status", status},
                            {"tagId", tag},
                            {"photoId", photo},
                            {"microchip", "982000123456789"},
                            {"conditions", "Diabetic, needs insulin"}}),
            device->change(EntityType::Person, person,
                           {{"name", "Ana Pérez"},
                            {"phones", {"+5491123456789"}},
                            {"email", "ana@example.org"},
                            {"address", "Calle Falsa 123"}}),
            device->change(EntityType::PetContact, pet + "/" + person, {{"role", "owner"}, {"primary", true}}),
        });
        for (const auto& r : result.results) {
            EXPECT_EQ(r.status, sync::MutationStatus::Applied) << (r.error ? r.error->message : "");
        }
        return pet;
    }

    Account owner;
    std::unique_ptr<SyncDevice> device;
    std::string tag;
};

TEST_P(TagPages, UnknownTagsAreNotFoundPages)
{
    for (const std::string& id : {newTagId(), std::string("not-a-tag"), std::string("%3Cscript%3E")}) {
        const auto r = server->get("/t/" + id);
        EXPECT_EQ(r.status, 404) << id;
        EXPECT_EQ(r.header("content-type"), "text/html; charset=utf-8");
        EXPECT_NE(r.body.find("Tag not found"), std::string::npos);
    }
}

TEST_P(TagPages, UnclaimedTagSaysHowToClaimIt)
{
    const auto r = server->get("/t/" + tag);
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("not linked to a pet yet"), std::string::npos);
    EXPECT_NE(r.body.find(tag), std::string::npos);
    EXPECT_NE(r.header("content-security-policy").find("default-src 'none'"), std::string::npos);
    EXPECT_EQ(r.header("referrer-policy"), "no-referrer");
}

TEST_P(TagPages, PetAtHomeShowsNoContacts)
{
    addPet("owned");
    const auto r = server->get("/t/" + tag);
    ASSERT_EQ(r.status, 200);
    for (const char* shown : {"Luna", "Cat · Siamese", "Female", "id=\"pet-age\"", "src=\"/t/"}) {
        EXPECT_NE(r.body.find(shown), std::string::npos) << shown;
    }
    for (const char* hidden : {"Ana", "+549", "ana@example.org", "Calle Falsa", "982000123456789", "insulin"}) {
        EXPECT_EQ(r.body.find(hidden), std::string::npos) << hidden;
    }
}

TEST_P(TagPages, LostPetShowsItsFamilyAndPhoto)
{
    addPet("lost");
    const auto r = server->get("/t/" + tag);
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("I am lost"), std::string::npos);
    EXPECT_NE(r.body.find("Ana Pérez"), std::string::npos);
    EXPECT_NE(r.body.find("href=\"tel:+5491123456789\""), std::string::npos);
    EXPECT_EQ(r.body.find("Calle Falsa"), std::string::npos); // never the address
    EXPECT_EQ(r.body.find("982000123456789"), std::string::npos);
    const auto photo = server->get("/t/" + tag + "/photo");
    EXPECT_EQ(photo.status, 200);
    EXPECT_EQ(photo.body, samplePng());
    EXPECT_EQ(photo.header("content-type"), "image/png");
}

TEST_P(TagPages, DeletedPetLeavesAnUnclaimedTag)
{
    const std::string pet = addPet("lost");
    device->push({sync::makeDelete(EntityType::Pet, pet, device->tick())});
    const auto r = server->get("/t/" + tag);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body.find("Luna"), std::string::npos);
    EXPECT_NE(r.body.find("not linked to a pet yet"), std::string::npos);
    EXPECT_EQ(server->get("/t/" + tag + "/photo").status, 404);
}

TEST_P(TagPages, ReadableOnAPhoneInHeadlessChromium)
{
    if (std::system("command -v chromium >/dev/null 2>&1") != 0) {
        if (inCi()) {
            FAIL() << "chromium is not installed";
        }
        GTEST_SKIP() << "chromium is not installed";
    }
    addPet("lost");
    const fs::path dir = fs::temp_directory_path() / ("petinfo-chromium-" + uuid());
    fs::create_directories(dir);
    const std::string url = "http://127.0.0.1:" + std::to_string(server->port()) + "/t/" + tag;

    const Chromium dom = runChromium(dir, "--dump-dom", url);
    ASSERT_EQ(dom.exitCode, 0) << dom.log;
    EXPECT_NE(dom.output.find("id=\"pet-name\">Luna<"), std::string::npos) << dom.output;
    EXPECT_NE(dom.output.find("tel:+5491123456789"), std::string::npos);
    EXPECT_NE(dom.output.find("https://wa.me/5491123456789?text="), std::string::npos);
    EXPECT_NE(dom.output.find("id=\"found-form\""), std::string::npos);
    EXPECT_EQ(dom.output.find("<script"), std::string::npos);
    // The inline style's hash in the CSP is right (else Chromium reports a violation), and the
    // page loads nothing it is not allowed to.
    EXPECT_EQ(dom.log.find("Content Security Policy"), std::string::npos) << dom.log;
    // Every reference stays on this server or is a phone/mail link: no third-party request.
    const std::regex reference(R"re((src|href)="([^"]*)")re");
    for (auto it = std::sregex_iterator(dom.output.begin(), dom.output.end(), reference); it != std::sregex_iterator();
         ++it) {
        const std::string target = (*it)[2];
        // wa.me is a link the finder may follow into WhatsApp, never a request the page makes.
        EXPECT_TRUE(target.rfind("/", 0) == 0 || target.rfind("tel:", 0) == 0 || target.rfind("mailto:", 0) == 0 ||
                    target.rfind("https://wa.me/", 0) == 0)
            << target;
    }

    const fs::path shot = dir / "phone.png";
    const Chromium screenshot = runChromium(dir, "--screenshot=" + shot.string(), url);
    ASSERT_EQ(screenshot.exitCode, 0) << screenshot.log;
    const std::string png = readWholeFile(shot);
    ASSERT_GT(png.size(), 24u);
    ASSERT_EQ(png.substr(1, 3), "PNG");
    auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24) |
               (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16) |
               (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8) |
               static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
    };
    EXPECT_EQ(be32(16), 390u);
    EXPECT_EQ(be32(20), 844u);
    // The found form, scrolled to, in Spanish as a finder in Buenos Aires would see it.
    const fs::path formShot = dir / "form.png";
    const Chromium form = runChromium(dir, "--screenshot=" + formShot.string(), url + "?lang=es#found-form");
    ASSERT_EQ(form.exitCode, 0) << form.log;
    EXPECT_EQ(form.log.find("Content Security Policy"), std::string::npos) << form.log;
    ASSERT_TRUE(fs::exists(formShot));
    // Keep the screenshots for people when asked to (PETINFO_TEST_ARTIFACTS=dir).
    if (const char* keep = std::getenv("PETINFO_TEST_ARTIFACTS")) {
        fs::create_directories(keep);
        fs::copy_file(shot, fs::path(keep) / ("tag-page-" + backendName(GetParam()) + ".png"),
                      fs::copy_options::overwrite_existing);
        fs::copy_file(formShot, fs::path(keep) / ("found-form-" + backendName(GetParam()) + ".png"),
                      fs::copy_options::overwrite_existing);
    }
    fs::remove_all(dir);
}

PETINFO_INSTANTIATE_FOR_ENGINES(TagPages);
