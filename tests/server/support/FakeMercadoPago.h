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

/** How a fake notification is signed and sent (the defaults: as MercadoPago does, now). */
struct MercadoPagoDelivery
{
    std::string secret;    ///< empty: the configured one
    std::int64_t tsMs = 0; ///< 0: now (real clock)
    std::string requestId; ///< empty: a new one
    std::string dataId;    ///< empty: the payment id
    bool tsInSeconds = true;

    static MercadoPagoDelivery signedWith(std::string secret)
    {
        MercadoPagoDelivery d;
        d.secret = std::move(secret);
        return d;
    }
    static MercadoPagoDelivery at(std::int64_t ms)
    {
        MercadoPagoDelivery d;
        d.tsMs = ms;
        return d;
    }
};

/** A local stand-in for MercadoPago's API, a real HTTP server: `POST /checkout/preferences` and
 *  `GET /v1/payments/{id}` with the checks MercadoPago makes (the bearer access token, a JSON
 *  body with items — title, quantity, currency_id, a positive unit_price — external_reference,
 *  notification_url, back_urls). The test "pays" a preference (a payment with the preference's
 *  amount, currency and external_reference, or other values to simulate tampering) and has the
 *  fake notify the server the way MercadoPago does: `?data.id=…&type=payment` appended to the
 *  notification_url, `x-request-id`, and `x-signature: ts=…,v1=…` over the documented manifest. */
class FakeMercadoPago
{
public:
    struct Options
    {
        std::string accessToken = "APP_USR-1234567890-test-access-token";
        std::string webhookSecret = "mp-test-webhook-secret";
    };
    explicit FakeMercadoPago(Options options);
    FakeMercadoPago()
        : FakeMercadoPago(Options{})
    {}

    std::string baseUrl() const { return m_http.baseUrl(); }
    /** mercadopago.* server keys pointing here. */
    std::map<std::string, std::string> serverConfig() const;
    const Options& options() const { return m_options; }

    /** The preferences created, as sent (with "id" added). */
    std::vector<nlohmann::json> preferences() const;
    /** Requests refused (401, 400) with why. */
    std::vector<std::string> refusals() const;
    /** GET /v1/payments calls answered. */
    int paymentReads() const;

    /** Creates a payment for a preference (by id), returns its id. `changes` go over the
     *  fields taken from the preference (status, transaction_amount, currency_id,
     *  external_reference). */
    std::string pay(const std::string& preferenceId, const std::string& status = "approved",
                    const nlohmann::json& changes = nlohmann::json::object());
    /** Changes a payment as MercadoPago would later (refunded, charged_back). */
    void update(const std::string& paymentId, const nlohmann::json& changes);
    /** Makes GET /v1/payments answer 500 this many times first. */
    void failReads(int count);

    /** The notification of a payment, POSTed to the server at the preference's notification_url. */
    HttpResponse notify(const ServerProcess& server, const std::string& paymentId,
                        const MercadoPagoDelivery& delivery = MercadoPagoDelivery()) const;
    /** The request notify() would send (for sending it several times, concurrently). */
    HttpRequest notification(const std::string& paymentId,
                             const MercadoPagoDelivery& delivery = MercadoPagoDelivery()) const;

private:
    FakeAnswer handle(const FakeRequest& r);

    Options m_options;
    mutable std::mutex m_mutex;
    std::map<std::string, nlohmann::json> m_preferences;
    std::map<std::string, nlohmann::json> m_payments;
    std::map<std::string, std::string> m_notificationUrls; ///< payment id → preference's URL
    std::vector<std::string> m_refusals;
    int m_reads = 0;
    int m_failReads = 0;
    std::uint64_t m_next = 1;
    FakeHttpServer m_http; ///< last: it stops before the state it reads goes
};

} // namespace petinfo::test
