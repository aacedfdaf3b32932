// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingStore.h"
#include "billing/Plans.h"
#include "petinfo/common/Clock.h"

#include <functional>

namespace petinfo::server {

/** Turns confirmed provider facts into payments and plan periods, in the caller's transaction.
 *  Each function is idempotent: the same fact twice changes nothing the second time. */
class BillingLedger
{
public:
    BillingLedger(const BillingSettings& settings, const Clock& clock)
        : m_settings(settings)
        , m_clock(clock)
    {}

    /** A checkout's payment was confirmed: one payment row, the plan extended by one interval
     *  (from the end of a still-running period of the same plan, else from now) or, for an
     *  add-on, its grant of tag claims; the checkout paid, WhatsApp sends that waited for it due
     *  now, and tags that waited for a claim claimed. False when it was recorded already. */
    bool checkoutPaid(DbConnection& db, const Checkout& checkout, const std::string& providerPaymentId,
                      const std::string& subscriptionId);
    /** A subscription renewed: a payment row, the plan paid through `periodEndMs`. */
    bool renewed(DbConnection& db, const OrgPlan& plan, const std::string& providerPaymentId,
                 const std::string& currency, std::int64_t amountMinor, std::int64_t periodEndMs);
    /** A refund or chargeback: the payment is marked and the period it paid for ends (now, or
     *  where it began when it was still to come), or the add-on's grant is taken back (tags
     *  already claimed stay claimed: pets wear them). False when it was reversed already. */
    bool reversed(DbConnection& db, const PaymentRecord& payment, const std::string& state);
    /** Whether a payment made at `paidMs` (when the provider says the payer paid) came after the
     *  checkout stopped being payable. Such a payment never fulfils the checkout. */
    static bool expiredAt(const Checkout& checkout, std::int64_t paidMs)
    {
        return checkout.expiresMs > 0 && paidMs >= checkout.expiresMs;
    }
    /** A provider confirmed a payment of a checkout that had expired: the checkout is marked
     *  expired with the payment named (for staff to refund it), nothing is paid for. */
    void paidAfterExpiry(DbConnection& db, const Checkout& checkout, const std::string& providerPaymentId);
    /** A subscription was cancelled (`ended`: now; otherwise it stops renewing at period end). */
    void subscriptionChanged(DbConnection& db, OrgPlan plan, bool renews, bool ended);

    /** The plan in force (the free plan when none is paid for, or it ended). */
    const Plan& effectivePlan(DbConnection& db, const std::string& orgId) const;
    /** Tag claims the organisation may hold in all: its plan's plus its paid packs; -1: no limit. */
    std::int64_t tagClaimLimit(DbConnection& db, const std::string& orgId) const;
    /** Claims tags that wait for a claim, oldest first, as far as the quota allows (the
     *  organisation's row locked). Returns how many. */
    std::int64_t claimWaitingTags(DbConnection& db, const std::string& orgId) const;

    /** Called after a commit that made sends due (wakes the job runner) or claimed tags. */
    void setOnReleased(std::function<void()> f) { m_onReleased = std::move(f); }
    /** Called after a commit that may have claimed tags (public tag pages change). */
    void setOnTagsClaimed(std::function<void()> f) { m_onTagsClaimed = std::move(f); }
    void released() const
    {
        if (m_onReleased) {
            m_onReleased();
        }
        if (m_onTagsClaimed) {
            m_onTagsClaimed();
        }
    }

    /** `fromMs` plus one month or year (calendar months, in UTC). */
    static std::int64_t addInterval(std::int64_t fromMs, const std::string& interval);

private:
    bool addonPaid(DbConnection& db, const Checkout& checkout, const std::string& providerPaymentId);

    const BillingSettings& m_settings;
    const Clock& m_clock;
    std::function<void()> m_onReleased;
    std::function<void()> m_onTagsClaimed;
};

} // namespace petinfo::server
