// SPDX-License-Identifier: GPL-3.0-or-later
// The MercadoPago and Stripe clients and signatures, checked against the openssl command line
// and against the local fakes (real HTTP); the plans read from configuration.
#include "billing/Plans.h"
#include "integrations/mercadopago/MercadoPagoClient.h"
#include "integrations/stripe/StripeClient.h"
#include "support/FakeHttpServer.h"
#include "support/FakeMercadoPago.h"
#include "support/FakeStripe.h"
#include "support/FakeWhatsApp.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/MapConfiguration.h>

#include <gtest/gtest.h>

using namespace petinfo;
using namespace petinfo::server;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1733572800000; // 2024-12-07 12:00:00 UTC

std::optional<std::string> noEnv(const std::string&)
{
    return std::nullopt;
}

} // namespace

TEST(MercadoPagoSignature, TheManifestIsTheDocumentedTemplate)
{
    EXPECT_EQ(mercadopago::signatureManifest("ABC123", "req-1", "1704908010"),
              "id:abc123;request-id:req-1;ts:1704908010;");
    EXPECT_EQ(mercadopago::signatureManifest("", "req-1", "1704908010"), "request-id:req-1;ts:1704908010;")
        << "an absent value leaves its part out";
    EXPECT_EQ(mercadopago::signatureManifest("12-AB", "", "1"), "id:12-AB;ts:1;")
        << "only alphanumeric ids are lowered";
}

TEST(MercadoPagoSignature, VerifiesAgainstTheOpensslCommand)
{
    const std::string secret = "mp-secret";
    const std::string ts = std::to_string(kNow / 1000);
    const std::string v1 = test::opensslHmacSha256(secret, "id:123456;request-id:r-1;ts:" + ts + ";");
    using mercadopago::SignatureCheck;
    auto check = [&](const std::string& header, const std::string& id = "123456", std::int64_t now = kNow) {
        return mercadopago::verifySignature(secret, header, id, "r-1", now, 300);
    };
    EXPECT_EQ(check("ts=" + ts + ",v1=" + v1), SignatureCheck::Valid);
    EXPECT_EQ(check("v1=" + v1 + ", ts=" + ts), SignatureCheck::Valid) << "any order, spaces";
    EXPECT_EQ(check("ts=" + ts + ",v1=" + v1, "123457"), SignatureCheck::Mismatch);
    EXPECT_EQ(check("ts=" + ts + ",v1=" + std::string(64, '0')), SignatureCheck::Mismatch);
    EXPECT_EQ(check("ts=" + ts + ",v1=" + v1, "123456", kNow + 301000), SignatureCheck::Stale);
    EXPECT_EQ(check("ts=" + ts + ",v1=" + v1, "123456", kNow - 301000), SignatureCheck::Stale);
    EXPECT_EQ(check("ts=" + ts), SignatureCheck::Malformed);
    EXPECT_EQ(check("ts=abc,v1=" + v1), SignatureCheck::Malformed);
    EXPECT_EQ(mercadopago::verifySignature("", "ts=" + ts + ",v1=" + v1, "123456", "r-1", kNow, 300),
              SignatureCheck::Malformed)
        << "no secret, nothing verifies";
    // Milliseconds, as MercadoPago also sends.
    const std::string tsMs = std::to_string(kNow);
    const std::string v1Ms = test::opensslHmacSha256(secret, "id:123456;request-id:r-1;ts:" + tsMs + ";");
    EXPECT_EQ(check("ts=" + tsMs + ",v1=" + v1Ms), SignatureCheck::Valid);
}

TEST(StripeSignature, VerifiesAgainstTheOpensslCommand)
{
    const std::string secret = "whsec_test";
    const std::string body = R"({"id":"evt_1","object":"event"})";
    const std::int64_t t = kNow / 1000;
    const std::string v1 = test::opensslHmacSha256(secret, std::to_string(t) + "." + body);
    EXPECT_EQ(stripe::signatureHeader(secret, t, body), "t=" + std::to_string(t) + ",v1=" + v1);
    using stripe::SignatureCheck;
    auto check = [&](const std::string& header, std::int64_t now = kNow, const std::string& raw = {}) {
        return stripe::verifySignature(secret, header, raw.empty() ? body : raw, now, 300);
    };
    const std::string header = "t=" + std::to_string(t) + ",v1=" + v1;
    EXPECT_EQ(check(header), SignatureCheck::Valid);
    EXPECT_EQ(check("t=" + std::to_string(t) + ",v1=" + std::string(64, 'a') + ",v1=" + v1 + ",v0=zz"),
              SignatureCheck::Valid)
        << "one v1 of several";
    EXPECT_EQ(check(header, kNow + 300000), SignatureCheck::Valid) << "300 s is within the tolerance";
    EXPECT_EQ(check(header, kNow + 301000), SignatureCheck::Stale);
    EXPECT_EQ(check(header, kNow - 301000), SignatureCheck::Stale);
    EXPECT_EQ(check(header, kNow, body + " "), SignatureCheck::Mismatch) << "the raw body, byte for byte";
    EXPECT_EQ(check("t=" + std::to_string(t)), SignatureCheck::Malformed);
    EXPECT_EQ(check("v1=" + v1), SignatureCheck::Malformed);
}

