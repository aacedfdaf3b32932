// SPDX-License-Identifier: GPL-3.0-or-later
// The application form of the public adoption page against hostile input, on the real server
// (both engines): oversized fields and bodies, control characters, markup and SQL, broken
// UTF-8 and percent escapes, repeated fields, wrong content types, missing, forged, foreign,
// replayed and expired tokens, path tricks in the slug and the animal id. No answer is a 5xx,
// nothing typed comes back unescaped, and what is stored is clean text within its limits.
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "publicforms/FormBody.h"
#include "support/AdoptionShelter.h"
#include "support/ServerTest.h"

#include "app/FileClock.h"

#include <chrono>
#include <filesystem>
#include <functional>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using petinfo::server::publicforms::urlEncode;
using sync::EntityType;

namespace {

std::int64_t realNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

class AdoptionForm : public ServerTest
{
protected:
    AdoptionForm()
        : clockFile((std::filesystem::temp_directory_path() / ("petinfo-adopt-clock-" + uuid())).string())
        , start(realNowMs() + 86400000) // ahead of the devices' clocks, as the skew check wants
    {
        server::FileClock::write(clockFile, start);
    }
    ~AdoptionForm() override { std::filesystem::remove(clockFile); }

    std::map<std::string, std::string> config() const override
    {
        return {{"debug.clockFile", clockFile},
                {"publicForms.burst", "1000"},
                {"publicForms.perAddressPerMinute", "1000"},
                {"adoptionPage.applicationsPerAddressPerHour", "1000"},
                {"adoptionPage.applicationsPerOrganisationPerHour", "1000"}};
    }

    std::string clockFile;
    std::int64_t start;
};

struct Case
{
    std::string what;
    std::function<HttpResponse()> send;
    bool mayStore = false; ///< a valid application whose text is hostile (stored as text)
};

/** Replaces the first `name=…` pair of a form body with `name=<encoded value>`. */
std::string withField(std::string body, const std::string& name, const std::string& encoded)
{
    const std::string key = "&" + name + "=";
    const auto at = body.find(key);
    if (at == std::string::npos) {
        return body + key + encoded;
    }
    const auto end = body.find('&', at + 1);
    body.replace(at, (end == std::string::npos ? body.size() : end) - at, key + encoded);
    return body;
}

} // namespace

