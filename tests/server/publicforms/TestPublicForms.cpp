// SPDX-License-Identifier: GPL-3.0-or-later
// Public form protection: tokens, body decoding and cleaning, the checks of a submission, and the
// single use of a token on both database engines (two "replicas" sharing one database).
#include "db/Database.h"
#include "publicforms/FormBody.h"
#include "publicforms/FormTokens.h"
#include "publicforms/PublicForm.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

using namespace petinfo::server;
using namespace petinfo::server::publicforms;
using petinfo::test::Backend;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000;
const std::string kKey = "0123456789abcdef0123456789abcdef";

FormSpec foundSpec()
{
    return FormSpec{
        "found-report", {{"name", 80, true, false}, {"phone", 40, true, false}, {"message", 2000, false, true}}, 4096};
}

std::string formBody(const std::string& token, const std::string& extra = "name=Ana&phone=11+4321-9876")
{
    return "form_token=" + urlEncode(token) + "&website=&" + extra;
}

} // namespace

TEST(FormTokens, RoundTripBoundToPurposeAndSubject)
{
    const FormTokens tokens(kKey, 60'000);
    const std::string t = tokens.issue("found-report", "tagA", kNow);
    EXPECT_EQ(t.rfind("v1.", 0), 0u);
    const CheckedToken ok = tokens.check(t, "found-report", "tagA", kNow + 1000);
    ASSERT_TRUE(ok.valid());
    EXPECT_EQ(ok.expiresMs, kNow + 60'000);
    EXPECT_EQ(ok.nonce.size(), 22u);
    EXPECT_EQ(tokens.check(t, "found-report", "tagB", kNow).status, TokenStatus::Invalid);
    EXPECT_EQ(tokens.check(t, "adoption", "tagA", kNow).status, TokenStatus::Invalid);
    EXPECT_EQ(tokens.check(t, "found-report", "tagA", kNow + 60'000).status, TokenStatus::Expired);
    EXPECT_EQ(
        FormTokens("another key, just as long as the first", 60'000).check(t, "found-report", "tagA", kNow).status,
        TokenStatus::Invalid);
    EXPECT_NE(tokens.issue("found-report", "tagA", kNow), t); // a new nonce each time
}

TEST(FormTokens, RefusesAlteredAndMalformedTokens)
{
    const FormTokens tokens(kKey, 60'000);
    const std::string t = tokens.issue("p", "s", kNow);
    EXPECT_EQ(tokens.check("", "p", "s", kNow).status, TokenStatus::Missing);
    std::string flipped = t;
    flipped[5] = flipped[5] == 'A' ? 'B' : 'A';
    // A later expiry with the old MAC: refused, not extended.
    const auto dot = t.find('.', 3);
    const auto dot2 = t.find('.', dot + 1);
    const std::string extended = t.substr(0, dot + 1) + std::to_string(kNow + 999'999'999) + t.substr(dot2);
    for (const std::string& bad :
         {flipped, extended, t + "x", t.substr(0, t.size() - 1), std::string("v1...."), std::string("v2") + t.substr(2),
          std::string(300, 'a'), t.substr(0, dot + 1) + "-5" + t.substr(dot2), std::string("<script>")}) {
        EXPECT_EQ(tokens.check(bad, "p", "s", kNow).status, TokenStatus::Invalid) << bad;
    }
}

TEST(FormBody, DecodesAndLimits)
{
    const auto limit = [](std::string_view name) -> std::size_t {
        return name == "short" ? 3 : 100;
    };
    auto d = decodeFormBody("a=1&b=hola+mundo&c=%C3%B1and%C3%BA&&empty=", 10, limit);
    ASSERT_FALSE(d.problem);
    EXPECT_EQ(d.values["a"], "1");
    EXPECT_EQ(d.values["b"], "hola mundo");
    EXPECT_EQ(d.values["c"], "ñandú");
    EXPECT_EQ(d.values["empty"], "");
    EXPECT_EQ(decodeFormBody("short=abcd", 10, limit).problem, BodyProblem::FieldTooLong);
    EXPECT_EQ(decodeFormBody("short=abcd", 10, limit).field, "short");
    EXPECT_FALSE(decodeFormBody("short=abc", 10, limit).problem);
    EXPECT_FALSE(decodeFormBody("short=%41%42%43", 10, limit).problem); // decoded length counts
    for (const char* bad : {"a=%", "a=%4", "a=%zz", "%3Cb%3E=1", "a b=1", "=1", "a=%C3%28", "a=%ED%A0%80", "a=%C0%AF",
                            "a=%F4%90%80%80", "a=1&b=2&c=3&d=4"}) {
        EXPECT_EQ(decodeFormBody(bad, 3, limit).problem, BodyProblem::Malformed) << bad;
    }
    // A repeated name (an empty honeypot first, then a filled one) is refused, whatever its spelling.
    for (const char* repeated : {"a=1&a=2", "a=1&%61=2", "a=&a="}) {
        EXPECT_EQ(decodeFormBody(repeated, 3, limit).problem, BodyProblem::Repeated) << repeated;
        EXPECT_EQ(decodeFormBody(repeated, 3, limit).field, "a") << repeated;
    }
}

TEST(FormBody, CleansText)
{
    EXPECT_EQ(cleanText("  Ana\x01 P\x7F\xC2\x85\xC3\xA9rez \t ", false), "Ana Pérez");
    EXPECT_EQ(cleanText("line 1\r\nline 2\rline 3\n", true), "line 1\nline 2\nline 3");
    EXPECT_EQ(cleanText("line 1\r\nline 2", false), "line 1 line 2");
    // U+202E (right-to-left override) and U+200B (zero-width space) are removed.
    EXPECT_EQ(cleanText("evil\xE2\x80\xAEtxt.exe\xE2\x80\x8B", false), "eviltxt.exe");
    EXPECT_EQ(cleanText(" \n \r\n ", true), "");
    EXPECT_EQ(urlEncode("Hola, soy Ana & Luna/ñ"), "Hola%2C%20soy%20Ana%20%26%20Luna%2F%C3%B1");
}

TEST(PublicForms, AcceptsAValidSubmission)
{
    PublicForms forms(kKey, 60'000, FormLimits{60, 100});
    const std::string token = forms.issueToken("found-report", "tagA", kNow);
    const Submission s =
        forms.check(foundSpec(), "tagA", "application/x-www-form-urlencoded; charset=UTF-8",
                    formBody(token, "name=+Ana%00+&phone=11+4321-9876&message=En+la+plaza%0D%0Acerca&extra=1"),
                    "1.2.3.4", kNow + 5000);
    ASSERT_TRUE(s.accepted()) << static_cast<int>(s.rejection);
    EXPECT_EQ(s.value("name"), "Ana");
    EXPECT_EQ(s.value("message"), "En la plaza\ncerca");
    EXPECT_EQ(s.values.count("extra"), 0u);
    EXPECT_TRUE(s.token.valid());
}

TEST(PublicForms, RefusesEachKindOfAbuse)
{
    PublicForms forms(kKey, 60'000, FormLimits{60, 1000});
    const FormSpec spec = foundSpec();
    const std::string token = forms.issueToken("found-report", "tagA", kNow);
    struct Case
    {
        std::string contentType;
        std::string body;
        Rejection expected;
    };
    const std::string form = "application/x-www-form-urlencoded";
    const std::vector<Case> cases{
        {form, "name=Ana&phone=1", Rejection::TokenMissing},
        {form, formBody("v1.AAAAAAAAAAAAAAAAAAAAAA.99999999999999.AAAA"), Rejection::TokenInvalid},
        {form, formBody(forms.issueToken("found-report", "tagB", kNow)), Rejection::TokenInvalid},
        {form, formBody(forms.issueToken("adoption", "tagA", kNow)), Rejection::TokenInvalid},
        {form, formBody(forms.issueToken("found-report", "tagA", kNow - 70'000)), Rejection::TokenExpired},
        {form, "website=http%3A%2F%2Fspam.example&" + formBody(token).substr(0), Rejection::Honeypot},
        {form, formBody(token, "name=" + std::string(81, 'a') + "&phone=1"), Rejection::FieldTooLong},
        {form, formBody(token, "name=Ana&phone=1&message=" + std::string(2500, 'x')), Rejection::FieldTooLong},
        {form, formBody(token, "name=" + std::string(5000, 'a')), Rejection::BodyTooLarge},
        {form, formBody(token, "name=%20%20%01&phone=1"), Rejection::MissingField},
        {form, formBody(token, "name=Ana"), Rejection::MissingField},
        {form, formBody(token, "name=%FF&phone=1"), Rejection::Malformed},
        {form, formBody(token) + "&website=spam", Rejection::Honeypot}, // an empty copy first
        {form, formBody(token) + "&name=Second", Rejection::Malformed},
        {"application/json", formBody(token), Rejection::NotAForm},
        {"multipart/form-data; boundary=x", formBody(token), Rejection::NotAForm},
        {"", formBody(token), Rejection::NotAForm},
    };
    for (const Case& c : cases) {
        const Submission s = forms.check(spec, "tagA", c.contentType, c.body, "5.6.7.8", kNow + 1000);
        EXPECT_EQ(s.rejection, c.expected) << c.body.substr(0, 120);
        EXPECT_FALSE(s.accepted());
    }
    // The honeypot's submission would have had a valid token: it is still refused.
    const Submission trapped = forms.check(spec, "tagA", form, "website=x&" + formBody(token), "5.6.7.8", kNow + 1000);
    EXPECT_EQ(trapped.rejection, Rejection::Honeypot);
}

TEST(PublicForms, RateLimitsPerAddressAndForm)
{
    PublicForms forms(kKey, 60'000, FormLimits{0.001, 3});
    const FormSpec spec = foundSpec();
    const auto submit = [&](const std::string& address, const FormSpec& s) {
        return forms.check(s, "tagA", "application/x-www-form-urlencoded",
                           formBody(forms.issueToken(s.purpose, "tagA", kNow)), address, kNow);
    };
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(submit("9.9.9.9", spec).accepted()) << i;
    }
    const Submission limited = submit("9.9.9.9", spec);
    EXPECT_EQ(limited.rejection, Rejection::RateLimited);
    EXPECT_GT(limited.retryAfterSeconds, 0);
    // Even a bad request counts, and costs nothing more than the count.
    EXPECT_EQ(forms.check(spec, "tagA", "text/plain", std::string(1 << 20, 'x'), "9.9.9.9", kNow).rejection,
              Rejection::RateLimited);
    EXPECT_TRUE(submit("9.9.9.10", spec).accepted());
    FormSpec other = spec;
    other.purpose = "adoption";
    EXPECT_TRUE(submit("9.9.9.9", other).accepted());
}

class FormTokenStorage : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        DatabaseSettings s;
        if (GetParam() == Backend::Postgres) {
            m_pg = petinfo::test::PgDatabase::create();
            s.engine = Engine::Postgres;
            s.postgresConninfo = postgresConninfoFromUrl(m_pg->url()).value();
        } else {
            m_dir = std::filesystem::temp_directory_path() / ("petinfo-forms-" + petinfo::test::uuid());
            std::filesystem::create_directories(m_dir);
            s.sqlitePath = (m_dir / "test.db").string();
        }
        s.poolSize = 8;
        db = std::make_unique<Database>(s);
        db->migrate();
    }
    void TearDown() override
    {
        db.reset();
        m_pg.reset();
        if (!m_dir.empty()) {
            std::filesystem::remove_all(m_dir);
        }
    }

    std::unique_ptr<Database> db;

private:
    std::unique_ptr<petinfo::test::PgDatabase> m_pg;
    std::filesystem::path m_dir;
};

TEST_P(FormTokenStorage, ATokenIsUsedOnceEvenWhenRacing)
{
    const FormTokens tokens(kKey, 60'000);
    const CheckedToken t = tokens.check(tokens.issue("p", "s", kNow), "p", "s", kNow);
    ASSERT_TRUE(t.valid());
    std::atomic<int> winners{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&] {
            for (int attempt = 0; attempt < 20; ++attempt) {
                try {
                    if (db->transaction(true, [&](DbConnection& c) { return FormTokens::consume(c, t, kNow); })) {
                        ++winners;
                    }
                    return;
                } catch (const DbError& e) {
                    if (e.kind() != DbError::Kind::Transient) {
                        throw;
                    }
                }
            }
        });
    }
    for (auto& th : threads) {
        th.join();
    }
    EXPECT_EQ(winners.load(), 1);
    // A rolled-back use does not count: the token stays usable.
    const CheckedToken other = tokens.check(tokens.issue("p", "s", kNow), "p", "s", kNow);
    EXPECT_THROW(db->transaction(true,
                                 [&](DbConnection& c) {
                                     EXPECT_TRUE(FormTokens::consume(c, other, kNow));
                                     throw std::runtime_error("the report could not be stored");
                                 }),
                 std::runtime_error);
    EXPECT_TRUE(db->transaction(true, [&](DbConnection& c) { return FormTokens::consume(c, other, kNow); }));
}

TEST_P(FormTokenStorage, ExpiredNoncesAreForgotten)
{
    const FormTokens tokens(kKey, 60'000);
    const CheckedToken t = tokens.check(tokens.issue("p", "s", kNow), "p", "s", kNow);
    ASSERT_TRUE(db->transaction(true, [&](DbConnection& c) { return FormTokens::consume(c, t, kNow); }));
    const CheckedToken later = tokens.check(tokens.issue("p", "s", kNow + 120'000), "p", "s", kNow + 120'000);
    ASSERT_TRUE(db->transaction(true, [&](DbConnection& c) { return FormTokens::consume(c, later, kNow + 120'000); }));
    const auto count = db->transaction(
        false, [](DbConnection& c) { return c.rows("SELECT COUNT(*) FROM used_form_tokens").integer(0, 0); });
    EXPECT_EQ(count, 1);
}

TEST_P(FormTokenStorage, TheGeneratedKeyIsSharedAndTheConfiguredOneWins)
{
    const std::string first = formTokenKey(*db, "", kNow);
    EXPECT_EQ(first.size(), 64u);
    EXPECT_EQ(formTokenKey(*db, "", kNow + 1), first);
    EXPECT_EQ(formTokenKey(*db, kKey, kNow), kKey);
}

INSTANTIATE_TEST_SUITE_P(Engines, FormTokenStorage, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) {
                             return petinfo::test::backendName(p.param);
                         });
