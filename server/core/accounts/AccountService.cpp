// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountService.h"

#include "accounts/TotpService.h"
#include "adoption/PublicSlugs.h"
#include "billing/Entitlements.h"
#include "db/Database.h"
#include "http/HttpError.h"
#include "http/Metrics.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/Text.h"
#include "petinfo/common/Validation.h"
#include "petinfo/common/sync/Hlc.h"
#include "security/Crypto.h"

#include <algorithm>

namespace petinfo::server {

using nlohmann::json;

namespace {

constexpr std::int64_t kTicketTtlMs = 5 * 60 * 1000;
constexpr std::size_t kTokenLength = 4 + 43; // prefix + 32 bytes in base64url

std::string tokenHash(const std::string& token)
{
    return crypto::sha256Hex(token);
}

/** Stored text never holds control characters: escape sequences in a name reach terminals,
 *  logs and other members' screens. */
void requireCleanText(const std::string& text, const char* field)
{
    if (!isCleanText(text)) {
        throw ApiError::badRequest(
            "invalid_request", std::string("'") + field + "' must not contain control characters", {{"field", field}});
    }
}

std::string requireName(const std::string& raw, const char* field)
{
    const std::string name = trimmed(raw);
    if (name.empty() || utf8Length(name) > limits::kName) {
        throw ApiError::badRequest("invalid_request", std::string("'") + field + "' must be 1-120 characters",
                                   {{"field", field}});
    }
    requireCleanText(name, field);
    return name;
}

void checkPassword(const std::string& password)
{
    if (password.size() < PasswordHasher::kMinPasswordLength || password.size() > PasswordHasher::kMaxPasswordLength) {
        throw ApiError::badRequest("weak_password", "passwords must be 10 to 256 characters", {{"field", "password"}});
    }
}

Role parseRole(const std::string& text, bool allowKiosk)
{
    const auto role = enumFromString<Role>(text);
    if (!role || (*role == Role::Kiosk && !allowKiosk)) {
        throw ApiError::badRequest("invalid_request", "role must be admin, vet, staff or volunteer",
                                   {{"field", "role"}});
    }
    return *role;
}

json orgJson(const SqlRows& rows, std::size_t r, std::size_t first)
{
    return json{{"id", rows.text(r, first)}, {"name", rows.text(r, first + 1)}, {"kind", rows.text(r, first + 2)}};
}

} // namespace

std::string normalizedEmail(const std::string& email)
{
    std::string out = trimmed(email);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    if (out.size() > 254 || !isValidEmail(out) || !isCleanText(out)) {
        throw ApiError::badRequest("invalid_request", "'email' is not a valid address", {{"field", "email"}});
    }
    return out;
}

AccountService::AccountService(Database& db, const ServerConfig& config, const Clock& clock, Metrics& metrics,
                               TotpService& totp)
    : m_db(db)
    , m_config(config)
    , m_clock(clock)
    , m_metrics(metrics)
    , m_hasher(config.pbkdf2Iterations)
    , m_ipLimiter(config.signinIpBurst, config.signinPerIpPerMinute / 60.0)
    , m_principals(std::chrono::milliseconds(config.tokenCacheMilliseconds))
    , m_totp(totp)
{}

std::string AccountService::newOrganisation(DbConnection& db, const std::string& name, const std::string& kind)
{
    const std::string id = newUuid();
    db.exec("INSERT INTO organisations (id, name, kind, created_ms) VALUES (?, ?, ?, ?)", id, name, kind,
            m_clock.nowMs());
    db.exec("INSERT INTO org_versions (org_id, version, horizon) VALUES (?, 0, 0)", id);
    slugs::assignDefault(db, id, name);
    return id;
}

json AccountService::signup(const json& body, const std::string& clientIp)
{
    if (!m_config.allowSignup) {
        throw ApiError::forbidden("sign-up is disabled on this server; ask for an invitation");
    }
    // Sign-up hashes a password too: the same per-address limit as sign-in.
    checkIp(clientIp);
    const std::string email = normalizedEmail(requireString(body, "email", 254));
    const std::string password = requireString(body, "password", PasswordHasher::kMaxPasswordLength);
    checkPassword(password);
    const std::string name = requireName(requireString(body, "name", 1000), "name");
    const auto orgIt = body.find("organisation");
    if (orgIt == body.end() || !orgIt->is_object()) {
        throw ApiError::badRequest("invalid_request", "'organisation' must be an object with name and kind",
                                   {{"field", "organisation"}});
    }
    const std::string orgName = requireName(requireString(*orgIt, "name", 1000), "organisation.name");
    const std::string kind = requireString(*orgIt, "kind", 20);
    if (!enumFromString<OrgKind>(kind)) {
        throw ApiError::badRequest("invalid_request", "organisation kind must be clinic, shelter or household",
                                   {{"field", "organisation.kind"}});
    }
    const std::string hash = m_hasher.hash(password);
    const std::string userId = newUuid();
    try {
        const std::string orgId = m_db.transaction(true, [&](DbConnection& db) {
            if (!db.rows("SELECT id FROM users WHERE email = ?", email).empty()) {
                throw ApiError::conflict("email_taken", "an account with this email exists; sign in instead");
            }
            db.exec("INSERT INTO users (id, email, name, password_hash, created_ms) VALUES (?, ?, ?, ?, ?)", userId,
                    email, name, hash, m_clock.nowMs());
            const std::string org = newOrganisation(db, orgName, kind);
            db.exec("INSERT INTO memberships (org_id, user_id, role, created_ms) VALUES (?, ?, 'admin', ?)", org,
                    userId, m_clock.nowMs());
            return org;
        });
        return json{{"user", {{"id", userId}, {"email", email}, {"name", name}}},
                    {"organisation", {{"id", orgId}, {"name", orgName}, {"kind", kind}}},
                    {"role", "admin"}};
    } catch (const DbError& e) {
        if (e.kind() == DbError::Kind::Constraint) {
            throw ApiError::conflict("email_taken", "an account with this email exists; sign in instead");
        }
        throw;
    }
}

void AccountService::checkIp(const std::string& ip)
{
    std::int64_t retry = 0;
    if (!m_ipLimiter.allow(ip, &retry)) {
        m_metrics.increment("petinfo_signin_total", "result", "rate_limited");
        throw ApiError(429, "rate_limited", "too many sign-in attempts; wait and retry", {{"retryAfter", retry}});
    }
}

void AccountService::checkThrottle(const std::string& subject)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT locked_until_ms FROM signin_throttle WHERE subject = ?", subject);
    const std::int64_t now = m_clock.nowMs();
    if (!rows.empty() && rows.integer(0, 0) > now) {
        m_metrics.increment("petinfo_signin_total", "result", "locked");
        const std::int64_t retry = (rows.integer(0, 0) - now + 999) / 1000;
        throw ApiError(429, "rate_limited", "too many failed sign-ins for this account; wait and retry",
                       {{"retryAfter", retry}});
    }
}

