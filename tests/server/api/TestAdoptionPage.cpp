// SPDX-License-Identifier: GPL-3.0-or-later
// The public adoption page on the real server (both engines): only adoptable animals' public
// fields and photos, per organisation; a web application arrives once as a synced application
// that a desktop pulls into its inbox; errors in plain words with what was typed kept; the
// honeypot; quotas in the database that hold across a restart and across replicas; the slug an
// admin chooses; and the pages in headless Chromium at a phone's size.
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "publicforms/FormBody.h"
#include "support/AdoptionShelter.h"
#include "support/HeadlessChromium.h"
#include "support/ServerTest.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using petinfo::server::publicforms::urlEncode;
using sync::EntityType;

namespace fs = std::filesystem;

namespace {

std::string text(const sync::SyncRow& row, const char* name)
{
    const json* v = row.value(name);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

class AdoptionPages : public ServerTest
{
protected:
    std::string animalPath(const AdoptionShelter& s, const std::string& id) const
    {
        return "/adopt/" + s.slug + "/" + id;
    }
};

TEST_P(AdoptionPages, ShowOnlyTheAdoptableAnimalsPublicFieldsOfOneOrganisation)
{
    AdoptionShelter a(*server, "Refugio Patitas Felices");
    AdoptionShelter b(*server, "Refugio Patitas Felices"); // the same name: another slug
    const std::string rex = b.addAdoptable("Rex");
    EXPECT_EQ(a.slug, "refugio-patitas-felices");
    EXPECT_EQ(b.slug, "refugio-patitas-felices-2");

    const auto list = getPage(*server, "/adopt/" + a.slug, "es-AR,es;q=0.9");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.header("content-type"), "text/html; charset=utf-8");
    EXPECT_TRUE(contains(list.header("content-security-policy"), "default-src 'none'"));
    EXPECT_TRUE(contains(list.header("content-security-policy"), "form-action 'self'"));
    EXPECT_EQ(list.header("vary"), "Accept-Language");
    EXPECT_TRUE(contains(list.body, "<html lang=\"es\">"));
    EXPECT_TRUE(contains(list.body, "Animales en adopción"));
    EXPECT_TRUE(contains(list.body, ">Toby</h2>"));
    EXPECT_TRUE(contains(list.body, "Perro · Macho"));
    EXPECT_TRUE(contains(list.body, "Mediano"));
    EXPECT_TRUE(contains(list.body, "Se lleva bien con gatos"));
    EXPECT_TRUE(contains(list.body, "No con niños"));
    EXPECT_TRUE(contains(list.body, "ARS\u00a015.000")) << list.body;
    EXPECT_TRUE(contains(list.body, "/adopt/" + a.slug + "/" + a.toby + "/photos/" + a.publicPhoto));
    EXPECT_FALSE(contains(list.body, "Rex"));
    EXPECT_FALSE(contains(list.body, "<script"));
    for (const std::string& secret : a.secrets) {
        EXPECT_FALSE(contains(list.body, secret)) << secret;
    }
    const auto english = getPage(*server, "/adopt/" + a.slug + "?lang=en");
    EXPECT_TRUE(contains(english.body, "ARS\u00a015,000"));
    EXPECT_TRUE(contains(english.body, "Good with cats"));
    EXPECT_TRUE(contains(getPage(*server, "/adopt/" + a.slug, "pt-BR").body, "Animais para adoção"));
    EXPECT_FALSE(contains(list.body, b.toby));
    const auto other = getPage(*server, "/adopt/" + b.slug);
    EXPECT_TRUE(contains(other.body, "Rex"));
    EXPECT_TRUE(contains(other.body, b.toby)); // its own Toby
    EXPECT_FALSE(contains(other.body, a.toby));
    EXPECT_FALSE(contains(other.body, a.publicPhoto));

    const auto toby = getPage(*server, animalPath(a, a.toby), "pt-BR");
    ASSERT_EQ(toby.status, 200);
    EXPECT_EQ(toby.header("cache-control"), "no-store");
    EXPECT_TRUE(contains(toby.body, "id=\"animal-name\">Toby<"));
    EXPECT_TRUE(contains(toby.body, "Calm and gentle.<br>Loves long walks."));
    EXPECT_TRUE(contains(toby.body, "Quero adotar Toby"));
    EXPECT_TRUE(contains(toby.body, "name=\"website\""));
    EXPECT_TRUE(contains(toby.body, "Li este texto e concordo."));
    EXPECT_FALSE(formTokenOf(toby.body).empty());
    for (const std::string& secret : a.secrets) {
        EXPECT_FALSE(contains(toby.body, secret)) << secret;
    }

    // Not adoptable, another organisation's, unknown, malformed: the 404 page, never a 500.
    for (const std::string& path :
         {animalPath(a, a.mia), animalPath(a, a.luna), animalPath(a, rex), animalPath(a, uuid()),
          animalPath(a, "not-a-uuid"), std::string("/adopt/no-such-shelter"), std::string("/adopt/%2E%2E"),
          std::string("/adopt/..%2Fapi"), std::string("/adopt/A"), "/adopt/" + a.slug + "/%2E%2E%2F" + a.toby}) {
        const auto r = getPage(*server, path);
        EXPECT_EQ(r.status, 404) << path;
        EXPECT_EQ(r.header("content-type"), "text/html; charset=utf-8") << path;
        EXPECT_FALSE(contains(r.body, "Toby")) << path;
    }
    EXPECT_EQ(getPage(*server, animalPath(b, rex)).status, 200);

    // The stable link of a cage card's QR leads to the animal's page in its own organisation.
    const auto link = getPage(*server, "/adopt/pet/" + a.toby);
    EXPECT_EQ(link.status, 302);
    EXPECT_EQ(link.header("location"), animalPath(a, a.toby));
    EXPECT_EQ(getPage(*server, "/adopt/pet/" + rex).header("location"), animalPath(b, rex));
    for (const std::string& id : {a.mia, a.luna, uuid(), std::string("..%2F..%2Fapi"), std::string("x")}) {
        const auto r = getPage(*server, "/adopt/pet/" + id);
        EXPECT_EQ(r.status, 404) << id;
        EXPECT_TRUE(r.header("location").empty()) << id;
    }

    // Photos: only the public one of an adoptable animal, through its own organisation.
    const auto photo = getPage(*server, animalPath(a, a.toby) + "/photos/" + a.publicPhoto);
    ASSERT_EQ(photo.status, 200);
    EXPECT_EQ(photo.body, a.publicPng);
    EXPECT_EQ(photo.header("content-type"), "image/png");
    EXPECT_EQ(photo.header("cache-control"), "public, max-age=300");
    EXPECT_EQ(photo.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(getPage(*server, animalPath(a, a.toby) + "/photos/" + a.privatePhoto).status, 404);
    EXPECT_EQ(getPage(*server, animalPath(b, a.toby) + "/photos/" + a.publicPhoto).status, 404);
    EXPECT_EQ(getPage(*server, animalPath(a, a.mia) + "/photos/" + a.publicPhoto).status, 404);
    EXPECT_EQ(getPage(*server, animalPath(a, a.toby) + "/photos/" + sha256Hex(a.publicPng)).status, 404);
    EXPECT_EQ(getPage(*server, animalPath(a, a.toby) + "/photos/..%2F..%2Fapi").status, 404);

    // Toby is reserved: gone from the page, his page and his photo.
    a.desk->push({a.desk->change(EntityType::AdoptionProfile, a.toby, {{"status", "reserved"}})});
    EXPECT_FALSE(contains(getPage(*server, "/adopt/" + a.slug).body, "Toby"));
    EXPECT_TRUE(contains(getPage(*server, "/adopt/" + a.slug + "?lang=en").body, "No animal is up for adoption"));
    EXPECT_EQ(getPage(*server, animalPath(a, a.toby)).status, 404);
    EXPECT_EQ(getPage(*server, animalPath(a, a.toby) + "/photos/" + a.publicPhoto).status, 404);
    EXPECT_EQ(getPage(*server, "/adopt/pet/" + a.toby).status, 404);
}

TEST_P(AdoptionPages, AWebApplicationArrivesOnceInTheSameInboxAsTheKiosks)
{
    AdoptionShelter a(*server, "Refugio Web");
    AdoptionShelter b(*server, "Another Shelter");
    const std::string path = animalPath(a, a.toby);
    const std::string body = applicationBody(formTokenOf(getPage(*server, path, "es").body));
    const auto sent = postForm(*server, path, body);
    ASSERT_EQ(sent.status, 303) << sent.body;
    EXPECT_EQ(sent.header("location"), path + "/thanks?lang=es");
    const auto thanks = getPage(*server, sent.header("location"));
    EXPECT_EQ(thanks.status, 200);
    EXPECT_TRUE(contains(thanks.body, "¡Gracias!"));

    // A desktop of the shelter pulls it like any application (the kiosk's arrive the same way).
    const Account second = signIn(*server, a.admin.email, a.admin.password);
    SyncDevice desktop(*server, second);
    std::vector<sync::SyncRow> inbox;
    for (const sync::SyncRow& row : desktop.pullAll().rows) {
        if (row.type == EntityType::AdoptionApplication) {
            inbox.push_back(row);
        }
    }
    ASSERT_EQ(inbox.size(), 1u);
    const sync::SyncRow& application = inbox[0];
    const auto decoded = adoptionApplicationFromJson(sync::entityJson(application));
    ASSERT_TRUE(decoded.hasValue());
    const AdoptionApplication& app = decoded.value();
    EXPECT_EQ(app.petIds, std::vector<std::string>{a.toby});
    EXPECT_EQ(app.applicantName, "Lucía Fernández");
    EXPECT_EQ(app.phone, "+5491144443333"); // read the way it is written where the fee is paid (ARS)
    EXPECT_EQ(app.email, "lucia@example.org");
    EXPECT_EQ(app.adults, 2);
    EXPECT_EQ(app.children, 2);
    EXPECT_EQ(app.childrenAges, "4, 9");
    EXPECT_EQ(app.homeType, HomeType::Apartment);
    EXPECT_EQ(app.yard, Answer::No);
    EXPECT_EQ(app.landlordPermitsPets, LandlordPermission::Yes);
    EXPECT_EQ(app.experience, "Siempre tuve perros.\nPaseo todos los días.");
    EXPECT_TRUE(app.consentAccepted);
    EXPECT_TRUE(contains(app.consentText, "Confirmo que lo que escribí es verdad."));
    EXPECT_EQ(app.signatureName, "Lucía Fernández");
    EXPECT_TRUE(app.signatureStrokes.empty());
    EXPECT_EQ(app.channel, ApplicationChannel::Web);
    EXPECT_EQ(app.submittedFrom, "127.0.0.1");
    EXPECT_GT(app.submittedAtMs, 0);
    EXPECT_EQ(app.status, ApplicationStatus::New);
    EXPECT_TRUE(validate(app).ok());

    // The same POST again (a reload, a replay): thanks, nothing new.
    const auto again = postForm(*server, path, body);
    EXPECT_EQ(again.status, 200);
    EXPECT_TRUE(contains(again.body, "ya fue enviada"));
    EXPECT_EQ(a.applications().size(), 1u);
    EXPECT_TRUE(b.applications().empty());

    // A token of one animal's page does not work on another's, nor on another shelter's.
    const std::string rex = b.addAdoptable("Rex");
    const std::string otherToken = formTokenOf(getPage(*server, path).body);
    EXPECT_EQ(postForm(*server, animalPath(b, rex), applicationBody(otherToken)).status, 400);
    EXPECT_TRUE(b.applications().empty());

    // Staff decide on it as on any other: approving it reserves Toby, and the page lets him go.
    a.desk->push({a.desk->change(EntityType::AdoptionApplication, application.id, {{"status", "approved"}})});
    EXPECT_EQ(getPage(*server, path).status, 404);
    const auto late = postForm(*server, path, applicationBody(otherToken, "Late Applicant"));
    EXPECT_EQ(late.status, 404);
    EXPECT_EQ(a.applications().size(), 1u);
}

TEST_P(AdoptionPages, MistakesAreShownInPlainWordsWithWhatWasTypedKept)
{
    AdoptionShelter a(*server, "Refugio Errores");
    const std::string path = animalPath(a, a.toby);
    std::string body = applicationBody(formTokenOf(getPage(*server, path).body), "<b>Ana</b> \"Gómez\"");
    // No consent, another signature, a broken e-mail, three ages for two children.
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"&consent=yes", ""},
             {"&signatureName=" + urlEncode("<b>Ana</b> \"Gómez\""), "&signatureName=Someone+Else"},
             {"lucia%40example.org", "lucia-at-example"},
             {"childrenAges=4%2C+9", "childrenAges=4%2C+9%2C+12"}}) {
        const auto at = body.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        body.replace(at, from.size(), to);
    }
    const auto r = postForm(*server, path, body);
    ASSERT_EQ(r.status, 400) << r.body;
    EXPECT_TRUE(contains(r.body, "id=\"form-errors\""));
    EXPECT_TRUE(contains(r.body, "Lee el texto antes de enviar y marca la casilla."));
    EXPECT_TRUE(contains(r.body, "Firma: escribe el mismo nombre completo que pusiste arriba."));
    EXPECT_TRUE(contains(r.body, "Correo electrónico: esta dirección no parece correcta."));
    EXPECT_TRUE(contains(r.body, "Edades de los niños"));
    // What was typed is back in the fields, escaped; the consent box is not ticked for them.
    EXPECT_TRUE(contains(r.body, "value=\"&lt;b&gt;Ana&lt;/b&gt; &quot;Gómez&quot;\""));
    EXPECT_TRUE(contains(r.body, "value=\"lucia-at-example\""));
    EXPECT_TRUE(contains(r.body, "Siempre tuve perros.\nPaseo todos los días.</textarea>"));
    EXPECT_TRUE(contains(r.body, "<option value=\"apartment\" selected>"));
    EXPECT_FALSE(contains(r.body, "<b>Ana"));
    EXPECT_FALSE(contains(r.body, " checked"));
    EXPECT_TRUE(contains(r.body, "id=\"f-email\" name=\"email\" type=\"email\" maxlength=\"200\" "
                                 "autocomplete=\"email\" aria-invalid=\"true\""));
    EXPECT_TRUE(a.applications().empty());

    // Corrected and sent again with the fresh token of that answer: taken.
    std::string fixed = applicationBody(formTokenOf(r.body), "Ana Gómez");
    EXPECT_EQ(postForm(*server, path, fixed).status, 303);
    EXPECT_EQ(a.applications().size(), 1u);

    // An expired token keeps what was typed too.
    const auto stale = postForm(*server, path, applicationBody("v1.AAAAAAAAAAAAAAAAAAAAAA.1.AAAA", "Beto Ruiz"));
    EXPECT_EQ(stale.status, 400);
    EXPECT_TRUE(contains(stale.body, "Tus respuestas se guardaron"));
    EXPECT_TRUE(contains(stale.body, "value=\"Beto Ruiz\""));
}

