// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integrations/whatsapp/MessageSender.h"
#include "integrations/whatsapp/WhatsAppSettings.h"
#include "petinfo/common/Clock.h"
#include "petinfo/common/Messaging.h"
#include "petinfo/common/sync/Row.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

namespace petinfo::server {

class AccessLog;
class Database;
class DbConnection;
class Entitlements;
class Metrics;
class SecretBox;
class SyncService;
class SyncWriter;
struct Principal;

/** Confirms a person's WhatsApp number before reminders and alerts go to it (see
 *  docs/notifications.md): staff ask, the server sends a one-time code through an approved
 *  template (a message row and a send job, like every message), and staff type the code the
 *  owner reads back, or the owner replies with the code or "SI" / "SIM" / "YES". The person is
 *  then opted in and verified, as a server-authored edit every desktop pulls.
 *
 *  A code is 6 digits, lives `verificationCodeMinutes`, allows `verificationTries` wrong answers,
 *  and is stored hashed (HMAC-SHA256 with a per-code salt); a sealed copy (SecretBox) is kept for
 *  the send job only until the provider accepted the message. */
class PhoneVerification
{
public:
    PhoneVerification(Database& db, SyncService& sync, const Clock& clock, AccessLog& log, Metrics& metrics,
                      const SecretBox& box, const whatsapp::WhatsAppSettings& settings, bool whatsappOn);

    void setEntitlements(Entitlements* entitlements) { m_entitlements = entitlements; }
    void setWake(std::function<void()> wake) { m_wake = std::move(wake); }

    /** Sends a new code to the person's WhatsApp number (replacing one still open). 404 for a
     *  person not in the caller's organisation, 409 `notifications_off` / `no_whatsapp_number`,
     *  402 `payment_required`, 429 `rate_limited` (per person and per organisation and hour). */
    nlohmann::json request(const Principal& caller, const std::string& personId);
    /** Checks the code the owner read back. 400 `wrong_code` (with `triesLeft`), 409 `no_code`,
     *  `code_expired`, `too_many_tries`, `number_changed`. */
    nlohmann::json confirm(const Principal& caller, const std::string& personId, const std::string& code);
    /** The person no longer wants messages: opted out, verification cleared, queued messages
     *  cancelled. */
    nlohmann::json revoke(const Principal& caller, const std::string& personId);
    /** {number, verified, verifiedPhone, verifiedAt, verifiedBy, pending: {sentAt, expiresAt,
     *  triesLeft, messageId} | null}. */
    nlohmann::json state(const Principal& caller, const std::string& personId);

    /** An inbound text from a number: the code, or a yes, confirms every open code sent to that
     *  number. Returns the people verified. */
    int reply(const std::string& fromDigits, const std::string& text);

    /** The template of a verification message for the send job, or nullopt with `why` (a cancel
     *  reason: a newer code was asked for, it expired, the number changed). */
    std::optional<whatsapp::Template> messageTemplate(DbConnection& db, const std::string& orgId,
                                                      const sync::SyncRow& message, const sync::SyncRow& person,
                                                      std::string& why) const;
    /** The provider took the message: the sealed copy of the code is dropped. */
    static void forgetSealedCode(DbConnection& db, const std::string& orgId, const std::string& messageId);

    /** "SI", "Sí", "SIM", "yes" (any case, punctuation and spaces aside). */
    static bool isYesWord(const std::string& text);
    /** The 6 digits of a text that is only a code (spaces and dashes aside). */
    static std::optional<std::string> codeIn(const std::string& text);

private:
    struct Open;
    enum class Check
    {
        Verified,
        Wrong,
        NoCode,
        Expired,
        NoTries,
        NumberChanged
    };
    Check check(SyncWriter& writer, const std::string& personId, const std::optional<std::string>& code,
                const std::string& by, int& triesLeft);
    std::string hashOf(const std::string& salt, const std::string& orgId, const std::string& personId,
                       const std::string& code) const;
    std::string sealContext(const std::string& orgId, const std::string& personId) const;

    Database& m_db;
    SyncService& m_sync;
    const Clock& m_clock;
    AccessLog& m_log;
    Metrics& m_metrics;
    const SecretBox& m_box;
    const whatsapp::WhatsAppSettings& m_settings;
    bool m_whatsappOn;
    Entitlements* m_entitlements = nullptr;
    std::function<void()> m_wake;
};

} // namespace petinfo::server
