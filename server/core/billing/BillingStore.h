// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Entitlements.h"

#include <cstdint>
#include <map>
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
    std::string addonId; ///< a one-time add-on instead of a plan (planId empty)
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
    std::string addonId; ///< what a one-time payment bought (planId empty; no period)
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
    /** A paid pack of tag claims (one per payment; ignored when it exists). */
    static void insertTagGrant(DbConnection& db, std::string_view paymentId, std::string_view orgId,
                               std::string_view addonId, std::int64_t claims, std::int64_t nowMs);
    /** The grant of a refunded or charged-back payment no longer counts; false when none was active. */
    static bool revokeTagGrant(DbConnection& db, std::string_view paymentId, std::int64_t nowMs);
    /** What each add-on payment of the organisation granted when it was bought: payment id →
     *  claims (revoked grants too: a receipt says what the payment bought). */
    static std::map<std::string, std::int64_t> tagGrants(DbConnection& db, std::string_view orgId);
    /** Tag claims granted by the organisation's paid packs still in force. */
    static std::int64_t grantedTagClaims(DbConnection& db, std::string_view orgId);
    /** Tags the organisation holds (claimed by a pet row, or issued blank for printing). */
    static std::int64_t claimedTags(DbConnection& db, std::string_view orgId);
    /** Tags worn by live pet rows (or blank tag rows) of the organisation that it could not
     *  claim (past its quota), oldest first: (tag id, pet id or "" for a blank tag). */
    static std::vector<std::pair<std::string, std::string>> waitingTags(DbConnection& db, std::string_view orgId,
                                                                        int limit);
    static std::int64_t waitingTagCount(DbConnection& db, std::string_view orgId);
    /** Claims a tag no organisation holds; false when one does. */
    static bool claimFreeTag(DbConnection& db, std::string_view orgId, std::string_view tagId, std::int64_t nowMs);

    /** WhatsApp sends that wait for a payment become due now; returns how many. */
    static std::int64_t releaseWaitingSends(DbConnection& db, std::string_view orgId, std::int64_t nowMs);
};

} // namespace petinfo::server
