// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingLedger.h"
#include "billing/Entitlements.h"
#include "billing/Plans.h"
#include "petinfo/common/Clock.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace petinfo::server {

class AccessLog;
class Database;
class JobRunner;
struct Principal;
namespace mercadopago {
class MercadoPagoApi;
}
namespace stripe {
class StripeApi;
}

/** Plans, checkouts through MercadoPago and Stripe, their verified webhooks, and what each
 *  organisation's plan allows (see docs/billing.md). All state is in the database, so any
 *  replica serves any request and handles any webhook. */
class BillingService final : public Entitlements
{
public:
    /** A null provider API: that provider is not configured (its currencies are not offered). */
    BillingService(Database& db, const Clock& clock, AccessLog& log, BillingSettings settings,
                   std::shared_ptr<mercadopago::MercadoPagoApi> mercadopago, std::shared_ptr<stripe::StripeApi> stripe);
    ~BillingService() override;

    /** Registers the follow-up job of MercadoPago notifications (before the runner starts). */
    void attach(JobRunner& runner);

    const BillingSettings& settings() const { return m_settings; }
    bool enabled() const { return m_settings.enabled(); }

    nlohmann::json plans() const;
    /** The organisation's plan, its end, devices in use, payments and recent checkouts. */
    nlohmann::json status(const std::string& orgId);
    /** Starts a checkout: 201 body with the provider's URL. `baseUrl` is where this server is
     *  reached from outside (for notification and return URLs). */
    nlohmann::json createCheckout(const Principal& caller, const nlohmann::json& body, const std::string& baseUrl);
    nlohmann::json checkout(const std::string& orgId, const std::string& checkoutId);
    /** One payment of the organisation, with what a receipt shows. */
    nlohmann::json payment(const std::string& orgId, const std::string& paymentId);

    struct WebhookAnswer
    {
        int status = 200;
        nlohmann::json body;
    };
    /** POST /api/v1/webhooks/mercadopago: signature, then a job that asks for the payment. */
    WebhookAnswer mercadoPagoWebhook(const std::string& rawBody, const std::string& signature,
                                     const std::string& requestId, const std::string& dataId, const std::string& type,
                                     const std::string& checkoutId);
    /** POST /api/v1/webhooks/stripe: signature, then the event, once. */
    WebhookAnswer stripeWebhook(const std::string& rawBody, const std::string& signature);

    // Entitlements
    void requireDevice(DbConnection& db, const std::string& orgId, bool kiosk) override;
    void requireWhatsApp(DbConnection& db, const std::string& orgId) override;
    bool allowsWhatsApp(DbConnection& db, const std::string& orgId) override;
    bool allowsTagClaims(DbConnection& db, const std::string& orgId, std::int64_t count) override;
    void requireTagClaims(DbConnection& db, const std::string& orgId, std::int64_t count) override;

    /** Called after a commit that claimed tags waiting for a claim (public tag pages change). */
    void setOnTagsClaimed(std::function<void()> f) { m_ledger.setOnTagsClaimed(std::move(f)); }

    /** The plan in force (the free plan when none is paid for, or it ended). */
    const Plan& effectivePlan(DbConnection& db, const std::string& orgId);

private:
    nlohmann::json paymentRequired(const char* feature, const Plan& current, const Plan* needed, std::int64_t limit);
    std::string handleStripeEvent(DbConnection& db, const nlohmann::json& event, std::string& orgId, bool& released);
    nlohmann::json tagClaimsJson(DbConnection& db, const std::string& orgId);
    nlohmann::json checkoutJson(const Checkout& c) const;
    /** `grants`: what add-on payments granted (BillingStore::tagGrants). */
    nlohmann::json paymentJson(const PaymentRecord& p, const std::map<std::string, std::int64_t>& grants) const;

    Database& m_db;
    const Clock& m_clock;
    AccessLog& m_log;
    BillingSettings m_settings;
    std::shared_ptr<mercadopago::MercadoPagoApi> m_mercadopago;
    std::shared_ptr<stripe::StripeApi> m_stripe;
    BillingLedger m_ledger;
    JobRunner* m_runner = nullptr;
};

} // namespace petinfo::server
