// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Poco::Util {
class AbstractConfiguration;
}

namespace petinfo::server::mercadopago {

/** How to reach MercadoPago and the secret of its webhook. Secrets never reach a log line. */
struct MercadoPagoSettings
{
    std::string baseUrl = "https://api.mercadopago.com";
    std::string accessToken;   ///< the seller's production (or test) access token
    std::string webhookSecret; ///< "Your integrations > Webhooks > secret signature"
    std::int64_t timeoutMs = 10000;
    std::int64_t toleranceSeconds = 300; ///< how old a signed notification may be

    bool enabled() const { return !accessToken.empty() && !webhookSecret.empty(); }
    std::vector<std::string> missing() const;
    std::vector<std::string> problems() const;
};

/** mercadopago.* keys, then PETINFO_MERCADOPAGO_* environment variables. */
MercadoPagoSettings loadSettings(const Poco::Util::AbstractConfiguration& config,
                                 const std::function<std::optional<std::string>(const std::string&)>& env);

/** A Checkout Pro preference to create: one item, our checkout id as external_reference. */
struct PreferenceRequest
{
    std::string itemId;
    std::string title;
    std::string currency; ///< ISO 4217: ARS, BRL, MXN, CLP, COP
    std::int64_t amountMinor = 0;
    int currencyExponent = 2;
    std::string externalReference;
    std::string notificationUrl;
    std::string successUrl;
    std::string failureUrl;
    std::string pendingUrl;
    /** When the preference stops taking payments (ms since the epoch; 0: MercadoPago's default,
     *  never). Sent as expires / expiration_date_to. */
    std::int64_t expiresMs = 0;
};

struct Preference
{
    std::string id;
    std::string initPoint; ///< where the payer goes
};

/** What MercadoPago says of a payment (GET /v1/payments/{id}); the only thing trusted. */
struct Payment
{
    std::string id;
    std::string status; ///< approved, pending, in_process, rejected, cancelled, refunded, charged_back
    std::string statusDetail;
    std::string currency;
    std::int64_t amountMinor = 0; ///< transaction_amount in minor units of `currency`
    std::string externalReference;
    std::int64_t createdMs = 0; ///< date_created: when the payer paid (or started paying); 0: not given
};

/** The result of one API call: a value, or an error that is transient (try again) or not. */
template <typename T>
struct ApiResult
{
    std::optional<T> value;
    bool transient = false;
    std::string error; ///< never contains a secret
};

/** The part of MercadoPago's API the server uses. The real one is MercadoPagoClient. */
class MercadoPagoApi
{
public:
    virtual ~MercadoPagoApi() = default;
    virtual ApiResult<Preference> createPreference(const PreferenceRequest& request) = 0;
    virtual ApiResult<Payment> payment(const std::string& paymentId) = 0;
};

/** `x-signature: ts=…,v1=…` of a notification: HMAC-SHA256 with the webhook secret over
 *  `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` (data.id from the query, lower-cased when
 *  alphanumeric; a part whose value is absent is left out). */
std::string signatureManifest(std::string_view dataId, std::string_view requestId, std::string_view ts);

enum class SignatureCheck
{
    Valid,
    Malformed, ///< no ts or v1
    Mismatch,
    Stale ///< outside the tolerance (either way)
};
/** Checks an x-signature header in constant time. `ts` may be seconds or milliseconds. */
SignatureCheck verifySignature(std::string_view secret, std::string_view header, std::string_view dataId,
                               std::string_view requestId, std::int64_t nowMs, std::int64_t toleranceSeconds);

} // namespace petinfo::server::mercadopago
