// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrations/mercadopago/MercadoPago.h"

#include "integrations/stripe/Stripe.h"
#include "security/Crypto.h"

#include <Poco/URI.h>
#include <Poco/Util/AbstractConfiguration.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace petinfo::server::mercadopago {

std::vector<std::string> MercadoPagoSettings::missing() const
{
    std::vector<std::string> out;
    if (accessToken.empty()) {
        out.emplace_back("mercadopago.accessToken");
    }
    if (webhookSecret.empty()) {
        out.emplace_back("mercadopago.webhookSecret");
    }
    return out;
}

std::vector<std::string> MercadoPagoSettings::problems() const
{
    std::vector<std::string> out;
    if (!stripe::isHttpUrl(baseUrl)) {
        out.emplace_back("mercadopago.baseUrl must be an http(s) URL");
    }
    if (timeoutMs < 100 || timeoutMs > 120000) {
        out.emplace_back("mercadopago.timeoutMilliseconds must be 100-120000");
    }
    if (toleranceSeconds < 1 || toleranceSeconds > 86400) {
        out.emplace_back("mercadopago.signatureToleranceSeconds must be 1-86400");
    }
    return out;
}

MercadoPagoSettings loadSettings(const Poco::Util::AbstractConfiguration& c,
                                 const std::function<std::optional<std::string>(const std::string&)>& env)
{
    MercadoPagoSettings s;
    s.baseUrl = c.getString("mercadopago.baseUrl", s.baseUrl);
    s.accessToken = c.getString("mercadopago.accessToken", s.accessToken);
    s.webhookSecret = c.getString("mercadopago.webhookSecret", s.webhookSecret);
    s.timeoutMs = c.getInt64("mercadopago.timeoutMilliseconds", s.timeoutMs);
    s.toleranceSeconds = c.getInt64("mercadopago.signatureToleranceSeconds", s.toleranceSeconds);
    auto fromEnv = [&](const char* name, std::string& target) {
        if (auto v = env(name); v && !v->empty()) {
            target = *v;
        }
    };
    fromEnv("PETINFO_MERCADOPAGO_BASE_URL", s.baseUrl);
    fromEnv("PETINFO_MERCADOPAGO_ACCESS_TOKEN", s.accessToken);
    fromEnv("PETINFO_MERCADOPAGO_WEBHOOK_SECRET", s.webhookSecret);
    return s;
}

std::string signatureManifest(std::string_view dataId, std::string_view requestId, std::string_view ts)
{
    std::string id(dataId);
    const bool alphanumeric = std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
    if (alphanumeric) {
        std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return std::tolower(c); });
    }
    std::string out;
    if (!id.empty()) {
        out += "id:" + id + ";";
    }
    if (!requestId.empty()) {
        out += "request-id:" + std::string(requestId) + ";";
    }
    if (!ts.empty()) {
        out += "ts:" + std::string(ts) + ";";
    }
    return out;
}

SignatureCheck verifySignature(std::string_view secret, std::string_view header, std::string_view dataId,
                               std::string_view requestId, std::int64_t nowMs, std::int64_t toleranceSeconds)
{
    std::string ts;
    std::string v1;
    std::size_t start = 0;
    while (start <= header.size()) {
        const std::size_t end = std::min(header.find(',', start), header.size());
        std::string_view part = header.substr(start, end - start);
        while (!part.empty() && part.front() == ' ') {
            part.remove_prefix(1);
        }
        const auto eq = part.find('=');
        if (eq != std::string_view::npos) {
            const std::string_view key = part.substr(0, eq);
            if (key == "ts") {
                ts = part.substr(eq + 1);
            } else if (key == "v1") {
                v1 = part.substr(eq + 1);
            }
        }
        start = end + 1;
    }
    std::int64_t stamp = 0;
    const auto [ptr, ec] = std::from_chars(ts.data(), ts.data() + ts.size(), stamp);
    if (secret.empty() || ts.empty() || v1.empty() || ec != std::errc() || ptr != ts.data() + ts.size() || stamp <= 0) {
        return SignatureCheck::Malformed;
    }
    std::transform(v1.begin(), v1.end(), v1.begin(), [](unsigned char c) { return std::tolower(c); });
    const std::string expected =
        crypto::toHex(crypto::hmac(crypto::HashAlgorithm::Sha256, secret, signatureManifest(dataId, requestId, ts)));
    if (!crypto::constantTimeEquals(expected, v1)) {
        return SignatureCheck::Mismatch;
    }
    // Seen as seconds and as milliseconds: MercadoPago has sent both.
    const std::int64_t stampMs = stamp > 100000000000LL ? stamp : stamp * 1000;
    const std::int64_t age = nowMs - stampMs;
    if (age > toleranceSeconds * 1000 || -age > toleranceSeconds * 1000) {
        return SignatureCheck::Stale;
    }
    return SignatureCheck::Valid;
}

} // namespace petinfo::server::mercadopago
