// SPDX-License-Identifier: GPL-3.0-or-later
// Paying for a plan end to end on the real server, against local fakes of MercadoPago and
// Stripe: checkout, signed webhooks, the payment confirmed with the provider, the plan in force;
// and everything a forger, a replay or a mismatched payment tries, refused without a 5xx.
#include "support/BillingShop.h"
#include "support/FakeWhatsApp.h"
#include "support/ServerTest.h"

#include <chrono>
#include <future>
#include <regex>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;

namespace {

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

constexpr std::int64_t kDayMs = 86400000;

} // namespace

class Billing : public ServerTest
{
protected:
    std::map<std::string, std::string> config() const override
    {
        auto c = shop.config();
        c["jobs.pollMilliseconds"] = "50";
        c["jobs.retryBaseMilliseconds"] = "200";
        return c;
    }
    void SetUp() override
    {
        ServerTest::SetUp();
        if (!server) {
            return;
        }
        admin = signUp(*server, "Clínica Billing");
    }

    json status() { return BillingShop::status(*server, admin.token); }
    /** Waits until MercadoPago has been asked about payments `reads` times in all. */
    void waitForReads(int reads)
    {
        ASSERT_TRUE(eventually([&] { return shop.mercadopago.paymentReads() >= reads; })) << "no payment read";
        std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the job's own transaction
    }

    BillingShop shop;
    Account admin;
};

TEST_P(Billing, PlansComeFromTheConfigurationWithIntegerPrices)
{
    const json plans = server->get("/api/v1/billing/plans", admin.token).json();
    ASSERT_EQ(plans["plans"].size(), 3u);
    EXPECT_EQ(plans["freePlan"], "free");
    EXPECT_EQ(plans["plans"][1]["id"], "clinic-monthly");
    EXPECT_EQ(plans["plans"][1]["prices"]["MXN"], 49900);
    EXPECT_TRUE(plans["plans"][1]["prices"]["MXN"].is_number_integer());
    EXPECT_EQ(plans["currencies"]["MXN"]["provider"], "mercadopago");
    EXPECT_EQ(plans["currencies"]["USD"]["provider"], "stripe");
    EXPECT_EQ(plans["currencies"]["CLP"]["exponent"], 0);

    const json s = status();
    EXPECT_EQ(s["state"], "free");
    EXPECT_EQ(s["plan"]["id"], "free");
    EXPECT_EQ(s["usage"]["devices"], 1);
    EXPECT_TRUE(s["payments"].empty());
}

TEST_P(Billing, MercadoPagoCheckoutIsPaidOnlyWhenMercadoPagoSaysSo)
{
    const std::int64_t before = nowMs();
    const json c = BillingShop::checkout(*server, admin.token, "clinic-monthly", "MXN");
    EXPECT_EQ(c["provider"], "mercadopago");
    EXPECT_EQ(c["state"], "pending");
    EXPECT_EQ(c["amount"], 49900);
    ASSERT_EQ(shop.mercadopago.preferences().size(), 1u) << testing::PrintToString(shop.mercadopago.refusals());
    const json pref = shop.mercadopago.preferences()[0];
    EXPECT_EQ(pref["items"][0]["unit_price"], 499);
    EXPECT_EQ(pref["items"][0]["currency_id"], "MXN");
    EXPECT_EQ(pref["items"][0]["title"], "Clinic monthly");
    EXPECT_EQ(pref["external_reference"], c["id"]);
    EXPECT_NE(pref["notification_url"].get<std::string>().find("/api/v1/webhooks/mercadopago?checkout="),
              std::string::npos);
    EXPECT_NE(pref["back_urls"]["success"].get<std::string>().find("/billing/return?checkout="), std::string::npos);

    const std::string payment = shop.mercadopago.pay(BillingShop::preferenceOf(c));
    const HttpResponse r = shop.mercadopago.notify(*server, payment);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["accepted"], true);
    ASSERT_TRUE(eventually([&] { return status()["state"] == "ending"; })) << status().dump();
    const json s = status();
    EXPECT_EQ(s["plan"]["id"], "clinic-monthly");
    EXPECT_EQ(s["renews"], false) << "a Checkout Pro payment pays for one month";
    EXPECT_GE(s["endsAt"].get<std::int64_t>(), before + 28 * kDayMs);
    EXPECT_LE(s["endsAt"].get<std::int64_t>(), nowMs() + 31 * kDayMs);
    ASSERT_EQ(s["payments"].size(), 1u);
    EXPECT_EQ(s["payments"][0]["amount"], 49900);
    EXPECT_EQ(s["payments"][0]["currency"], "MXN");
    EXPECT_EQ(s["payments"][0]["providerPaymentId"], payment);
    EXPECT_EQ(server->get("/api/v1/billing/checkouts/" + c["id"].get<std::string>(), admin.token).json()["state"],
              "paid");
    const std::string paymentId = s["payments"][0]["id"];
    EXPECT_EQ(server->get("/api/v1/billing/payments/" + paymentId, admin.token).json()["planName"], "Clinic monthly");

    // A refund at MercadoPago ends what it paid for.
    shop.mercadopago.update(payment, {{"status", "refunded"}});
    ASSERT_EQ(shop.mercadopago.notify(*server, payment).status, 200);
    ASSERT_TRUE(eventually([&] { return status()["state"] == "expired"; })) << status().dump();
    EXPECT_EQ(status()["payments"][0]["state"], "refunded");
    EXPECT_EQ(status()["plan"]["id"], "free");
}

