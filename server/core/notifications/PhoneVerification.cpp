// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/PhoneVerification.h"

#include "billing/Entitlements.h"
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/HttpError.h"
#include "http/Metrics.h"
#include "http/Request.h"
#include "jobs/JobQueue.h"
#include "lostfound/FoundReports.h"
#include "notifications/NotificationStore.h"
#include "notifications/Recipients.h"
#include "notifications/ReminderBook.h"
#include "petinfo/common/Messaging.h"
#include "petinfo/common/Random.h"
#include "records/SyncService.h"
#include "records/SyncWriter.h"
#include "security/Crypto.h"
#include "security/SecretBox.h"

#include <algorithm>

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

constexpr std::int64_t kHourMs = 60LL * 60 * 1000;

std::string text(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::int64_t integer(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_number_integer() ? v->get<std::int64_t>() : 0;
}

void checkId(const std::string& id)
{
    if (!isUuid(id)) {
        throw ApiError::notFound("no such person");
    }
}

std::string newCode()
{
    // Uniform over 000000-999999: values of the top sliver of the 32-bit range are drawn again.
    constexpr std::uint32_t kLimit = 4294000000U; // a multiple of 1,000,000
    while (true) {
        const std::string bytes = crypto::randomBytes(4);
        std::uint32_t v = 0;
        for (char c : bytes) {
            v = (v << 8) | static_cast<unsigned char>(c);
        }
        if (v < kLimit) {
            std::string code = std::to_string(v % 1000000);
            return std::string(6 - code.size(), '0') + code;
        }
    }
}

std::string userName(DbConnection& db, const std::string& userId)
{
    const SqlRows rows = db.rows("SELECT name, email FROM users WHERE id = ?", userId);
    if (rows.empty()) {
        return "staff";
    }
    return rows.text(0, 0).empty() ? rows.text(0, 1) : rows.text(0, 0);
}

} // namespace

/** The open code of one person, as stored. */
struct PhoneVerification::Open
{
    std::string phone;
    std::string salt;
    std::string codeHash;
    std::string sealed;
    std::string messageId;
    std::int64_t createdMs = 0;
    std::int64_t expiresMs = 0;
    int triesLeft = 0;

    static std::optional<Open> load(DbConnection& db, const std::string& orgId, const std::string& personId)
    {
        const SqlRows rows = db.rows("SELECT phone, salt, code_hash, code_sealed, message_id, created_ms, expires_ms, "
                                     "tries_left FROM phone_verifications WHERE org_id = ? AND person_id = ?",
                                     orgId, personId);
        if (rows.empty()) {
            return std::nullopt;
        }
        return Open{rows.text(0, 0), rows.text(0, 1),    rows.text(0, 2),    rows.text(0, 3),
                    rows.text(0, 4), rows.integer(0, 5), rows.integer(0, 6), static_cast<int>(rows.integer(0, 7))};
    }
};

PhoneVerification::PhoneVerification(Database& db, SyncService& sync, const Clock& clock, AccessLog& log,
                                     Metrics& metrics, const SecretBox& box, const whatsapp::WhatsAppSettings& settings,
                                     bool whatsappOn)
    : m_db(db)
    , m_sync(sync)
    , m_clock(clock)
    , m_log(log)
    , m_metrics(metrics)
    , m_box(box)
    , m_settings(settings)
    , m_whatsappOn(whatsappOn)
{}

std::string PhoneVerification::hashOf(const std::string& salt, const std::string& orgId, const std::string& personId,
                                      const std::string& code) const
{
    return crypto::toHex(crypto::hmac(crypto::HashAlgorithm::Sha256, salt, orgId + "/" + personId + "/" + code));
}

std::string PhoneVerification::sealContext(const std::string& orgId, const std::string& personId) const
{
    return "phone_verifications.code:" + orgId + "/" + personId;
}

