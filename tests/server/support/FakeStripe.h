// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/FakeHttpServer.h"
#include "support/ServerProcess.h"

#include <nlohmann/json.hpp>

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace petinfo::test {

/** A local stand-in for Stripe's API, a real HTTP server: `POST /v1/checkout/sessions` with the
 *  secret key (Bearer, or Basic with the key as user name), a form-encoded body — JSON is
 *  refused as Stripe refuses it — and the parameters Checkout requires (mode, success_url,
 *  line_items with price_data: currency, integer unit_amount, product name, and a recurring
 *  interval exactly when mode is subscription). It builds the events Stripe would send and
 *  delivers them signed (`Stripe-Signature: t=…,v1=…`). */
class FakeStripe
{
public:
    struct Options
    {
        std::string secretKey = "sk_test_51FakeStripeSecretKey";
        std::string webhookSecret = "whsec_fake_endpoint_secret";
    };
    explicit FakeStripe(Options options);
    FakeStripe()
        : FakeStripe(Options{})
    {}

    std::string baseUrl() const { return m_http.baseUrl(); }
    std::map<std::string, std::string> serverConfig() const;
    const Options& options() const { return m_options; }

    /** Sessions created, as their decoded form fields (plus "id"). */
    std::vector<std::map<std::string, std::string>> sessions() const;
    std::vector<std::string> refusals() const;

    /** checkout.session.completed for a session (by id); `changes` go over the session object. */
    std::string completedEvent(const std::string& sessionId, const nlohmann::json& changes = nlohmann::json::object());
    /** invoice.paid of a renewal of a subscription, paying through `periodEnd` (seconds). */
    std::string renewalEvent(const std::string& subscriptionId, std::int64_t amount, const std::string& currency,
                             std::int64_t periodEnd);
    /** customer.subscription.deleted. */
    std::string subscriptionDeletedEvent(const std::string& subscriptionId);
    /** charge.refunded (full) of a payment intent. */
    std::string refundEvent(const std::string& paymentIntent);
    /** The subscription and payment intent Stripe made for a completed session. */
    std::string subscriptionOf(const std::string& sessionId) const;
    std::string paymentIntentOf(const std::string& sessionId) const;

    /** The Stripe-Signature header for a body at `timestamp` (seconds). */
    std::string signature(const std::string& body, std::int64_t timestamp, const std::string& secret = {}) const;
    HttpRequest delivery(const std::string& body, std::int64_t timestamp = 0, const std::string& secret = {}) const;
    HttpResponse deliver(const ServerProcess& server, const std::string& body, std::int64_t timestamp = 0,
                         const std::string& secret = {}) const;

private:
    FakeAnswer handle(const FakeRequest& r);
    std::string event(const std::string& type, const nlohmann::json& object);

    Options m_options;
    mutable std::mutex m_mutex;
    std::map<std::string, std::map<std::string, std::string>> m_sessions;
    std::map<std::string, std::string> m_subscriptions;  ///< session → sub_…
    std::map<std::string, std::string> m_paymentIntents; ///< session → pi_…
    std::vector<std::string> m_refusals;
    std::uint64_t m_next = 1;
    FakeHttpServer m_http;
};

} // namespace petinfo::test