void AccountService::recordFailure(const std::string& subject)
{
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t windowStart = now - m_config.signinWindowSeconds * 1000;
    Lease db = m_db.acquire();
    db->exec("INSERT INTO signin_throttle (subject, window_start_ms, failures, locked_until_ms) VALUES (?, ?, 1, 0) "
             "ON CONFLICT (subject) DO UPDATE SET "
             "failures = CASE WHEN signin_throttle.window_start_ms < ? THEN 1 ELSE signin_throttle.failures + 1 END, "
             "window_start_ms = CASE WHEN signin_throttle.window_start_ms < ? THEN excluded.window_start_ms "
             "ELSE signin_throttle.window_start_ms END",
             subject, now, windowStart, windowStart);
    db->exec("UPDATE signin_throttle SET locked_until_ms = ?, failures = 0, window_start_ms = ? "
             "WHERE subject = ? AND failures >= ?",
             now + m_config.signinLockSeconds * 1000, now, subject, m_config.signinMaxFailures);
}

void AccountService::clearFailures(const std::string& subject)
{
    Lease db = m_db.acquire();
    db->exec("DELETE FROM signin_throttle WHERE subject = ?", subject);
}

json AccountService::signin(const SigninInput& in)
{
    checkIp(in.clientIp);
    std::string userId;
    if (!in.ticket.empty()) {
        const std::int64_t now = m_clock.nowMs();
        userId = m_db.transaction(true, [&](DbConnection& db) {
            const SqlRows rows =
                db.rows("SELECT user_id FROM signin_tickets WHERE ticket_hash = ? AND used_ms = 0 AND expires_ms > ?",
                        tokenHash(in.ticket), now);
            if (rows.empty() || db.exec("UPDATE signin_tickets SET used_ms = ? WHERE ticket_hash = ? AND used_ms = 0",
                                        now, tokenHash(in.ticket)) != 1) {
                throw ApiError::unauthorized("invalid_ticket", "the sign-in ticket is unknown, used or expired");
            }
            return rows.text(0, 0);
        });
    } else {
        const std::string email = normalizedEmail(in.email);
        const std::string subject = "email:" + email;
        checkThrottle(subject);
        SqlRows user;
        {
            Lease db = m_db.acquire();
            user = db->rows(
                "SELECT id, password_hash, totp_enabled, totp_secret, totp_last_step FROM users WHERE email = ?",
                email);
        }
        const bool known = !user.empty() && !user.text(0, 1).empty();
        if (!known) {
            m_hasher.burn(in.password);
        }
        if (!known || !m_hasher.verify(in.password, user.text(0, 1))) {
            recordFailure(subject);
            m_metrics.increment("petinfo_signin_total", "result", "bad_password");
            throw ApiError::unauthorized("invalid_credentials", "wrong email or password");
        }
        if (user.boolean(0, 2)) {
            if (in.totpCode.empty()) {
                throw ApiError::unauthorized("totp_required", "enter the code from your authenticator app");
            }
            if (!m_totp.consume(user.text(0, 0), user.text(0, 3), in.totpCode, user.integer(0, 4))) {
                recordFailure(subject);
                m_metrics.increment("petinfo_signin_total", "result", "bad_totp");
                throw ApiError::unauthorized("invalid_totp", "the code is wrong, expired or already used");
            }
        }
        clearFailures(subject);
        userId = user.text(0, 0);
    }

    const std::string deviceName = in.deviceName.empty() ? std::string("device") : in.deviceName;
    if (utf8Length(deviceName) > 100) {
        throw ApiError::badRequest("invalid_request", "'deviceName' is too long", {{"field", "deviceName"}});
    }
    requireCleanText(deviceName, "deviceName");
    const std::string clientId = in.clientId.empty() ? newUuid() : in.clientId;
    if (!sync::isValidNodeId(clientId)) {
        throw ApiError::badRequest("invalid_request", "'clientId' must be 1-64 characters of A-Z a-z 0-9 - _",
                                   {{"field", "clientId"}});
    }

    SqlRows orgs;
    {
        Lease db = m_db.acquire();
        orgs = db->rows("SELECT o.id, o.name, o.kind, m.role FROM memberships m JOIN organisations o ON o.id = "
                        "m.org_id WHERE m.user_id = ? AND m.role <> 'kiosk' ORDER BY o.name, o.id",
                        userId);
    }
    std::string orgId = in.organisationId;
    if (orgId.empty()) {
        if (orgs.empty()) {
            throw ApiError::forbidden("this account belongs to no organisation");
        }
        if (orgs.size() > 1) {
            json list = json::array();
            for (std::size_t r = 0; r < orgs.size(); ++r) {
                json o = orgJson(orgs, r, 0);
                o["role"] = orgs.text(r, 3);
                list.push_back(std::move(o));
            }
            // The code (if any) is spent: a short-lived single-use ticket stands in for the
            // credentials when the client comes back with its choice.
            const std::string ticket = crypto::randomToken("pst_");
            {
                Lease db = m_db.acquire();
                db->exec("INSERT INTO signin_tickets (ticket_hash, user_id, expires_ms) VALUES (?, ?, ?)",
                         tokenHash(ticket), userId, m_clock.nowMs() + kTicketTtlMs);
            }
            m_metrics.increment("petinfo_signin_total", "result", "choose_organisation");
            throw ApiError::conflict("organisation_required",
                                     "this account belongs to several organisations; choose one",
                                     {{"organisations", std::move(list)}, {"ticket", ticket}});
        }
        orgId = orgs.text(0, 0);
    }
    bool member = false;
    for (std::size_t r = 0; r < orgs.size(); ++r) {
        member = member || orgs.text(r, 0) == orgId;
    }
    if (!member) {
        throw ApiError::forbidden("you are not a member of that organisation");
    }
    m_metrics.increment("petinfo_signin_total", "result", "ok");
    json session =
        m_db.transaction(true, [&](DbConnection& db) { return issueToken(db, userId, orgId, deviceName, clientId); });
    m_principals.clear(); // the device's previous token, if any, is revoked now
    return session;
}

