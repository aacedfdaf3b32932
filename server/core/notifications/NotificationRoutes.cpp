// SPDX-License-Identifier: GPL-3.0-or-later
// Reminder settings (admins) and the WhatsApp webhook (Meta).
#include "app/ServerContext.h"
#include "http/HttpError.h"
#include "notifications/NotificationService.h"
#include "notifications/OneOffReminders.h"
#include "notifications/PhoneVerification.h"

namespace petinfo::server {

using nlohmann::json;

void registerNotificationRoutes(Router& router, ServerContext& ctx)
{
    NotificationService& notifications = ctx.notifications();

    router.add({"GET", "/api/v1/reminder-settings", roles::kTeam, [&notifications](Request& r) {
                    return Response::json(200, notifications.settings(r.principal().orgId));
                }});

    router.add({"PUT", "/api/v1/reminder-settings", roles::kAdmin, [&notifications](Request& r) {
                    return Response::json(200, notifications.saveSettings(r.principal(), r.jsonBody()));
                }});

    // Staff act on what has not gone out, or send a failed message again (the Reminders window).
    router.add({"POST", "/api/v1/messages/{messageId}/retry", roles::kTeam, [&notifications](Request& r) {
                    return Response::json(200, notifications.retryMessage(r.principal(), r.param("messageId")));
                }});
    router.add({"POST", "/api/v1/messages/{messageId}/cancel", roles::kTeam, [&notifications](Request& r) {
                    return Response::json(200, notifications.cancelMessage(r.principal(), r.param("messageId")));
                }});
    router.add({"POST", "/api/v1/reminders/{reminderId}/cancel", roles::kTeam, [&notifications](Request& r) {
                    return Response::json(200, notifications.cancelReminder(r.principal(), r.param("reminderId")));
                }});
    router.add(
        {"POST", "/api/v1/health-records/{recordId}/reminders/cancel", roles::kTeam, [&notifications](Request& r) {
             return Response::json(
                 200, notifications.cancelRecordReminder(r.principal(), r.param("recordId"), r.jsonBody()));
         }});

    // A one-off reminder staff write for a pet's owner (cancelled like any planned reminder).
    router.add({"POST", "/api/v1/pets/{petId}/scheduled-messages", roles::kTeam, [&notifications](Request& r) {
                    return Response::json(
                        201, notifications.oneOffReminders().schedule(r.principal(), r.param("petId"), r.jsonBody()));
                }});

    // Confirming a person's WhatsApp number by one-time code (the person form).
    router.add({"GET", "/api/v1/people/{personId}/whatsapp-verification", roles::kTeam, [&notifications](Request& r) {
                    return Response::json(200, notifications.verification().state(r.principal(), r.param("personId")));
                }});
    router.add({"POST", "/api/v1/people/{personId}/whatsapp-verification", roles::kTeam, [&notifications](Request& r) {
                    return Response::json(200,
                                          notifications.verification().request(r.principal(), r.param("personId")));
                }});
    router.add(
        {"POST", "/api/v1/people/{personId}/whatsapp-verification/confirm", roles::kTeam, [&notifications](Request& r) {
             const json body = r.jsonBody();
             const std::string code = body.is_object() && body.contains("code") && body["code"].is_string()
                                          ? body["code"].get<std::string>()
                                          : std::string();
             return Response::json(200, notifications.verification().confirm(r.principal(), r.param("personId"), code));
         }});
    router.add(
        {"POST", "/api/v1/people/{personId}/whatsapp-verification/revoke", roles::kTeam, [&notifications](Request& r) {
             return Response::json(200, notifications.verification().revoke(r.principal(), r.param("personId")));
         }});

    // Meta's subscription handshake: echo hub.challenge when hub.verify_token is ours.
    router.add({"GET", "/api/v1/webhooks/whatsapp", roles::kPublic, [&notifications](Request& r) {
                    const auto challenge = notifications.webhook().handshake(r.query("hub.mode").value_or(""),
                                                                             r.query("hub.verify_token").value_or(""),
                                                                             r.query("hub.challenge").value_or(""));
                    if (!challenge) {
                        throw ApiError::forbidden("the verify token does not match");
                    }
                    Response out;
                    out.contentType = "text/plain; charset=utf-8";
                    out.body = *challenge;
                    return out;
                }});

    // Statuses and inbound messages, signed with the app secret over the raw body.
    router.add({"POST", "/api/v1/webhooks/whatsapp", roles::kPublic, [&notifications](Request& r) {
                    const auto outcome = notifications.webhook().receive(r.body(), r.header("X-Hub-Signature-256"));
                    return Response::json(200, json{{"statuses", outcome.statuses},
                                                    {"optOuts", outcome.optOuts},
                                                    {"verified", outcome.verified},
                                                    {"ignored", outcome.ignored}});
                }});
}

} // namespace petinfo::server