TEST_P(Billing, MercadoPagoBeingDownIsRetriedThroughTheJobQueue)
{
    const json c = BillingShop::checkout(*server, admin.token, "clinic-yearly", "CLP");
    EXPECT_EQ(shop.mercadopago.preferences()[0]["items"][0]["unit_price"], 290000) << "CLP has no decimals";
    shop.mercadopago.failReads(2);
    const std::string payment = shop.mercadopago.pay(BillingShop::preferenceOf(c));
    ASSERT_EQ(shop.mercadopago.notify(*server, payment).status, 200);
    ASSERT_TRUE(eventually([&] { return status()["state"] == "ending"; }, 15000)) << status().dump();
    EXPECT_EQ(status()["plan"]["id"], "clinic-yearly");
}

TEST_P(Billing, StripeSubscriptionIsPaidRenewedAndCancelled)
{
    const json c = BillingShop::checkout(*server, admin.token, "clinic-monthly", "USD");
    EXPECT_EQ(c["provider"], "stripe");
    ASSERT_EQ(shop.stripe.sessions().size(), 1u) << testing::PrintToString(shop.stripe.refusals());
    auto form = shop.stripe.sessions()[0];
    EXPECT_EQ(form["mode"], "subscription");
    EXPECT_EQ(form["client_reference_id"], c["id"]);
    EXPECT_EQ(form["line_items[0][price_data][currency]"], "usd");
    EXPECT_EQ(form["line_items[0][price_data][unit_amount]"], "2900");
    EXPECT_EQ(form["line_items[0][price_data][recurring][interval]"], "month");
    EXPECT_NE(form["success_url"].find("/billing/return?checkout="), std::string::npos);

    const std::string session = BillingShop::sessionOf(c);
    const std::string completed = shop.stripe.completedEvent(session);
    const HttpResponse r = shop.stripe.deliver(*server, completed);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["outcome"], "activated");
    json s = status();
    EXPECT_EQ(s["state"], "active");
    EXPECT_EQ(s["renews"], true);
    EXPECT_EQ(s["provider"], "stripe");
    ASSERT_EQ(s["payments"].size(), 1u);
    EXPECT_EQ(s["payments"][0]["amount"], 2900);
    EXPECT_EQ(s["payments"][0]["currency"], "USD");

    // The same event again (Stripe retries): nothing more.
    const HttpResponse again = shop.stripe.deliver(*server, completed);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.json()["duplicate"], true);
    EXPECT_EQ(status()["payments"].size(), 1u);

    // A renewal pays through the invoice's period end.
    const std::string sub = shop.stripe.subscriptionOf(session);
    const std::int64_t periodEnd = nowMs() / 1000 + 62 * 86400;
    ASSERT_EQ(shop.stripe.deliver(*server, shop.stripe.renewalEvent(sub, 2900, "usd", periodEnd)).json()["outcome"],
              "renewed");
    s = status();
    EXPECT_EQ(s["endsAt"], periodEnd * 1000);
    EXPECT_EQ(s["payments"].size(), 2u);

    // Cancelled at Stripe: the plan ends.
    ASSERT_EQ(shop.stripe.deliver(*server, shop.stripe.subscriptionDeletedEvent(sub)).json()["outcome"], "ended");
    s = status();
    EXPECT_EQ(s["state"], "expired");
    EXPECT_EQ(s["plan"]["id"], "free");
}

