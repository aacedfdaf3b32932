// SPDX-License-Identifier: GPL-3.0-or-later
// The "I found this pet" form of a lost pet's public page, on the real server (both engines) with
// the local fake of the WhatsApp Cloud API: a valid report reaches the opted-in owner's WhatsApp
// at once (outside the send window) and a desktop through sync, exactly once; hostile submissions
// get no 5xx and store nothing unsafe; a burst from one address is cut off.
#include "petinfo/common/Random.h"
#include "publicforms/FormBody.h"
#include "support/ReminderClinic.h"
#include "support/ServerTest.h"

#include <regex>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using petinfo::server::publicforms::urlEncode;
using sync::EntityType;
using sync::SyncRow;

namespace {

constexpr std::int64_t kHour = 3600 * 1000;

std::vector<std::string> parameters(const json& body)
{
    std::vector<std::string> out;
    for (const json& p : body["template"]["components"][0]["parameters"]) {
        out.push_back(p["text"]);
    }
    return out;
}

/** A clinic whose lost dog Luna wears a tag; Ana (owner, opted in, Spanish), Bruno (owner, not
 *  opted in) and Carla (emergency contact, opted in). */
class LostDog
{
public:
    LostDog(Backend backend, std::map<std::string, std::string> extra = {})
        // Monday 22:00 in Buenos Aires: the reminders' send window (09-19) is closed.
        : clinic(backend, ReminderClinic::nextMondayAt(22), std::move(extra))
    {
        EXPECT_EQ(clinic.saveSettings().status, 200);
        ana = clinic.addPerson("Ana Pérez", "+5491123456789", true, "es-AR");
        bruno = clinic.addPerson("Bruno", "+5491198765432", false, "es");
        carla = clinic.addPerson("Carla", "+5491155554444", true, "es");
        tag = clinic.server()
                  .post("/api/v1/tags", {{"count", 1}}, clinic.admin().token)
                  .json()["items"][0]["tagId"]
                  .get<std::string>();
        pet = uuid();
        SyncDevice& d = clinic.device();
        d.push(
            {d.change(EntityType::Pet, pet, {{"name", "Luna"}, {"species", "dog"}, {"status", "lost"}, {"tagId", tag}}),
             d.change(EntityType::PetContact, pet + "/" + ana, {{"petId", pet}, {"personId", ana}, {"role", "owner"}}),
             d.change(EntityType::PetContact, pet + "/" + bruno,
                      {{"petId", pet}, {"personId", bruno}, {"role", "owner"}}),
             d.change(EntityType::PetContact, pet + "/" + carla,
                      {{"petId", pet}, {"personId", carla}, {"role", "emergency"}})});
    }

    HttpResponse page(const std::string& path, const std::string& acceptLanguage = {})
    {
        HttpRequest r;
        r.path = path;
        if (!acceptLanguage.empty()) {
            r.headers.emplace_back("Accept-Language", acceptLanguage);
        }
        return clinic.server().request(r);
    }

