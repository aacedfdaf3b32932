// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingLedger.h"

#include "db/Database.h"
#include "petinfo/common/Date.h"
#include "petinfo/common/Random.h"

#include <algorithm>

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

bool BillingLedger::checkoutPaid(DbConnection& db, const Checkout& checkout, const std::string& providerPaymentId,
                                 const std::string& subscriptionId)
{
    const std::int64_t now = m_clock.nowMs();
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
