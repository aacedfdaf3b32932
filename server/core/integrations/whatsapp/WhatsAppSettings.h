// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Util {
class AbstractConfiguration;
}

namespace petinfo::server::whatsapp {

/** How to reach the WhatsApp Cloud API, and the secrets of its webhook. The secrets are never
 *  logged, nor shown by /readyz (which names the missing keys only). */
struct WhatsAppSettings
{
    std::string baseUrl = "https://graph.facebook.com";
    std::string apiVersion = "v22.0";
    std::string phoneNumberId; ///< the business number that sends
    std::string accessToken;   ///< a system user's permanent token
    std::string appSecret;     ///< signs the webhook's POST bodies (X-Hub-Signature-256)
    std::string verifyToken;   ///< echoed by the webhook's GET handshake
    std::int64_t timeoutMs = 10000;
    /** The approved template of found-pet alerts (one per language, same name): {{1}} the pet,
     *  {{2}} the finder, {{3}} the finder's phone, {{4}} where. */
    std::string foundAlertTemplate = "found_pet_alert";
    /** The approved template of one-time codes that confirm a number: {{1}} the organisation's
     *  name, {{2}} the code (a utility template: it also asks the owner to reply). */
    std::string verificationTemplate = "petinfo_verification_code";
    /** The approved template of one-off reminders staff write: {{1}} the pet's name, {{2}} their
     *  text (free-form text is only allowed inside WhatsApp's 24-hour customer-service window). */
    std::string customReminderTemplate = "petinfo_custom_reminder";
    /** Reminders and alerts go only to numbers confirmed by code. False also sends to people
     *  opted in without a confirmed number (data recorded before verification existed). */
    bool requireVerifiedNumber = true;
    int verificationCodeMinutes = 10; ///< a code's life
    int verificationTries = 5;        ///< wrong codes before a new one must be asked for
    int verificationPerPersonPerHour = 3;
    int verificationPerOrgPerHour = 30;

    /** The keys still needed to send and receive; empty when WhatsApp is on. */
    std::vector<std::string> missing() const;
    bool enabled() const { return missing().empty(); }
    /** Values that are set but unusable (empty when fine). */
    std::vector<std::string> problems() const;
    /** `{base}/{version}/{phone-number-id}/messages`. */
    std::string messagesUrl() const;
};

/** Reads whatsapp.* keys over the defaults, then PETINFO_WHATSAPP_* environment variables. */
WhatsAppSettings loadWhatsAppSettings(const Poco::Util::AbstractConfiguration& config,
                                      const std::function<std::optional<std::string>(const std::string&)>& env);

} // namespace petinfo::server::whatsapp
