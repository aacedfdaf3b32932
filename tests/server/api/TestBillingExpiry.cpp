// SPDX-License-Identifier: GPL-3.0-or-later
// What a checkout's expiry and a reversed payment mean, on the real server whose clock the test
// moves: the providers are told the expiry; past it a checkout reads as expired and a payment
// made after it activates nothing (the checkout names the payment to refund), while a payment
// made in time whose webhook comes late still counts. Chargebacks (MercadoPago) and disputes
// (Stripe) end what they paid for, as refunds do.
#include "support/BillingShop.h"
#include "support/ReminderClinic.h"
#include "support/ServerTest.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;

namespace {

constexpr std::int64_t kHour = 3600 * 1000;

std::string isoTime(std::int64_t ms)
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp(ms * 1000), "%Y-%m-%dT%H:%M:%S.%i+00:00");
}

} // namespace

class BillingExpiry : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        start = ReminderClinic::nextMondayAt(10);
        clinic = std::make_unique<ReminderClinic>(GetParam(), start, shop.config());
    }

    ServerProcess& server() { return clinic->server(); }
    const std::string& token() { return clinic->admin().token; }
    json status() { return BillingShop::status(server(), token()); }
    json checkout(const json& c)
    {
        return server().get("/api/v1/billing/checkouts/" + c["id"].get<std::string>(), token()).json();
    }
    /** MercadoPago pays a checkout at `paidMs` (its date_created) and notifies at the server's time. */
    std::string payMercadoPago(const json& c, std::int64_t paidMs, const std::string& status = "approved")
    {
        const std::string payment =
            shop.mercadopago.pay(BillingShop::preferenceOf(c), status, {{"date_created", isoTime(paidMs)}});
        const HttpResponse r = shop.mercadopago.notify(server(), payment, MercadoPagoDelivery::at(clinic->now()));
        EXPECT_EQ(r.status, 200) << r.body;
        return payment;
    }
    /** The Stripe event of a completed session, created (paid) at `paidMs`, delivered now. */
    HttpResponse completeStripe(const json& c, std::int64_t paidMs, json* sent = nullptr)
    {
        json event = json::parse(shop.stripe.completedEvent(BillingShop::sessionOf(c)));
        event["created"] = paidMs / 1000;
        if (sent) {
            *sent = event;
        }
        return shop.stripe.deliver(server(), event.dump(), clinic->now() / 1000);
    }
    /** invoice.paid of a subscription's first invoice, as Stripe sends it next to the session's
     *  completion: the only event that names the first payment's payment intent. */
    HttpResponse firstInvoice(const std::string& invoice, const std::string& subscription, const std::string& intent)
    {
        const json event{{"id", "evt_first_" + invoice},
                         {"object", "event"},
                         {"type", "invoice.paid"},
                         {"created", clinic->now() / 1000},
                         {"data",
                          {{"object",
                            {{"id", invoice},
                             {"object", "invoice"},
                             {"billing_reason", "subscription_create"},
                             {"subscription", subscription},
                             {"payment_intent", intent},
                             {"status", "paid"},
                             {"amount_paid", 29000},
                             {"currency", "usd"}}}}}};
        return shop.stripe.deliver(server(), event.dump(), clinic->now() / 1000);
    }

    BillingShop shop;
    std::int64_t start = 0;
    std::unique_ptr<ReminderClinic> clinic;
};

TEST_P(BillingExpiry, TheProvidersAreToldTheCheckoutsExpiry)
{
    const json mp = BillingShop::checkout(server(), token(), "clinic-monthly", "MXN");
    const std::int64_t expires = mp["expiresAt"];
    EXPECT_EQ(expires, start + 24 * kHour) << "billing.checkoutTtlSeconds defaults to a day";
    ASSERT_EQ(shop.mercadopago.preferences().size(), 1u);
    const json pref = shop.mercadopago.preferences()[0];
    EXPECT_EQ(pref["expires"], true);
    EXPECT_EQ(pref["expiration_date_to"], isoTime(expires));

    const json st = BillingShop::checkout(server(), token(), "clinic-monthly", "USD");
    ASSERT_EQ(shop.stripe.sessions().size(), 1u);
    EXPECT_EQ(shop.stripe.sessions()[0].at("expires_at"), std::to_string(st["expiresAt"].get<std::int64_t>() / 1000));
}