json AccountService::issueToken(DbConnection& db, const std::string& userId, const std::string& orgId,
                                const std::string& deviceName, const std::string& clientId)
{
    const std::int64_t now = m_clock.nowMs();
    // Signing in again on the same device replaces its previous token.
    db.exec("UPDATE devices SET revoked_ms = ? WHERE org_id = ? AND user_id = ? AND client_id = ? AND revoked_ms = 0",
            now, orgId, userId, clientId);
    if (m_entitlements) {
        // After the device's own previous token is gone: signing in again never needs a place.
        const bool kiosk =
            db.rows("SELECT role FROM memberships WHERE org_id = ? AND user_id = ?", orgId, userId).text(0, 0) ==
            "kiosk";
        m_entitlements->requireDevice(db, orgId, kiosk);
    }
    const std::string token = crypto::randomToken(kTokenPrefix);
    const std::string deviceId = newUuid();
    db.exec("INSERT INTO devices (id, org_id, user_id, client_id, name, token_hash, created_ms, last_seen_ms) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?)",
            deviceId, orgId, userId, clientId, deviceName, tokenHash(token), now, now);
    const SqlRows info = db.rows("SELECT o.id, o.name, o.kind, m.role, u.email, u.name FROM organisations o JOIN "
                                 "memberships m ON m.org_id = o.id JOIN users u ON u.id = m.user_id "
                                 "WHERE o.id = ? AND u.id = ?",
                                 orgId, userId);
    return json{{"token", token},
                {"tokenType", "Bearer"},
                {"deviceId", deviceId},
                {"clientId", clientId},
                {"organisation", orgJson(info, 0, 0)},
                {"role", info.text(0, 3)},
                {"user", {{"id", userId}, {"email", info.text(0, 4)}, {"name", info.text(0, 5)}}}};
}