TEST_P(AdoptionPages, TheHoneypotStoresNothingAndQuotasHoldAcrossRestartsAndReplicas)
{
    ServerOptions options;
    options.backend = GetParam();
    // Kept after the first process ends, for the restart on SQLite.
    const fs::path dataDir = fs::temp_directory_path() / ("petinfo-adopt-quota-" + uuid());
    if (GetParam() == Backend::Sqlite) {
        fs::create_directories(dataDir);
        options.dataDir = dataDir.string();
    }
    options.config = {{"server.trustProxy", "true"},
                      {"publicForms.burst", "1000"},
                      {"publicForms.perAddressPerMinute", "1000"},
                      {"adoptionPage.applicationsPerAddressPerHour", "2"},
                      {"adoptionPage.applicationsPerOrganisationPerHour", "4"}};
    auto first = std::make_unique<ServerProcess>(options);
    AdoptionShelter a(*first, "Refugio Cupos");
    const std::string path = animalPath(a, a.toby);
    const auto send = [&](const ServerProcess& server, const std::string& address, const std::string& name,
                          const std::string& extra = {}) {
        return postForm(server, path, applicationBody(formTokenOf(getPage(server, path).body), name, extra),
                        "application/x-www-form-urlencoded", {{"X-Forwarded-For", address}});
    };

    const auto bot = send(*first, "198.51.100.1", "Bot", "&website=http%3A%2F%2Fspam.example");
    EXPECT_EQ(bot.status, 303);
    EXPECT_TRUE(a.applications().empty());

    EXPECT_EQ(send(*first, "198.51.100.1", "Uno Primero").status, 303);
    EXPECT_EQ(send(*first, "198.51.100.1", "Dos Segundo").status, 303);
    const auto third = send(*first, "198.51.100.1", "Tres Tercero");
    EXPECT_EQ(third.status, 429);
    EXPECT_FALSE(third.header("retry-after").empty());
    EXPECT_TRUE(contains(third.body, "Demasiadas solicitudes"));

    // The counts are in the database: a restarted server (or a replica) keeps them.
    std::unique_ptr<ServerProcess> second;
    if (GetParam() == Backend::Postgres) {
        ServerOptions replica = options;
        replica.databaseUrl = first->databaseUrl();
        second = std::make_unique<ServerProcess>(replica);
    } else {
        first->stop();
        first.reset();
        second = std::make_unique<ServerProcess>(options);
    }
    EXPECT_EQ(send(*second, "198.51.100.1", "Cuatro Cuarto").status, 429);
    EXPECT_EQ(send(*second, "198.51.100.2", "Cinco Quinto").status, 303);
    EXPECT_EQ(send(*second, "198.51.100.3", "Seis Sexto").status, 303);
    // Four for the organisation this hour, from any address, on any replica.
    const auto full = send(first ? *first : *second, "198.51.100.4", "Siete Septimo");
    EXPECT_EQ(full.status, 429);
    SyncDevice reader(*second, signIn(*second, a.admin.email, a.admin.password));
    int stored = 0;
    for (const sync::SyncRow& row : reader.pullAll().rows) {
        stored += row.type == EntityType::AdoptionApplication ? 1 : 0;
        EXPECT_NE(text(row, "applicantName"), "Bot");
    }
    EXPECT_EQ(stored, 4);
    second.reset();
    first.reset();
    fs::remove_all(dataDir);
}

