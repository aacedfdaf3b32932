// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/TotpService.h"

#include "db/Database.h"
#include "http/HttpError.h"
#include "security/Crypto.h"
#include "security/SecretBox.h"
#include "security/Totp.h"

#include <openssl/crypto.h>

namespace petinfo::server {

using nlohmann::json;

namespace {

/** Binds a sealed secret to its row: copied to another user, it does not open. */
std::string contextFor(const std::string& userId)
{
    return "users.totp_secret:" + userId;
}

/** Wipes a revealed secret when it goes out of scope. */
struct Wiped
{
    std::optional<std::string> secret;
    ~Wiped()
    {
        if (secret) {
            OPENSSL_cleanse(secret->data(), secret->size());
        }
    }
};

} // namespace

TotpService::TotpService(Database& db, const Clock& clock, const SecretBox& box)
    : m_db(db)
    , m_clock(clock)
    , m_box(box)
{}

std::optional<std::string> TotpService::reveal(const std::string& userId, const std::string& stored) const
{
    if (SecretBox::isSealed(stored)) {
        return m_box.open(stored, contextFor(userId));
    }
    return crypto::fromHex(stored); // written by a server from before sealing; resealed at start-up
}

json TotpService::setup(const Principal& p)
{
    Wiped secret{crypto::randomBytes(20)};
    return m_db.transaction(true, [&](DbConnection& db) {
        const SqlRows rows = db.rows("SELECT email, totp_enabled FROM users WHERE id = ?", p.userId);
        if (rows.empty()) {
            throw ApiError::notFound("no such user");
        }
        if (rows.boolean(0, 1)) {
            throw ApiError::conflict("totp_already_enabled", "two-factor sign-in is already on; disable it first");
        }
        db.exec("UPDATE users SET totp_secret = ? WHERE id = ?", m_box.seal(*secret.secret, contextFor(p.userId)),
                p.userId);
        return json{{"secret", crypto::base32Encode(*secret.secret)},
                    {"otpauthUri", totpUri("Pet Info", rows.text(0, 0), *secret.secret)}};
    });
}

void TotpService::enable(const Principal& p, const std::string& code)
{
    m_db.transaction(true, [&](DbConnection& db) {
        const SqlRows rows =
            db.rows("SELECT totp_secret, totp_enabled, totp_last_step FROM users WHERE id = ? {FOR_UPDATE}", p.userId);
        if (rows.empty() || rows.text(0, 0).empty()) {
            throw ApiError::conflict("totp_not_set_up", "call /auth/totp/setup first");
        }
        if (rows.boolean(0, 1)) {
            throw ApiError::conflict("totp_already_enabled", "two-factor sign-in is already on");
        }
        const Wiped secret{reveal(p.userId, rows.text(0, 0))};
        const auto step = verifyTotp(secret.secret.value_or(""), code, m_clock.nowMs() / 1000, rows.integer(0, 2));
        if (!step) {
            throw ApiError::badRequest("invalid_totp", "the code is wrong or expired", {{"field", "code"}});
        }
        db.exec("UPDATE users SET totp_enabled = 1, totp_last_step = ? WHERE id = ?", *step, p.userId);
    });
}

void TotpService::disable(const Principal& p, const std::string& code)
{
    m_db.transaction(true, [&](DbConnection& db) {
        const SqlRows rows =
            db.rows("SELECT totp_secret, totp_enabled, totp_last_step FROM users WHERE id = ? {FOR_UPDATE}", p.userId);
        if (rows.empty() || !rows.boolean(0, 1)) {
            throw ApiError::conflict("totp_not_enabled", "two-factor sign-in is off");
        }
        const Wiped secret{reveal(p.userId, rows.text(0, 0))};
        const auto step = verifyTotp(secret.secret.value_or(""), code, m_clock.nowMs() / 1000, rows.integer(0, 2));
        if (!step) {
            throw ApiError::badRequest("invalid_totp", "the code is wrong, expired or already used",
                                       {{"field", "code"}});
        }
        db.exec("UPDATE users SET totp_enabled = 0, totp_secret = '', totp_last_step = ? WHERE id = ?", *step,
                p.userId);
    });
}

bool TotpService::consume(const std::string& userId, const std::string& storedSecret, const std::string& code,
                          std::int64_t lastStep)
{
    const Wiped secret{reveal(userId, storedSecret)};
    const auto step = secret.secret ? verifyTotp(*secret.secret, code, m_clock.nowMs() / 1000, lastStep) : std::nullopt;
    if (!step) {
        return false;
    }
    // The conditional update makes each code single-use even across replicas.
    Lease db = m_db.acquire();
    return db->exec("UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?", *step, userId, *step) ==
           1;
}

TotpService::Resealed TotpService::resealAll()
{
    Resealed out;
    SqlRows rows;
    {
        Lease db = m_db.acquire();
        rows = db->rows("SELECT id, totp_secret FROM users WHERE totp_secret <> ''");
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::string& userId = rows.text(r, 0);
        const std::string& stored = rows.text(r, 1);
        if (SecretBox::isSealed(stored) && !m_box.sealedWithOldKey(stored)) {
            continue;
        }
        const Wiped secret{reveal(userId, stored)};
        if (!secret.secret) {
            ++out.unreadable;
            continue;
        }
        // Conditional: another replica resealing at the same time (or a new set-up) wins.
        Lease db = m_db.acquire();
        out.resealed +=
            static_cast<std::size_t>(db->exec("UPDATE users SET totp_secret = ? WHERE id = ? AND "
                                              "totp_secret = ?",
                                              m_box.seal(*secret.secret, contextFor(userId)), userId, stored));
    }
    return out;
}

} // namespace petinfo::server
