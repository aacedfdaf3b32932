// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace petinfo::client {

/** One plan the server sells (or the free plan). Prices in integer minor units per currency. */
struct BillingPlan
{
    QString id;
    QString name;
    QString interval; ///< month or year
    int devices = 0;  ///< -1: no limit
    int kiosks = 0;   ///< -1: no limit
    bool whatsapp = false;
    int tagClaims = -1; ///< pet-ID tags the organisation may claim; -1: no limit
    QMap<QString, qint64> prices;

    static BillingPlan fromJson(const nlohmann::json& j);
};

/** A one-time purchase the server sells: a pack of tag claims that adds to the plan's. */
struct BillingAddon
{
    QString id;
    QString name;
    int tagClaims = 0;
    QMap<QString, qint64> prices; ///< currency → integer minor units

    static BillingAddon fromJson(const nlohmann::json& j);
};

/** The organisation's tag-claim quota as the server counts it. */
struct TagClaimQuota
{
    qint64 limit = -1; ///< the plan's plus paid packs; -1: no limit
    qint64 packs = 0;  ///< of which paid add-on packs
    qint64 used = 0;
    qint64 remaining = -1;
    qint64 waiting = 0; ///< pets whose tag waits for a claim (stored, the tag not active)

    bool isLimited() const { return limit >= 0; }
    static TagClaimQuota fromJson(const nlohmann::json& j);
};

/** What the plans endpoint says: the plans in the server's order and who takes which currency. */
struct BillingCatalogue
{
    bool enabled = false;
    QString freePlan;
    std::vector<BillingPlan> plans;
    std::vector<BillingAddon> addons;
    QMap<QString, QString> providers; ///< currency → mercadopago | stripe
    QMap<QString, int> exponents;     ///< currency → decimal places

    static BillingCatalogue fromJson(const nlohmann::json& j);
    const BillingPlan* find(const QString& id) const;
    const BillingAddon* findAddon(const QString& id) const;
    int exponent(const QString& currency) const;
};

/** A checkout an admin started; `state` is the server's: pending, paid, failed, expired, refunded. */
struct BillingCheckout
{
    QString id;
    QString planId;
    QString addonId;  ///< a one-time add-on (planId empty)
    QString planName; ///< the plan's or the add-on's name
    QString provider;
    QString currency;
    qint64 amount = 0;
    QString state;
    QString url;
    QString detail;
    QDateTime createdAt;
    QDateTime expiresAt;

    bool isFinal() const { return state != QLatin1String("pending"); }
    bool isAddon() const { return !addonId.isEmpty(); }
    static BillingCheckout fromJson(const nlohmann::json& j);
};

/** A payment the provider confirmed: what a receipt shows. `state`: paid, refunded, charged_back. */
struct BillingPayment
{
    QString id;
    QString checkoutId;
    QString planId;
    QString addonId;   ///< a one-time add-on (no period)
    QString planName;  ///< the plan's or the add-on's name
    int tagClaims = 0; ///< what an add-on granted
    QString provider;
    QString providerPaymentId;
    QString currency;
    qint64 amount = 0;
    QString state;
    QDateTime periodStart;
    QDateTime periodEnd;
    QDateTime paidAt;

    bool isAddon() const { return !addonId.isEmpty(); }
    static BillingPayment fromJson(const nlohmann::json& j);
};

/** The organisation's plan as the server enforces it. `state`: unlimited (billing off), free,
 *  active (renews), ending (paid until endsAt), expired. */
struct BillingStatus
{
    bool enabled = false;
    QString state;
    BillingPlan plan;
    QDateTime endsAt; ///< invalid when nothing paid runs
    bool renews = false;
    QString provider;
    qint64 devicesUsed = 0;
    qint64 kiosksUsed = 0;
    TagClaimQuota tagClaims;
    QString lastPlanId; ///< the plan that ended (state expired)
    QDateTime lastEndedAt;
    std::vector<BillingPayment> payments; ///< newest first
    std::vector<BillingCheckout> checkouts;

    static BillingStatus fromJson(const nlohmann::json& j);
};

} // namespace petinfo::client
