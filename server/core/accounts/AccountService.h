// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Roles.h"
#include "app/Config.h"
#include "http/Request.h"
#include "http/TtlCache.h"
#include "petinfo/common/Clock.h"
#include "security/PasswordHasher.h"
#include "security/RateLimiter.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace petinfo::server {

class Database;
class DbConnection;
class Entitlements;
class Metrics;
class TotpService;

struct SigninInput
{
    std::string email;
    std::string password;
    std::string totpCode;
    std::string ticket; ///< instead of email + password + code, after "organisation_required"
    std::string organisationId;
    std::string deviceName;
    std::string clientId;
    std::string clientIp;
};

/** Organisations, users, memberships, invitations and device tokens; two-factor sign-in is
 *  TotpService's. All SQL for accounts lives here, but for the TOTP columns. Methods throw
 *  ApiError for anything the caller did wrong. */
class AccountService
{
public:
    AccountService(Database& db, const ServerConfig& config, const Clock& clock, Metrics& metrics, TotpService& totp);
    /** What the organisation's plan allows; consulted before a device token is issued. Null:
     *  no limit. */
    void setEntitlements(Entitlements* entitlements) { m_entitlements = entitlements; }

    /** Self-service: a new user who is the admin of a new organisation. */
    nlohmann::json signup(const nlohmann::json& body, const std::string& clientIp);
    /** Password (+ TOTP) → a device token bound to one organisation. */
    nlohmann::json signin(const SigninInput& input);
    std::optional<Principal> authenticate(const std::string& token);

    nlohmann::json me(const Principal& p);
    void signout(const Principal& p);
    nlohmann::json listDevices(const Principal& p);
    void revokeDevice(const Principal& p, const std::string& deviceId);

    nlohmann::json organisation(const Principal& p);
    nlohmann::json renameOrganisation(const Principal& p, const std::string& name);
    nlohmann::json createOrganisation(const Principal& p, const std::string& name, const std::string& kind);

    nlohmann::json listUsers(const Principal& p);
    nlohmann::json changeRole(const Principal& p, const std::string& userId, const std::string& role);
    void removeUser(const Principal& p, const std::string& userId);

    nlohmann::json invite(const Principal& p, const std::string& email, const std::string& role);
    nlohmann::json listInvitations(const Principal& p);
    void revokeInvitation(const Principal& p, const std::string& invitationId);
    nlohmann::json acceptInvitation(const nlohmann::json& body, const std::string& clientIp);

    nlohmann::json createKiosk(const Principal& p, const std::string& name);

    static constexpr std::string_view kTokenPrefix = "pit_";

private:
    std::string newOrganisation(DbConnection& db, const std::string& name, const std::string& kind);
    nlohmann::json issueToken(DbConnection& db, const std::string& userId, const std::string& orgId,
                              const std::string& deviceName, const std::string& clientId);
    void checkThrottle(const std::string& subject);
    void recordFailure(const std::string& subject);
    void clearFailures(const std::string& subject);
    void checkIp(const std::string& ip);
    std::int64_t countAdmins(DbConnection& db, const std::string& orgId);

    Database& m_db;
    const ServerConfig& m_config;
    const Clock& m_clock;
    Metrics& m_metrics;
    PasswordHasher m_hasher;
    RateLimiter m_ipLimiter;
    /** Token hash -> principal. Any revocation or role change made here clears it; one made by
     *  another replica shows here within auth.tokenCacheMilliseconds. */
    TtlCache<Principal> m_principals;
    TotpService& m_totp;
    Entitlements* m_entitlements = nullptr;
};

/** Lower-cased, trimmed email; 400 when not a valid address. */
std::string normalizedEmail(const std::string& email);

} // namespace petinfo::server