TEST(MercadoPagoClient, AmountsAreMinorUnits)
{
    EXPECT_EQ(mercadopago::toMinor(json(499.0), 2), 49900);
    EXPECT_EQ(mercadopago::toMinor(json(123.45), 2), 12345);
    EXPECT_EQ(mercadopago::toMinor(json(0.1 + 0.2), 2), 30);
    EXPECT_EQ(mercadopago::toMinor(json(2900), 0), 2900);
    EXPECT_EQ(mercadopago::toMinor(json(4.999), 2), std::nullopt) << "more decimals than the currency has";
    EXPECT_EQ(mercadopago::toMinor(json("499"), 2), std::nullopt);
    const std::string text =
        mercadopago::MercadoPagoClient::preferenceBody({"clinic-monthly", "Clinic monthly", "BRL", 12345, 2, "chk-1",
                                                        "https://x/n", "https://x/s", "https://x/f", "https://x/p"});
    EXPECT_NE(text.find("\"unit_price\":123.45}"), std::string::npos) << text;
    const json body = json::parse(text);
    EXPECT_EQ(body["items"][0]["unit_price"], 123.45);
    EXPECT_EQ(body["items"][0]["quantity"], 1);
    EXPECT_EQ(body["external_reference"], "chk-1");
    EXPECT_EQ(body["back_urls"]["pending"], "https://x/p");
}

TEST(MercadoPagoClient, UnitPricesAreWrittenFromIntegersExactly)
{
    EXPECT_EQ(mercadopago::decimalText(49900, 2), "499");
    EXPECT_EQ(mercadopago::decimalText(12345, 2), "123.45");
    EXPECT_EQ(mercadopago::decimalText(9950, 2), "99.50");
    EXPECT_EQ(mercadopago::decimalText(5, 2), "0.05");
    EXPECT_EQ(mercadopago::decimalText(290000, 0), "290000");
    // Past 2^53 a double has no exact cents; the text still has them.
    EXPECT_EQ(mercadopago::decimalText(9007199254740993, 2), "90071992547409.93");
    // A title that looks like the marker or a unit_price cannot move the price.
    const std::string tricky = "\x01unit_price\x01 \"unit_price\":1";
    const std::string text = mercadopago::MercadoPagoClient::preferenceBody(
        {"tags10", tricky, "MXN", 9950, 2, "chk-2", "https://x/n", "https://x/s", "https://x/f", "https://x/p"});
    const json body = json::parse(text);
    EXPECT_EQ(body["items"][0]["title"], tricky);
    EXPECT_EQ(body["items"][0]["unit_price"], 99.5);
    EXPECT_NE(text.find("\"unit_price\":99.50"), std::string::npos) << text;
}

