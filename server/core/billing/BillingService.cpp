// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingService.h"

#include "billing/BillingJobs.h"
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/HttpError.h"
#include "http/Request.h"
#include "integrations/mercadopago/MercadoPago.h"
#include "integrations/stripe/Stripe.h"
#include "jobs/JobRunner.h"
#include "petinfo/common/Random.h"

#include <Poco/String.h>

#include <algorithm>

namespace petinfo::server {

using nlohmann::json;

BillingService::BillingService(Database& db, const Clock& clock, AccessLog& log, BillingSettings settings,
                               std::shared_ptr<mercadopago::MercadoPagoApi> mercadopago,
                               std::shared_ptr<stripe::StripeApi> stripe)
    : m_db(db)
    , m_clock(clock)
    , m_log(log)
    , m_settings(std::move(settings))
    , m_mercadopago(std::move(mercadopago))
    , m_stripe(std::move(stripe))
    , m_ledger(m_settings, clock)
{}

BillingService::~BillingService() = default;

void BillingService::attach(JobRunner& runner)
{
    m_runner = &runner;
    m_ledger.setOnReleased([&runner] { runner.wake(); });
    if (m_mercadopago) {
        runner.addHandler(std::string(billingjobs::kMercadoPagoPayment),
                          std::make_shared<MercadoPagoPaymentHandler>(m_ledger, m_log, m_mercadopago, m_clock));
    }
}

json BillingService::plans() const
{
    json list = json::array();
    for (const Plan& p : m_settings.plans) {
        list.push_back(p.toJson());
    }
    json currencies = json::object();
    auto offer = [&](const std::vector<std::string>& codes, Provider provider, bool on) {
        for (const std::string& c : codes) {
            if (on) {
                currencies[c] = {{"provider", providerName(provider)}, {"exponent", currencyExponent(c)}};
            }
        }
    };
    offer(m_settings.mercadoPagoCurrencies, Provider::MercadoPago, m_mercadopago != nullptr);
    offer(m_settings.stripeCurrencies, Provider::Stripe, m_stripe != nullptr);
    json addons = json::array();
    for (const Addon& a : m_settings.addons) {
        addons.push_back(a.toJson());
    }
    return json{{"enabled", enabled()},
                {"freePlan", m_settings.freePlan},
                {"plans", list},
                {"addons", addons},
                {"currencies", currencies}};
}

const Plan& BillingService::effectivePlan(DbConnection& db, const std::string& orgId)
{
    return m_ledger.effectivePlan(db, orgId);
}

namespace {

/** What a checkout or payment bought, as the app names it: the plan's or the add-on's name. */
std::string itemName(const BillingSettings& settings, const std::string& planId, const std::string& addonId)
{
    if (!addonId.empty()) {
        const Addon* addon = settings.findAddon(addonId);
        return addon ? addon->name : addonId;
    }
    const Plan* plan = settings.find(planId);
    return plan ? plan->name : planId;
}

} // namespace

json BillingService::checkoutJson(const Checkout& c) const
{
    // Past its expiry a pending checkout can no longer be paid (the providers were told the same
    // expiry, and a payment they still confirm for it is refused: BillingLedger::expiredAt).
    const bool expired = c.state == "pending" && BillingLedger::expiredAt(c, m_clock.nowMs());
    return json{{"id", c.id},
                {"kind", c.addonId.empty() ? "plan" : "addon"},
                {"planId", c.planId},
                {"addonId", c.addonId},
                {"planName", itemName(m_settings, c.planId, c.addonId)},
                {"provider", c.provider},
                {"currency", c.currency},
                {"amount", c.amountMinor},
                {"state", expired ? std::string("expired") : c.state},
                {"url", c.url},
                {"detail", c.detail},
                {"createdAt", c.createdMs},
                {"expiresAt", c.expiresMs}};
}

json BillingService::paymentJson(const PaymentRecord& p, const std::map<std::string, std::int64_t>& grants) const
{
    json out{{"id", p.id},
             {"kind", p.addonId.empty() ? "plan" : "addon"},
             {"checkoutId", p.checkoutId},
             {"planId", p.planId},
             {"addonId", p.addonId},
             {"planName", itemName(m_settings, p.planId, p.addonId)},
             {"provider", p.provider},
             {"providerPaymentId", p.providerPaymentId},
             {"currency", p.currency},
             {"amount", p.amountMinor},
             {"state", p.state},
             {"periodStart", p.periodStartMs},
             {"periodEnd", p.periodEndMs},
             {"paidAt", p.paidMs}};
    if (const auto grant = grants.find(p.id); grant != grants.end()) {
        out["tagClaims"] = grant->second; // what it granted when bought, whatever the configuration says now
    }
    return out;
}

json BillingService::tagClaimsJson(DbConnection& db, const std::string& orgId)
{
    const std::int64_t limit = m_ledger.tagClaimLimit(db, orgId);
    const std::int64_t used = BillingStore::claimedTags(db, orgId);
    const Plan& plan = effectivePlan(db, orgId);
    json waiting = json::array();
    for (const auto& [tagId, petId] : BillingStore::waitingTags(db, orgId, 50)) {
        waiting.push_back(json{{"tagId", tagId}, {"petId", petId}});
    }
    return json{{"limit", limit},
                {"plan", limit < 0 ? -1 : plan.tagClaims},
                {"packs", enabled() ? BillingStore::grantedTagClaims(db, orgId) : 0},
                {"used", used},
                {"remaining", limit < 0 ? -1 : std::max<std::int64_t>(0, limit - used)},
                {"waiting", BillingStore::waitingTagCount(db, orgId)},
                {"waitingTags", waiting}};
}

json BillingService::status(const std::string& orgId)
{
    Lease db = m_db.acquire();
    const std::int64_t now = m_clock.nowMs();
    const auto row = BillingStore::plan(*db, orgId);
    const Plan& plan = effectivePlan(*db, orgId);
    const bool active = enabled() && row && row->endsMs > now && m_settings.find(row->planId);
    std::string state = "free";
    if (!enabled()) {
        state = "unlimited";
    } else if (active) {
        state = row->renews ? "active" : "ending";
    } else if (row) {
        state = "expired";
    }
    json out{{"enabled", enabled()},
             {"state", state},
             {"plan", plan.toJson()},
             {"endsAt", active ? row->endsMs : 0},
             {"renews", active && row->renews},
             {"provider", active ? row->provider : ""},
             {"usage",
              {{"devices", BillingStore::activeDevices(*db, orgId, false)},
               {"kiosks", BillingStore::activeDevices(*db, orgId, true)}}},
             {"tagClaims", tagClaimsJson(*db, orgId)}};
    if (row && !active) {
        out["lastPlan"] = {{"id", row->planId}, {"endedAt", row->endsMs}};
    }
    json payments = json::array();
    const auto grants = BillingStore::tagGrants(*db, orgId);
    for (const PaymentRecord& p : BillingStore::payments(*db, orgId, 200)) {
        payments.push_back(paymentJson(p, grants));
    }
    out["payments"] = std::move(payments);
    json checkouts = json::array();
    for (const Checkout& c : BillingStore::checkouts(*db, orgId, 10)) {
        checkouts.push_back(checkoutJson(c));
    }
    out["checkouts"] = std::move(checkouts);
    return out;
}

json BillingService::createCheckout(const Principal& caller, const json& body, const std::string& baseUrl)
{
    if (!enabled()) {
        throw ApiError::conflict("billing_disabled", "this server does not sell plans");
    }
    // Either a plan (a period of it) or a one-time add-on.
    const bool isAddon = body.is_object() && body.contains("addon");
    const std::string itemId = requireString(body, isAddon ? "addon" : "plan", 40);
    const std::string currency = Poco::toUpper(requireString(body, "currency", 3));
    const Plan* plan = isAddon ? nullptr : m_settings.find(itemId);
    const Addon* addon = isAddon ? m_settings.findAddon(itemId) : nullptr;
    if (!isAddon && (!plan || plan->prices.empty())) {
        throw ApiError::badRequest("unknown_plan", "no such plan for sale", {{"field", "plan"}});
    }
    if (isAddon && !addon) {
        throw ApiError::badRequest("unknown_addon", "no such add-on for sale", {{"field", "addon"}});
    }
    const auto& prices = isAddon ? addon->prices : plan->prices;
    const std::string name = isAddon ? addon->name : plan->name;
    const auto price = prices.find(currency);
    const auto provider = m_settings.providerFor(currency);
    const bool available =
        provider && (*provider == Provider::MercadoPago ? m_mercadopago != nullptr : m_stripe != nullptr);
    if (price == prices.end() || !available) {
        json offered = json::array();
        for (const auto& [c, amount] : prices) {
            offered.push_back(c);
        }
        throw ApiError::badRequest("currency_not_offered",
                                   isAddon ? "the add-on is not sold in this currency"
                                           : "the plan is not sold in this currency",
                                   {{"field", "currency"}, {"currencies", offered}});
    }
    const std::int64_t now = m_clock.nowMs();
    Checkout c;
    c.id = newUuid();
    c.orgId = caller.orgId;
    c.planId = isAddon ? std::string() : plan->id;
    c.addonId = isAddon ? addon->id : std::string();
    c.provider = std::string(providerName(*provider));
    c.currency = currency;
    c.amountMinor = price->second;
    c.state = "pending";
    c.createdMs = now;
    c.expiresMs = now + m_settings.checkoutTtlSeconds * 1000;
    m_db.transaction(true, [&](DbConnection& db) { BillingStore::insertCheckout(db, c, caller.userId, now); });

    std::string base = baseUrl;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    const std::string back = (m_settings.returnUrl.empty() ? base + "/billing/return" : m_settings.returnUrl) +
                             "?checkout=" + c.id + "&result=";
    std::string ref;
    std::string error;
    bool transient = false;
    if (*provider == Provider::MercadoPago) {
        mercadopago::PreferenceRequest r{itemId,
                                         name,
                                         currency,
                                         c.amountMinor,
                                         currencyExponent(currency),
                                         c.id,
                                         base + "/api/v1/webhooks/mercadopago?checkout=" + c.id,
                                         back + "success",
                                         back + "failure",
                                         back + "pending",
                                         c.expiresMs};
        const auto answer = m_mercadopago->createPreference(r);
        if (answer.value) {
            ref = answer.value->id;
            c.url = answer.value->initPoint;
        }
        error = answer.error;
        transient = answer.transient;
    } else {
        // An add-on is paid once (mode=payment); a plan is a subscription.
        stripe::SessionRequest r{name, currency,         c.amountMinor,   isAddon ? std::string() : plan->interval,
                                 c.id, back + "success", back + "cancel", {}};
        // Stripe takes an expiry 30 minutes to 24 hours ahead.
        r.expiresAt = std::clamp(c.expiresMs / 1000, now / 1000 + 1800, now / 1000 + 86400);
        const auto answer = m_stripe->createCheckoutSession(r);
        if (answer.value) {
            ref = answer.value->id;
            c.url = answer.value->url;
        }
        error = answer.error;
        transient = answer.transient;
    }
    if (c.url.empty()) {
        m_db.transaction(true,
                         [&](DbConnection& db) { BillingStore::setCheckoutState(db, c.id, "failed", error, now); });
        m_log.event("warning", "petinfo.server.billing", "the provider refused a checkout",
                    {{"checkout", c.id}, {"provider", c.provider}, {"detail", error}});
        throw ApiError(502, "provider_unavailable", "the payment provider did not create the checkout",
                       {{"provider", c.provider}, {"retryable", transient}});
    }
    m_db.transaction(true, [&](DbConnection& db) { BillingStore::setCheckoutProvider(db, c.id, ref, c.url, now); });
    m_log.event("info", "petinfo.server.billing", "checkout started",
                {{"checkout", c.id}, {"org", c.orgId}, {isAddon ? "addon" : "plan", itemId}, {"provider", c.provider}});
    return checkoutJson(c);
}

json BillingService::checkout(const std::string& orgId, const std::string& checkoutId)
{
    Lease db = m_db.acquire();
    const auto c = BillingStore::checkout(*db, checkoutId);
    if (!c || c->orgId != orgId) {
        throw ApiError::notFound("no such checkout");
    }
    return checkoutJson(*c);
}

json BillingService::payment(const std::string& orgId, const std::string& paymentId)
{
    Lease db = m_db.acquire();
    const auto p = BillingStore::paymentById(*db, orgId, paymentId);
    if (!p) {
        throw ApiError::notFound("no such payment");
    }
    return paymentJson(*p, BillingStore::tagGrants(*db, orgId));
}

json BillingService::paymentRequired(const char* feature, const Plan& current, const Plan* needed, std::int64_t limit)
{
    return json{{"feature", feature},
                {"limit", limit},
                {"currentPlan", current.toJson()},
                {"plan", needed ? needed->toJson() : json(nullptr)}};
}

void BillingService::requireDevice(DbConnection& db, const std::string& orgId, bool kiosk)
{
    if (!enabled()) {
        return;
    }
    // Two sign-ins at once must not both take the last place.
    BillingStore::lockOrganisation(db, orgId);
    const Plan& plan = effectivePlan(db, orgId);
    const std::int64_t wanted = BillingStore::activeDevices(db, orgId, kiosk) + 1;
    if (kiosk ? plan.allowsKiosks(wanted) : plan.allowsDevices(wanted)) {
        return;
    }
    const Plan* needed =
        m_settings.cheapest([&](const Plan& p) { return kiosk ? p.allowsKiosks(wanted) : p.allowsDevices(wanted); });
    throw ApiError(402, "payment_required",
                   kiosk ? "the organisation's plan allows no more kiosks; remove one or upgrade"
                         : "the organisation's plan allows no more devices; sign one out or upgrade",
                   paymentRequired(kiosk ? "kiosks" : "devices", plan, needed, kiosk ? plan.kiosks : plan.devices));
}

void BillingService::requireWhatsApp(DbConnection& db, const std::string& orgId)
{
    if (allowsWhatsApp(db, orgId)) {
        return;
    }
    const Plan& plan = effectivePlan(db, orgId);
    throw ApiError(402, "payment_required", "the organisation's plan does not include WhatsApp messages",
                   paymentRequired("whatsapp", plan, m_settings.cheapest([](const Plan& p) { return p.whatsapp; }), 0));
}

bool BillingService::allowsWhatsApp(DbConnection& db, const std::string& orgId)
{
    return !enabled() || effectivePlan(db, orgId).whatsapp;
}

bool BillingService::allowsTagClaims(DbConnection& db, const std::string& orgId, std::int64_t count)
{
    if (!enabled() || count <= 0 || m_ledger.tagClaimLimit(db, orgId) < 0) {
        return true;
    }
    // Two pushes (or a push and a print of blank tags) must not both take the last claim.
    BillingStore::lockOrganisation(db, orgId);
    return BillingStore::claimedTags(db, orgId) + count <= m_ledger.tagClaimLimit(db, orgId);
}

void BillingService::requireTagClaims(DbConnection& db, const std::string& orgId, std::int64_t count)
{
    if (allowsTagClaims(db, orgId, count)) {
        return;
    }
    const Plan& plan = effectivePlan(db, orgId);
    const std::int64_t limit = m_ledger.tagClaimLimit(db, orgId);
    const std::int64_t used = BillingStore::claimedTags(db, orgId);
    const std::int64_t wanted = used + count;
    const std::int64_t packs = BillingStore::grantedTagClaims(db, orgId);
    const Addon* addon = m_settings.addonForTagClaims(wanted - limit);
    json details = paymentRequired(
        "tagClaims", plan,
        m_settings.cheapest([&](const Plan& p) { return p.tagClaims < 0 || p.tagClaims + packs >= wanted; }), limit);
    details["used"] = used;
    details["addon"] = addon ? addon->toJson() : json(nullptr);
    throw ApiError(402, "payment_required",
                   "the organisation has used the tag claims of its plan and add-ons; buy an add-on or upgrade",
                   std::move(details));
}

} // namespace petinfo::server
