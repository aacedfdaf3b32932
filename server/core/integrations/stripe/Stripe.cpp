// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrations/stripe/Stripe.h"

#include "security/Crypto.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>
#include <Poco/Util/AbstractConfiguration.h>

#include <algorithm>
#include <charconv>

namespace petinfo::server::stripe {

bool isHttpUrl(const std::string& url)
{
    try {
        const Poco::URI uri(url);
        return (uri.getScheme() == "https" || uri.getScheme() == "http") && !uri.getHost().empty();
    } catch (const Poco::Exception&) {
        return false;
    }
}

std::vector<std::string> StripeSettings::missing() const
{
    std::vector<std::string> out;
    if (secretKey.empty()) {
        out.emplace_back("stripe.secretKey");
    }
    if (webhookSecret.empty()) {
        out.emplace_back("stripe.webhookSecret");
    }
    return out;
}

std::vector<std::string> StripeSettings::problems() const
{
    std::vector<std::string> out;
    if (!isHttpUrl(baseUrl)) {
        out.emplace_back("stripe.baseUrl must be an http(s) URL");
    }
    if (timeoutMs < 100 || timeoutMs > 120000) {
        out.emplace_back("stripe.timeoutMilliseconds must be 100-120000");
    }
    if (toleranceSeconds < 1 || toleranceSeconds > 86400) {
        out.emplace_back("stripe.signatureToleranceSeconds must be 1-86400");
    }
    return out;
}

StripeSettings loadSettings(const Poco::Util::AbstractConfiguration& c,
                            const std::function<std::optional<std::string>(const std::string&)>& env)
{
    StripeSettings s;
    s.baseUrl = c.getString("stripe.baseUrl", s.baseUrl);
    s.secretKey = c.getString("stripe.secretKey", s.secretKey);
    s.webhookSecret = c.getString("stripe.webhookSecret", s.webhookSecret);
    s.timeoutMs = c.getInt64("stripe.timeoutMilliseconds", s.timeoutMs);
    s.toleranceSeconds = c.getInt64("stripe.signatureToleranceSeconds", s.toleranceSeconds);
    auto fromEnv = [&](const char* name, std::string& target) {
        if (auto v = env(name); v && !v->empty()) {
            target = *v;
        }
    };
    fromEnv("PETINFO_STRIPE_BASE_URL", s.baseUrl);
    fromEnv("PETINFO_STRIPE_SECRET_KEY", s.secretKey);
    fromEnv("PETINFO_STRIPE_WEBHOOK_SECRET", s.webhookSecret);
    return s;
}

std::string signatureHeader(std::string_view secret, std::int64_t timestamp, std::string_view rawBody)
{
    const std::string t = std::to_string(timestamp);
    const std::string payload = t + "." + std::string(rawBody);
    return "t=" + t + ",v1=" + crypto::toHex(crypto::hmac(crypto::HashAlgorithm::Sha256, secret, payload));
}

SignatureCheck verifySignature(std::string_view secret, std::string_view header, std::string_view rawBody,
                               std::int64_t nowMs, std::int64_t toleranceSeconds)
{
    std::string t;
    std::vector<std::string> signatures;
    std::size_t start = 0;
    while (start <= header.size()) {
        const std::size_t end = std::min(header.find(',', start), header.size());
        std::string_view part = header.substr(start, end - start);
        while (!part.empty() && part.front() == ' ') {
            part.remove_prefix(1);
        }
        const auto eq = part.find('=');
        if (eq != std::string_view::npos) {
            if (part.substr(0, eq) == "t") {
                t = part.substr(eq + 1);
            } else if (part.substr(0, eq) == "v1" && signatures.size() < 8) {
                signatures.emplace_back(part.substr(eq + 1));
            }
        }
        start = end + 1;
    }
    std::int64_t stamp = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), stamp);
    if (secret.empty() || t.empty() || signatures.empty() || ec != std::errc() || ptr != t.data() + t.size() ||
        stamp <= 0) {
        return SignatureCheck::Malformed;
    }
    const std::string payload = t + "." + std::string(rawBody);
    const std::string expected = crypto::toHex(crypto::hmac(crypto::HashAlgorithm::Sha256, secret, payload));
    bool match = false;
    for (const std::string& s : signatures) {
        // Every candidate is compared, so the time taken does not say which one matched.
        match = crypto::constantTimeEquals(expected, s) || match;
    }
    if (!match) {
        return SignatureCheck::Mismatch;
    }
    const std::int64_t age = nowMs / 1000 - stamp;
    if (age > toleranceSeconds || -age > toleranceSeconds) {
        return SignatureCheck::Stale;
    }
    return SignatureCheck::Valid;
}

} // namespace petinfo::server::stripe