std::optional<Principal> AccountService::authenticate(const std::string& token)
{
    if (token.size() != kTokenLength || token.compare(0, kTokenPrefix.size(), kTokenPrefix) != 0) {
        return std::nullopt;
    }
    const std::string hash = tokenHash(token);
    if (auto cached = m_principals.get(hash)) {
        return cached;
    }
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT d.id, d.org_id, d.user_id, d.client_id, m.role, d.last_seen_ms FROM devices "
                                  "d JOIN memberships m ON m.org_id = d.org_id AND m.user_id = d.user_id "
                                  "WHERE d.token_hash = ? AND d.revoked_ms = 0",
                                  hash);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto role = enumFromString<Role>(rows.text(0, 4));
    if (!role) {
        return std::nullopt;
    }
    const std::int64_t now = m_clock.nowMs();
    if (now - rows.integer(0, 5) > 60000) {
        db->exec("UPDATE devices SET last_seen_ms = ? WHERE id = ?", now, rows.text(0, 0));
    }
    Principal principal{rows.text(0, 0), rows.text(0, 1), rows.text(0, 2), rows.text(0, 3), *role};
    m_principals.put(hash, principal);
    return principal;
}

json AccountService::me(const Principal& p)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT u.email, u.name, u.totp_enabled, o.id, o.name, o.kind FROM users u, "
                                  "organisations o WHERE u.id = ? AND o.id = ?",
                                  p.userId, p.orgId);
    if (rows.empty()) {
        throw ApiError::unauthorized("invalid_token", "the token is unknown or revoked");
    }
    return json{{"user",
                 {{"id", p.userId},
                  {"email", rows.text(0, 0)},
                  {"name", rows.text(0, 1)},
                  {"totpEnabled", rows.boolean(0, 2)}}},
                {"organisation", orgJson(rows, 0, 3)},
                {"role", enumName(p.role)},
                {"deviceId", p.deviceId},
                {"clientId", p.clientId}};
}