TEST_P(AdoptionForm, SixtyHostileSubmissionsStoreNothingUnsafeAndNeverFail)
{
    AdoptionShelter a(*server, "Refugio Hostil");
    AdoptionShelter b(*server, "Otro Refugio");
    const std::string rex = b.addAdoptable("Rex");
    const std::string path = "/adopt/" + a.slug + "/" + a.toby;
    const auto token = [&] {
        return formTokenOf(getPage(*server, path).body);
    };
    const auto post = [&](const std::string& body, const std::string& type = "application/x-www-form-urlencoded") {
        return postForm(*server, path, body, type);
    };
    const std::string script = "<script>alert(document.cookie)</script>";
    const std::string big(100 * 1024, 'A');
    const std::string used = token();
    ASSERT_EQ(post(applicationBody(used, "Used Once")).status, 303);
    const std::string stale = token();

    // A valid application with one field set to `value` (percent-encoded here).
    auto field = [&](std::string name, std::string value, std::string signature = {}) {
        return [&, name, value, signature] {
            std::string body = withField(applicationBody(token()), name, urlEncode(value));
            if (name == "applicantName") {
                body = withField(body, "signatureName", urlEncode(signature.empty() ? value : signature));
            }
            return post(body);
        };
    };
    auto raw = [&](std::string body, std::string type = "application/x-www-form-urlencoded") {
        return [&, body, type] {
            return post(body, type);
        };
    };
    auto withToken = [&](std::string rest) {
        return [&, rest] {
            return post("form_token=" + urlEncode(token()) + rest);
        };
    };
    std::vector<Case> cases{
        {"script in name", field("applicantName", script), true},
        {"script in address", field("address", script), true},
        {"script in other pets", field("otherPets", script), true},
        {"script in experience", field("experience", script), true},
        {"script in message", field("message", script), true},
        {"attribute breakout in name", field("applicantName", "\"><img src=x onerror=alert(1)>"), true},
        {"attribute breakout in address", field("address", "'\"><svg onload=alert(1)>"), true},
        {"textarea breakout", field("message", "</textarea><script>alert(1)</script>"), true},
        {"style breakout", field("experience", "</style><script>x</script>"), true},
        {"javascript: URL in message", field("message", "javascript:alert(1)"), true},
        {"data: URL in other pets", field("otherPets", "data:text/html,<script>alert(1)</script>"), true},
        {"SQL in name", field("applicantName", "Robert'); DROP TABLE sync_rows; --"), true},
        {"SQL in address", field("address", "x' OR '1'='1"), true},
        {"template braces", field("message", "{{1}} ${7*7} {{constructor}}"), true},
        {"controls in message", field("message", std::string("a\0b\x01\x1B[31mc\x7F", 9)), true},
        {"bidi override in address", field("address", "evil\xE2\x80\xAEgnp.exe"), true},
        {"emoji and accents", field("applicantName", "Zoë Ñandú 🐶"), true},
        {"CRLF in address", field("address", "x\r\nSet-Cookie: a=1"), true},
        {"100 KB name", field("applicantName", big)},
        {"100 KB phone", field("phone", big)},
        {"100 KB message", field("message", big)},
        {"name one character over", field("applicantName", std::string(121, 'n'))},
        {"message over its characters", field("message", std::string(4001, 'm'))},
        {"email over", field("email", std::string(200, 'e') + "@example.org")},
        {"ten thousand adults", field("adults", "10000")},
        {"negative children", field("children", "-1")},
        {"adults as text", field("adults", "two")},
        {"huge number", field("children", "99999999999999999999")},
        {"ages not numbers", field("childrenAges", "four; nine")},
        {"unknown home type", field("homeType", "castle")},
        {"script as yard", field("yard", "<script>")},
        {"unknown landlord answer", field("landlordPermitsPets", "maybe")},
        {"consent not yes", field("consent", "on")},
        {"signature of someone else", field("signatureName", "Somebody Else")},
        {"controls-only name", field("applicantName", "\x01\x02\x03")},
        {"spaces-only signature", field("signatureName", "   ")},
        {"no contact at all",
         [&] {
             return post(withField(withField(applicationBody(token()), "phone", ""), "email", ""));
         }},
        {"missing token", raw(applicationBody("").substr(std::string("form_token=").size()))},
        {"empty token", raw(applicationBody(""))},
        {"garbage token", raw(applicationBody("<script>"))},
        {"forged token",
         raw(applicationBody("v1.AAAAAAAAAAAAAAAAAAAAAA.99999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))},
        {"tampered token",
         [&] {
             std::string t = token();
             t[t.size() - 2] = t[t.size() - 2] == 'A' ? 'B' : 'A';
             return post(applicationBody(t));
         }},
        {"token of another shelter's animal",
         [&] {
             return post(applicationBody(formTokenOf(getPage(*server, "/adopt/" + b.slug + "/" + rex).body)));
         }},
        {"2 KB token", raw(applicationBody(std::string(2000, 'v')))},
        {"replayed token", raw(applicationBody(used, "Replay Again"))},
        {"honeypot filled",
         [&] {
             return post(applicationBody(token(), "Bot", "&website=spam"));
         }},
        {"honeypot twice",
         [&] {
             return post("website=&" + applicationBody(token(), "Bot"));
         }},
        {"repeated name field",
         [&] {
             return post(applicationBody(token()) + "&applicantName=Other");
         }},
        {"repeated token field",
         [&] {
             return post(applicationBody(token()) + "&form_token=x");
         }},
        {"invalid UTF-8", withToken("&applicantName=%FF%FE&consent=yes&signatureName=%FF%FE&phone=1")},
        {"overlong UTF-8", withToken("&applicantName=%C0%AF&consent=yes")},
        {"surrogate", withToken("&applicantName=%ED%A0%80&consent=yes")},
        {"broken percent", withToken("&applicantName=%G1&consent=yes")},
        {"odd field name", withToken("&appli%00cantName=a&consent=yes")},
        {"a thousand fields",
         [&] {
             std::string body = "form_token=" + urlEncode(token());
             for (int i = 0; i < 1000; ++i) {
                 body += "&f" + std::to_string(i) + "=1";
             }
             return post(body);
         }},
        {"200 KB body", raw(std::string(200 * 1024, 'x'))},
        {"JSON body",
         [&] {
             return post(json{{"form_token", token()}, {"applicantName", "a"}, {"consent", "yes"}}.dump(),
                         "application/json");
         }},
        {"multipart body",
         [&] {
             return post(applicationBody(token()), "multipart/form-data; boundary=z");
         }},
        {"text/plain body",
         [&] {
             return post(applicationBody(token()), "text/plain");
         }},
        {"no content type",
         [&] {
             return post(applicationBody(token()), "");
         }},
        {"empty body", raw("")},
        {"animal not adoptable",
         [&] {
             return postForm(*server, "/adopt/" + a.slug + "/" + a.mia, applicationBody(token()));
         }},
        {"another shelter's animal",
         [&] {
             return postForm(*server, "/adopt/" + a.slug + "/" + rex, applicationBody(token()));
         }},
        {"unknown slug",
         [&] {
             return postForm(*server, "/adopt/no-such-place/" + a.toby, applicationBody(token()));
         }},
        {"path traversal in slug",
         [&] {
             return postForm(*server, "/adopt/..%2F..%2Fapi/" + a.toby, applicationBody(token()));
         }},
        {"path traversal in id",
         [&] {
             return postForm(*server, "/adopt/" + a.slug + "/..%2F" + a.toby, applicationBody(token()));
         }},
        {"SQL as slug",
         [&] {
             return postForm(*server, "/adopt/x'%20OR%20'1'='1/" + a.toby, applicationBody(token()));
         }},
        {"script as id",
         [&] {
             return postForm(*server, "/adopt/" + a.slug + "/%3Cscript%3E", applicationBody(token()));
         }},
        {"lang injection", [&] { return post(withField(applicationBody(token()), "lang", "%22%3E%3Cscript%3E")); },
         true},
        {"lang header splitting",
         [&] {
             return post(withField(applicationBody(token()), "lang", "es%0D%0ALocation%3A%20http%3A%2F%2Fevil"));
         }},
        {"page with lang injection",
         [&] {
             return getPage(*server, path + "?lang=%22%3E%3Cscript%3E");
         }},
        {"page with huge Accept-Language",
         [&] {
             return getPage(*server, path, std::string(6000, 'e') + ",es;q=0.5");
         }},
        {"thanks with script lang",
         [&] {
             return getPage(*server, path + "/thanks?lang=%3Cscript%3E");
         }},
        {"expired token",
         [&] {
             server::FileClock::write(clockFile, start + 3 * 3600 * 1000); // tokens live two hours
             return post(applicationBody(stale, "Late Comer"));
         }},
    };
    ASSERT_GE(cases.size(), 60u);
    std::size_t stored = 1; // "Used Once"
    for (const Case& c : cases) {
        const auto before = a.applications().size();
        const HttpResponse r = c.send();
        EXPECT_GT(r.status, 0) << c.what;
        EXPECT_LT(r.status, 500) << c.what << ": " << r.body.substr(0, 300);
        EXPECT_EQ(r.body.find("<script"), std::string::npos) << c.what;
        EXPECT_EQ(r.body.find("<img src=x"), std::string::npos) << c.what;
        EXPECT_EQ(r.body.find("<svg"), std::string::npos) << c.what;
        EXPECT_EQ(r.header("location").find('\n'), std::string::npos) << c.what;
        EXPECT_EQ(r.header("location").find("evil"), std::string::npos) << c.what;
        const auto after = a.applications().size();
        if (c.mayStore) {
            EXPECT_EQ(r.status, 303) << c.what << ": " << r.body.substr(0, 400);
            EXPECT_EQ(after, before + 1) << c.what;
            ++stored;
        } else {
            EXPECT_EQ(after, before) << c.what << " stored an application (" << r.status << ")";
        }
    }
    // What was stored is a valid application of clean text.
    const auto applications = a.applications();
    EXPECT_EQ(applications.size(), stored);
    EXPECT_TRUE(b.applications().empty());
    for (const sync::SyncRow& row : applications) {
        const auto app = adoptionApplicationFromJson(sync::entityJson(row));
        ASSERT_TRUE(app.hasValue());
        EXPECT_TRUE(validate(*app).ok()) << row.id;
        EXPECT_EQ(app->channel, ApplicationChannel::Web);
        EXPECT_EQ(app->petIds, std::vector<std::string>{a.toby});
        for (const std::string* value : {&app->applicantName, &app->phone, &app->email, &app->address, &app->otherPets,
                                         &app->experience, &app->message, &app->signatureName}) {
            EXPECT_TRUE(server::publicforms::isValidUtf8(*value));
            for (char ch : *value) {
                const auto c = static_cast<unsigned char>(ch);
                EXPECT_TRUE(c >= 0x20 || c == '\n') << *value;
                EXPECT_NE(c, 0x7F) << *value;
            }
            EXPECT_EQ(value->find("\xE2\x80\xAE"), std::string::npos) << *value;
        }
    }
    // And the pages after all that are still clean.
    for (const std::string& page : {"/adopt/" + a.slug, path}) {
        const auto r = getPage(*server, page);
        EXPECT_EQ(r.status, 200);
        EXPECT_EQ(r.body.find("<script"), std::string::npos);
    }
}

PETINFO_INSTANTIATE_FOR_ENGINES(AdoptionForm);
