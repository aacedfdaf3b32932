// SPDX-License-Identifier: GPL-3.0-or-later
// The providers' webhooks. Nothing in a body is believed before its signature is checked, and a
// MercadoPago body is never believed at all: it only says which payment to ask about.
#include "billing/BillingJobs.h"
#include "billing/BillingService.h"
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/HttpError.h"
#include "integrations/mercadopago/MercadoPago.h"
#include "integrations/stripe/Stripe.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRunner.h"

#include <Poco/String.h>

#include <algorithm>
#include <cctype>

namespace petinfo::server {

using nlohmann::json;

namespace {

constexpr int kFollowUpAttempts = 10;

std::string str(const json& object, const char* key)
{
    if (!object.is_object()) {
        return {};
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::int64_t integer(const json& object, const char* key)
{
    if (!object.is_object()) {
        return 0;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

/** An id of an expandable field: the string, or the object's id. */
std::string idOf(const json& object, const char* key)
{
    if (!object.is_object() || !object.contains(key)) {
        return {};
    }
    const json& v = object[key];
    return v.is_string() ? v.get<std::string>() : str(v, "id");
}

/** The subscription an invoice belongs to (moved under parent.subscription_details in newer
 *  API versions). */
std::string invoiceSubscription(const json& invoice)
{
    std::string id = idOf(invoice, "subscription");
    if (id.empty() && invoice.contains("parent") && invoice["parent"].is_object()) {
        id = idOf(invoice["parent"].value("subscription_details", json::object()), "subscription");
    }
    return id;
}

/** The end of the period an invoice pays for, in ms. */
std::int64_t invoicePeriodEnd(const json& invoice)
{
    if (invoice.contains("lines") && invoice["lines"].is_object() && invoice["lines"].contains("data") &&
        invoice["lines"]["data"].is_array()) {
        for (const json& line : invoice["lines"]["data"]) {
            if (line.is_object() && line.contains("period")) {
                if (const std::int64_t end = integer(line["period"], "end"); end > 0) {
                    return end * 1000;
                }
            }
        }
    }
    return integer(invoice, "period_end") * 1000;
}

void requireSignature(bool valid, bool stale)
{
    if (stale) {
        throw ApiError::unauthorized("stale_signature", "the signature's timestamp is outside the tolerance");
    }
    if (!valid) {
        throw ApiError::unauthorized("invalid_signature", "the signature does not match");
    }
}

} // namespace

BillingService::WebhookAnswer BillingService::mercadoPagoWebhook(const std::string& rawBody,
                                                                 const std::string& signature,
                                                                 const std::string& requestId,
                                                                 const std::string& dataId, const std::string& type,
                                                                 const std::string& checkoutId)
{
    const auto check = mercadopago::verifySignature(m_settings.mercadopago.webhookSecret, signature, dataId, requestId,
                                                    m_clock.nowMs(), m_settings.mercadopago.toleranceSeconds);
    if (check != mercadopago::SignatureCheck::Valid) {
        m_log.event("warning", "petinfo.server.billing", "a MercadoPago notification was refused",
                    {{"reason", check == mercadopago::SignatureCheck::Stale ? "stale" : "signature"}});
    }
    requireSignature(check == mercadopago::SignatureCheck::Valid, check == mercadopago::SignatureCheck::Stale);
    const json body = json::parse(rawBody, nullptr, false);
    const std::string topic = !type.empty() ? type : str(body, "type");
    if (topic != "payment") {
        return {200, json{{"accepted", false}, {"reason", "not_a_payment"}}};
    }
    if (dataId.empty() || dataId.size() > 64 ||
        !std::all_of(dataId.begin(), dataId.end(), [](unsigned char c) { return std::isalnum(c) != 0; })) {
        throw ApiError::badRequest("invalid_request", "data.id must be the payment's id", {{"field", "data.id"}});
    }
    std::optional<Checkout> checkout;
    if (!checkoutId.empty() && checkoutId.size() <= 64) {
        Lease db = m_db.acquire();
        checkout = BillingStore::checkout(*db, checkoutId);
    }
    if (!checkout) {
        // Not a payment of one of our checkouts (or a notification URL that is not ours).
        m_log.event("info", "petinfo.server.billing", "a MercadoPago notification names no checkout of ours",
                    {{"payment", dataId}});
        return {200, json{{"accepted", false}, {"reason", "unknown_checkout"}}};
    }
    const std::int64_t now = m_clock.nowMs();
    // One job per delivery: the same delivery again (a replay, a retry) enqueues nothing; what
    // the job applies is kept once per payment and status whatever the number of deliveries.
    const bool queued = m_db.transaction(true, [&](DbConnection& db) {
        return JobQueue::enqueue(db,
                                 JobSpec{checkout->orgId, std::string(billingjobs::kMercadoPagoPayment),
                                         checkout->id + "/" + dataId + "/" + requestId,
                                         json{{"checkoutId", checkout->id}, {"paymentId", dataId}}.dump(), now,
                                         kFollowUpAttempts},
                                 now);
    });
    if (queued && m_runner) {
        m_runner->wake();
    }
    return {200, json{{"accepted", true}, {"duplicate", !queued}}};
}

BillingService::WebhookAnswer BillingService::stripeWebhook(const std::string& rawBody, const std::string& signature)
{
    const auto check = stripe::verifySignature(m_settings.stripe.webhookSecret, signature, rawBody, m_clock.nowMs(),
                                               m_settings.stripe.toleranceSeconds);
    if (check != stripe::SignatureCheck::Valid) {
        m_log.event("warning", "petinfo.server.billing", "a Stripe event was refused",
                    {{"reason", check == stripe::SignatureCheck::Stale ? "stale" : "signature"}});
    }
    requireSignature(check == stripe::SignatureCheck::Valid, check == stripe::SignatureCheck::Stale);
    const json event = json::parse(rawBody, nullptr, false);
    const std::string eventId = str(event, "id");
    if (eventId.empty() || str(event, "type").empty() || !event.contains("data") || !event["data"].is_object() ||
        !event["data"].contains("object") || !event["data"]["object"].is_object()) {
        throw ApiError::badRequest("invalid_request", "not a Stripe event");
    }
    bool duplicate = false;
    bool released = false;
    std::string outcome;
    m_db.transaction(true, [&](DbConnection& db) {
        std::string orgId;
        // The event's key first: a second delivery, here or on another replica, waits for the
        // first one's transaction and then finds it.
        if (!BillingStore::markEvent(db, "stripe", eventId, "", "received", m_clock.nowMs())) {
            duplicate = true;
            return;
        }
        outcome = handleStripeEvent(db, event, orgId, released);
        db.exec("UPDATE billing_events SET outcome = ?, org_id = ? WHERE provider = 'stripe' AND event_id = ?", outcome,
                orgId, eventId);
    });
    if (released) {
        m_ledger.released();
    }
    if (!duplicate) {
        m_log.event("info", "petinfo.server.billing", "Stripe event",
                    {{"event", eventId}, {"type", str(event, "type")}, {"outcome", outcome}});
    }
    return {200, json{{"received", true}, {"duplicate", duplicate}, {"outcome", duplicate ? "duplicate" : outcome}}};
}

std::string BillingService::handleStripeEvent(DbConnection& db, const json& event, std::string& orgId, bool& released)
{
    const std::string type = str(event, "type");
    const json& object = event["data"]["object"];
    if (type == "checkout.session.completed" || type == "checkout.session.async_payment_succeeded") {
        const auto checkout = BillingStore::checkout(db, str(object, "client_reference_id"), true);
        if (!checkout || checkout->provider != "stripe") {
            return "unknown_checkout";
        }
        orgId = checkout->orgId;
        if (str(object, "payment_status") != "paid") {
            return "not_paid"; // an asynchronous method: async_payment_succeeded follows
        }
        std::string currency = Poco::toUpper(str(object, "currency"));
        if (currency != checkout->currency || integer(object, "amount_total") != checkout->amountMinor) {
            m_log.event("warning", "petinfo.server.billing", "a Stripe session's amount differs from its checkout",
                        {{"checkout", checkout->id}});
            return "amount_mismatch";
        }
        std::string paymentId = idOf(object, "payment_intent");
        if (paymentId.empty()) {
            paymentId = idOf(object, "invoice");
        }
        if (paymentId.empty()) {
            paymentId = str(object, "id");
        }
        // When the session was paid (the signed event's time), not when its event arrived:
        // Stripe retries a webhook for days.
        const std::int64_t paidMs = integer(event, "created") > 0 ? integer(event, "created") * 1000 : m_clock.nowMs();
        if (checkout->state != "paid" && BillingLedger::expiredAt(*checkout, paidMs)) {
            m_ledger.paidAfterExpiry(db, *checkout, paymentId);
            m_log.event("warning", "petinfo.server.billing", "a payment came after its checkout expired: refund it",
                        {{"checkout", checkout->id}, {"payment", paymentId}, {"provider", "stripe"}});
            return "checkout_expired";
        }
        released = m_ledger.checkoutPaid(db, *checkout, paymentId, idOf(object, "subscription"));
        return released ? "activated" : "already_recorded";
    }
    if (type == "invoice.paid" || type == "invoice.payment_succeeded") {
        if (str(object, "billing_reason") == "subscription_create") {
            // Paid through checkout.session.completed, which names this invoice but not its
            // payment intent: refunds and disputes will name the payment intent.
            const std::string intent = idOf(object, "payment_intent");
            if (!intent.empty() && !str(object, "id").empty()) {
                BillingStore::addPaymentAlias(db, "stripe", intent, str(object, "id"), m_clock.nowMs());
            }
            return "first_invoice";
        }
        const auto plan = BillingStore::planOfSubscription(db, invoiceSubscription(object));
        if (!plan) {
            return "unknown_subscription";
        }
        orgId = plan->orgId;
        std::string paymentId = idOf(object, "payment_intent");
        if (paymentId.empty()) {
            paymentId = str(object, "id");
        }
        const std::int64_t end = invoicePeriodEnd(object);
        if (end <= 0) {
            return "no_period";
        }
        released = m_ledger.renewed(db, *plan, paymentId, Poco::toUpper(str(object, "currency")),
                                    integer(object, "amount_paid"), end);
        return released ? "renewed" : "already_recorded";
    }
    if (type == "customer.subscription.updated" || type == "customer.subscription.deleted") {
        const auto plan = BillingStore::planOfSubscription(db, str(object, "id"));
        if (!plan) {
            return "unknown_subscription";
        }
        orgId = plan->orgId;
        const std::string status = str(object, "status");
        const bool ended = type == "customer.subscription.deleted" || status == "canceled" || status == "unpaid" ||
                           status == "incomplete_expired";
        const bool cancelling = object.value("cancel_at_period_end", false) || integer(object, "cancel_at") > 0;
        m_ledger.subscriptionChanged(db, *plan, !cancelling, ended);
        return ended ? "ended" : (cancelling ? "cancelling" : "renewing");
    }
    if (type == "charge.refunded" || type == "charge.dispute.created") {
        std::optional<PaymentRecord> payment;
        for (const char* key : {"payment_intent", "invoice"}) {
            if (const std::string id = idOf(object, key); !payment && !id.empty()) {
                payment = BillingStore::paymentByIdOrAlias(db, "stripe", id);
            }
        }
        if (!payment) {
            return "unknown_payment";
        }
        orgId = payment->orgId;
        if (type == "charge.refunded" && !object.value("refunded", false)) {
            return "partial_refund"; // a partial refund leaves the period paid
        }
        const bool ended = m_ledger.reversed(db, *payment, type == "charge.refunded" ? "refunded" : "charged_back");
        return ended ? "reversed" : "already_reversed";
    }
    return "ignored";
}

} // namespace petinfo::server