void AccountService::signout(const Principal& p)
{
    Lease db = m_db.acquire();
    db->exec("UPDATE devices SET revoked_ms = ? WHERE id = ? AND revoked_ms = 0", m_clock.nowMs(), p.deviceId);
    m_principals.clear();
}

json AccountService::listDevices(const Principal& p)
{
    Lease db = m_db.acquire();
    const bool admin = p.role == Role::Admin;
    const SqlRows rows = db->rows("SELECT d.id, d.user_id, u.email, d.client_id, d.name, d.created_ms, d.last_seen_ms "
                                  "FROM devices d JOIN users u ON u.id = d.user_id WHERE d.org_id = ? AND "
                                  "d.revoked_ms = 0 AND (? = 1 OR d.user_id = ?) ORDER BY d.created_ms, d.id",
                                  p.orgId, admin ? 1 : 0, p.userId);
    json items = json::array();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        items.push_back(json{{"id", rows.text(r, 0)},
                             {"userId", rows.text(r, 1)},
                             {"email", rows.text(r, 2)},
                             {"clientId", rows.text(r, 3)},
                             {"name", rows.text(r, 4)},
                             {"createdAt", rows.integer(r, 5)},
                             {"lastSeenAt", rows.integer(r, 6)},
                             {"current", rows.text(r, 0) == p.deviceId}});
    }
    return json{{"items", std::move(items)}};
}

void AccountService::revokeDevice(const Principal& p, const std::string& deviceId)
{
    Lease db = m_db.acquire();
    const std::int64_t changed =
        db->exec("UPDATE devices SET revoked_ms = ? WHERE id = ? AND org_id = ? AND revoked_ms = 0 AND "
                 "(? = 1 OR user_id = ?)",
                 m_clock.nowMs(), deviceId, p.orgId, p.role == Role::Admin ? 1 : 0, p.userId);
    m_principals.clear();
    if (changed != 1) {
        throw ApiError::notFound("no such device");
    }
}

json AccountService::organisation(const Principal& p)
{
    Lease db = m_db.acquire();
    const SqlRows rows =
        db->rows("SELECT id, name, kind, created_ms, public_slug FROM organisations WHERE id = ?", p.orgId);
    if (rows.empty()) {
        throw ApiError::notFound("no such organisation");
    }
    json out = orgJson(rows, 0, 0);
    out["createdAt"] = rows.integer(0, 3);
    out["publicSlug"] = rows.text(0, 4);
    out["role"] = enumName(p.role);
    return out;
}

json AccountService::renameOrganisation(const Principal& p, const std::string& name)
{
    const std::string clean = requireName(name, "name");
    {
        Lease db = m_db.acquire();
        db->exec("UPDATE organisations SET name = ? WHERE id = ?", clean, p.orgId);
    }
    return organisation(p);
}

json AccountService::createOrganisation(const Principal& p, const std::string& name, const std::string& kind)
{
    const std::string clean = requireName(name, "name");
    if (!enumFromString<OrgKind>(kind)) {
        throw ApiError::badRequest("invalid_request", "kind must be clinic, shelter or household", {{"field", "kind"}});
    }
    const std::string orgId = m_db.transaction(true, [&](DbConnection& db) {
        const std::string id = newOrganisation(db, clean, kind);
        db.exec("INSERT INTO memberships (org_id, user_id, role, created_ms) VALUES (?, ?, 'admin', ?)", id, p.userId,
                m_clock.nowMs());
        return id;
    });
    return json{{"id", orgId}, {"name", clean}, {"kind", kind}, {"role", "admin"}};
}

json AccountService::listUsers(const Principal& p)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT u.id, u.email, u.name, m.role, u.totp_enabled, m.created_ms FROM memberships "
                                  "m JOIN users u ON u.id = m.user_id WHERE m.org_id = ? ORDER BY u.name, u.id",
                                  p.orgId);
    json items = json::array();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        items.push_back(json{{"id", rows.text(r, 0)},
                             {"email", rows.text(r, 1)},
                             {"name", rows.text(r, 2)},
                             {"role", rows.text(r, 3)},
                             {"totpEnabled", rows.boolean(r, 4)},
                             {"memberSince", rows.integer(r, 5)}});
    }
    return json{{"items", std::move(items)}};
}