TEST_P(AdoptionPages, AnAdminChoosesThePublicAddress)
{
    AdoptionShelter a(*server, "Refugio São João");
    AdoptionShelter b(*server, "Huellitas");
    EXPECT_EQ(a.slug, "refugio-sao-joao");
    const auto put = [&](const Account& who, const json& body) {
        return server->send("PUT", "/api/v1/organisation/public-slug", body, who.token);
    };
    const auto chosen = put(a.admin, {{"publicSlug", "sao-joao"}});
    ASSERT_EQ(chosen.status, 200) << chosen.body;
    EXPECT_EQ(chosen.json()["path"], "/adopt/sao-joao");
    EXPECT_EQ(server->get("/api/v1/organisation", a.admin.token).json()["publicSlug"], "sao-joao");
    EXPECT_EQ(getPage(*server, "/adopt/sao-joao").status, 200);
    EXPECT_EQ(getPage(*server, "/adopt/refugio-sao-joao").status, 404);
    // A printed stable link follows the new address.
    EXPECT_EQ(getPage(*server, "/adopt/pet/" + a.toby).header("location"), "/adopt/sao-joao/" + a.toby);
    EXPECT_EQ(put(a.admin, {{"publicSlug", "sao-joao"}}).status, 200); // the same again

    for (const std::string& bad :
         std::vector<std::string>{"", "ab", "Sao-Joao", "sao--joao", "-sao", "sao-", "sao joao", "../x", "api", "adopt",
                                  "pet", "são", std::string(41, 'a'), "x<script>"}) {
        const auto r = put(a.admin, {{"publicSlug", bad}});
        EXPECT_EQ(r.status, 400) << bad;
        EXPECT_EQ(r.errorCode(), "invalid_slug") << bad;
    }
    EXPECT_EQ(put(a.admin, {{"publicSlug", 7}}).status, 400);
    const auto taken = put(a.admin, {{"publicSlug", b.slug}});
    EXPECT_EQ(taken.status, 409);
    EXPECT_EQ(taken.errorCode(), "slug_taken");
    EXPECT_EQ(getPage(*server, "/adopt/" + b.slug).status, 200);
    EXPECT_TRUE(contains(getPage(*server, "/adopt/" + b.slug + "?lang=en").body, "Huellitas is looking for homes"));

    // Only admins choose it.
    const auto kiosk = server->post("/api/v1/kiosk-devices", {{"name", "Feria"}}, a.admin.token);
    ASSERT_EQ(kiosk.status, 201);
    EXPECT_EQ(
        put(Account{kiosk.json()["token"], a.admin.orgId, "", "", "", ""}, {{"publicSlug", "kiosk-took-it"}}).status,
        403);
    EXPECT_EQ(put(Account{}, {{"publicSlug", "nobody-took-it"}}).status, 401);
    EXPECT_EQ(getPage(*server, "/adopt/sao-joao").status, 200);
}