TEST(MercadoPagoClient, TalksToTheFakeWithTheBearerToken)
{
    test::FakeMercadoPago fake;
    mercadopago::MercadoPagoSettings settings;
    settings.baseUrl = fake.baseUrl();
    settings.accessToken = fake.options().accessToken;
    mercadopago::MercadoPagoClient client(settings);
    const auto pref = client.createPreference(
        {"p", "Plan", "MXN", 49900, 2, "chk-1", "https://x/n", "https://x/s", "https://x/f", "https://x/p"});
    ASSERT_TRUE(pref.value) << pref.error << testing::PrintToString(fake.refusals());
    EXPECT_NE(pref.value->initPoint.find(pref.value->id), std::string::npos);
    const std::string paid = fake.pay(pref.value->id);
    const auto payment = client.payment(paid);
    ASSERT_TRUE(payment.value) << payment.error;
    EXPECT_EQ(payment.value->status, "approved");
    EXPECT_EQ(payment.value->amountMinor, 49900);
    EXPECT_EQ(payment.value->externalReference, "chk-1");
    const auto missing = client.payment("999");
    EXPECT_FALSE(missing.value);
    EXPECT_FALSE(missing.transient) << "an unknown payment stays unknown";
    fake.failReads(1);
    EXPECT_TRUE(client.payment(paid).transient) << "a 500 is worth another try";

    settings.accessToken = "APP_USR-wrong";
    const auto refused = mercadopago::MercadoPagoClient(settings).payment(paid);
    EXPECT_FALSE(refused.value);
    EXPECT_EQ(refused.error.find("APP_USR"), std::string::npos) << "no token in an error";
    settings.baseUrl = "http://127.0.0.1:1";
    EXPECT_TRUE(mercadopago::MercadoPagoClient(settings).payment(paid).transient) << "unreachable";
}

TEST(StripeClient, SendsAFormTheFakeAccepts)
{
    EXPECT_EQ(stripe::StripeClient::encodeForm({{"line_items[0][price_data][product_data][name]", "Clínica mes"}}),
              "line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bname%5D=Cl%C3%ADnica%20mes");
    test::FakeStripe fake;
    stripe::StripeSettings settings;
    settings.baseUrl = fake.baseUrl();
    settings.secretKey = fake.options().secretKey;
    stripe::StripeClient client(settings);
    const auto session = client.createCheckoutSession(
        {"Clinic yearly", "EUR", 29000, "year", "chk-2", "https://x/s?a=1&b=2", "https://x/c", {}});
    ASSERT_TRUE(session.value) << session.error << testing::PrintToString(fake.refusals());
    const auto form = fake.sessions()[0];
    EXPECT_EQ(form.at("mode"), "subscription");
    EXPECT_EQ(form.at("success_url"), "https://x/s?a=1&b=2") << "encoded and decoded whole";
    EXPECT_EQ(form.at("line_items[0][price_data][currency]"), "eur");
    EXPECT_EQ(form.at("subscription_data[metadata][checkout_id]"), "chk-2");
    const auto once = client.createCheckoutSession({"Tags", "USD", 500, "", "chk-3", "https://x/s", "https://x/c", {}});
    ASSERT_TRUE(once.value) << once.error;
    EXPECT_EQ(fake.sessions()[1].at("mode"), "payment");

    settings.secretKey = "sk_test_wrong";
    const auto refused = stripe::StripeClient(settings).createCheckoutSession(
        {"Tags", "USD", 500, "", "chk-4", "https://x/s", "https://x/c", {}});
    EXPECT_FALSE(refused.value);
    EXPECT_NE(refused.error.find("401"), std::string::npos);
    EXPECT_EQ(refused.error.find("sk_test"), std::string::npos) << "no key in an error";
}

TEST(BillingSettings, PlansAreReadFromConfiguration)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> c(new Poco::Util::MapConfiguration);
    c->setString("billing.plans", "free, shelter");
    c->setString("billing.plan.free.devices", "1");
    c->setString("billing.plan.shelter.name", "Shelter");
    c->setString("billing.plan.shelter.interval", "year");
    c->setString("billing.plan.shelter.devices", "-1");
    c->setString("billing.plan.shelter.whatsapp", "true");
    c->setString("billing.plan.shelter.price.ars", "12000000");
    c->setString("billing.plan.shelter.price.USD", "9900");
    BillingSettings s = loadBillingSettings(*c, noEnv);
    ASSERT_TRUE(s.enabled());
    ASSERT_EQ(s.plans.size(), 2u);
    EXPECT_EQ(s.free().devices, 1);
    const Plan* shelter = s.find("shelter");
    ASSERT_NE(shelter, nullptr);
    EXPECT_EQ(shelter->prices.at("ARS"), 12000000);
    EXPECT_TRUE(shelter->allowsDevices(5000));
    EXPECT_EQ(s.cheapest([](const Plan& p) { return p.whatsapp; }), shelter);
    EXPECT_EQ(s.providerFor("ARS"), Provider::MercadoPago);
    EXPECT_EQ(s.providerFor("EUR"), Provider::Stripe);
    EXPECT_EQ(s.providerFor("JPY"), std::nullopt);
    const auto problems = s.problems();
    EXPECT_NE(std::find(problems.begin(), problems.end(),
                        "plans priced in ARS need mercadopago.accessToken and webhookSecret"),
              problems.end());

    c->setString("billing.plan.shelter.price.JPY", "100");
    c->setString("billing.freePlan", "gratis");
    c->setString("mercadopago.accessToken", "t");
    c->setString("mercadopago.webhookSecret", "s");
    s = loadBillingSettings(*c, [](const std::string& name) -> std::optional<std::string> {
        return name == "PETINFO_STRIPE_SECRET_KEY" ? std::optional<std::string>("sk") : std::nullopt;
    });
    EXPECT_EQ(s.stripe.secretKey, "sk") << "secrets from the environment";
    const auto more = s.problems();
    EXPECT_NE(std::find(more.begin(), more.end(), "billing.freePlan must name one of billing.plans"), more.end());
    EXPECT_NE(std::find(more.begin(), more.end(), "billing.plan.shelter.price.JPY: no provider takes this currency"),
              more.end());

    Poco::AutoPtr<Poco::Util::MapConfiguration> empty(new Poco::Util::MapConfiguration);
    const BillingSettings none = loadBillingSettings(*empty, noEnv);
    EXPECT_FALSE(none.enabled());
    EXPECT_TRUE(none.problems().empty());
    EXPECT_TRUE(none.free().allowsDevices(100000)) << "billing off: nothing is limited";
}

