// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicforms/FormTokens.h"

#include "db/Database.h"
#include "petinfo/common/Random.h"
#include "security/Crypto.h"

#include <charconv>
#include <vector>

namespace petinfo::server::publicforms {

namespace {

std::string base64Url(std::string_view raw)
{
    return base64UrlEncode(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(raw.data()), raw.size()));
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? text.size() - start : end - start));
        if (end == std::string_view::npos) {
            return parts;
        }
        start = end + 1;
    }
}

bool isBase64Url(std::string_view text)
{
    for (char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            return false;
        }
    }
    return !text.empty();
}

} // namespace

FormTokens::FormTokens(std::string key, std::int64_t ttlMs)
    : m_key(std::move(key))
    , m_ttlMs(ttlMs)
{}

std::string FormTokens::mac(std::string_view purpose, std::string_view subject, std::string_view nonce,
                            std::string_view expires) const
{
    // Length-prefixed parts: no two different (purpose, subject) pairs sign the same text.
    std::string message = "petinfo-form-v1";
    for (std::string_view part : {purpose, subject, nonce, expires}) {
        message += '\n';
        message += std::to_string(part.size());
        message += ':';
        message += part;
    }
    return base64Url(crypto::hmac(crypto::HashAlgorithm::Sha256, m_key, message));
}

std::string FormTokens::issue(std::string_view purpose, std::string_view subject, std::int64_t nowMs) const
{
    const std::string nonce = base64Url(crypto::randomBytes(16));
    const std::string expires = std::to_string(nowMs + m_ttlMs);
    return "v1." + nonce + "." + expires + "." + mac(purpose, subject, nonce, expires);
}

CheckedToken FormTokens::check(std::string_view token, std::string_view purpose, std::string_view subject,
                               std::int64_t nowMs) const
{
    CheckedToken out;
    if (token.empty()) {
        return out;
    }
    out.status = TokenStatus::Invalid;
    if (token.size() > 200) {
        return out;
    }
    const auto parts = split(token, '.');
    if (parts.size() != 4 || parts[0] != "v1" || parts[1].size() != 22 || !isBase64Url(parts[1]) ||
        !isBase64Url(parts[3]) || parts[2].empty() || parts[2].size() > 15) {
        return out;
    }
    std::int64_t expires = 0;
    const auto [end, error] = std::from_chars(parts[2].data(), parts[2].data() + parts[2].size(), expires);
    if (error != std::errc{} || end != parts[2].data() + parts[2].size()) {
        return out;
    }
    if (!crypto::constantTimeEquals(mac(purpose, subject, parts[1], parts[2]), parts[3])) {
        return out;
    }
    if (expires <= nowMs) {
        out.status = TokenStatus::Expired;
        return out;
    }
    out.status = TokenStatus::Valid;
    out.nonce = std::string(parts[1]);
    out.expiresMs = expires;
    return out;
}

bool FormTokens::consume(DbConnection& db, const CheckedToken& token, std::int64_t nowMs)
{
    if (!token.valid()) {
        return false;
    }
    db.exec("DELETE FROM used_form_tokens WHERE expires_ms < ?", nowMs);
    return db.exec("INSERT INTO used_form_tokens (nonce, expires_ms, used_ms) VALUES (?, ?, ?) ON CONFLICT (nonce) "
                   "DO NOTHING",
                   token.nonce, token.expiresMs, nowMs) == 1;
}

std::string formTokenKey(Database& db, const std::string& configured, std::int64_t nowMs)
{
    if (!configured.empty()) {
        return configured;
    }
    return db.transaction(true, [&](DbConnection& c) {
        c.exec("INSERT INTO server_keys (name, value, created_ms) VALUES ('public-forms', ?, ?) ON CONFLICT (name) "
               "DO NOTHING",
               crypto::toHex(crypto::randomBytes(32)), nowMs);
        return c.rows("SELECT value FROM server_keys WHERE name = 'public-forms'").text(0, 0);
    });
}

} // namespace petinfo::server::publicforms