json PhoneVerification::request(const Principal& caller, const std::string& personId)
{
    checkId(personId);
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t expires = now + static_cast<std::int64_t>(m_settings.verificationCodeMinutes) * 60 * 1000;
    const std::string messageId = newUuid();
    std::string phone;
    m_db.transaction(true, [&](DbConnection& db) {
        SyncWriter writer(m_sync, db, caller.orgId);
        const auto person = writer.load(EntityType::Person, personId);
        if (!person) {
            throw ApiError::notFound("no such person");
        }
        if (!m_whatsappOn) {
            throw ApiError::conflict("notifications_off", "WhatsApp is not configured on this server",
                                     {{"missing", m_settings.missing()}});
        }
        phone = whatsappNumber(*person);
        if (phone.empty()) {
            throw ApiError::conflict("no_whatsapp_number", "the person has no number WhatsApp can reach");
        }
        if (m_entitlements) {
            m_entitlements->requireWhatsApp(db, caller.orgId);
        }
        const std::int64_t since = now - kHourMs;
        auto limit = [&](const SqlRows& rows, int most, const char* what) {
            if (rows.integer(0, 0) >= most) {
                const std::int64_t retry = std::max<std::int64_t>(1, (rows.integer(0, 1) + kHourMs - now + 999) / 1000);
                throw ApiError(429, "rate_limited",
                               std::string("too many codes asked for ") + what + "; wait and retry",
                               {{"retryAfter", retry}});
            }
        };
        limit(db.rows("SELECT COUNT(*), COALESCE(MIN(requested_ms), 0) FROM phone_verification_requests WHERE org_id "
                      "= ? AND person_id = ? AND requested_ms > ?",
                      caller.orgId, personId, since),
              m_settings.verificationPerPersonPerHour, "this person");
        limit(db.rows("SELECT COUNT(*), COALESCE(MIN(requested_ms), 0) FROM phone_verification_requests WHERE org_id "
                      "= ? AND requested_ms > ?",
                      caller.orgId, since),
              m_settings.verificationPerOrgPerHour, "by this organisation");
        db.exec("DELETE FROM phone_verification_requests WHERE org_id = ? AND requested_ms <= ?", caller.orgId, since);
        db.exec("INSERT INTO phone_verification_requests (org_id, person_id, requested_ms) VALUES (?, ?, ?)",
                caller.orgId, personId, now);

        // A code still on its way is replaced: its message is cancelled.
        if (const auto previous = Open::load(db, caller.orgId, personId)) {
            const auto old = writer.load(EntityType::Message, previous->messageId);
            if (old && text(*old, "state") == "queued") {
                ReminderBook book(writer, m_clock);
                book.cancelMessage(previous->messageId, "superseded");
            }
            db.exec("DELETE FROM phone_verifications WHERE org_id = ? AND person_id = ?", caller.orgId, personId);
        }
        const std::string code = newCode();
        const std::string salt = crypto::toHex(crypto::randomBytes(16));
        db.exec("INSERT INTO phone_verifications (org_id, person_id, phone, salt, code_hash, code_sealed, message_id, "
                "requested_by, created_ms, expires_ms, tries_left) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caller.orgId, personId, phone, salt, hashOf(salt, caller.orgId, personId, code),
                m_box.seal(code, sealContext(caller.orgId, personId)), messageId, caller.userId, now, expires,
                m_settings.verificationTries);

        const std::string language = text(*person, "language");
        const auto named = NotificationStore::settings(db, caller.orgId).templatesFor(language);
        writer.set(EntityType::Message, messageId,
                   json{{"petId", ""},
                        {"reminderId", ""},
                        {"personId", personId},
                        {"purpose", enumName(MessagePurpose::Verification)},
                        {"template", m_settings.verificationTemplate},
                        {"language", named ? named->second.code : whatsappLanguageCode(language)},
                        {"state", "queued"},
                        {"error", ""},
                        {"attempts", 0},
                        {"sentAt", 0},
                        {"deliveredAt", 0},
                        {"readAt", 0},
                        {"failedAt", 0},
                        {"statusAt", 0},
                        {"createdAt", now},
                        {"updatedAt", now},
                        {"deleted", false}});
        NotificationStore::addMessage(db, caller.orgId, messageId, personId, "", now);
        JobQueue::enqueue(db,
                          JobSpec{caller.orgId, std::string(jobkinds::kSendWhatsApp), messageId,
                                  json{{"messageId", messageId}}.dump(), now, 4},
                          now);
        writer.finish();
    });
    m_metrics.increment("petinfo_whatsapp_verifications_total", "result", "requested");
    m_log.event("info", "petinfo.server.notifications", "a WhatsApp verification code was asked for",
                {{"orgId", caller.orgId}, {"personId", personId}, {"userId", caller.userId}});
    if (m_wake) {
        m_wake();
    }
    return json{{"personId", personId}, {"phone", phone},       {"messageId", messageId},
                {"sentAt", now},        {"expiresAt", expires}, {"triesLeft", m_settings.verificationTries}};
}

