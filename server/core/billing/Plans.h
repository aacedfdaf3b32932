// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integrations/mercadopago/MercadoPago.h"
#include "integrations/stripe/Stripe.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Util {
class AbstractConfiguration;
}

namespace petinfo::server {

/** One plan as the server's configuration defines it (billing.plan.<id>.*). Prices are in the
 *  integer minor units of each currency (centavos; CLP has none). A plan without prices cannot
 *  be bought: it is what an organisation has when it pays for nothing (billing.freePlan). */
struct Plan
{
    std::string id;
    std::string name;
    std::string interval = "month";             ///< month or year: what one payment pays for
    int devices = 2;                            ///< signed-in devices of people (not kiosks); -1: no limit
    int kiosks = 0;                             ///< kiosk devices; -1: no limit
    bool whatsapp = false;                      ///< WhatsApp reminders and alerts
    std::map<std::string, std::int64_t> prices; ///< currency → minor units
    int tagClaims = -1; ///< pet-ID tags the organisation may claim (add-on packs add to it); -1: no limit

    bool allowsDevices(std::int64_t count) const { return devices < 0 || count <= devices; }
    bool allowsKiosks(std::int64_t count) const { return kiosks < 0 || count <= kiosks; }
    nlohmann::json toJson() const;
};

/** A one-time purchase (billing.addon.<id>.*): a pack of tag claims that adds to what the plan
 *  grants, for as long as its payment is not refunded or charged back. Prices in minor units. */
struct Addon
{
    std::string id;
    std::string name;
    int tagClaims = 0;
    std::map<std::string, std::int64_t> prices; ///< currency → minor units

    nlohmann::json toJson() const;
};

/** Which provider collects a currency. */
enum class Provider
{
    MercadoPago,
    Stripe
};
std::string_view providerName(Provider provider);

/** Everything billing needs from the configuration. With no plans configured billing is off and
 *  nothing is limited (a self-hosted server for one clinic). */
struct BillingSettings
{
    std::vector<Plan> plans;   ///< in the order of billing.plans
    std::vector<Addon> addons; ///< in the order of billing.addons
    std::string freePlan;      ///< the plan of organisations that pay for nothing
    std::vector<std::string> mercadoPagoCurrencies{"ARS", "BRL", "MXN", "CLP", "COP"};
    std::vector<std::string> stripeCurrencies{"USD", "EUR"};
    std::string returnUrl; ///< where the payer's browser comes back; empty: {public base}/billing/return
    std::int64_t checkoutTtlSeconds = 86400;
    mercadopago::MercadoPagoSettings mercadopago;
    stripe::StripeSettings stripe;

    bool enabled() const { return !plans.empty(); }
    const Plan* find(std::string_view id) const;
    const Addon* findAddon(std::string_view id) const;
    const Plan& free() const;
    std::optional<Provider> providerFor(std::string_view currency) const;
    /** The cheapest plan (by its lowest price in any currency, then order) for which `ok` holds,
     *  or nullptr; the free plan is never suggested. */
    const Plan* cheapest(const std::function<bool(const Plan&)>& ok) const;
    /** The add-on to suggest for `missing` more tag claims: the cheapest one that grants that
     *  many, else the one that grants the most; nullptr when none is sold. */
    const Addon* addonForTagClaims(std::int64_t missing) const;
    std::vector<std::string> problems() const;
};

/** Decimal places of an ISO 4217 currency that billing accepts (CLP 0, the others 2). */
int currencyExponent(std::string_view currency);

/** Reads billing.*, mercadopago.* and stripe.* (and their environment variables). */
BillingSettings loadBillingSettings(const Poco::Util::AbstractConfiguration& config,
                                    const std::function<std::optional<std::string>(const std::string&)>& env);

} // namespace petinfo::server
