// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Plans.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <Poco/Util/AbstractConfiguration.h>

#include <algorithm>
#include <limits>
#include <regex>

namespace petinfo::server {

using nlohmann::json;

namespace {

std::vector<std::string> list(const std::string& text)
{
    std::vector<std::string> out;
    Poco::StringTokenizer tokens(text, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const std::string& t : tokens) {
        out.push_back(t);
    }
    return out;
}

bool knownCurrency(std::string_view c)
{
    static const std::vector<std::string_view> known{"ARS", "BRL", "MXN", "CLP", "COP", "USD", "EUR"};
    return std::find(known.begin(), known.end(), c) != known.end();
}

} // namespace

json Plan::toJson() const
{
    json p = json::object();
    for (const auto& [currency, amount] : prices) {
        p[currency] = amount;
    }
    return json{{"id", id},         {"name", name},         {"interval", interval},   {"devices", devices},
                {"kiosks", kiosks}, {"whatsapp", whatsapp}, {"tagClaims", tagClaims}, {"prices", p}};
}

json Addon::toJson() const
{
    json p = json::object();
    for (const auto& [currency, amount] : prices) {
        p[currency] = amount;
    }
    return json{{"id", id}, {"name", name}, {"tagClaims", tagClaims}, {"prices", p}};
}

std::string_view providerName(Provider provider)
{
    return provider == Provider::MercadoPago ? "mercadopago" : "stripe";
}

int currencyExponent(std::string_view currency)
{
    return currency == "CLP" ? 0 : 2;
}

const Plan* BillingSettings::find(std::string_view id) const
{
    const auto it = std::find_if(plans.begin(), plans.end(), [&](const Plan& p) { return p.id == id; });
    return it == plans.end() ? nullptr : &*it;
}

const Addon* BillingSettings::findAddon(std::string_view id) const
{
    const auto it = std::find_if(addons.begin(), addons.end(), [&](const Addon& a) { return a.id == id; });
    return it == addons.end() ? nullptr : &*it;
}

const Plan& BillingSettings::free() const
{
    static const Plan unlimited{"unlimited", "Unlimited", "month", -1, -1, true, {}};
    const Plan* p = find(freePlan);
    return p ? *p : unlimited;
}

std::optional<Provider> BillingSettings::providerFor(std::string_view currency) const
{
    if (std::find(mercadoPagoCurrencies.begin(), mercadoPagoCurrencies.end(), currency) !=
        mercadoPagoCurrencies.end()) {
        return Provider::MercadoPago;
    }
    if (std::find(stripeCurrencies.begin(), stripeCurrencies.end(), currency) != stripeCurrencies.end()) {
        return Provider::Stripe;
    }
    return std::nullopt;
}

const Plan* BillingSettings::cheapest(const std::function<bool(const Plan&)>& ok) const
{
    const Plan* best = nullptr;
    std::int64_t bestRank = std::numeric_limits<std::int64_t>::max();
    for (const Plan& p : plans) {
        if (p.id == freePlan || p.prices.empty() || !ok(p)) {
            continue;
        }
        // Prices in different currencies do not compare; within a deployment the plans share
        // their currencies, so the lowest price of any is a fair order.
        std::int64_t rank = std::numeric_limits<std::int64_t>::max();
        for (const auto& [currency, amount] : p.prices) {
            rank = std::min(rank, amount * (currencyExponent(currency) == 0 ? 100 : 1));
        }
        if (rank < bestRank) {
            best = &p;
            bestRank = rank;
        }
    }
    return best;
}

const Addon* BillingSettings::addonForTagClaims(std::int64_t missing) const
{
    auto rank = [](const Addon& a) {
        std::int64_t r = std::numeric_limits<std::int64_t>::max();
        for (const auto& [currency, amount] : a.prices) {
            r = std::min(r, amount * (currencyExponent(currency) == 0 ? 100 : 1));
        }
        return r;
    };
    const Addon* enough = nullptr;
    const Addon* largest = nullptr;
    for (const Addon& a : addons) {
        if (a.tagClaims <= 0 || a.prices.empty()) {
            continue;
        }
        if (a.tagClaims >= missing && (!enough || rank(a) < rank(*enough))) {
            enough = &a;
        }
        if (!largest || a.tagClaims > largest->tagClaims) {
            largest = &a;
        }
    }
    return enough ? enough : largest;
}

std::vector<std::string> BillingSettings::problems() const
{
    std::vector<std::string> out;
    if (!enabled()) {
        if (!addons.empty()) {
            out.push_back("billing.addons need billing.plans (with no plans billing is off)");
        }
        return out;
    }
    if (!find(freePlan)) {
        out.push_back("billing.freePlan must name one of billing.plans");
    }
    static const std::regex id("[a-z0-9][a-z0-9-]{0,39}");
    for (const Plan& p : plans) {
        if (!std::regex_match(p.id, id)) {
            out.push_back("billing plan ids are 1-40 of a-z 0-9 -: " + p.id);
        }
        if (p.tagClaims < -1) {
            out.push_back("billing.plan." + p.id + ".tagClaims must be -1 (no limit) or at least 0");
        }
        if (p.interval != "month" && p.interval != "year") {
            out.push_back("billing.plan." + p.id + ".interval must be month or year");
        }
        for (const auto& [currency, amount] : p.prices) {
            if (!knownCurrency(currency) || !providerFor(currency)) {
                out.push_back("billing.plan." + p.id + ".price." + currency + ": no provider takes this currency");
            }
            if (amount <= 0) {
                out.push_back("billing.plan." + p.id + ".price." + currency + " must be a positive integer");
            }
        }
    }
    for (const Addon& a : addons) {
        if (!std::regex_match(a.id, id)) {
            out.push_back("billing add-on ids are 1-40 of a-z 0-9 -: " + a.id);
        }
        if (find(a.id)) {
            out.push_back("billing add-on " + a.id + " has the id of a plan");
        }
        if (a.tagClaims <= 0) {
            out.push_back("billing.addon." + a.id + ".tagClaims must be a positive integer");
        }
        if (a.prices.empty()) {
            out.push_back("billing.addon." + a.id + " needs at least one price");
        }
        for (const auto& [currency, amount] : a.prices) {
            if (!knownCurrency(currency) || !providerFor(currency)) {
                out.push_back("billing.addon." + a.id + ".price." + currency + ": no provider takes this currency");
            }
            if (amount <= 0) {
                out.push_back("billing.addon." + a.id + ".price." + currency + " must be a positive integer");
            }
        }
    }
    std::vector<const std::map<std::string, std::int64_t>*> priced;
    for (const Plan& p : plans) {
        priced.push_back(&p.prices);
    }
    for (const Addon& a : addons) {
        priced.push_back(&a.prices);
    }
    for (const auto* prices : priced) {
        for (const auto& [currency, amount] : *prices) {
            const auto provider = providerFor(currency);
            if (provider == Provider::MercadoPago && !mercadopago.enabled()) {
                out.push_back("plans priced in " + currency + " need mercadopago.accessToken and webhookSecret");
            }
            if (provider == Provider::Stripe && !stripe.enabled()) {
                out.push_back("plans priced in " + currency + " need stripe.secretKey and webhookSecret");
            }
        }
    }
    for (const std::string& p : mercadopago.problems()) {
        out.push_back(p);
    }
    for (const std::string& p : stripe.problems()) {
        out.push_back(p);
    }
    if (checkoutTtlSeconds < 600) {
        out.push_back("billing.checkoutTtlSeconds must be at least 600");
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

BillingSettings loadBillingSettings(const Poco::Util::AbstractConfiguration& c,
                                    const std::function<std::optional<std::string>(const std::string&)>& env)
{
    BillingSettings s;
    s.mercadopago = mercadopago::loadSettings(c, env);
    s.stripe = stripe::loadSettings(c, env);
    s.freePlan = c.getString("billing.freePlan", "free");
    s.returnUrl = c.getString("billing.returnUrl", "");
    s.checkoutTtlSeconds = c.getInt64("billing.checkoutTtlSeconds", s.checkoutTtlSeconds);
    if (c.has("billing.mercadopagoCurrencies")) {
        s.mercadoPagoCurrencies = list(c.getString("billing.mercadopagoCurrencies"));
    }
    if (c.has("billing.stripeCurrencies")) {
        s.stripeCurrencies = list(c.getString("billing.stripeCurrencies"));
    }
    for (const std::string& id : list(c.getString("billing.plans", ""))) {
        const std::string prefix = "billing.plan." + id + ".";
        Plan p;
        p.id = id;
        p.name = c.getString(prefix + "name", id);
        p.interval = c.getString(prefix + "interval", p.interval);
        p.devices = c.getInt(prefix + "devices", p.devices);
        p.kiosks = c.getInt(prefix + "kiosks", p.kiosks);
        p.whatsapp = c.getBool(prefix + "whatsapp", p.whatsapp);
        p.tagClaims = c.getInt(prefix + "tagClaims", p.tagClaims);
        Poco::Util::AbstractConfiguration::Keys currencies;
        c.keys(prefix + "price", currencies);
        for (const std::string& currency : currencies) {
            p.prices[Poco::toUpper(currency)] = c.getInt64(prefix + "price." + currency);
        }
        s.plans.push_back(std::move(p));
    }
    for (const std::string& id : list(c.getString("billing.addons", ""))) {
        const std::string prefix = "billing.addon." + id + ".";
        Addon a;
        a.id = id;
        a.name = c.getString(prefix + "name", id);
        a.tagClaims = c.getInt(prefix + "tagClaims", a.tagClaims);
        Poco::Util::AbstractConfiguration::Keys currencies;
        c.keys(prefix + "price", currencies);
        for (const std::string& currency : currencies) {
            a.prices[Poco::toUpper(currency)] = c.getInt64(prefix + "price." + currency);
        }
        s.addons.push_back(std::move(a));
    }
    return s;
}

} // namespace petinfo::server