PhoneVerification::Check PhoneVerification::check(SyncWriter& writer, const std::string& personId,
                                                  const std::optional<std::string>& code, const std::string& by,
                                                  int& triesLeft)
{
    DbConnection& db = writer.db();
    const std::string& orgId = writer.orgId();
    const auto open = Open::load(db, orgId, personId);
    if (!open) {
        return Check::NoCode;
    }
    triesLeft = open->triesLeft;
    if (open->triesLeft <= 0) {
        return Check::NoTries;
    }
    const std::int64_t now = m_clock.nowMs();
    if (open->expiresMs <= now) {
        return Check::Expired;
    }
    const auto person = writer.load(EntityType::Person, personId);
    if (!person || whatsappNumber(*person) != open->phone) {
        db.exec("DELETE FROM phone_verifications WHERE org_id = ? AND person_id = ?", orgId, personId);
        return Check::NumberChanged;
    }
    // No code: the owner said yes to the message that carried it.
    if (code && !crypto::constantTimeEquals(hashOf(open->salt, orgId, personId, *code), open->codeHash)) {
        triesLeft = open->triesLeft - 1;
        db.exec("UPDATE phone_verifications SET tries_left = ? WHERE org_id = ? AND person_id = ?", triesLeft, orgId,
                personId);
        return Check::Wrong;
    }
    writer.set(EntityType::Person, personId,
               json{{"whatsappOptIn", true},
                    {"whatsappVerifiedPhone", open->phone},
                    {"whatsappVerifiedAt", now},
                    {"whatsappVerifiedBy", by},
                    {"updatedAt", now}});
    db.exec("DELETE FROM phone_verifications WHERE org_id = ? AND person_id = ?", orgId, personId);
    return Check::Verified;
}

json PhoneVerification::confirm(const Principal& caller, const std::string& personId, const std::string& typed)
{
    checkId(personId);
    const auto code = codeIn(typed);
    if (!code) {
        throw ApiError::badRequest("invalid_code", "a code is 6 digits");
    }
    int triesLeft = 0;
    json person;
    const Check outcome = m_db.transaction(true, [&](DbConnection& db) {
        SyncWriter writer(m_sync, db, caller.orgId);
        if (!writer.load(EntityType::Person, personId)) {
            throw ApiError::notFound("no such person");
        }
        const Check c = check(writer, personId, code, userName(db, caller.userId), triesLeft);
        if (c == Check::Verified) {
            const auto row = writer.load(EntityType::Person, personId);
            person = json{{"verifiedPhone", text(*row, "whatsappVerifiedPhone")},
                          {"verifiedAt", integer(*row, "whatsappVerifiedAt")},
                          {"verifiedBy", text(*row, "whatsappVerifiedBy")}};
        }
        writer.finish();
        return c;
    });
    m_metrics.increment("petinfo_whatsapp_verifications_total", "result",
                        outcome == Check::Verified ? "verified" : "refused");
    switch (outcome) {
    case Check::Verified:
        m_log.event("info", "petinfo.server.notifications", "a WhatsApp number was verified by staff",
                    {{"orgId", caller.orgId}, {"personId", personId}, {"userId", caller.userId}});
        person["personId"] = personId;
        person["verified"] = true;
        return person;
    case Check::Wrong:
        throw ApiError::badRequest("wrong_code", "that is not the code that was sent", {{"triesLeft", triesLeft}});
    case Check::NoCode:
        throw ApiError::conflict("no_code", "no code was asked for this person, or it was used");
    case Check::Expired:
        throw ApiError::conflict("code_expired", "the code has expired; ask for a new one");
    case Check::NoTries:
        throw ApiError::conflict("too_many_tries", "too many wrong codes; ask for a new one");
    case Check::NumberChanged:
        throw ApiError::conflict("number_changed", "the person's number changed since the code was sent");
    }
    return json::object();
}

int PhoneVerification::reply(const std::string& fromDigits, const std::string& body)
{
    const bool yes = isYesWord(body);
    const auto code = codeIn(body);
    if ((!yes && !code) || fromDigits.empty()) {
        return 0;
    }
    const std::string phone = "+" + fromDigits;
    std::vector<std::pair<std::string, std::string>> open; // org, person
    {
        Lease db = m_db.acquire();
        const SqlRows rows = db->rows(
            "SELECT org_id, person_id FROM phone_verifications WHERE phone = ? ORDER BY org_id, person_id", phone);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            open.emplace_back(rows.text(r, 0), rows.text(r, 1));
        }
    }
    int verified = 0;
    for (const auto& [org, person] : open) {
        // Named references: clang 14 (the fuzz preset) cannot capture structured bindings.
        const std::string& orgId = org;
        const std::string& personId = person;
        int triesLeft = 0;
        const Check outcome = m_db.transaction(true, [&](DbConnection& db) {
            SyncWriter writer(m_sync, db, orgId);
            const Check c =
                check(writer, personId, yes ? std::nullopt : code, std::string(kVerifiedByReply), triesLeft);
            writer.finish();
            return c;
        });
        if (outcome == Check::Verified) {
            ++verified;
            m_metrics.increment("petinfo_whatsapp_verifications_total", "result", "verified_by_reply");
            m_log.event("info", "petinfo.server.notifications", "a WhatsApp number was verified by the owner's reply",
                        {{"orgId", orgId}, {"personId", personId}});
        }
    }
    return verified;
}

