// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrations/whatsapp/WhatsAppSettings.h"

#include <Poco/URI.h>
#include <Poco/Util/AbstractConfiguration.h>

#include <regex>

namespace petinfo::server::whatsapp {

std::vector<std::string> WhatsAppSettings::missing() const
{
    std::vector<std::string> out;
    if (phoneNumberId.empty()) {
        out.emplace_back("whatsapp.phoneNumberId");
    }
    if (accessToken.empty()) {
        out.emplace_back("whatsapp.accessToken");
    }
    if (appSecret.empty()) {
        out.emplace_back("whatsapp.appSecret");
    }
    if (verifyToken.empty()) {
        out.emplace_back("whatsapp.verifyToken");
    }
    return out;
}

std::vector<std::string> WhatsAppSettings::problems() const
{
    std::vector<std::string> out;
    try {
        const Poco::URI uri(baseUrl);
        if ((uri.getScheme() != "https" && uri.getScheme() != "http") || uri.getHost().empty()) {
            out.emplace_back("whatsapp.baseUrl must be an http(s) URL");
        }
    } catch (const Poco::Exception&) {
        out.emplace_back("whatsapp.baseUrl must be an http(s) URL");
    }
    static const std::regex version("v[0-9]+\\.[0-9]+");
    if (!std::regex_match(apiVersion, version)) {
        out.emplace_back("whatsapp.apiVersion must look like v22.0");
    }
    static const std::regex digits("[0-9]{1,32}");
    if (!phoneNumberId.empty() && !std::regex_match(phoneNumberId, digits)) {
        out.emplace_back("whatsapp.phoneNumberId must be the number's numeric id");
    }
    if (timeoutMs < 100 || timeoutMs > 120000) {
        out.emplace_back("whatsapp.timeoutMilliseconds must be 100-120000");
    }
    if (verificationCodeMinutes < 1 || verificationCodeMinutes > 60) {
        out.emplace_back("whatsapp.verificationCodeMinutes must be 1-60");
    }
    if (verificationTries < 1 || verificationTries > 10) {
        out.emplace_back("whatsapp.verificationTries must be 1-10");
    }
    if (verificationPerPersonPerHour < 1 || verificationPerOrgPerHour < 1) {
        out.emplace_back(
            "whatsapp.verificationPerPersonPerHour and whatsapp.verificationPerOrgPerHour must be 1 or more");
    }
    if (verificationTemplate.empty() || customReminderTemplate.empty()) {
        out.emplace_back("whatsapp.verificationTemplate and whatsapp.customReminderTemplate must name templates");
    }
    return out;
}

std::string WhatsAppSettings::messagesUrl() const
{
    std::string base = baseUrl;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    return base + "/" + apiVersion + "/" + phoneNumberId + "/messages";
}

WhatsAppSettings loadWhatsAppSettings(const Poco::Util::AbstractConfiguration& c,
                                      const std::function<std::optional<std::string>(const std::string&)>& env)
{
    WhatsAppSettings s;
    s.baseUrl = c.getString("whatsapp.baseUrl", s.baseUrl);
    s.apiVersion = c.getString("whatsapp.apiVersion", s.apiVersion);
    s.phoneNumberId = c.getString("whatsapp.phoneNumberId", s.phoneNumberId);
    s.accessToken = c.getString("whatsapp.accessToken", s.accessToken);
    s.appSecret = c.getString("whatsapp.appSecret", s.appSecret);
    s.verifyToken = c.getString("whatsapp.verifyToken", s.verifyToken);
    s.timeoutMs = c.getInt64("whatsapp.timeoutMilliseconds", s.timeoutMs);
    s.foundAlertTemplate = c.getString("whatsapp.foundAlertTemplate", s.foundAlertTemplate);
    s.verificationTemplate = c.getString("whatsapp.verificationTemplate", s.verificationTemplate);
    s.customReminderTemplate = c.getString("whatsapp.customReminderTemplate", s.customReminderTemplate);
    s.requireVerifiedNumber = c.getBool("whatsapp.requireVerifiedNumber", s.requireVerifiedNumber);
    s.verificationCodeMinutes = c.getInt("whatsapp.verificationCodeMinutes", s.verificationCodeMinutes);
    s.verificationTries = c.getInt("whatsapp.verificationTries", s.verificationTries);
    s.verificationPerPersonPerHour = c.getInt("whatsapp.verificationPerPersonPerHour", s.verificationPerPersonPerHour);
    s.verificationPerOrgPerHour = c.getInt("whatsapp.verificationPerOrgPerHour", s.verificationPerOrgPerHour);
    auto fromEnv = [&](const char* name, std::string& target) {
        if (auto v = env(name); v && !v->empty()) {
            target = *v;
        }
    };
    fromEnv("PETINFO_WHATSAPP_BASE_URL", s.baseUrl);
    fromEnv("PETINFO_WHATSAPP_API_VERSION", s.apiVersion);
    fromEnv("PETINFO_WHATSAPP_PHONE_NUMBER_ID", s.phoneNumberId);
    fromEnv("PETINFO_WHATSAPP_ACCESS_TOKEN", s.accessToken);
    fromEnv("PETINFO_WHATSAPP_APP_SECRET", s.appSecret);
    fromEnv("PETINFO_WHATSAPP_VERIFY_TOKEN", s.verifyToken);
    return s;
}

} // namespace petinfo::server::whatsapp
