// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingJobs.h"

#include "billing/BillingLedger.h"
#include "db/Database.h"
#include "http/AccessLog.h"
#include "integrations/mercadopago/MercadoPago.h"

namespace petinfo::server {

using nlohmann::json;

MercadoPagoPaymentHandler::MercadoPagoPaymentHandler(BillingLedger& ledger, AccessLog& log,
                                                     std::shared_ptr<mercadopago::MercadoPagoApi> api,
                                                     const Clock& clock)
    : m_ledger(ledger)
    , m_log(log)
    , m_api(std::move(api))
    , m_clock(clock)
{}

JobResult MercadoPagoPaymentHandler::run(JobContext& ctx)
{
    const json payload = json::parse(ctx.job().payload, nullptr, false);
    const std::string checkoutId = payload.value("checkoutId", std::string());
    const std::string paymentId = payload.value("paymentId", std::string());
    std::optional<Checkout> checkout;
    {
        Lease db = ctx.db().acquire();
        checkout = BillingStore::checkout(*db, checkoutId);
    }
    if (!checkout || checkout->orgId != ctx.job().orgId) {
        return JobResult::failed("unknown checkout");
    }
    const auto answer = m_api->payment(paymentId);
    if (!answer.value) {
        return answer.transient ? JobResult::retry(answer.error) : JobResult::failed(answer.error);
    }
    const mercadopago::Payment& p = *answer.value;
    auto refuse = [&](const std::string& why) {
        m_log.event("warning", "petinfo.server.billing", "a MercadoPago payment does not match its checkout",
                    {{"checkout", checkout->id}, {"payment", p.id}, {"detail", why}});
        return JobResult::failed(why);
    };
    if (p.externalReference != checkout->id) {
        return refuse("the payment's external_reference is not this checkout");
    }
    if (p.currency != checkout->currency || p.amountMinor != checkout->amountMinor) {
        return refuse("the payment is " + std::to_string(p.amountMinor) + " " + p.currency + ", the checkout " +
                      std::to_string(checkout->amountMinor) + " " + checkout->currency);
    }
    const std::int64_t now = m_clock.nowMs();
    if (p.status == "approved") {
        bool late = false;
        const bool applied = ctx.db().transaction(true, [&](DbConnection& db) {
            const auto locked = BillingStore::checkout(db, checkout->id, true);
            // When the payer paid, as MercadoPago says: a notification that comes late (retried
            // for days) still pays a checkout that was paid in time.
            late = locked->state != "paid" && BillingLedger::expiredAt(*locked, p.createdMs > 0 ? p.createdMs : now);
            if (!BillingStore::markEvent(db, "mercadopago", "payment:" + p.id + ":approved", checkout->orgId,
                                         late ? "checkout_expired" : "paid", now)) {
                return false;
            }
            if (late) {
                m_ledger.paidAfterExpiry(db, *locked, p.id);
                return false;
            }
            return m_ledger.checkoutPaid(db, *locked, p.id, "");
        });
        if (late) {
            m_log.event("warning", "petinfo.server.billing", "a payment came after its checkout expired: refund it",
                        {{"checkout", checkout->id}, {"payment", p.id}, {"provider", "mercadopago"}});
            return JobResult::failed("the checkout had expired when payment " + p.id +
                                     " was made: nothing was activated; refund it at MercadoPago");
        }
        if (applied) {
            m_ledger.released();
        }
        return JobResult::done(applied ? "paid" : "already recorded");
    }
    if (p.status == "refunded" || p.status == "charged_back") {
        const bool reversed = ctx.db().transaction(true, [&](DbConnection& db) {
            if (!BillingStore::markEvent(db, "mercadopago", "payment:" + p.id + ":" + p.status, checkout->orgId,
                                         p.status, now)) {
                return false;
            }
            const auto payment = BillingStore::payment(db, "mercadopago", p.id);
            return payment && m_ledger.reversed(db, *payment, p.status);
        });
        return JobResult::done(reversed ? p.status : "nothing to reverse");
    }
    if (p.status == "rejected" || p.status == "cancelled") {
        ctx.db().transaction(true, [&](DbConnection& db) {
            BillingStore::setCheckoutState(db, checkout->id, "failed", p.status + ": " + p.statusDetail, now,
                                           "pending");
        });
        return JobResult::done("the payment was " + p.status);
    }
    // pending, in_process, authorized: MercadoPago notifies again when it moves.
    return JobResult::done("the payment is " + p.status + " at MercadoPago");
}

} // namespace petinfo::server