TEST_P(Billing, AStripeRefundEndsThePeriodItPaidFor)
{
    const json c = BillingShop::checkout(*server, admin.token, "clinic-monthly", "USD");
    const std::string session = BillingShop::sessionOf(c);
    ASSERT_EQ(shop.stripe.deliver(*server, shop.stripe.completedEvent(session)).status, 200);
    const std::string sub = shop.stripe.subscriptionOf(session);
    const std::int64_t periodEnd = nowMs() / 1000 + 62 * 86400;
    ASSERT_EQ(shop.stripe.deliver(*server, shop.stripe.renewalEvent(sub, 2900, "usd", periodEnd)).status, 200);
    std::string renewal;
    const json payments = status()["payments"];
    for (const json& p : payments) {
        if (p["providerPaymentId"].get<std::string>().rfind("pi_", 0) == 0) {
            renewal = p["providerPaymentId"];
        }
    }
    ASSERT_FALSE(renewal.empty());
    const HttpResponse r = shop.stripe.deliver(*server, shop.stripe.refundEvent(renewal));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["outcome"], "reversed");
    const json s = status();
    EXPECT_EQ(s["state"], "ending") << "the month paid before the refunded renewal is still paid";
    EXPECT_LT(s["endsAt"].get<std::int64_t>(), nowMs() + 32 * kDayMs);
    EXPECT_EQ(s["renews"], false);
    EXPECT_EQ(shop.stripe.deliver(*server, shop.stripe.refundEvent("pi_unknown")).json()["outcome"], "unknown_payment");
}

