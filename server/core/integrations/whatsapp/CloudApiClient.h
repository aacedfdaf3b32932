// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integrations/whatsapp/MessageSender.h"
#include "integrations/whatsapp/WhatsAppSettings.h"

#include <nlohmann/json.hpp>

namespace petinfo::server::whatsapp {

/** The WhatsApp Business Cloud API: `POST {base}/{version}/{phone-number-id}/messages` with the
 *  bearer token, JSON body. One connection per message: a reused keep-alive connection that the
 *  other side has just closed fails after the request is written, which would look like an
 *  unknown outcome and leave a reminder uncertain for nothing. */
class CloudApiClient final : public MessageSender
{
public:
    explicit CloudApiClient(WhatsAppSettings settings);

    SendOutcome sendTemplate(std::string_view to, const Template& message) override;
    SendOutcome sendText(std::string_view to, std::string_view body) override;

    /** The request bodies, exposed for tests. */
    static nlohmann::json templateBody(std::string_view digits, const Template& message);
    static nlohmann::json textBody(std::string_view digits, std::string_view body);
    /** Reads an answer of the API: status, Retry-After (seconds) and body. */
    static SendOutcome classify(int status, const std::string& retryAfter, const std::string& body);

private:
    SendOutcome post(const nlohmann::json& body);

    WhatsAppSettings m_settings;
};

} // namespace petinfo::server::whatsapp
