// SPDX-License-Identifier: GPL-3.0-or-later
// The server's billing answers (docs/billing.md) read into the app's types; anything malformed
// reads as "nothing" rather than as a wrong number.
#include "billing/BillingTypes.h"

#include <nlohmann/json.hpp>

#include <QTest>

using namespace petinfo::client;
using nlohmann::json;

class TestBillingTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testStatusIsRead()
    {
        const json body{{"enabled", true},
                        {"state", "ending"},
                        {"plan",
                         {{"id", "clinic-monthly"},
                          {"name", "Clinic monthly"},
                          {"interval", "month"},
                          {"devices", 10},
                          {"kiosks", -1},
                          {"whatsapp", true},
                          {"prices", {{"MXN", 49900}, {"USD", 2900}}}}},
                        {"endsAt", 1800000000000LL},
                        {"renews", false},
                        {"provider", "mercadopago"},
                        {"usage", {{"devices", 3}, {"kiosks", 1}}},
                        {"payments", json::array({{{"id", "p1"},
                                                   {"planName", "Clinic monthly"},
                                                   {"currency", "MXN"},
                                                   {"amount", 49900},
                                                   {"state", "paid"},
                                                   {"paidAt", 1797400000000LL}}})},
                        {"checkouts", json::array({{{"id", "c1"}, {"state", "pending"}, {"amount", 49900}}})}};
        const BillingStatus s = BillingStatus::fromJson(body);
        QCOMPARE(s.state, QStringLiteral("ending"));
        QCOMPARE(s.plan.name, QStringLiteral("Clinic monthly"));
        QCOMPARE(s.plan.devices, 10);
        QCOMPARE(s.plan.kiosks, -1);
        QVERIFY(s.plan.whatsapp);
        QCOMPARE(s.plan.prices.value(QStringLiteral("MXN")), qint64(49900));
        QCOMPARE(s.endsAt.toMSecsSinceEpoch(), 1800000000000LL);
        QCOMPARE(s.devicesUsed, qint64(3));
        QCOMPARE(s.kiosksUsed, qint64(1));
        QCOMPARE(s.payments.size(), std::size_t{1});
        QCOMPARE(s.payments[0].amount, qint64(49900));
        QCOMPARE(s.checkouts.size(), std::size_t{1});
        QVERIFY(!s.checkouts[0].isFinal());
    }

    void testMalformedAnswersReadAsNothing()
    {
        const BillingStatus s =
            BillingStatus::fromJson(json{{"state", 3}, {"plan", "x"}, {"payments", json::array({{{"amount", 1.5}}})}});
        QVERIFY(s.state.isEmpty());
        QVERIFY(s.plan.id.isEmpty());
        QCOMPARE(s.payments.size(), std::size_t{1});
        QCOMPARE(s.payments[0].amount, qint64(0)); // never a rounded floating-point amount
        QVERIFY(!s.endsAt.isValid());
        const BillingPlan plan = BillingPlan::fromJson(json{{"id", "p"}, {"prices", {{"MXN", 499.5}, {"USD", 2900}}}});
        QVERIFY(!plan.prices.contains(QStringLiteral("MXN")));
        QCOMPARE(plan.prices.value(QStringLiteral("USD")), qint64(2900));
        QCOMPARE(plan.name, QStringLiteral("p"));
    }

    void testCatalogueExponents()
    {
        const BillingCatalogue c = BillingCatalogue::fromJson(
            json{{"enabled", true},
                 {"plans", json::array({{{"id", "free"}}, {{"id", "clinic"}, {"prices", {{"CLP", 290000}}}}})},
                 {"currencies",
                  {{"CLP", {{"provider", "mercadopago"}, {"exponent", 0}}},
                   {"USD", {{"provider", "stripe"}, {"exponent", 2}}}}}});
        QCOMPARE(c.plans.size(), std::size_t{2});
        QCOMPARE(c.exponent(QStringLiteral("CLP")), 0);
        QCOMPARE(c.exponent(QStringLiteral("USD")), 2);
        QCOMPARE(c.exponent(QStringLiteral("EUR")), 2);
        QCOMPARE(c.providers.value(QStringLiteral("USD")), QStringLiteral("stripe"));
        QVERIFY(c.find(QStringLiteral("clinic")));
        QVERIFY(!c.find(QStringLiteral("nope")));
    }

    void testAddOnsAndTagClaimsAreRead()
    {
        const BillingCatalogue c = BillingCatalogue::fromJson(
            json{{"plans", json::array({{{"id", "free"}, {"tagClaims", 20}}, {{"id", "clinic"}}})},
                 {"addons", json::array({{{"id", "tags10"},
                                          {"name", "10 tag claims"},
                                          {"tagClaims", 10},
                                          {"prices", {{"MXN", 9950}, {"USD", 5.5}}}}})}});
        QCOMPARE(c.plans[0].tagClaims, 20);
        QCOMPARE(c.plans[1].tagClaims, -1); // an older server: no limit
        const BillingAddon* addon = c.findAddon(QStringLiteral("tags10"));
        QVERIFY(addon);
        QCOMPARE(addon->name, QStringLiteral("10 tag claims"));
        QCOMPARE(addon->tagClaims, 10);
        QCOMPARE(addon->prices.value(QStringLiteral("MXN")), qint64(9950));
        QVERIFY(!addon->prices.contains(QStringLiteral("USD"))); // never a floating-point price
        QVERIFY(!c.findAddon(QStringLiteral("clinic")));

        const BillingStatus s = BillingStatus::fromJson(
            json{{"state", "free"},
                 {"tagClaims", {{"limit", 13}, {"packs", 10}, {"used", 4}, {"remaining", 9}, {"waiting", 1}}},
                 {"payments", json::array({{{"id", "p1"}, {"addonId", "tags10"}, {"tagClaims", 10}}})},
                 {"checkouts", json::array({{{"id", "c1"}, {"addonId", "tags10"}, {"state", "paid"}}})}});
        QVERIFY(s.tagClaims.isLimited());
        QCOMPARE(s.tagClaims.limit, qint64(13));
        QCOMPARE(s.tagClaims.packs, qint64(10));
        QCOMPARE(s.tagClaims.used, qint64(4));
        QCOMPARE(s.tagClaims.waiting, qint64(1));
        QVERIFY(s.payments[0].isAddon());
        QCOMPARE(s.payments[0].tagClaims, 10);
        QVERIFY(s.checkouts[0].isAddon());
        QVERIFY(!BillingStatus::fromJson(json{{"state", "free"}}).tagClaims.isLimited()); // an older server
    }
};

QTEST_GUILESS_MAIN(TestBillingTypes)
#include "TestBillingTypes.moc"