TEST_P(Billing, RefusedMercadoPagoNotificationsChangeNothing)
{
    const json c = BillingShop::checkout(*server, admin.token, "clinic-monthly", "MXN");
    const std::string pref = BillingShop::preferenceOf(c);
    const std::string good = shop.mercadopago.pay(pref);
    auto expectRefused = [&](const HttpResponse& r, int status, const std::string& code, const char* what) {
        EXPECT_EQ(r.status, status) << what << ": " << r.body;
        EXPECT_EQ(r.errorCode(), code) << what;
        EXPECT_LT(r.status, 500) << what;
    };
    // The signature: forged, made with another secret, too old, too far ahead, or over another id.
    HttpRequest forged = shop.mercadopago.notification(good);
    forged.headers[0].second = "ts=" + std::to_string(nowMs() / 1000) + ",v1=" + std::string(64, 'a');
    expectRefused(server->request(forged), 401, "invalid_signature", "forged");
    expectRefused(shop.mercadopago.notify(*server, good, MercadoPagoDelivery::signedWith("not-the-secret")), 401,
                  "invalid_signature", "wrong secret");
    expectRefused(shop.mercadopago.notify(*server, good, MercadoPagoDelivery::at(nowMs() - 301 * 1000)), 401,
                  "stale_signature", "stale");
    expectRefused(shop.mercadopago.notify(*server, good, MercadoPagoDelivery::at(nowMs() + 400 * 1000)), 401,
                  "stale_signature", "from the future");
    HttpRequest otherId = shop.mercadopago.notification(good);
    otherId.path = std::regex_replace(otherId.path, std::regex("data\\.id=[0-9]+"), "data.id=999");
    expectRefused(server->request(otherId), 401, "invalid_signature", "signature of another payment id");
    HttpRequest noSignature = shop.mercadopago.notification(good);
    noSignature.headers.erase(noSignature.headers.begin());
    expectRefused(server->request(noSignature), 401, "invalid_signature", "no signature");
    EXPECT_EQ(shop.mercadopago.paymentReads(), 0) << "nothing unsigned makes the server call out";

    // Signed, but what MercadoPago says does not pay for this checkout.
    int reads = 0;
    auto signedButRefused = [&](const std::string& payment, const char* what) {
        const HttpResponse r = shop.mercadopago.notify(*server, payment);
        EXPECT_EQ(r.status, 200) << what << ": " << r.body;
        waitForReads(++reads);
        const json s = status();
        EXPECT_EQ(s["state"], "free") << what;
        EXPECT_TRUE(s["payments"].empty()) << what;
    };
    signedButRefused(shop.mercadopago.pay(pref, "pending"), "pending");
    signedButRefused(shop.mercadopago.pay(pref, "in_process"), "in process");
    signedButRefused(shop.mercadopago.pay(pref, "approved", {{"transaction_amount", 4.99}}), "amount");
    signedButRefused(shop.mercadopago.pay(pref, "approved", {{"currency_id", "BRL"}}), "currency");
    signedButRefused(shop.mercadopago.pay(pref, "approved", {{"external_reference", "someone-elses-checkout"}}),
                     "unknown external reference");
    signedButRefused(shop.mercadopago.pay(pref, "rejected"), "rejected");
    EXPECT_EQ(server->get("/api/v1/billing/checkouts/" + c["id"].get<std::string>(), admin.token).json()["state"],
              "failed")
        << "a rejected payment fails the checkout";

    // A notification that names no checkout of ours is acknowledged and ignored.
    HttpRequest noCheckout = shop.mercadopago.notification(good);
    noCheckout.path = std::regex_replace(noCheckout.path, std::regex("checkout=[^&]+&"), "checkout=nope&");
    const HttpResponse ignored = server->request(noCheckout);
    EXPECT_EQ(ignored.status, 200);
    EXPECT_EQ(ignored.json()["reason"], "unknown_checkout");

    // And the approved payment, replayed: one payment.
    const HttpRequest delivery = shop.mercadopago.notification(good);
    ASSERT_EQ(server->request(delivery).status, 200);
    ASSERT_TRUE(eventually([&] { return status()["payments"].size() == 1; }));
    const std::int64_t endsAt = status()["endsAt"];
    const HttpResponse replay = server->request(delivery);
    EXPECT_EQ(replay.status, 200);
    EXPECT_EQ(replay.json()["duplicate"], true);
    ASSERT_EQ(shop.mercadopago.notify(*server, good).status, 200) << "a new delivery of the same payment";
    waitForReads(reads + 2);
    EXPECT_EQ(status()["payments"].size(), 1u);
    EXPECT_EQ(status()["endsAt"], endsAt) << "one payment extends the plan once";
}

TEST_P(Billing, RefusedStripeEventsChangeNothing)
{
    const json c = BillingShop::checkout(*server, admin.token, "clinic-monthly", "USD");
    const std::string session = BillingShop::sessionOf(c);
    const std::string body = shop.stripe.completedEvent(session);
    const std::int64_t now = nowMs() / 1000;
    auto expectCode = [&](const HttpResponse& r, int status, const std::string& code, const char* what) {
        EXPECT_EQ(r.status, status) << what << ": " << r.body;
        EXPECT_EQ(r.errorCode(), code) << what;
    };
    HttpRequest forged = shop.stripe.delivery(body);
    forged.headers[0].second = "t=" + std::to_string(now) + ",v1=" + std::string(64, '0');
    expectCode(server->request(forged), 401, "invalid_signature", "forged");
    expectCode(shop.stripe.deliver(*server, body, 0, "whsec_other"), 401, "invalid_signature", "wrong secret");
    expectCode(shop.stripe.deliver(*server, body, now - 301), 401, "stale_signature", "stale");
    HttpRequest tampered = shop.stripe.delivery(body);
    tampered.body = std::regex_replace(body, std::regex("\"amount_total\":2900"), "\"amount_total\":1");
    expectCode(server->request(tampered), 401, "invalid_signature", "body changed after signing");
    // One good v1 among others is enough (Stripe sends one per active secret).
    HttpRequest rolled = shop.stripe.delivery(shop.stripe.completedEvent(session, {{"payment_status", "unpaid"}}));
    const std::string header = rolled.headers[0].second;
    rolled.headers[0].second =
        header.substr(0, header.find(",v1=")) + ",v1=" + std::string(64, 'f') + header.substr(header.find(",v1="));
    const HttpResponse unpaid = server->request(rolled);
    EXPECT_EQ(unpaid.status, 200) << unpaid.body;
    EXPECT_EQ(unpaid.json()["outcome"], "not_paid");

    auto outcome = [&](const json& changes) {
        const HttpResponse r = shop.stripe.deliver(*server, shop.stripe.completedEvent(session, changes));
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json()["outcome"].get<std::string>();
    };
    EXPECT_EQ(outcome({{"amount_total", 100}}), "amount_mismatch");
    EXPECT_EQ(outcome({{"currency", "eur"}}), "amount_mismatch");
    EXPECT_EQ(outcome({{"client_reference_id", "someone-elses-checkout"}}), "unknown_checkout");
    const json s = status();
    EXPECT_EQ(s["state"], "free");
    EXPECT_TRUE(s["payments"].empty());
}

