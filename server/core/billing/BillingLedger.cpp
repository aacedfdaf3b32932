// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingLedger.h"

#include "db/Database.h"
#include "petinfo/common/Date.h"
#include "petinfo/common/Random.h"

#include <algorithm>
#include <limits>

namespace petinfo::server {

namespace {
constexpr std::int64_t kDayMs = 86400000;
}

std::int64_t BillingLedger::addInterval(std::int64_t fromMs, const std::string& interval)
{
    const std::int64_t days = fromMs >= 0 ? fromMs / kDayMs : (fromMs - kDayMs + 1) / kDayMs;
    const std::int64_t within = fromMs - days * kDayMs;
    const Date next = Date::fromDays(days).addMonths(interval == "year" ? 12 : 1);
    return next.toDays() * kDayMs + within;
}

const Plan& BillingLedger::effectivePlan(DbConnection& db, const std::string& orgId) const
{
    if (!m_settings.enabled()) {
        return m_settings.free();
    }
    const auto row = BillingStore::plan(db, orgId);
    if (row && row->endsMs > m_clock.nowMs()) {
        if (const Plan* p = m_settings.find(row->planId)) {
            return *p;
        }
    }
    return m_settings.free();
}

std::int64_t BillingLedger::tagClaimLimit(DbConnection& db, const std::string& orgId) const
{
    const Plan& plan = effectivePlan(db, orgId);
    if (!m_settings.enabled() || plan.tagClaims < 0) {
        return -1;
    }
    return plan.tagClaims + BillingStore::grantedTagClaims(db, orgId);
}

std::int64_t BillingLedger::claimWaitingTags(DbConnection& db, const std::string& orgId) const
{
    BillingStore::lockOrganisation(db, orgId);
    const std::int64_t limit = tagClaimLimit(db, orgId);
    std::int64_t room =
        limit < 0 ? std::numeric_limits<std::int64_t>::max() : limit - BillingStore::claimedTags(db, orgId);
    std::int64_t claimed = 0;
    while (room > 0) {
        const auto waiting = BillingStore::waitingTags(db, orgId, static_cast<int>(std::min<std::int64_t>(room, 500)));
        if (waiting.empty()) {
            break;
        }
        for (const auto& [tagId, petId] : waiting) {
            if (BillingStore::claimFreeTag(db, orgId, tagId, m_clock.nowMs())) {
                ++claimed;
                --room;
            }
        }
    }
    return claimed;
}

bool BillingLedger::checkoutPaid(DbConnection& db, const Checkout& checkout, const std::string& providerPaymentId,
                                 const std::string& subscriptionId)
{
    const std::int64_t now = m_clock.nowMs();
    if (!checkout.addonId.empty()) {
        return addonPaid(db, checkout, providerPaymentId);
    }
    const Plan* plan = m_settings.find(checkout.planId);
    const std::string interval = plan ? plan->interval : "month";
    const auto current = BillingStore::plan(db, checkout.orgId, true);
    std::int64_t start = now;
    if (current && current->planId == checkout.planId && current->endsMs > now && current->subscriptionId.empty() &&
        subscriptionId.empty()) {
        start = current->endsMs; // paying again ahead of time adds to what is left
    }
    PaymentRecord p;
    p.id = newUuid();
    p.orgId = checkout.orgId;
    p.checkoutId = checkout.id;
    p.provider = checkout.provider;
    p.providerPaymentId = providerPaymentId;
    p.planId = checkout.planId;
    p.currency = checkout.currency;
    p.amountMinor = checkout.amountMinor;
    p.state = "paid";
    p.periodStartMs = start;
    p.periodEndMs = addInterval(start, interval);
    p.paidMs = now;
    if (!BillingStore::insertPayment(db, p, now)) {
        return false;
    }
    OrgPlan next;
    next.orgId = checkout.orgId;
    next.planId = checkout.planId;
    next.provider = checkout.provider;
    next.subscriptionId = subscriptionId;
    next.paymentId = p.id;
    next.startedMs = current && current->planId == checkout.planId && current->endsMs > now ? current->startedMs : now;
    next.endsMs = p.periodEndMs;
    next.renews = !subscriptionId.empty();
    BillingStore::savePlan(db, next, now);
    BillingStore::setCheckoutState(db, checkout.id, "paid", "", now);
    BillingStore::releaseWaitingSends(db, checkout.orgId, now);
    claimWaitingTags(db, checkout.orgId); // a plan with more tag claims
    return true;
}

bool BillingLedger::addonPaid(DbConnection& db, const Checkout& checkout, const std::string& providerPaymentId)
{
    const std::int64_t now = m_clock.nowMs();
    const Addon* addon = m_settings.findAddon(checkout.addonId);
    PaymentRecord p;
    p.id = newUuid();
    p.orgId = checkout.orgId;
    p.checkoutId = checkout.id;
    p.provider = checkout.provider;
    p.providerPaymentId = providerPaymentId;
    p.addonId = checkout.addonId;
    p.currency = checkout.currency;
    p.amountMinor = checkout.amountMinor;
    p.state = "paid";
    p.periodStartMs = now; // a one-time purchase pays for no period
    p.periodEndMs = now;
    p.paidMs = now;
    if (!BillingStore::insertPayment(db, p, now)) {
        return false;
    }
    // What the add-on granted when it was bought: an add-on removed from the configuration
    // later still grants what was paid for (its claims are kept with the grant).
    BillingStore::insertTagGrant(db, p.id, checkout.orgId, checkout.addonId, addon ? addon->tagClaims : 0, now);
    BillingStore::setCheckoutState(db, checkout.id, "paid", "", now);
    claimWaitingTags(db, checkout.orgId);
    return true;
}

bool BillingLedger::renewed(DbConnection& db, const OrgPlan& plan, const std::string& providerPaymentId,
                            const std::string& currency, std::int64_t amountMinor, std::int64_t periodEndMs)
{
    const std::int64_t now = m_clock.nowMs();
    PaymentRecord p;
    p.id = newUuid();
    p.orgId = plan.orgId;
    p.provider = plan.provider;
    p.providerPaymentId = providerPaymentId;
    p.planId = plan.planId;
    p.currency = currency;
    p.amountMinor = amountMinor;
    p.state = "paid";
    p.periodStartMs = std::min(plan.endsMs, periodEndMs);
    p.periodEndMs = periodEndMs;
    p.paidMs = now;
    if (!BillingStore::insertPayment(db, p, now)) {
        return false;
    }
    OrgPlan next = plan;
    // Events come in any order: a period never shrinks because an older renewal came late.
    if (periodEndMs > plan.endsMs) {
        next.endsMs = periodEndMs;
        next.paymentId = p.id;
    }
    BillingStore::savePlan(db, next, now);
    BillingStore::releaseWaitingSends(db, plan.orgId, now);
    claimWaitingTags(db, plan.orgId);
    return true;
}

bool BillingLedger::reversed(DbConnection& db, const PaymentRecord& payment, const std::string& state)
{
    if (payment.state != "paid") {
        return false;
    }
    const std::int64_t now = m_clock.nowMs();
    BillingStore::setPaymentState(db, payment.id, state, now);
    BillingStore::setCheckoutState(db, payment.checkoutId, "refunded", state, now, "paid");
    if (!payment.addonId.empty()) {
        BillingStore::revokeTagGrant(db, payment.id, now);
        return true;
    }
    auto plan = BillingStore::plan(db, payment.orgId, true);
    if (plan && plan->endsMs > now && payment.periodEndMs >= plan->endsMs) {
        // It paid for the period running now (or for the one after it): that period is gone.
        plan->endsMs = std::max(now, std::min(plan->endsMs, payment.periodStartMs));
        plan->renews = false;
        BillingStore::savePlan(db, *plan, now);
    }
    return true;
}

void BillingLedger::paidAfterExpiry(DbConnection& db, const Checkout& checkout, const std::string& providerPaymentId)
{
    BillingStore::setCheckoutState(db, checkout.id, "expired",
                                   "paid after the checkout expired: refund " + checkout.provider + " payment " +
                                       providerPaymentId,
                                   m_clock.nowMs());
}

void BillingLedger::subscriptionChanged(DbConnection& db, OrgPlan plan, bool renews, bool ended)
{
    const std::int64_t now = m_clock.nowMs();
    plan.renews = renews && !ended;
    if (ended) {
        plan.endsMs = std::min(plan.endsMs, now);
    }
    BillingStore::savePlan(db, plan, now);
}

} // namespace petinfo::server