TEST_P(BillingExpiry, APaymentAfterTheExpiryActivatesNothing)
{
    const json mp = BillingShop::checkout(server(), token(), "clinic-monthly", "MXN");
    const json st = BillingShop::checkout(server(), token(), "clinic-yearly", "USD");
    EXPECT_EQ(checkout(mp)["state"], "pending");
    clinic->advance(24 * kHour - 1000);
    EXPECT_EQ(checkout(mp)["state"], "pending") << "a second before its expiry";
    clinic->advance(1000);
    EXPECT_EQ(checkout(mp)["state"], "expired");
    EXPECT_EQ(status()["checkouts"][0]["state"], "expired");

    // MercadoPago says the payment was made now, after the expiry.
    const std::string late = payMercadoPago(mp, clinic->now());
    ASSERT_TRUE(eventually([&] { return checkout(mp)["detail"].get<std::string>().find(late) != std::string::npos; }))
        << checkout(mp).dump();
    EXPECT_EQ(checkout(mp)["state"], "expired");
    EXPECT_NE(checkout(mp)["detail"].get<std::string>().find("refund"), std::string::npos);
    // Stripe's event says the session was paid an hour after its expiry.
    const HttpResponse r = completeStripe(st, clinic->now() + kHour);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["outcome"], "checkout_expired");
    EXPECT_EQ(checkout(st)["state"], "expired");

    const json s = status();
    EXPECT_EQ(s["state"], "free");
    EXPECT_EQ(s["plan"]["id"], "free");
    EXPECT_TRUE(s["payments"].empty());
    // The same notifications again change nothing either.
    EXPECT_EQ(shop.mercadopago.notify(server(), late, MercadoPagoDelivery::at(clinic->now())).status, 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_TRUE(status()["payments"].empty());
}

TEST_P(BillingExpiry, APaymentMadeInTimeCountsWhenItsWebhookComesLate)
{
    const json mp = BillingShop::checkout(server(), token(), "clinic-monthly", "MXN");
    const json st = BillingShop::checkout(server(), token(), "clinic-yearly", "USD");
    const std::int64_t paidAt = clinic->now() + kHour;
    clinic->advance(30 * kHour); // the providers retried their webhooks for a day

    payMercadoPago(mp, paidAt);
    ASSERT_TRUE(eventually([&] { return checkout(mp)["state"] == "paid"; })) << checkout(mp).dump();
    EXPECT_EQ(status()["plan"]["id"], "clinic-monthly");

    const HttpResponse r = completeStripe(st, paidAt);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["outcome"], "activated");
    EXPECT_EQ(checkout(st)["state"], "paid");
    const json s = status();
    EXPECT_EQ(s["plan"]["id"], "clinic-yearly");
    EXPECT_EQ(s["state"], "active");
    EXPECT_EQ(s["payments"].size(), 2u);
}

TEST_P(BillingExpiry, ChargebacksAndDisputesEndWhatTheyPaidFor)
{
    // MercadoPago: the card holder disputes the payment with the bank.
    const json mp = BillingShop::checkout(server(), token(), "clinic-monthly", "MXN");
    const std::string payment = payMercadoPago(mp, clinic->now());
    ASSERT_TRUE(eventually([&] { return status()["state"] == "ending"; })) << status().dump();
    shop.mercadopago.update(payment, {{"status", "charged_back"}, {"status_detail", "settled"}});
    ASSERT_EQ(shop.mercadopago.notify(server(), payment, MercadoPagoDelivery::at(clinic->now())).status, 200);
    ASSERT_TRUE(eventually([&] { return status()["state"] == "expired"; })) << status().dump();
    EXPECT_EQ(status()["payments"][0]["state"], "charged_back");
    EXPECT_EQ(status()["plan"]["id"], "free");
    EXPECT_EQ(checkout(mp)["state"], "refunded");

    // Stripe: a dispute on the subscription's first payment. The session names its invoice, the
    // invoice's own event its payment intent, the dispute only the payment intent.
    const json st = BillingShop::checkout(server(), token(), "clinic-yearly", "USD");
    json completed;
    ASSERT_EQ(completeStripe(st, clinic->now(), &completed).json()["outcome"], "activated");
    EXPECT_EQ(status()["state"], "active");
    const std::string intent = "pi_first_1";
    ASSERT_EQ(firstInvoice(completed["data"]["object"]["invoice"], completed["data"]["object"]["subscription"], intent)
                  .json()["outcome"],
              "first_invoice");
    const json dispute{{"id", "evt_dispute_1"},
                       {"object", "event"},
                       {"type", "charge.dispute.created"},
                       {"created", clinic->now() / 1000},
                       {"data",
                        {{"object",
                          {{"id", "dp_1"},
                           {"object", "dispute"},
                           {"charge", "ch_1"},
                           {"payment_intent", intent},
                           {"reason", "fraudulent"},
                           {"status", "needs_response"}}}}}};
    const HttpResponse r = shop.stripe.deliver(server(), dispute.dump(), clinic->now() / 1000);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["outcome"], "reversed");
    const json s = status();
    EXPECT_EQ(s["state"], "expired");
    EXPECT_EQ(s["plan"]["id"], "free");
    EXPECT_EQ(s["payments"][0]["state"], "charged_back");
    // Delivered again: nothing more to end.
    EXPECT_EQ(shop.stripe.deliver(server(), dispute.dump(), clinic->now() / 1000).json()["duplicate"], true);
}

INSTANTIATE_TEST_SUITE_P(Engines, BillingExpiry, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) { return backendName(p.param); });