TEST_P(Billing, DevicesAndKiosksPastTheLimitNeedAPlan)
{
    const std::string email = admin.email;
    signIn(*server, email, admin.password, "second-device");
    const HttpResponse third = server->post(
        "/api/v1/auth/signin",
        {{"email", email}, {"password", admin.password}, {"clientId", "third-device"}, {"deviceName", "x"}});
    ASSERT_EQ(third.status, 402) << third.body;
    EXPECT_EQ(third.errorCode(), "payment_required");
    EXPECT_EQ(third.json()["error"]["feature"], "devices");
    EXPECT_EQ(third.json()["error"]["plan"]["id"], "clinic-monthly") << "the cheapest plan that allows it";
    EXPECT_EQ(third.json()["error"]["limit"], 2);
    // Signing in again on a device that has a place never needs one.
    EXPECT_NO_THROW(signIn(*server, email, admin.password, "second-device"));

    const HttpResponse kiosk = server->post("/api/v1/kiosk-devices", {{"name", "Lobby"}}, admin.token);
    ASSERT_EQ(kiosk.status, 402) << kiosk.body;
    EXPECT_EQ(kiosk.json()["error"]["feature"], "kiosks");

    const json c = BillingShop::checkout(*server, admin.token, "clinic-monthly", "USD");
    ASSERT_EQ(shop.stripe.deliver(*server, shop.stripe.completedEvent(BillingShop::sessionOf(c))).status, 200);
    EXPECT_NO_THROW(signIn(*server, email, admin.password, "third-device"));
    EXPECT_EQ(server->post("/api/v1/kiosk-devices", {{"name", "Lobby"}}, admin.token).status, 201);
    EXPECT_EQ(status()["usage"]["devices"], 3);
    EXPECT_EQ(status()["usage"]["kiosks"], 1);
}

TEST_P(Billing, CheckoutsAreForAdminsAndForSale)
{
    EXPECT_EQ(
        server->post("/api/v1/billing/checkouts", {{"plan", "free"}, {"currency", "MXN"}}, admin.token).errorCode(),
        "unknown_plan");
    EXPECT_EQ(server->post("/api/v1/billing/checkouts", {{"plan", "clinic-monthly"}, {"currency", "ARS"}}, admin.token)
                  .errorCode(),
              "currency_not_offered");
    const Account other = signUp(*server, "Otra clínica");
    const json c = BillingShop::checkout(*server, admin.token, "clinic-monthly", "MXN");
    EXPECT_EQ(server->get("/api/v1/billing/checkouts/" + c["id"].get<std::string>(), other.token).status, 404)
        << "another organisation's checkout";
}

PETINFO_INSTANTIATE_FOR_ENGINES(Billing);

/** Two replicas on one PostgreSQL, the same payment delivered five times at once to both. */
class BillingReplicas : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(Backend::Postgres);
        ServerOptions o;
        o.backend = Backend::Postgres;
        o.config = shop.config();
        o.config["jobs.pollMilliseconds"] = "20";
        first = std::make_unique<ServerProcess>(o);
        o.databaseUrl = first->databaseUrl();
        second = std::make_unique<ServerProcess>(o);
        admin = signUp(*first, "Réplicas");
    }
    template <typename Send>
    std::vector<HttpResponse> fiveAtOnce(Send send)
    {
        std::vector<std::future<HttpResponse>> calls;
        for (int i = 0; i < 5; ++i) {
            calls.push_back(std::async(std::launch::async, [&, i] { return send(i % 2 == 0 ? *first : *second, i); }));
        }
        std::vector<HttpResponse> out;
        for (auto& c : calls) {
            out.push_back(c.get());
        }
        return out;
    }

    BillingShop shop;
    std::unique_ptr<ServerProcess> first;
    std::unique_ptr<ServerProcess> second;
    Account admin;
};

