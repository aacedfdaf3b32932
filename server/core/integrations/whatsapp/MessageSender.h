// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server::whatsapp {

/** An approved message template and the values of its body's {{1}}, {{2}} … placeholders. */
struct Template
{
    std::string name;
    std::string language; ///< the template's language code as WhatsApp names it: "es", "es_MX", "pt_BR", "en_US"
    std::vector<std::string> bodyParameters;
};

/** What became of one send. */
struct SendOutcome
{
    enum class Kind
    {
        Accepted,  ///< the provider took it; `messageId` tracks it in status webhooks
        Transient, ///< not sent (5xx, 429, unreachable, token refused): try again later
        Permanent, ///< refused for good (invalid number, template rejected): `error` says why
        Unknown    ///< the request went out and no answer came back: it may have been sent
    };
    Kind kind = Kind::Unknown;
    std::string messageId;
    std::string error; ///< "131026: Message undeliverable" or "HTTP 503"; never a secret
    int httpStatus = 0;
    std::optional<std::int64_t> retryAfterMs;
};

/** Sends WhatsApp messages. The real one is CloudApiClient; everything else talks to this. */
class MessageSender
{
public:
    virtual ~MessageSender() = default;
    /** `to` is an E.164 number ("+5491123456789"). */
    virtual SendOutcome sendTemplate(std::string_view to, const Template& message) = 0;
    /** Free text: only allowed by WhatsApp within 24 hours of the person's last message. */
    virtual SendOutcome sendText(std::string_view to, std::string_view body) = 0;
};

/** The recipient as the Cloud API takes it: the international number's digits, without "+"
 *  ("5491123456789"); nullopt when `e164` is not a plausible E.164 number. */
std::optional<std::string> recipientDigits(std::string_view e164);

} // namespace petinfo::server::whatsapp
