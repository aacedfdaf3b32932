// SPDX-License-Identifier: GPL-3.0-or-later
// One-time add-ons on the real server (both databases), against the local fakes: a pack of tag
// claims bought through MercadoPago and through Stripe raises the organisation's quota once,
// a refund takes back exactly its grant, a mismatched payment grants nothing, and a pet whose
// tag is past the quota is stored all the same, its tag waiting unclaimed until a pack is paid.
#include "support/BillingShop.h"
#include "support/ServerTest.h"
#include "support/SyncDevice.h"

#include "petinfo/common/Random.h"

#include <chrono>
#include <future>
#include <thread>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;

class BillingAddons : public ServerTest
{
protected:
    std::map<std::string, std::string> config() const override
    {
        auto c = shop.config(); // free plan: 3 tag claims; add-on tags10: 10 more, MXN 99.50 / USD 5.00
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
        admin = signUp(*server, "Refugio Add-ons");
        device = std::make_unique<SyncDevice>(*server, admin);
    }

    json status() { return BillingShop::status(*server, admin.token); }
    json tagClaims() { return status()["tagClaims"]; }

    /** Pushes a new pet wearing `tag`; its mutation result. */
    sync::MutationResult pushPet(const std::string& petId, const std::string& tag, const std::string& name = "Firulais")
    {
        const auto response = device->push(
            {device->change(EntityType::Pet, petId, {{"name", name}, {"species", "dog"}, {"tagId", tag}})});
        EXPECT_EQ(response.results.size(), 1u);
        return response.results.empty() ? sync::MutationResult{} : response.results[0];
    }
    /** Claims `count` blank tags for printing (POST /api/v1/tags). */
    HttpResponse printTags(int count) { return server->post("/api/v1/tags", {{"count", count}}, admin.token); }
    /** The pet row as the server stored it (pulled back). */
    std::optional<sync::SyncRow> storedPet(const std::string& petId)
    {
        for (const sync::SyncRow& row : device->pullAll().rows) {
            if (row.type == EntityType::Pet && row.id == petId) {
                return row;
            }
        }
        return std::nullopt;
    }

    BillingShop shop;
    Account admin;
    std::unique_ptr<SyncDevice> device;
};

TEST_P(BillingAddons, AddOnsComeFromTheConfigurationAndTheQuotaIsReported)
{
    const json plans = server->get("/api/v1/billing/plans", admin.token).json();
    ASSERT_EQ(plans["addons"].size(), 1u);
    EXPECT_EQ(plans["addons"][0]["id"], "tags10");
    EXPECT_EQ(plans["addons"][0]["tagClaims"], 10);
    EXPECT_EQ(plans["addons"][0]["prices"]["MXN"], 9950);
    EXPECT_TRUE(plans["addons"][0]["prices"]["MXN"].is_number_integer());
    EXPECT_EQ(plans["plans"][0]["tagClaims"], 3);
    EXPECT_EQ(plans["plans"][1]["tagClaims"], -1) << "no limit unless configured";

    const json t = tagClaims();
    EXPECT_EQ(t["limit"], 3);
    EXPECT_EQ(t["used"], 0);
    EXPECT_EQ(t["remaining"], 3);
    EXPECT_EQ(t["waiting"], 0);
}