TEST_F(BillingReplicas, OneMercadoPagoPaymentDeliveredFiveTimesActivatesOnce)
{
    const std::int64_t before = nowMs();
    const json c = BillingShop::checkout(*first, admin.token, "clinic-monthly", "MXN");
    const std::string payment = shop.mercadopago.pay(BillingShop::preferenceOf(c));
    // The same delivery and retries of it (new request ids), all at once, to both replicas.
    const HttpRequest same = shop.mercadopago.notification(payment);
    const auto answers = fiveAtOnce([&](const ServerProcess& s, int i) {
        return s.request(i < 3 ? same : shop.mercadopago.notification(payment));
    });
    for (const HttpResponse& r : answers) {
        EXPECT_EQ(r.status, 200) << r.body;
    }
    ASSERT_TRUE(eventually([&] { return shop.mercadopago.paymentReads() >= 3; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    const json s = BillingShop::status(*second, admin.token);
    ASSERT_EQ(s["payments"].size(), 1u) << s.dump();
    EXPECT_EQ(s["state"], "ending");
    EXPECT_LT(s["endsAt"].get<std::int64_t>(), before + 32 * kDayMs) << "activated once, not extended again";
}

TEST_F(BillingReplicas, OneStripeEventDeliveredFiveTimesActivatesOnce)
{
    const json c = BillingShop::checkout(*first, admin.token, "clinic-monthly", "USD");
    const HttpRequest delivery = shop.stripe.delivery(shop.stripe.completedEvent(BillingShop::sessionOf(c)));
    const auto answers = fiveAtOnce([&](const ServerProcess& s, int) { return s.request(delivery); });
    int activated = 0;
    for (const HttpResponse& r : answers) {
        ASSERT_EQ(r.status, 200) << r.body;
        activated += r.json()["outcome"] == "activated" ? 1 : 0;
    }
    EXPECT_EQ(activated, 1);
    const json s = BillingShop::status(*first, admin.token);
    EXPECT_EQ(s["payments"].size(), 1u);
    EXPECT_EQ(s["state"], "active");
}

TEST_F(BillingReplicas, OneAddOnPaymentDeliveredFiveTimesGrantsOnce)
{
    const json c = BillingShop::addonCheckout(*first, admin.token, "tags10", "MXN");
    const std::string payment = shop.mercadopago.pay(BillingShop::preferenceOf(c));
    const HttpRequest same = shop.mercadopago.notification(payment);
    const auto answers = fiveAtOnce([&](const ServerProcess& s, int i) {
        return s.request(i < 3 ? same : shop.mercadopago.notification(payment));
    });
    for (const HttpResponse& r : answers) {
        EXPECT_EQ(r.status, 200) << r.body;
    }
    ASSERT_TRUE(eventually([&] { return shop.mercadopago.paymentReads() >= 3; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    const json s = BillingShop::status(*second, admin.token);
    ASSERT_EQ(s["payments"].size(), 1u) << s.dump();
    EXPECT_EQ(s["tagClaims"]["limit"], 13) << "the free plan's 3 and one pack of 10";
    EXPECT_EQ(s["state"], "free");
}

TEST(BillingSignatures, TheFakesSignAsTheOpensslCommandDoes)
{
    BillingShop shop;
    const std::string body = R"({"id":"evt_1","type":"checkout.session.completed"})";
    const std::string header = shop.stripe.signature(body, 1733572800);
    EXPECT_EQ(header,
              "t=1733572800,v1=" + opensslHmacSha256(shop.stripe.options().webhookSecret, "1733572800." + body));
    EXPECT_EQ(hmacSha256Hex("key", "id:123;request-id:abc;ts:1704908010;"),
              opensslHmacSha256("key", "id:123;request-id:abc;ts:1704908010;"));
}
