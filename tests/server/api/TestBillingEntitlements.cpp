// SPDX-License-Identifier: GPL-3.0-or-later
// What a plan pays for, enforced by the server on a clinic whose clock the test moves: WhatsApp
// reminders wait while the plan has no WhatsApp and go out once it is paid; an ended plan never
// stops syncing or reading the clinic's own records.
#include "support/BillingShop.h"
#include "support/ReminderClinic.h"
#include "support/ServerTest.h"

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;

namespace {
constexpr std::int64_t kHour = 3600 * 1000;
constexpr std::int64_t kDay = 24 * kHour;
} // namespace

class BillingEntitlements : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        PETINFO_REQUIRE_BACKEND(GetParam());
        start = ReminderClinic::nextMondayAt(8);
        clinic = std::make_unique<ReminderClinic>(GetParam(), start, shop.config());
    }

    json status() { return BillingShop::status(clinic->server(), clinic->admin().token); }

    /** Buys Clinic monthly through MercadoPago, signed at the server's (moved) time. */
    void pay()
    {
        const json c = BillingShop::checkout(clinic->server(), clinic->admin().token, "clinic-monthly", "MXN");
        const std::string payment = shop.mercadopago.pay(BillingShop::preferenceOf(c));
        const HttpResponse r =
            shop.mercadopago.notify(clinic->server(), payment, MercadoPagoDelivery::at(clinic->now()));
        ASSERT_EQ(r.status, 200) << r.body;
        ASSERT_TRUE(eventually([&] { return status()["plan"]["id"] == "clinic-monthly"; })) << status().dump();
        lastPayment = payment;
    }

    std::vector<sync::SyncRow> messages(const std::string& pet)
    {
        return clinic->rowsWhere(EntityType::Message, "petId", pet);
    }

    BillingShop shop;
    std::int64_t start = 0;
    std::unique_ptr<ReminderClinic> clinic;
    std::string lastPayment;
};

TEST_P(BillingEntitlements, WhatsAppWaitsForAPaymentAndAnEndedPlanHoldsNoDataHostage)
{
    // A free clinic cannot turn WhatsApp reminders on: 402 naming the plan that has them.
    const HttpResponse refused = clinic->saveSettings();
    ASSERT_EQ(refused.status, 402) << refused.body;
    EXPECT_EQ(refused.errorCode(), "payment_required");
    EXPECT_EQ(refused.json()["error"]["feature"], "whatsapp");
    EXPECT_EQ(refused.json()["error"]["plan"]["id"], "clinic-monthly");
    EXPECT_EQ(clinic->saveSettings({{"enabled", false}}).status, 200) << "settings without WhatsApp are free";

    pay();
    ASSERT_EQ(clinic->saveSettings().status, 200);

    // The payment is refunded before the reminder's time: the plan ends, the message waits.
    const std::string ana = clinic->addPerson("Ana", "+5491123456789", true, "es");
    const std::string pet = clinic->addPet("Zanahoria", {{ana, "owner"}});
    const Date today = ReminderClinic::localDate(start);
    clinic->addRecord(pet, "Antirrábica", today, today.addDays(14));
    shop.mercadopago.update(lastPayment, {{"status", "refunded"}});
    ASSERT_EQ(shop.mercadopago.notify(clinic->server(), lastPayment, MercadoPagoDelivery::at(clinic->now())).status,
              200);
    ASSERT_TRUE(eventually([&] { return status()["state"] == "expired"; })) << status().dump();

    clinic->setTime(start + kHour, 1500);
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto m = messages(pet);
        return m.size() == 1 && field(m[0], "error") == "payment_required";
    })) << "the send waits, marked as waiting for a payment";
    EXPECT_EQ(field(messages(pet)[0], "state"), "queued");
    EXPECT_TRUE(clinic->fake().received().empty()) << "nothing went to WhatsApp";

    // Nothing is held hostage: sync and reading still work on the free plan.
    const HttpResponse pets = clinic->server().get("/api/v1/pets", clinic->admin().token);
    ASSERT_EQ(pets.status, 200) << pets.body;
    EXPECT_EQ(pets.json()["items"].size(), 1u);
    EXPECT_NO_THROW(clinic->addPerson("Bruno", "+5511987654321", true, "pt-BR"));

    // Paid again: the waiting message goes at once.
    pay();
    ASSERT_TRUE(clinic->fake().waitForRequests(1)) << "the waiting send went after the payment";
    ASSERT_TRUE(clinic->waitFor([&] {
        const auto m = messages(pet);
        return m.size() == 1 && field(m[0], "state") == "sent";
    }));
    EXPECT_EQ(clinic->fake().accepted().size(), 1u);

    // A month and a bit later the plan has run out: still no data held hostage.
    clinic->setTime(start + 35 * kDay, 300);
    const json s = status();
    EXPECT_EQ(s["state"], "expired");
    EXPECT_EQ(s["plan"]["id"], "free");
    EXPECT_EQ(clinic->server().get("/api/v1/pets", clinic->admin().token).status, 200);
    EXPECT_GE(clinic->rows(EntityType::Pet).size(), 1u) << "a full pull still works";
    EXPECT_EQ(clinic->server().get("/api/v1/pets/" + pet + "/health-records", clinic->admin().token).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Engines, BillingEntitlements, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& p) { return backendName(p.param); });