json PhoneVerification::revoke(const Principal& caller, const std::string& personId)
{
    checkId(personId);
    const std::int64_t now = m_clock.nowMs();
    m_db.transaction(true, [&](DbConnection& db) {
        SyncWriter writer(m_sync, db, caller.orgId);
        if (!writer.load(EntityType::Person, personId)) {
            throw ApiError::notFound("no such person");
        }
        writer.set(EntityType::Person, personId,
                   json{{"whatsappOptIn", false},
                        {"whatsappVerifiedPhone", ""},
                        {"whatsappVerifiedAt", 0},
                        {"whatsappVerifiedBy", ""},
                        {"updatedAt", now}});
        db.exec("DELETE FROM phone_verifications WHERE org_id = ? AND person_id = ?", caller.orgId, personId);
        ReminderBook book(writer, m_clock);
        book.cancelMessagesOfPerson(personId, "opted_out");
        writer.finish();
    });
    m_log.event("info", "petinfo.server.notifications", "WhatsApp opt-in revoked by staff",
                {{"orgId", caller.orgId}, {"personId", personId}, {"userId", caller.userId}});
    return json{{"personId", personId}, {"verified", false}, {"optIn", false}};
}

json PhoneVerification::state(const Principal& caller, const std::string& personId)
{
    checkId(personId);
    const auto person = m_sync.get(caller.orgId, EntityType::Person, personId);
    if (!person) {
        throw ApiError::notFound("no such person");
    }
    Lease db = m_db.acquire();
    json out{{"personId", personId},
             {"number", whatsappNumber(*person)},
             {"optIn", whatsappOptedIn(*person)},
             {"verified", whatsappVerified(*person)},
             {"verifiedPhone", text(*person, "whatsappVerifiedPhone")},
             {"verifiedAt", integer(*person, "whatsappVerifiedAt")},
             {"verifiedBy", text(*person, "whatsappVerifiedBy")},
             {"pending", nullptr}};
    if (const auto open = Open::load(*db, caller.orgId, personId)) {
        out["pending"] = json{{"phone", open->phone},
                              {"sentAt", open->createdMs},
                              {"expiresAt", open->expiresMs},
                              {"triesLeft", open->triesLeft},
                              {"messageId", open->messageId}};
    }
    return out;
}

std::optional<whatsapp::Template> PhoneVerification::messageTemplate(DbConnection& db, const std::string& orgId,
                                                                     const SyncRow& message, const SyncRow& person,
                                                                     std::string& why) const
{
    const auto open = Open::load(db, orgId, person.id);
    if (!open || open->messageId != message.id) {
        why = "superseded";
        return std::nullopt;
    }
    if (open->expiresMs <= m_clock.nowMs()) {
        why = "code_expired";
        return std::nullopt;
    }
    if (whatsappNumber(person) != open->phone) {
        why = "number_changed";
        return std::nullopt;
    }
    const auto code = m_box.open(open->sealed, sealContext(orgId, person.id));
    if (!code) {
        why = "code_unreadable";
        return std::nullopt;
    }
    const SqlRows org = db.rows("SELECT name FROM organisations WHERE id = ?", orgId);
    std::string orgName = org.empty() ? std::string() : org.text(0, 0);
    if (orgName.empty()) {
        orgName = "-";
    }
    return whatsapp::Template{text(message, "template"), text(message, "language"), {orgName, *code}};
}

void PhoneVerification::forgetSealedCode(DbConnection& db, const std::string& orgId, const std::string& messageId)
{
    db.exec("UPDATE phone_verifications SET code_sealed = '' WHERE org_id = ? AND message_id = ?", orgId, messageId);
}

bool PhoneVerification::isYesWord(const std::string& body)
{
    std::string word;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const auto c = static_cast<unsigned char>(body[i]);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += static_cast<char>(c >= 'a' ? c - 32 : c);
        } else if (c == 0xC3 && i + 1 < body.size() &&
                   (static_cast<unsigned char>(body[i + 1]) == 0xAD ||
                    static_cast<unsigned char>(body[i + 1]) == 0x8D)) {
            word += 'I'; // í or Í
            ++i;
        } else if (c == 0xC2 && i + 1 < body.size() &&
                   (static_cast<unsigned char>(body[i + 1]) == 0xA1 ||
                    static_cast<unsigned char>(body[i + 1]) == 0xBF)) {
            ++i; // ¡ ¿
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '.' || c == '!' || c == ',') {
            continue;
        } else {
            return false;
        }
    }
    return word == "SI" || word == "SIM" || word == "YES";
}

std::optional<std::string> PhoneVerification::codeIn(const std::string& body)
{
    std::string digits;
    for (char c : body) {
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c != ' ' && c != '-' && c != '\t' && c != '\n' && c != '\r') {
            return std::nullopt;
        }
    }
    if (digits.size() != 6) {
        return std::nullopt;
    }
    return digits;
}

} // namespace petinfo::server
