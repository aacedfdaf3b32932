// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/Request.h"
#include "petinfo/common/Clock.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace petinfo::server {

class Database;
class SecretBox;

/** Two-factor sign-in (RFC 6238): set-up, enabling, disabling and the check at sign-in. The
 *  secrets are stored sealed by the server's SecretBox, never in plain text. All SQL on the
 *  users' totp_* columns lives here. Methods throw ApiError for what the caller did wrong. */
class TotpService
{
public:
    TotpService(Database& db, const Clock& clock, const SecretBox& box);

    nlohmann::json setup(const Principal& p);
    void enable(const Principal& p, const std::string& code);
    void disable(const Principal& p, const std::string& code);

    /** At sign-in: whether `code` is valid for the user's stored secret and was not used before;
     *  a valid code is consumed (single use, even across replicas). */
    bool consume(const std::string& userId, const std::string& storedSecret, const std::string& code,
                 std::int64_t lastStep);

    struct Resealed
    {
        std::size_t resealed = 0;   ///< plain (stored by an older server) or under an older key
        std::size_t unreadable = 0; ///< under a key that is not configured
    };
    /** Seals every secret with the current key: run at start-up, so that after a key rotation
     *  (or an upgrade from plain-text secrets) the old key can be dropped. Safe with replicas. */
    Resealed resealAll();

private:
    /** The secret of a stored value: sealed, or hex from servers before sealing. */
    std::optional<std::string> reveal(const std::string& userId, const std::string& stored) const;

    Database& m_db;
    const Clock& m_clock;
    const SecretBox& m_box;
};

} // namespace petinfo::server
