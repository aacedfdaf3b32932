// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integrations/whatsapp/WhatsAppSettings.h"
#include "petinfo/common/Clock.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

namespace petinfo::server {

class AccessLog;
class Database;
class Metrics;
class SyncService;

/** What WhatsApp tells the server: message statuses (sent, delivered, read, failed) and messages
 *  people send, of which "STOP", "BAJA" or "PARAR" opts the sender out at once. */
class WhatsAppWebhook
{
public:
    WhatsAppWebhook(Database& db, SyncService& sync, const Clock& clock, AccessLog& log, Metrics& metrics,
                    const whatsapp::WhatsAppSettings& settings);

    /** The GET handshake: the challenge to echo, or nullopt (403) when the mode or the verify
     *  token is wrong or none is configured. */
    std::optional<std::string> handshake(const std::string& mode, const std::string& token,
                                         const std::string& challenge) const;

    struct Outcome
    {
        int statuses = 0; ///< statuses that changed a message
        int optOuts = 0;  ///< people opted out
        int verified = 0; ///< people whose number a reply confirmed
        int ignored = 0;  ///< statuses of unknown messages (kept for a moment) and other messages
    };
    /** A POST: throws ApiError 401 unless `signature` signs `rawBody` with the app secret, 400
     *  for a body that is not a webhook notification. Nothing changes before both checks pass. */
    Outcome receive(const std::string& rawBody, const std::string& signature);

    /** Whether an inbound text asks to stop ("STOP", "Baja.", " parar!" …). */
    static bool isStopWord(const std::string& text);

    /** Other inbound texts (a one-time code, "SI"): given the sender's digits and the text,
     *  returns the people whose number it confirmed. */
    void setReplyHandler(std::function<int(const std::string&, const std::string&)> handler)
    {
        m_replies = std::move(handler);
    }

private:
    bool applyStatus(const nlohmann::json& status);
    int optOut(const std::string& fromDigits);

    Database& m_db;
    SyncService& m_sync;
    const Clock& m_clock;
    AccessLog& m_log;
    Metrics& m_metrics;
    const whatsapp::WhatsAppSettings& m_settings;
    std::function<int(const std::string&, const std::string&)> m_replies;
};

} // namespace petinfo::server