TEST_P(AdoptionPages, ReadableOnAPhoneInHeadlessChromium)
{
    if (std::system("command -v chromium >/dev/null 2>&1") != 0) {
        if (inCi()) {
            FAIL() << "chromium is not installed";
        }
        GTEST_SKIP() << "chromium is not installed";
    }
    AdoptionShelter a(*server, "Refugio Patitas");
    a.addAdoptable("Michi", {{"size", "small"}, {"goodWithDogs", "yes"}, {"goodWithChildren", "yes"}});
    a.addAdoptable("Pelusa", {{"feeMinor", 250000}, {"feeCurrency", "ARS"}, {"goodWithCats", "no"}});
    const char* shots = std::getenv("PETINFO_SCREENSHOT_DIR");
    const fs::path dir = shots && *shots ? fs::path(shots) : fs::temp_directory_path() / ("petinfo-adopt-" + uuid());
    fs::create_directories(dir);
    const std::string base = "http://127.0.0.1:" + std::to_string(server->port());
    const std::string list = base + "/adopt/" + a.slug + "?lang=es";
    const std::string animal = base + animalPath(a, a.toby) + "?lang=es";

    for (const std::string& url : {list, animal}) {
        const Chromium dom = runChromium(dir, "--dump-dom", url);
        ASSERT_EQ(dom.exitCode, 0) << dom.log;
        EXPECT_TRUE(contains(dom.output, "Toby")) << dom.output;
        EXPECT_FALSE(contains(dom.output, "<script"));
        // The style's hash in the CSP is right (else Chromium reports a violation).
        EXPECT_FALSE(contains(dom.log, "Content Security Policy")) << dom.log;
    }
    // The form as a phone shows it once scrolled to (headless screenshots ignore the #apply
    // fragment): the page saved with the animal's card cut out, fresh and as the answer to a
    // refused POST with its errors.
    const std::string path = animalPath(a, a.toby);
    const auto atTheForm = [&](std::string html, const std::string& file, bool skipToConsent = false) {
        html.replace(html.find("<head>"), 6, "<head><base href=\"" + base + "/\">");
        const auto cut = [&html](const std::string& from, const std::string& to) {
            const auto start = html.find(from);
            const auto end = html.find(to);
            EXPECT_NE(start, std::string::npos) << from;
            EXPECT_NE(end, std::string::npos) << to;
            html.erase(start, end - start);
        };
        cut("<div class=\"card\">", "<section class=\"card\" id=\"apply\">");
        if (skipToConsent) {
            cut("<label for=\"f-applicantName\">", "<label for=\"f-message\">");
        }
        const fs::path saved = dir / file;
        std::ofstream(saved) << html;
        return "file://" + saved.string();
    };
    const auto refused = postForm(*server, path,
                                  "form_token=" + urlEncode(formTokenOf(getPage(*server, path).body)) +
                                      "&lang=es&applicantName=Ana&email=ana-at-example&adults=2&children=1");
    ASSERT_EQ(refused.status, 400);

    const std::vector<std::pair<std::string, std::string>> pages{
        {"adoption-list.png", list},
        {"adoption-animal.png", animal},
        {"adoption-form.png", atTheForm(getPage(*server, path + "?lang=es").body, "adoption-form.html")},
        {"adoption-form-errors.png", atTheForm(refused.body, "adoption-form-errors.html")},
        // The end of the form in Portuguese: consent text, checkbox, typed signature, the button.
        {"adoption-form-consent.png",
         atTheForm(getPage(*server, path + "?lang=pt-BR").body, "adoption-form-consent.html", true)}};
    for (const auto& [name, url] : pages) {
        const fs::path shot = dir / name;
        const Chromium screenshot = runChromium(dir, "--screenshot=" + shot.string(), url);
        ASSERT_EQ(screenshot.exitCode, 0) << screenshot.log;
        const std::string png = readWholeFile(shot);
        ASSERT_GT(png.size(), 24u) << name;
        ASSERT_EQ(png.substr(1, 3), "PNG") << name;
        const auto be32 = [&png](std::size_t at) {
            return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24) |
                   (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16) |
                   (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8) |
                   static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
        };
        EXPECT_EQ(be32(16), 390u) << name;
        EXPECT_GT(png.size(), 10000u) << name << " looks blank";
    }
}

PETINFO_INSTANTIATE_FOR_ENGINES(AdoptionPages);