std::int64_t AccountService::countAdmins(DbConnection& db, const std::string& orgId)
{
    return db.rows("SELECT COUNT(*) FROM memberships WHERE org_id = ? AND role = 'admin'", orgId).integer(0, 0);
}

json AccountService::changeRole(const Principal& p, const std::string& userId, const std::string& roleText)
{
    const Role role = parseRole(roleText, false);
    m_db.transaction(true, [&](DbConnection& db) {
        const SqlRows rows =
            db.rows("SELECT role FROM memberships WHERE org_id = ? AND user_id = ? {FOR_UPDATE}", p.orgId, userId);
        if (rows.empty() || rows.text(0, 0) == "kiosk") {
            throw ApiError::notFound("no such user in this organisation");
        }
        if (rows.text(0, 0) == "admin" && role != Role::Admin && countAdmins(db, p.orgId) <= 1) {
            throw ApiError::conflict("last_admin", "an organisation needs at least one admin");
        }
        db.exec("UPDATE memberships SET role = ? WHERE org_id = ? AND user_id = ?", enumName(role), p.orgId, userId);
    });
    m_principals.clear();
    return json{{"id", userId}, {"role", enumName(role)}};
}

void AccountService::removeUser(const Principal& p, const std::string& userId)
{
    m_db.transaction(true, [&](DbConnection& db) {
        const SqlRows rows =
            db.rows("SELECT role FROM memberships WHERE org_id = ? AND user_id = ? {FOR_UPDATE}", p.orgId, userId);
        if (rows.empty()) {
            throw ApiError::notFound("no such user in this organisation");
        }
        if (rows.text(0, 0) == "admin" && countAdmins(db, p.orgId) <= 1) {
            throw ApiError::conflict("last_admin", "an organisation needs at least one admin");
        }
        db.exec("UPDATE devices SET revoked_ms = ? WHERE org_id = ? AND user_id = ? AND revoked_ms = 0",
                m_clock.nowMs(), p.orgId, userId);
        db.exec("DELETE FROM memberships WHERE org_id = ? AND user_id = ?", p.orgId, userId);
    });
    m_principals.clear();
}

json AccountService::invite(const Principal& p, const std::string& rawEmail, const std::string& roleText)
{
    const std::string email = normalizedEmail(rawEmail);
    const Role role = parseRole(roleText, false);
    const std::string token = crypto::randomToken("piv_");
    const std::string id = newUuid();
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t expires = now + m_config.invitationTtlHours * 3600 * 1000;
    Lease db = m_db.acquire();
    db->exec("INSERT INTO invitations (id, org_id, email, role, token_hash, created_by, created_ms, expires_ms) VALUES "
             "(?, ?, ?, ?, ?, ?, ?, ?)",
             id, p.orgId, email, enumName(role), tokenHash(token), p.userId, now, expires);
    return json{{"id", id}, {"email", email}, {"role", enumName(role)}, {"expiresAt", expires}, {"token", token}};
}

json AccountService::listInvitations(const Principal& p)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT id, email, role, created_ms, expires_ms FROM invitations WHERE org_id = ? "
                                  "AND accepted_ms = 0 AND revoked_ms = 0 AND expires_ms > ? ORDER BY created_ms, id",
                                  p.orgId, m_clock.nowMs());
    json items = json::array();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        items.push_back(json{{"id", rows.text(r, 0)},
                             {"email", rows.text(r, 1)},
                             {"role", rows.text(r, 2)},
                             {"createdAt", rows.integer(r, 3)},
                             {"expiresAt", rows.integer(r, 4)}});
    }
    return json{{"items", std::move(items)}};
}

void AccountService::revokeInvitation(const Principal& p, const std::string& invitationId)
{
    Lease db = m_db.acquire();
    if (db->exec("UPDATE invitations SET revoked_ms = ? WHERE id = ? AND org_id = ? AND accepted_ms = 0 AND "
                 "revoked_ms = 0",
                 m_clock.nowMs(), invitationId, p.orgId) != 1) {
        throw ApiError::notFound("no such pending invitation");
    }
}

