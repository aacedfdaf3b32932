// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingTypes.h"

#include <nlohmann/json.hpp>

namespace petinfo::client {

using nlohmann::json;

namespace {

QString text(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 integer(const json& j, const char* key, qint64 fallback = 0)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<qint64>() : fallback;
}

bool flag(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

/** Milliseconds since the epoch; 0 (or absent) is no date. */
QDateTime when(const json& j, const char* key)
{
    const qint64 ms = integer(j, key);
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

const json& objectAt(const json& j, const char* key)
{
    static const json empty = json::object();
    const auto it = j.find(key);
    return it != j.end() && it->is_object() ? *it : empty;
}

/** currency → integer minor units (anything else is left out: never a float). */
QMap<QString, qint64> pricesOf(const json& j)
{
    QMap<QString, qint64> out;
    for (const auto& [currency, amount] : objectAt(j, "prices").items()) {
        if (amount.is_number_integer()) {
            out.insert(QString::fromStdString(currency), amount.get<qint64>());
        }
    }
    return out;
}

} // namespace

BillingPlan BillingPlan::fromJson(const json& j)
{
    if (!j.is_object()) {
        return {};
    }
    BillingPlan p;
    p.id = text(j, "id");
    p.name = text(j, "name");
    p.interval = text(j, "interval");
    p.devices = static_cast<int>(integer(j, "devices", -1));
    p.kiosks = static_cast<int>(integer(j, "kiosks", -1));
    p.whatsapp = flag(j, "whatsapp");
    p.tagClaims = static_cast<int>(integer(j, "tagClaims", -1));
    p.prices = pricesOf(j);
    if (p.name.isEmpty()) {
        p.name = p.id;
    }
    return p;
}

BillingAddon BillingAddon::fromJson(const json& j)
{
    if (!j.is_object()) {
        return {};
    }
    BillingAddon a;
    a.id = text(j, "id");
    a.name = text(j, "name");
    a.tagClaims = static_cast<int>(integer(j, "tagClaims"));
    a.prices = pricesOf(j);
    if (a.name.isEmpty()) {
        a.name = a.id;
    }
    return a;
}

TagClaimQuota TagClaimQuota::fromJson(const json& j)
{
    TagClaimQuota q;
    if (!j.is_object()) {
        return q; // a server without tag claims: no limit
    }
    q.limit = integer(j, "limit", -1);
    q.packs = integer(j, "packs");
    q.used = integer(j, "used");
    q.remaining = integer(j, "remaining", -1);
    q.waiting = integer(j, "waiting");
    return q;
}

BillingCatalogue BillingCatalogue::fromJson(const json& j)
{
    BillingCatalogue c;
    if (!j.is_object()) {
        return c;
    }
    c.enabled = flag(j, "enabled");
    c.freePlan = text(j, "freePlan");
    if (const auto it = j.find("plans"); it != j.end() && it->is_array()) {
        for (const json& p : *it) {
            c.plans.push_back(BillingPlan::fromJson(p));
        }
    }
    if (const auto it = j.find("addons"); it != j.end() && it->is_array()) {
        for (const json& a : *it) {
            c.addons.push_back(BillingAddon::fromJson(a));
        }
    }
    for (const auto& [currency, offer] : objectAt(j, "currencies").items()) {
        const QString code = QString::fromStdString(currency);
        c.providers.insert(code, text(offer, "provider"));
        c.exponents.insert(code, static_cast<int>(integer(offer, "exponent", 2)));
    }
    return c;
}

const BillingPlan* BillingCatalogue::find(const QString& id) const
{
    for (const BillingPlan& p : plans) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

const BillingAddon* BillingCatalogue::findAddon(const QString& id) const
{
    for (const BillingAddon& a : addons) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

int BillingCatalogue::exponent(const QString& currency) const
{
    return exponents.value(currency, currency == QLatin1String("CLP") ? 0 : 2);
}

BillingCheckout BillingCheckout::fromJson(const json& j)
{
    BillingCheckout c;
    if (!j.is_object()) {
        return c;
    }
    c.id = text(j, "id");
    c.planId = text(j, "planId");
    c.addonId = text(j, "addonId");
    c.planName = text(j, "planName");
    c.provider = text(j, "provider");
    c.currency = text(j, "currency");
    c.amount = integer(j, "amount");
    c.state = text(j, "state");
    c.url = text(j, "url");
    c.detail = text(j, "detail");
    c.createdAt = when(j, "createdAt");
    c.expiresAt = when(j, "expiresAt");
    return c;
}

BillingPayment BillingPayment::fromJson(const json& j)
{
    BillingPayment p;
    if (!j.is_object()) {
        return p;
    }
    p.id = text(j, "id");
    p.checkoutId = text(j, "checkoutId");
    p.planId = text(j, "planId");
    p.addonId = text(j, "addonId");
    p.planName = text(j, "planName");
    p.tagClaims = static_cast<int>(integer(j, "tagClaims"));
    p.provider = text(j, "provider");
    p.providerPaymentId = text(j, "providerPaymentId");
    p.currency = text(j, "currency");
    p.amount = integer(j, "amount");
    p.state = text(j, "state");
    p.periodStart = when(j, "periodStart");
    p.periodEnd = when(j, "periodEnd");
    p.paidAt = when(j, "paidAt");
    return p;
}

BillingStatus BillingStatus::fromJson(const json& j)
{
    BillingStatus s;
    if (!j.is_object()) {
        return s;
    }
    s.enabled = flag(j, "enabled");
    s.state = text(j, "state");
    s.plan = BillingPlan::fromJson(objectAt(j, "plan"));
    s.endsAt = when(j, "endsAt");
    s.renews = flag(j, "renews");
    s.provider = text(j, "provider");
    s.devicesUsed = integer(objectAt(j, "usage"), "devices");
    s.kiosksUsed = integer(objectAt(j, "usage"), "kiosks");
    s.tagClaims = TagClaimQuota::fromJson(objectAt(j, "tagClaims"));
    s.lastPlanId = text(objectAt(j, "lastPlan"), "id");
    s.lastEndedAt = when(objectAt(j, "lastPlan"), "endedAt");
    if (const auto it = j.find("payments"); it != j.end() && it->is_array()) {
        for (const json& p : *it) {
            s.payments.push_back(BillingPayment::fromJson(p));
        }
    }
    if (const auto it = j.find("checkouts"); it != j.end() && it->is_array()) {
        for (const json& c : *it) {
            s.checkouts.push_back(BillingCheckout::fromJson(c));
        }
    }
    return s;
}

} // namespace petinfo::client
