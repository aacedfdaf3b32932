// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace petinfo::server {
class Database;
class DbConnection;
} // namespace petinfo::server

namespace petinfo::server::publicforms {

enum class TokenStatus
{
    Valid,
    Missing,
    Invalid, ///< not ours, altered, or issued for another form or page
    Expired,
    Used ///< only from FormTokens::consume
};

/** A token that passed the signature and expiry checks. */
struct CheckedToken
{
    TokenStatus status = TokenStatus::Missing;
    std::string nonce;
    std::int64_t expiresMs = 0;

    bool valid() const { return status == TokenStatus::Valid; }
};

/** Signed single-use form tokens: `v1.<nonce>.<expiry ms>.<HMAC-SHA256>`, the MAC over the form's
 *  purpose, the page it was issued on (subject), the nonce and the expiry, with a server key.
 *  Issuing stores nothing (any replica can issue and check); using one writes its nonce to
 *  `used_form_tokens`, in the transaction of what the form does, so a replay or a reload of the
 *  answer page acts at most once, across replicas. */
class FormTokens
{
public:
    FormTokens(std::string key, std::int64_t ttlMs);

    std::string issue(std::string_view purpose, std::string_view subject, std::int64_t nowMs) const;
    CheckedToken check(std::string_view token, std::string_view purpose, std::string_view subject,
                       std::int64_t nowMs) const;
    /** Marks a valid token used; false when it was used before. Also forgets expired tokens
     *  (they fail the expiry check anyway). Call inside the transaction that acts on the form. */
    static bool consume(DbConnection& db, const CheckedToken& token, std::int64_t nowMs);

    std::int64_t ttlMs() const { return m_ttlMs; }

private:
    std::string mac(std::string_view purpose, std::string_view subject, std::string_view nonce,
                    std::string_view expires) const;

    std::string m_key;
    std::int64_t m_ttlMs;
};

/** The key tokens are signed with: `configured` when set (publicForms.secret), else one made at
 *  random the first time and kept in the database, so that all replicas share it. */
std::string formTokenKey(Database& db, const std::string& configured, std::int64_t nowMs);

} // namespace petinfo::server::publicforms
