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

namespace petinfo::server::stripe {

/** How to reach Stripe and the signing secret of its webhook endpoint. Never logged. */
struct StripeSettings
{
    std::string baseUrl = "https://api.stripe.com";
    std::string secretKey;     ///< sk_live_… / sk_test_… (or a restricted key)
    std::string webhookSecret; ///< whsec_…
    std::int64_t timeoutMs = 10000;
    std::int64_t toleranceSeconds = 300;

    bool enabled() const { return !secretKey.empty() && !webhookSecret.empty(); }
    std::vector<std::string> missing() const;
    std::vector<std::string> problems() const;
};

/** stripe.* keys, then PETINFO_STRIPE_* environment variables. */
StripeSettings loadSettings(const Poco::Util::AbstractConfiguration& config,
                            const std::function<std::optional<std::string>(const std::string&)>& env);

/** A hosted Checkout Session for one price: a subscription (`interval` month or year) or a
 *  one-time payment (`interval` empty). */
struct SessionRequest
{
    std::string productName;
    std::string currency; ///< ISO 4217, any case (sent lower-case)
    std::int64_t amountMinor = 0;
    std::string interval; ///< "month", "year" or "" (one-time)
    std::string clientReferenceId;
    std::string successUrl;
    std::string cancelUrl;
    std::string customerEmail;
    /** expires_at in seconds (Stripe takes 30 minutes to 24 hours from now); 0: Stripe's default. */
    std::int64_t expiresAt = 0;
};

struct Session
{
    std::string id;
    std::string url;
};

template <typename T>
struct ApiResult
{
    std::optional<T> value;
    bool transient = false;
    std::string error;
};

/** The part of Stripe's API the server uses. The real one is StripeClient. */
class StripeApi
{
public:
    virtual ~StripeApi() = default;
    virtual ApiResult<Session> createCheckoutSession(const SessionRequest& request) = 0;
};

enum class SignatureCheck
{
    Valid,
    Malformed,
    Mismatch,
    Stale
};
/** `Stripe-Signature: t=…,v1=…[,v1=…]`: one v1 must be the hex HMAC-SHA256 of `<t>.<raw body>`
 *  with the endpoint secret (compared in constant time), and t within the tolerance. */
SignatureCheck verifySignature(std::string_view secret, std::string_view header, std::string_view rawBody,
                               std::int64_t nowMs, std::int64_t toleranceSeconds);
/** The header Stripe would send (for tests and tools). */
std::string signatureHeader(std::string_view secret, std::int64_t timestamp, std::string_view rawBody);

bool isHttpUrl(const std::string& url);

} // namespace petinfo::server::stripe