TEST(BillingSettings, AddOnsAreReadAndCheckedLikePlans)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> c(new Poco::Util::MapConfiguration);
    c->setString("billing.plans", "free, clinic");
    c->setString("billing.plan.free.tagClaims", "20");
    c->setString("billing.plan.clinic.price.MXN", "49900");
    c->setString("billing.addons", "tags10, tags50");
    c->setString("billing.addon.tags10.name", "10 tags");
    c->setString("billing.addon.tags10.tagClaims", "10");
    c->setString("billing.addon.tags10.price.mxn", "9900");
    c->setString("billing.addon.tags50.tagClaims", "50");
    c->setString("billing.addon.tags50.price.MXN", "39900");
    c->setString("mercadopago.accessToken", "t");
    c->setString("mercadopago.webhookSecret", "s");
    BillingSettings s = loadBillingSettings(*c, noEnv);
    EXPECT_TRUE(s.problems().empty()) << testing::PrintToString(s.problems());
    EXPECT_EQ(s.free().tagClaims, 20);
    EXPECT_EQ(s.find("clinic")->tagClaims, -1) << "no limit unless configured";
    ASSERT_NE(s.findAddon("tags10"), nullptr);
    EXPECT_EQ(s.findAddon("tags10")->prices.at("MXN"), 9900);
    EXPECT_EQ(s.findAddon("tags50")->name, "tags50");
    EXPECT_EQ(s.addonForTagClaims(1)->id, "tags10") << "the cheapest that is enough";
    EXPECT_EQ(s.addonForTagClaims(11)->id, "tags50");
    EXPECT_EQ(s.addonForTagClaims(500)->id, "tags50") << "none is enough: the largest";

    c->setString("billing.addons", "tags10, clinic, Bad_Id, nothing");
    c->setString("billing.addon.tags10.price.USD", "0");
    c->setString("billing.addon.clinic.tagClaims", "5");
    c->setString("billing.addon.clinic.price.MXN", "100");
    c->setString("billing.plan.free.tagClaims", "-2");
    s = loadBillingSettings(*c, noEnv);
    const auto problems = s.problems();
    for (const char* expected :
         {"billing.addon.tags10.price.USD must be a positive integer",
          "plans priced in USD need stripe.secretKey and webhookSecret", "billing add-on clinic has the id of a plan",
          "billing add-on ids are 1-40 of a-z 0-9 -: Bad_Id",
          "billing.addon.nothing.tagClaims must be a positive integer",
          "billing.addon.nothing needs at least one price",
          "billing.plan.free.tagClaims must be -1 (no limit) or at least 0"}) {
        EXPECT_NE(std::find(problems.begin(), problems.end(), expected), problems.end()) << expected;
    }

    Poco::AutoPtr<Poco::Util::MapConfiguration> off(new Poco::Util::MapConfiguration);
    off->setString("billing.addons", "tags10");
    EXPECT_EQ(loadBillingSettings(*off, noEnv).problems(),
              std::vector<std::string>{"billing.addons need billing.plans (with no plans billing is off)"});
}