TEST_P(BillingAddons, ClaimsPastTheQuotaAreRefusedButThePetIsStored)
{
    ASSERT_EQ(printTags(2).status, 201);
    const std::string first = newTagId();
    ASSERT_EQ(pushPet(uuid(), first).status, sync::MutationStatus::Applied);
    EXPECT_FALSE(pushPet(uuid(), first).error) << "a tag the organisation holds costs nothing again";
    EXPECT_EQ(tagClaims()["used"], 3);
    EXPECT_EQ(tagClaims()["remaining"], 0);

    // Blank tags past the quota: 402 naming the add-on and the plan that allow it.
    const HttpResponse refused = printTags(1);
    ASSERT_EQ(refused.status, 402) << refused.body;
    const json error = refused.json()["error"];
    EXPECT_EQ(error["code"], "payment_required");
    EXPECT_EQ(error["feature"], "tagClaims");
    EXPECT_EQ(error["limit"], 3);
    EXPECT_EQ(error["used"], 3);
    EXPECT_EQ(error["addon"]["id"], "tags10");
    EXPECT_EQ(error["plan"]["id"], "clinic-monthly");

    // A pet with a new tag past the quota: stored (nothing typed is lost), its tag unclaimed.
    const std::string pet = uuid();
    const std::string waiting = newTagId();
    const sync::MutationResult r = pushPet(pet, waiting, "Manchas");
    EXPECT_EQ(r.status, sync::MutationStatus::Applied);
    EXPECT_GT(r.version, 0);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, "payment_required");
    EXPECT_EQ(r.error->field, "tagId");
    const auto stored = storedPet(pet);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->values()["name"], "Manchas");
    EXPECT_EQ(stored->values()["tagId"], waiting);
    EXPECT_EQ(server->get("/t/" + waiting).status, 404) << "an unclaimed tag has no public page";
    // A blank tag row made offline on a device: stored too, waiting the same way.
    const std::string blank = newTagId();
    const auto tagRow =
        device->push({device->change(EntityType::Tag, blank, {{"petId", ""}, {"createdAt", 1765000000000}})});
    ASSERT_EQ(tagRow.results.size(), 1u);
    EXPECT_EQ(tagRow.results[0].status, sync::MutationStatus::Applied);
    ASSERT_TRUE(tagRow.results[0].error);
    EXPECT_EQ(tagRow.results[0].error->code, "payment_required");
    const json t = tagClaims();
    EXPECT_EQ(t["used"], 3);
    EXPECT_EQ(t["waiting"], 2);
    std::map<std::string, std::string> wearers;
    for (const json& w : t["waitingTags"]) {
        wearers[w["tagId"]] = w["petId"];
    }
    EXPECT_EQ(wearers, (std::map<std::string, std::string>{{waiting, pet}, {blank, ""}}));

    // Paying for a pack claims the waiting tag at once.
    const json c = BillingShop::addonCheckout(*server, admin.token, "tags10", "USD");
    ASSERT_EQ(shop.stripe.deliver(*server, shop.stripe.completedEvent(BillingShop::sessionOf(c))).status, 200);
    const json after = tagClaims();
    EXPECT_EQ(after["limit"], 13);
    EXPECT_EQ(after["used"], 5);
    EXPECT_EQ(after["remaining"], 8);
    EXPECT_EQ(after["waiting"], 0);
    EXPECT_EQ(server->get("/t/" + waiting).status, 200);
    EXPECT_NE(server->get("/t/" + waiting).body.find("Manchas"), std::string::npos);
}

TEST_P(BillingAddons, TwoDevicesCannotBothTakeTheLastClaim)
{
    ASSERT_EQ(printTags(2).status, 201);
    SyncDevice other(*server, signIn(*server, admin.email, admin.password));
    auto pushFrom = [](SyncDevice& d) {
        return std::async(std::launch::async, [&d] {
            return d.push(
                {d.change(EntityType::Pet, uuid(), {{"name", "Toby"}, {"species", "dog"}, {"tagId", newTagId()}})});
        });
    };
    auto first = pushFrom(*device);
    auto second = pushFrom(other);
    int waiting = 0;
    for (auto* f : {&first, &second}) {
        const sync::PushResponse r = f->get();
        ASSERT_EQ(r.results.size(), 1u);
        EXPECT_EQ(r.results[0].status, sync::MutationStatus::Applied) << "both pets are stored";
        waiting += r.results[0].error ? 1 : 0;
    }
    EXPECT_EQ(waiting, 1) << "one got the last claim, the other's tag waits";
    const json t = tagClaims();
    EXPECT_EQ(t["used"], 3);
    EXPECT_EQ(t["waiting"], 1);
}

