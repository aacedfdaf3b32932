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
    QMap<QString, qint64> prices;

    static BillingPlan fromJson(const nlohmann::json& j);
};

/** What the plans endpoint says: the plans in the server's order and who takes which currency. */
struct BillingCatalogue
{
    bool enabled = false;
    QString freePlan;
    std::vector<BillingPlan> plans;
    QMap<QString, QString> providers; ///< currency → mercadopago | stripe
    QMap<QString, int> exponents;     ///< currency → decimal places

    static BillingCatalogue fromJson(const nlohmann::json& j);
    const BillingPlan* find(const QString& id) const;
    int exponent(const QString& currency) const;
};

/** A checkout an admin started; `state` is the server's: pending, paid, failed, expired, refunded. */
struct BillingCheckout
{
    QString id;
    QString planId;
    QString planName;
    QString provider;
    QString currency;
    qint64 amount = 0;
    QString state;
    QString url;
    QString detail;
    QDateTime createdAt;
    QDateTime expiresAt;

    bool isFinal() const { return state != QLatin1String("pending"); }
    static BillingCheckout fromJson(const nlohmann::json& j);
};

/** A payment the provider confirmed: what a receipt shows. `state`: paid, refunded, charged_back. */
struct BillingPayment
{
    QString id;
    QString checkoutId;
    QString planId;
    QString planName;
    QString provider;
    QString providerPaymentId;
    QString currency;
    qint64 amount = 0;
    QString state;
    QDateTime periodStart;
    QDateTime periodEnd;
    QDateTime paidAt;

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
    QString lastPlanId; ///< the plan that ended (state expired)
    QDateTime lastEndedAt;
    std::vector<BillingPayment> payments; ///< newest first
    std::vector<BillingCheckout> checkouts;

    static BillingStatus fromJson(const nlohmann::json& j);
};

} // namespace petinfo::client