    /** A fresh token from the page, as a browser gets it. */
    std::string token(const std::string& forTag = {})
    {
        const auto r = page("/t/" + (forTag.empty() ? tag : forTag));
        static const std::regex input(R"re(name="form_token" value="([^"]+)")re");
        std::smatch m;
        if (!std::regex_search(r.body, m, input)) {
            ADD_FAILURE() << "no form token on the page: " << r.body.substr(0, 300);
            return {};
        }
        return m[1];
    }

    HttpResponse post(const std::string& body, const std::string& contentType = "application/x-www-form-urlencoded",
                      const std::string& forTag = {})
    {
        HttpRequest r;
        r.method = "POST";
        r.path = "/t/" + (forTag.empty() ? tag : forTag) + "/found";
        r.body = body;
        r.contentType = contentType;
        return clinic.server().request(r);
    }

    static std::string form(const std::string& token, const std::string& name, const std::string& phone,
                            const std::string& place, const std::string& message, const std::string& extra = {})
    {
        return "form_token=" + urlEncode(token) + "&lang=es&website=&name=" + urlEncode(name) +
               "&phone=" + urlEncode(phone) + "&place=" + urlEncode(place) + "&message=" + urlEncode(message) + extra;
    }

    std::vector<SyncRow> reports() { return clinic.rows(EntityType::FoundReport); }

    ReminderClinic clinic;
    std::string ana, bruno, carla, tag, pet;
};

class FoundForm : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override { PETINFO_REQUIRE_BACKEND(GetParam()); }
};

} // namespace

TEST_P(FoundForm, AValidReportReachesTheOwnerOnWhatsAppAndEveryDesktopOnce)
{
    LostDog dog(GetParam());
    const auto lostPage = dog.page("/t/" + dog.tag, "es-AR,es;q=0.9");
    ASSERT_EQ(lostPage.status, 200);
    EXPECT_NE(lostPage.body.find("Encontré esta mascota"), std::string::npos);
    EXPECT_NE(lostPage.header("content-security-policy").find("form-action 'self'"), std::string::npos);
    EXPECT_EQ(lostPage.header("cache-control"), "no-store");

    const std::string body = LostDog::form(dog.token(), "Juan Gómez", "011 15-4444-3333", "Plaza Italia, Palermo",
                                           "Lo tengo en casa\r\nestá bien");
    const auto sent = dog.post(body);
    ASSERT_EQ(sent.status, 303) << sent.body;
    EXPECT_EQ(sent.header("location"), "/t/" + dog.tag + "/found/thanks?lang=es");
    const auto thanks = dog.page(sent.header("location"));
    EXPECT_EQ(thanks.status, 200);
    EXPECT_NE(thanks.body.find("Gracias"), std::string::npos);

    // At once, at 22:00, to Ana only (Bruno did not opt in, Carla is not an owner).
    ASSERT_TRUE(dog.clinic.fake().waitForRequests(1));
    const auto accepted = dog.clinic.fake().accepted();
    ASSERT_EQ(accepted.size(), 1u);
    const json& request = accepted[0].body;
    EXPECT_EQ(request["to"], "5491123456789");
    EXPECT_EQ(request["template"]["name"], "found_pet_alert");
    EXPECT_EQ(request["template"]["language"]["code"], "es");
    EXPECT_EQ(parameters(request),
              (std::vector<std::string>{"Luna", "Juan Gómez", "+54 9 11 4444-3333", "Plaza Italia, Palermo"}));

    // A desktop that signs in now pulls the report and the message, which the server wrote.
    const Account second = signIn(dog.clinic.server(), dog.clinic.admin().email, dog.clinic.admin().password);
    SyncDevice desktop(dog.clinic.server(), second);
    std::vector<SyncRow> reports;
    std::optional<SyncRow> message;
    ASSERT_TRUE(dog.clinic.waitFor([&] {
        reports.clear();
        message.reset();
        for (SyncRow& row : desktop.pullAll(0, 1000).rows) {
            if (row.type == EntityType::FoundReport) {
                reports.push_back(row);
            } else if (row.type == EntityType::Message && field(row, "purpose") == "found_alert" &&
                       field(row, "state") == "sent") {
                message = row;
            }
        }
        return message.has_value();
    }));
    ASSERT_EQ(reports.size(), 1u);
    const SyncRow& report = reports[0];
    EXPECT_EQ(field(report, "petId"), dog.pet);
    EXPECT_EQ(field(report, "finderName"), "Juan Gómez");
    EXPECT_EQ(field(report, "finderPhone"), "011 15-4444-3333");
    EXPECT_EQ(field(report, "finderPhoneE164"), "+5491144443333");
    EXPECT_EQ(field(report, "place"), "Plaza Italia, Palermo");
    EXPECT_EQ(field(report, "message"), "Lo tengo en casa\nestá bien");
    EXPECT_EQ(field(report, "language"), "es");
    EXPECT_EQ(field(report, "state"), "open");
    EXPECT_EQ(intField(report, "reportedAt"), dog.clinic.now());
    EXPECT_EQ(field(*message, "personId"), dog.ana);
    EXPECT_EQ(field(*message, "reminderId"), report.id);
    // A desktop may not write one.
    const auto refused = desktop.push({desktop.change(EntityType::FoundReport, report.id, {{"state", "closed"}})});
    ASSERT_EQ(refused.results.size(), 1u);
    EXPECT_NE(refused.results[0].status, sync::MutationStatus::Applied);

    // The same POST again (a reload of the answer, a replay), and the thanks page again: nothing new.
    const auto again = dog.post(body);
    EXPECT_EQ(again.status, 200);
    EXPECT_NE(again.body.find("ya fue enviado"), std::string::npos);
    EXPECT_EQ(dog.page(sent.header("location")).status, 200);
    dog.clinic.advance(2000, 500);
    EXPECT_EQ(dog.clinic.fake().received().size(), 1u);
    EXPECT_EQ(dog.reports().size(), 1u);

    // Luna is home: her open report is closed by the server in the same push, for every desktop.
    dog.clinic.device().push({dog.clinic.device().change(EntityType::Pet, dog.pet, {{"status", "owned"}})});
    const auto closed = dog.reports();
    ASSERT_EQ(closed.size(), 1u);
    EXPECT_EQ(field(closed[0], "state"), "closed");
    EXPECT_EQ(intField(closed[0], "closedAt"), dog.clinic.now());
    // And the form is gone from the page; a late POST stores nothing.
    EXPECT_EQ(dog.page("/t/" + dog.tag).body.find("found-form"), std::string::npos);
}

TEST_P(FoundForm, FiftyHostileSubmissionsStoreNothingUnsafeAndNeverFail)
{
    LostDog dog(GetParam(), {{"publicForms.burst", "1000"}, {"publicForms.perAddressPerMinute", "1000"}});
    const std::string homeTag =
        dog.clinic.server().post("/api/v1/tags", {{"count", 1}}, dog.clinic.admin().token).json()["items"][0]["tagId"];
    const std::string otherTag =
        dog.clinic.server().post("/api/v1/tags", {{"count", 1}}, dog.clinic.admin().token).json()["items"][0]["tagId"];
    const std::string other = uuid();
    SyncDevice& d = dog.clinic.device();
    d.push({d.change(EntityType::Pet, uuid(),
                     {{"name", "Home"}, {"species", "cat"}, {"status", "owned"}, {"tagId", homeTag}}),
            d.change(EntityType::Pet, other,
                     {{"name", "Other"}, {"species", "cat"}, {"status", "lost"}, {"tagId", otherTag}})});
    const std::string script = "<script>alert(document.cookie)</script>";
    const std::string big(100 * 1024, 'A');
    const std::string used = dog.token();
    ASSERT_EQ(dog.post(LostDog::form(used, "Used", "1", "here", "")).status, 303);
    const std::string staleToken = dog.token();

    struct Case
    {
        std::string what;
        std::function<HttpResponse()> send;
        bool mayStore = false; ///< a valid submission whose text is hostile (stored as text)
    };
    auto valid = [&](std::string name, std::string phone, std::string place, std::string message,
                     std::string extra = {}) {
        return [&dog, name, phone, place, message, extra] {
            return dog.post(LostDog::form(dog.token(), name, phone, place, message, extra));
        };
    };
    auto raw = [&](std::string body, std::string type = "application/x-www-form-urlencoded") {
        return [&dog, body, type] {
            return dog.post(body, type);
        };
    };
    std::vector<Case> cases{
        {"script in name", valid(script, "1", "x", "m"), true},
        {"script in phone", valid("a", "<script>1</script>", "x", "m"), true},
        {"script in place", valid("a", "1", script, "m"), true},
        {"script in message", valid("a", "1", "x", script), true},
        {"attribute breakout in name", valid("\"><img src=x onerror=alert(1)>", "1", "x", "m"), true},
        {"attribute breakout in phone", valid("a", "'\"><svg onload=alert(1)>", "x", "m"), true},
        {"textarea breakout", valid("a", "1", "x", "</textarea><script>alert(1)</script>"), true},
        {"style breakout", valid("</style><script>x</script>", "1", "x", "m"), true},
        {"javascript: URL in place", valid("a", "1", "javascript:alert(1)", "m"), true},
        {"data: URL in message", valid("a", "1", "x", "data:text/html,<script>alert(1)</script>"), true},
        {"SQL in name", valid("'; DROP TABLE sync_rows; --", "1", "x", "m"), true},
        {"SQL in place", valid("a", "1", "x' OR '1'='1", "m"), true},
        {"template braces", valid("{{1}} ${7*7} {{constructor}}", "1", "x", "m"), true},
        {"NUL and controls",
         valid("Ju\x01"
               "an\x7F",
               "1\x1B[31m", "x\x08", std::string("a\0b", 3)),
         true},
        {"bidi override", valid("evil\xE2\x80\xAEgnp.exe", "1", "x", "m"), true},
        {"emoji and accents", valid("Zoë 🐶 Ñandú", "+55 11 98765-4321", "São Paulo", "ok"), true},
        {"CRLF in phone", valid("a", "1\r\nSet-Cookie: x=1", "x", "m"), true},
        {"100 KB name", valid(big, "1", "x", "m")},
        {"100 KB phone", valid("a", big, "x", "m")},
        {"100 KB place", valid("a", "1", big, "m")},
        {"100 KB message", valid("a", "1", "x", big)},
        {"name one over", valid(std::string(81, 'n'), "1", "x", "m")},
        {"phone one over", valid("a", std::string(41, '1'), "x", "m")},
        {"place one over", valid("a", "1", std::string(201, 'p'), "m")},
        {"message one over", valid("a", "1", "x", std::string(2001, 'm'))},
        {"10 KB of multibyte", valid("a", "1", "x",
                                     [] {
                                         std::string s;
                                         for (int i = 0; i < 1100; ++i) {
                                             s += "ñ";
                                         }
                                         return s;
                                     }())},
        {"missing token", raw("name=a&phone=1&place=x&message=m")},
        {"empty token", raw("form_token=&name=a&phone=1&place=x")},
        {"garbage token", raw("form_token=%3Cscript%3E&name=a&phone=1&place=x")},
        {"forged token",
         raw("form_token=v1.AAAAAAAAAAAAAAAAAAAAAA.99999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
             "&name=a&phone=1&place=x")},
        {"tampered token",
         [&] {
             std::string t = dog.token();
             t[t.size() - 2] = t[t.size() - 2] == 'A' ? 'B' : 'A';
             return dog.post(LostDog::form(t, "a", "1", "x", "m"));
         }},
        {"token of another tag",
         [&] {
             return dog.post(LostDog::form(dog.token(otherTag), "a", "1", "x", "m"));
         }},
        {"replayed token",
         [&] {
             return dog.post(LostDog::form(used, "Replay", "1", "x", "m"));
         }},
        {"2 KB token", raw("form_token=" + std::string(2000, 'v') + "&name=a&phone=1&place=x")},
        {"honeypot filled", valid("bot", "1", "x", "m", "&website=http%3A%2F%2Fspam.example")},
        {"honeypot filled first",
         [&] {
             return dog.post("website=buy&" + LostDog::form(dog.token(), "bot", "1", "x", "m"));
         }},
        {"no name", valid("", "1", "x", "m")},
        {"no phone", valid("a", "", "x", "m")},
        {"no place", valid("a", "1", "", "m")},
        {"spaces only name", valid("   \t ", "1", "x", "m")},
        {"controls only phone", valid("a", "\x01\x02", "x", "m")},
        {"newlines only place", valid("a", "1", "\r\n\r\n", "m")},
        {"invalid UTF-8",
         [&] {
             return dog.post("form_token=" + urlEncode(dog.token()) + "&name=%FF%FE&phone=1&place=x");
         }},
        {"overlong UTF-8",
         [&] {
             return dog.post("form_token=" + urlEncode(dog.token()) + "&name=%C0%AF&phone=1&place=x");
         }},
        {"surrogate",
         [&] {
             return dog.post("form_token=" + urlEncode(dog.token()) + "&name=%ED%A0%80&phone=1&place=x");
         }},
        {"broken percent",
         [&] {
             return dog.post("form_token=" + urlEncode(dog.token()) + "&name=%G1&phone=1&place=x");
         }},
        {"odd field name",
         [&] {
             return dog.post("form_token=" + urlEncode(dog.token()) + "&na%00me=a&phone=1&place=x");
         }},
        {"a thousand fields",
         [&] {
             std::string body = "form_token=" + urlEncode(dog.token());
             for (int i = 0; i < 1000; ++i) {
                 body += "&f" + std::to_string(i) + "=1";
             }
             return dog.post(body);
         }},
        {"JSON body",
         [&] {
             return dog.post(json{{"form_token", dog.token()}, {"name", "a"}, {"phone", "1"}, {"place", "x"}}.dump(),
                             "application/json");
         }},
        {"multipart body",
         [&] {
             return dog.post(LostDog::form(dog.token(), "a", "1", "x", "m"), "multipart/form-data; boundary=z");
         }},
        {"text/plain body",
         [&] {
             return dog.post(LostDog::form(dog.token(), "a", "1", "x", "m"), "text/plain");
         }},
        {"no content type",
         [&] {
             return dog.post(LostDog::form(dog.token(), "a", "1", "x", "m"), "");
         }},
        {"empty body", raw("")},
        {"tag of a pet at home",
         [&] {
             return dog.post(LostDog::form(dog.token(), "a", "1", "x", "m"), "application/x-www-form-urlencoded",
                             homeTag);
         }},
        {"pet found meanwhile",
         [&] {
             const std::string t = dog.token(otherTag);
             d.push({d.change(EntityType::Pet, other, {{"status", "owned"}})});
             return dog.post(LostDog::form(t, "a", "1", "x", "m"), "application/x-www-form-urlencoded", otherTag);
         }},
        {"unknown tag",
         [&] {
             return dog.post(LostDog::form(dog.token(), "a", "1", "x", "m"), "application/x-www-form-urlencoded",
                             newTagId());
         }},
        {"script as tag",
         [&] {
             return dog.post("name=a", "application/x-www-form-urlencoded", "%3Cscript%3E");
         }},
        {"lang injection", valid("a", "1", "x", "m", "&lang=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")},
        {"lang header splitting", valid("a", "1", "x", "m", "&lang=es%0D%0ALocation%3A%20http%3A%2F%2Fevil")},
        {"page with lang injection",
         [&] {
             return dog.page("/t/" + dog.tag + "?lang=%22%3E%3Cscript%3E");
         }},
        {"page with huge Accept-Language",
         [&] {
             return dog.page("/t/" + dog.tag, std::string(6000, 'e') + ",es;q=0.5");
         }},
        {"thanks page with script lang",
         [&] {
             return dog.page("/t/" + dog.tag + "/found/thanks?lang=%3Cscript%3E");
         }},
        {"expired token",
         [&] {
             dog.clinic.advance(3 * kHour, 0);
             return dog.post(LostDog::form(staleToken, "Late", "1", "x", "m"));
         }},
    };
    ASSERT_GE(cases.size(), 50u);
    int stored = 1; // "Used"
    for (const Case& c : cases) {
        const auto before = dog.reports().size();
        const HttpResponse r = c.send();
        EXPECT_GT(r.status, 0) << c.what;
        EXPECT_LT(r.status, 500) << c.what << ": " << r.body.substr(0, 200);
        EXPECT_EQ(r.body.find("<script"), std::string::npos) << c.what;
        EXPECT_EQ(r.body.find("<img src=x"), std::string::npos) << c.what;
        EXPECT_EQ(r.body.find("<svg"), std::string::npos) << c.what;
        EXPECT_EQ(r.header("location").find('\n'), std::string::npos) << c.what;
        EXPECT_EQ(r.header("location").find("evil"), std::string::npos) << c.what;
        const auto after = dog.reports().size();
        if (c.mayStore) {
            EXPECT_EQ(r.status, 303) << c.what << ": " << r.body.substr(0, 300);
            EXPECT_EQ(after, before + 1) << c.what;
            ++stored;
        } else {
            EXPECT_EQ(after, before) << c.what << " stored a report (" << r.status << ")";
        }
    }
    // What was stored is text within its limits, without control characters.
    const auto reports = dog.reports();
    EXPECT_EQ(static_cast<int>(reports.size()), stored);
    for (const SyncRow& report : reports) {
        for (const auto& [name, limit] : std::map<std::string, std::size_t>{
                 {"finderName", 80}, {"finderPhone", 40}, {"place", 200}, {"message", 2000}}) {
            const std::string value = field(report, name);
            EXPECT_LE(value.size(), limit) << name;
            EXPECT_TRUE(server::publicforms::isValidUtf8(value)) << name;
            for (char ch : value) {
                const auto c = static_cast<unsigned char>(ch);
                EXPECT_TRUE(c >= 0x20 || (c == '\n' && name == "message")) << name << ": " << value;
                EXPECT_NE(c, 0x7F) << name;
            }
            EXPECT_EQ(value.find("\xE2\x80\xAE"), std::string::npos) << name;
        }
    }
    // And the page after all that is still clean.
    const auto page = dog.page("/t/" + dog.tag);
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(page.body.find("<script"), std::string::npos);
}

TEST_P(FoundForm, ABurstFromOneAddressIsCutOff)
{
    LostDog dog(GetParam(), {{"publicForms.burst", "5"}, {"publicForms.perAddressPerMinute", "1"}});
    std::vector<std::string> tokens;
    for (int i = 0; i < 20; ++i) {
        tokens.push_back(dog.token()); // the page itself is not limited
    }
    int accepted = 0;
    int limited = 0;
    for (int i = 0; i < 20; ++i) {
        const auto r = dog.post(LostDog::form(tokens[i], "Burst " + std::to_string(i), "1", "x", "m"));
        EXPECT_LT(r.status, 500);
        if (r.status == 303) {
            ++accepted;
        } else if (r.status == 429) {
            ++limited;
            EXPECT_FALSE(r.header("retry-after").empty());
            EXPECT_NE(r.body.find("Too many messages"), std::string::npos);
        }
    }
    EXPECT_EQ(accepted, 5);
    EXPECT_EQ(limited, 15);
    EXPECT_EQ(dog.reports().size(), 5u);
    // One alert per report for Ana, however many came.
    ASSERT_TRUE(dog.clinic.fake().waitForRequests(5));
    dog.clinic.advance(1000, 300);
    EXPECT_EQ(dog.clinic.fake().received().size(), 5u);
}

TEST_P(FoundForm, TheFinderLanguageIsFollowed)
{
    LostDog dog(GetParam());
    const auto pt = dog.page("/t/" + dog.tag, "pt-BR,pt;q=0.9");
    EXPECT_NE(pt.body.find("<html lang=\"pt-BR\">"), std::string::npos);
    EXPECT_NE(pt.body.find("Encontrei este pet"), std::string::npos);
    EXPECT_NE(pt.body.find("Mensagem no WhatsApp"), std::string::npos);
    EXPECT_NE(pt.body.find(">Ligar 011 15-2345-6789<"), std::string::npos);
    EXPECT_EQ(pt.header("vary"), "Accept-Language");
    const auto en = dog.page("/t/" + dog.tag + "?lang=en", "pt-BR");
    EXPECT_NE(en.body.find("I found this pet"), std::string::npos);
    const auto es = dog.page("/t/" + dog.tag + "?lang=es");
    EXPECT_NE(es.body.find("Escribir por WhatsApp"), std::string::npos);
    // Two visitors never get the same single-use token, even from the page cache.
    EXPECT_NE(dog.token(), dog.token());
}

INSTANTIATE_TEST_SUITE_P(Engines, FoundForm, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) { return backendName(p.param); });