TEST_P(BillingAddons, MercadoPagoPackIsPaidOnceWithItsExactPrice)
{
    const json c = BillingShop::addonCheckout(*server, admin.token, "tags10", "MXN");
    EXPECT_EQ(c["kind"], "addon");
    EXPECT_EQ(c["addonId"], "tags10");
    EXPECT_EQ(c["planName"], "Tag pack (10 claims)");
    EXPECT_EQ(c["amount"], 9950);
    ASSERT_EQ(shop.mercadopago.preferences().size(), 1u) << testing::PrintToString(shop.mercadopago.refusals());
    const json pref = shop.mercadopago.preferences()[0];
    EXPECT_EQ(pref["items"].size(), 1u);
    EXPECT_EQ(pref["items"][0]["id"], "tags10");
    EXPECT_EQ(pref["items"][0]["quantity"], 1);
    EXPECT_EQ(pref["items"][0]["unit_price"], 99.5);
    EXPECT_EQ(pref["items"][0]["title"], "Tag pack (10 claims)");
    EXPECT_EQ(pref["external_reference"], c["id"]);

    const std::string payment = shop.mercadopago.pay(BillingShop::preferenceOf(c));
    ASSERT_EQ(shop.mercadopago.notify(*server, payment).status, 200);
    ASSERT_TRUE(eventually([&] { return tagClaims()["limit"] == 13; })) << status().dump();
    const json s = status();
    EXPECT_EQ(s["state"], "free") << "an add-on changes no plan";
    ASSERT_EQ(s["payments"].size(), 1u);
    EXPECT_EQ(s["payments"][0]["kind"], "addon");
    EXPECT_EQ(s["payments"][0]["planName"], "Tag pack (10 claims)");
    EXPECT_EQ(s["payments"][0]["amount"], 9950);
    EXPECT_EQ(s["payments"][0]["tagClaims"], 10);
    EXPECT_EQ(server->get("/api/v1/billing/checkouts/" + c["id"].get<std::string>(), admin.token).json()["state"],
              "paid");

    // The same notification again, and a new one about the same payment: nothing more.
    ASSERT_EQ(shop.mercadopago.notify(*server, payment).status, 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    EXPECT_EQ(tagClaims()["limit"], 13);
    EXPECT_EQ(status()["payments"].size(), 1u);

    // A refund takes back exactly this pack's claims; tags claimed stay claimed.
    ASSERT_EQ(printTags(5).status, 201);
    shop.mercadopago.update(payment, {{"status", "refunded"}});
    ASSERT_EQ(shop.mercadopago.notify(*server, payment).status, 200);
    ASSERT_TRUE(eventually([&] { return tagClaims()["limit"] == 3; })) << status().dump();
    EXPECT_EQ(tagClaims()["used"], 5);
    EXPECT_EQ(tagClaims()["remaining"], 0);
    EXPECT_EQ(status()["payments"][0]["state"], "refunded");
    const std::string paymentId = status()["payments"][0]["id"];
    const json receipt = server->get("/api/v1/billing/payments/" + paymentId, admin.token).json();
    EXPECT_EQ(receipt["tagClaims"], 10) << "a receipt says what the payment bought, refunded or not";
    EXPECT_EQ(receipt["planName"], "Tag pack (10 claims)");
    EXPECT_EQ(printTags(1).status, 402);
}

TEST_P(BillingAddons, StripePackIsAOneTimePaymentAndItsRefundTakesBackOnlyItsGrant)
{
    const json first = BillingShop::addonCheckout(*server, admin.token, "tags10", "USD");
    const json second = BillingShop::addonCheckout(*server, admin.token, "tags10", "USD");
    ASSERT_EQ(shop.stripe.sessions().size(), 2u) << testing::PrintToString(shop.stripe.refusals());
    const auto session = shop.stripe.sessions()[0];
    EXPECT_EQ(session.at("mode"), "payment");
    EXPECT_EQ(session.at("line_items[0][price_data][unit_amount]"), "500");
    EXPECT_EQ(session.at("line_items[0][price_data][currency]"), "usd");
    EXPECT_EQ(session.at("line_items[0][quantity]"), "1");
    EXPECT_EQ(session.at("line_items[0][price_data][product_data][name]"), "Tag pack (10 claims)");
    EXPECT_FALSE(session.contains("line_items[0][price_data][recurring][interval]"));
    EXPECT_FALSE(session.contains("subscription_data[metadata][checkout_id]"));

    for (const json& c : {first, second}) {
        const HttpResponse r = shop.stripe.deliver(*server, shop.stripe.completedEvent(BillingShop::sessionOf(c)));
        ASSERT_EQ(r.status, 200) << r.body;
        EXPECT_EQ(r.json()["outcome"], "activated");
    }
    EXPECT_EQ(tagClaims()["limit"], 23);
    EXPECT_EQ(status()["state"], "free");

    const std::string intent = shop.stripe.paymentIntentOf(BillingShop::sessionOf(first));
    const HttpResponse refund = shop.stripe.deliver(*server, shop.stripe.refundEvent(intent));
    ASSERT_EQ(refund.status, 200) << refund.body;
    EXPECT_EQ(refund.json()["outcome"], "reversed");
    EXPECT_EQ(tagClaims()["limit"], 13) << "only the refunded pack's 10 claims went";
    EXPECT_EQ(server->get("/api/v1/billing/checkouts/" + first["id"].get<std::string>(), admin.token).json()["state"],
              "refunded");
    EXPECT_EQ(server->get("/api/v1/billing/checkouts/" + second["id"].get<std::string>(), admin.token).json()["state"],
              "paid");
    // The same refund again changes nothing.
    EXPECT_EQ(shop.stripe.deliver(*server, shop.stripe.refundEvent(intent)).json()["outcome"], "already_reversed");
    EXPECT_EQ(tagClaims()["limit"], 13);
}

TEST_P(BillingAddons, TheSameWebhookFiveTimesAtOnceGrantsOnce)
{
    auto fiveAtOnce = [&](const HttpRequest& request) {
        std::vector<std::future<HttpResponse>> calls;
        for (int i = 0; i < 5; ++i) {
            calls.push_back(std::async(std::launch::async, [&] { return server->request(request); }));
        }
        for (auto& call : calls) {
            EXPECT_EQ(call.get().status, 200);
        }
    };
    const json stripeCheckout = BillingShop::addonCheckout(*server, admin.token, "tags10", "USD");
    fiveAtOnce(shop.stripe.delivery(shop.stripe.completedEvent(BillingShop::sessionOf(stripeCheckout))));
    EXPECT_EQ(tagClaims()["limit"], 13);

    const json mpCheckout = BillingShop::addonCheckout(*server, admin.token, "tags10", "MXN");
    const std::string payment = shop.mercadopago.pay(BillingShop::preferenceOf(mpCheckout));
    fiveAtOnce(shop.mercadopago.notification(payment));
    ASSERT_TRUE(eventually([&] { return tagClaims()["limit"] == 23; })) << status().dump();
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    EXPECT_EQ(tagClaims()["limit"], 23) << "one grant per payment";
    EXPECT_EQ(status()["payments"].size(), 2u);
}

TEST_P(BillingAddons, MismatchedPaymentsGrantNothing)
{
    // MercadoPago reports another amount, then another currency: refused, no grant.
    const json c = BillingShop::addonCheckout(*server, admin.token, "tags10", "MXN");
    const std::string cheaper =
        shop.mercadopago.pay(BillingShop::preferenceOf(c), "approved", {{"transaction_amount", 9.95}});
    ASSERT_EQ(shop.mercadopago.notify(*server, cheaper).status, 200);
    const std::string otherCurrency =
        shop.mercadopago.pay(BillingShop::preferenceOf(c), "approved", {{"currency_id", "ARS"}});
    ASSERT_EQ(shop.mercadopago.notify(*server, otherCurrency).status, 200);
    ASSERT_TRUE(eventually([&] { return shop.mercadopago.paymentReads() >= 2; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    // Stripe's session with another amount or currency: acknowledged, no grant.
    const json s = BillingShop::addonCheckout(*server, admin.token, "tags10", "USD");
    for (const json& changes : {json{{"amount_total", 50}}, json{{"currency", "eur"}}}) {
        const HttpResponse r =
            shop.stripe.deliver(*server, shop.stripe.completedEvent(BillingShop::sessionOf(s), changes));
        ASSERT_EQ(r.status, 200) << r.body;
        EXPECT_EQ(r.json()["outcome"], "amount_mismatch");
    }
    EXPECT_EQ(tagClaims()["limit"], 3);
    EXPECT_TRUE(status()["payments"].empty());
    EXPECT_EQ(server->get("/api/v1/billing/checkouts/" + c["id"].get<std::string>(), admin.token).json()["state"],
              "pending");

    // Unknown add-ons and currencies it is not sold in are refused before any provider is asked.
    EXPECT_EQ(server->post("/api/v1/billing/checkouts", {{"addon", "tags99"}, {"currency", "MXN"}}, admin.token)
                  .json()["error"]["code"],
              "unknown_addon");
    EXPECT_EQ(server->post("/api/v1/billing/checkouts", {{"addon", "tags10"}, {"currency", "BRL"}}, admin.token)
                  .json()["error"]["code"],
              "currency_not_offered");
}

PETINFO_INSTANTIATE_FOR_ENGINES(BillingAddons);
