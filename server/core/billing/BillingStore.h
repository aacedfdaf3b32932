// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Entitlements.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server {

class DbConnection;

/** A checkout an admin started: pending until its provider confirms a payment. */
struct Checkout
{
    std::string id; ///< also MercadoPago's external_reference and Stripe's client_reference_id
    std::string orgId;
    std::string planId;
    std::string provider;
    std::string currency;
    std::int64_t amountMinor = 0;
    std::string state;       ///< pending, paid, failed, refunded
    std::string providerRef; ///< the preference or session id
    std::string url;
    std::string detail;
    std::int64_t createdMs = 0;
    std::int64_t expiresMs = 0;
};

/** A payment a provider confirmed (MercadoPago's API answer, a signed Stripe event). */
struct PaymentRecord
{
    std::string id;
    std::string orgId;
    std::string checkoutId;
    std::string provider;
    std::string providerPaymentId;
    std::string planId;
    std::string currency;
    std::int64_t amountMinor = 0;
    std::string state; ///< paid, refunded, charged_back
    std::int64_t periodStartMs = 0;
    std::int64_t periodEndMs = 0;
    std::int64_t paidMs = 0;
};

/** What an organisation has paid for. Past `endsMs` it is back on the free plan. */
struct OrgPlan
{
    std::string orgId;
    std::string planId;
    std::string provider;
    std::string subscriptionId; ///< Stripe's sub_…; empty for one-time payments
    std::string paymentId;      ///< the payment that pays for the period ending at endsMs
    std::int64_t startedMs = 0;
    std::int64_t endsMs = 0;
    bool renews = false;
};

/** All SQL of billing. Every function runs in the caller's transaction. */
class BillingStore
{
public:
    static void insertCheckout(DbConnection& db, const Checkout& c, std::string_view createdBy, std::int64_t nowMs);
    static void setCheckoutProvider(DbConnection& db, std::string_view id, std::string_view ref, std::string_view url,
                                    std::int64_t nowMs);
    /** Moves a checkout on; `from` empty: from any state. False when it was not in `from`. */
    static bool setCheckoutState(DbConnection& db, std::string_view id, std::string_view state, std::string_view detail,
                                 std::int64_t nowMs, std::string_view from = {});
    /** `lock`: FOR UPDATE on PostgreSQL (the payment of one checkout is applied once). */
    static std::optional<Checkout> checkout(DbConnection& db, std::string_view id, bool lock = false);
    static std::vector<Checkout> checkouts(DbConnection& db, std::string_view orgId, int limit);

    /** Records that a provider event was handled; false when it already was (by any replica:
     *  a concurrent insert of the same key waits for the other transaction, then finds it). */
    static bool markEvent(DbConnection& db, std::string_view provider, std::string_view eventId, std::string_view orgId,
                          std::string_view outcome, std::int64_t nowMs);

    /** False when the provider's payment is recorded already. */
    static bool insertPayment(DbConnection& db, const PaymentRecord& p, std::int64_t nowMs);
    static std::optional<PaymentRecord> payment(DbConnection& db, std::string_view provider,
                                                std::string_view providerPaymentId);
    /** Records that the provider also calls a payment `alias` (ignored when known already). */
    static void addPaymentAlias(DbConnection& db, std::string_view provider, std::string_view alias,
                                std::string_view providerPaymentId, std::int64_t nowMs);
    /** The payment by its provider id or by an alias of it. */
    static std::optional<PaymentRecord> paymentByIdOrAlias(DbConnection& db, std::string_view provider,
                                                           std::string_view id);
    static std::optional<PaymentRecord> paymentById(DbConnection& db, std::string_view orgId, std::string_view id);
    static void setPaymentState(DbConnection& db, std::string_view id, std::string_view state, std::int64_t nowMs);
    static std::vector<PaymentRecord> payments(DbConnection& db, std::string_view orgId, int limit);

    static std::optional<OrgPlan> plan(DbConnection& db, std::string_view orgId, bool lock = false);
    static std::optional<OrgPlan> planOfSubscription(DbConnection& db, std::string_view subscriptionId);
    static void savePlan(DbConnection& db, const OrgPlan& plan, std::int64_t nowMs);

    /** Devices with a live token: kiosks, or everyone else's. */
    static std::int64_t activeDevices(DbConnection& db, std::string_view orgId, bool kiosks);
    /** Serialises enrolments of one organisation (its row, FOR UPDATE). */
    static void lockOrganisation(DbConnection& db, std::string_view orgId);
    /** WhatsApp sends that wait for a payment become due now; returns how many. */
    static std::int64_t releaseWaitingSends(DbConnection& db, std::string_view orgId, std::int64_t nowMs);
};

} // namespace petinfo::server