json AccountService::acceptInvitation(const json& body, const std::string& clientIp)
{
    checkIp(clientIp);
    const std::string token = requireString(body, "token", 100);
    const std::string password = requireString(body, "password", PasswordHasher::kMaxPasswordLength);
    const auto nameField = optionalString(body, "name", 1000);
    const std::int64_t now = m_clock.nowMs();

    SqlRows invitation;
    SqlRows user;
    {
        Lease db = m_db.acquire();
        invitation = db->rows("SELECT i.id, i.org_id, i.email, i.role, o.name, o.kind FROM invitations i JOIN "
                              "organisations o ON o.id = i.org_id WHERE i.token_hash = ? AND i.accepted_ms = 0 AND "
                              "i.revoked_ms = 0 AND i.expires_ms > ?",
                              tokenHash(token), now);
        if (invitation.empty()) {
            throw ApiError::notFound("the invitation is unknown, used, revoked or expired");
        }
        user = db->rows("SELECT id, password_hash, name FROM users WHERE email = ?", invitation.text(0, 2));
    }
    const std::string subject = "email:" + invitation.text(0, 2);
    std::string userId;
    std::string userName;
    std::string newHash;
    if (!user.empty()) {
        // An existing account proves it is theirs with their password.
        checkThrottle(subject);
        if (!m_hasher.verify(password, user.text(0, 1))) {
            recordFailure(subject);
            throw ApiError::unauthorized("invalid_credentials", "wrong password for the invited account");
        }
        userId = user.text(0, 0);
        userName = user.text(0, 2);
    } else {
        checkPassword(password);
        userName = requireName(nameField.value_or(""), "name");
        userId = newUuid();
        newHash = m_hasher.hash(password);
    }
    m_db.transaction(true, [&](DbConnection& db) {
        if (db.exec("UPDATE invitations SET accepted_ms = ? WHERE id = ? AND accepted_ms = 0 AND revoked_ms = 0", now,
                    invitation.text(0, 0)) != 1) {
            throw ApiError::notFound("the invitation is unknown, used, revoked or expired");
        }
        if (!newHash.empty()) {
            db.exec("INSERT INTO users (id, email, name, password_hash, created_ms) VALUES (?, ?, ?, ?, ?)", userId,
                    invitation.text(0, 2), userName, newHash, now);
        }
        if (!db.rows("SELECT role FROM memberships WHERE org_id = ? AND user_id = ?", invitation.text(0, 1), userId)
                 .empty()) {
            throw ApiError::conflict("already_member", "this account is already a member of the organisation");
        }
        db.exec("INSERT INTO memberships (org_id, user_id, role, created_ms) VALUES (?, ?, ?, ?)",
                invitation.text(0, 1), userId, invitation.text(0, 3), now);
    });
    return json{{"organisation",
                 {{"id", invitation.text(0, 1)}, {"name", invitation.text(0, 4)}, {"kind", invitation.text(0, 5)}}},
                {"user", {{"id", userId}, {"email", invitation.text(0, 2)}, {"name", userName}}},
                {"role", invitation.text(0, 3)}};
}

json AccountService::createKiosk(const Principal& p, const std::string& name)
{
    const std::string clean = requireName(name, "name");
    return m_db.transaction(true, [&](DbConnection& db) {
        // A kiosk is a device without a person: a user row that can never sign in (no password),
        // with the kiosk role, and one device token.
        const std::string userId = newUuid();
        db.exec("INSERT INTO users (id, email, name, password_hash, created_ms) VALUES (?, ?, ?, '', ?)", userId,
                "kiosk+" + userId + "@kiosk.invalid", clean, m_clock.nowMs());
        db.exec("INSERT INTO memberships (org_id, user_id, role, created_ms) VALUES (?, ?, 'kiosk', ?)", p.orgId,
                userId, m_clock.nowMs());
        return issueToken(db, userId, p.orgId, clean, newUuid());
    });
}

} // namespace petinfo::server
