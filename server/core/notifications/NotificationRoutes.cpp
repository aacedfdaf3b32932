// SPDX-License-Identifier: GPL-3.0-or-later
// Reminder settings (admins) and the WhatsApp webhook (Meta).
#include "app/ServerContext.h"
#include "http/HttpError.h"
#include "notifications/NotificationService.h"

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
                                                    {"ignored", outcome.ignored}});
                }});
}

} // namespace petinfo::server
