// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/WhatsAppWebhook.h"

#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/HttpError.h"
#include "http/Metrics.h"
#include "integrations/whatsapp/Signature.h"
#include "notifications/NotificationStore.h"
#include "notifications/ReminderBook.h"
#include "notifications/ReminderJobs.h"
#include "records/SyncWriter.h"
#include "security/Crypto.h"

namespace petinfo::server {

using nlohmann::json;

namespace {

/** entry[].changes[].value objects of a notification. */
std::vector<const json*> values(const json& body)
{
    std::vector<const json*> out;
    if (!body.contains("entry") || !body["entry"].is_array()) {
        return out;
    }
    for (const json& entry : body["entry"]) {
        if (!entry.is_object() || !entry.contains("changes") || !entry["changes"].is_array()) {
            continue;
        }
        for (const json& change : entry["changes"]) {
            if (change.is_object() && change.contains("value") && change["value"].is_object()) {
                out.push_back(&change["value"]);
            }
        }
    }
    return out;
}

} // namespace

WhatsAppWebhook::WhatsAppWebhook(Database& db, SyncService& sync, const Clock& clock, AccessLog& log, Metrics& metrics,
                                 const whatsapp::WhatsAppSettings& settings)
    : m_db(db)
    , m_sync(sync)
    , m_clock(clock)
    , m_log(log)
    , m_metrics(metrics)
    , m_settings(settings)
{}

std::optional<std::string> WhatsAppWebhook::handshake(const std::string& mode, const std::string& token,
                                                      const std::string& challenge) const
{
    if (m_settings.verifyToken.empty() || mode != "subscribe" ||
        !crypto::constantTimeEquals(crypto::sha256(token), crypto::sha256(m_settings.verifyToken))) {
        return std::nullopt;
    }
    // Meta sends a number; anything else is not echoed into a response.
    if (challenge.empty() || challenge.size() > 128 ||
        challenge.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.") !=
            std::string::npos) {
        return std::nullopt;
    }
    return challenge;
}

bool WhatsAppWebhook::isStopWord(const std::string& text)
{
    std::string word;
    for (char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += static_cast<char>(c >= 'a' ? c - 32 : c);
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '.' || c == '!' || c == ',') {
            continue;
        } else if (static_cast<unsigned char>(c) == 0xC2) {
            continue; // the lead byte of ¡ and ¿
        } else if (static_cast<unsigned char>(c) == 0xA1 || static_cast<unsigned char>(c) == 0xBF) {
            continue;
        } else {
            return false;
        }
    }
    return word == "STOP" || word == "BAJA" || word == "PARAR";
}

WhatsAppWebhook::Outcome WhatsAppWebhook::receive(const std::string& rawBody, const std::string& signature)
{
    if (!whatsapp::verifySignature(m_settings.appSecret, rawBody, signature)) {
        m_metrics.increment("petinfo_whatsapp_webhooks_total", "result", "bad_signature");
        throw ApiError::unauthorized("invalid_signature", "X-Hub-Signature-256 does not sign this body");
    }
    const json body = json::parse(rawBody, nullptr, false);
    if (!body.is_object() || body.value("object", "") != "whatsapp_business_account") {
        throw ApiError::badRequest("malformed_body", "not a WhatsApp Business Account notification");
    }
    Outcome outcome;
    for (const json* value : values(body)) {
        if (value->contains("statuses") && (*value)["statuses"].is_array()) {
            for (const json& status : (*value)["statuses"]) {
                (applyStatus(status) ? outcome.statuses : outcome.ignored)++;
            }
        }
        if (value->contains("messages") && (*value)["messages"].is_array()) {
            for (const json& message : (*value)["messages"]) {
                const bool text = message.is_object() && message.value("type", "") == "text" &&
                                  message.contains("text") && message["text"].is_object() &&
                                  message["text"].contains("body") && message["text"]["body"].is_string();
                const std::string from = message.is_object() && message.contains("from") && message["from"].is_string()
                                             ? message["from"].get<std::string>()
                                             : "";
                const int verified = text && !from.empty() && m_replies
                                         ? m_replies(from, message["text"]["body"].get<std::string>())
                                         : 0;
                if (text && !from.empty() && isStopWord(message["text"]["body"].get<std::string>())) {
                    outcome.optOuts += optOut(from);
                } else if (verified > 0) {
                    outcome.verified += verified;
                } else {
                    ++outcome.ignored;
                }
            }
        }
    }
    m_metrics.increment("petinfo_whatsapp_webhooks_total", "result", "accepted");
    return outcome;
}

bool WhatsAppWebhook::applyStatus(const json& status)
{
    if (!status.is_object() || !status.contains("id") || !status["id"].is_string()) {
        return false;
    }
    const std::string providerId = status["id"].get<std::string>();
    const std::int64_t now = m_clock.nowMs();
    std::optional<NotificationStore::MessageRef> ref;
    {
        Lease db = m_db.acquire();
        ref = NotificationStore::messageByProviderId(*db, providerId);
    }
    if (!ref) {
        // It may have beaten the sender's commit: kept, and applied when the sender records the id.
        m_db.transaction(true, [&](DbConnection& db) {
            if (auto again = NotificationStore::messageByProviderId(db, providerId)) {
                ref = again;
            } else {
                NotificationStore::keepOrphanStatus(db, providerId, status.dump(), now);
            }
        });
        if (!ref) {
            return false;
        }
    }
    return m_db.transaction(true, [&](DbConnection& db) {
        SyncWriter writer(m_sync, db, ref->orgId);
        const bool changed = applyMessageStatus(writer, ref->messageId, status, now);
        writer.finish();
        return changed;
    });
}

int WhatsAppWebhook::optOut(const std::string& fromDigits)
{
    const std::string phone = "+" + fromDigits;
    std::vector<NotificationStore::PersonRef> people;
    {
        Lease db = m_db.acquire();
        people = NotificationStore::peopleWithPhone(*db, phone);
    }
    int count = 0;
    for (const auto& who : people) {
        const bool changed = m_db.transaction(true, [&](DbConnection& db) {
            SyncWriter writer(m_sync, db, who.orgId);
            const auto person = writer.load(sync::EntityType::Person, who.personId);
            const json* optIn = person ? person->value("whatsappOptIn") : nullptr;
            if (!optIn || !optIn->is_boolean() || !optIn->get<bool>()) {
                return false;
            }
            // A server-authored edit: every desktop pulls it, and it beats older opt-ins.
            writer.set(sync::EntityType::Person, who.personId,
                       json{{"whatsappOptIn", false}, {"updatedAt", m_clock.nowMs()}});
            ReminderBook book(writer, m_clock);
            book.cancelMessagesOfPerson(who.personId, "opted_out");
            writer.finish();
            return true;
        });
        if (changed) {
            ++count;
            m_metrics.increment("petinfo_whatsapp_optouts_total", "source", "inbound_stop");
            m_log.event("info", "petinfo.server.notifications", "a person opted out by WhatsApp",
                        {{"org", who.orgId}, {"person", who.personId}});
        }
    }
    return count;
}

} // namespace petinfo::server
