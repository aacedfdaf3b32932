// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integrations/whatsapp/WhatsAppSettings.h"
#include "notifications/WhatsAppWebhook.h"
#include "petinfo/common/Clock.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace petinfo::server {

class AccessLog;
class Database;
class Entitlements;
class JobRunner;
class Metrics;
class OneOffReminders;
class PhoneVerification;
class SecretBox;
class SyncObserver;
class SyncService;
struct Principal;
namespace whatsapp {
class MessageSender;
}

/** WhatsApp reminders and alerts: reminder settings, planning in the push transaction (as a
 *  SyncObserver), the dispatch and send jobs, and the webhook. See docs/notifications.md. */
class NotificationService
{
public:
    /** `sender` null: WhatsApp is off (the settings name what is missing). */
    NotificationService(Database& db, SyncService& sync, const Clock& clock, AccessLog& log, Metrics& metrics,
                        whatsapp::WhatsAppSettings settings, std::shared_ptr<whatsapp::MessageSender> sender);
    ~NotificationService();

    /** What each organisation's plan allows (before attach). Null: WhatsApp is never limited. */
    void setEntitlements(Entitlements* entitlements) { m_entitlements = entitlements; }
    /** The keys that seal one-time codes until they are sent (before attach): without them no
     *  number can be verified. */
    void setSecrets(const SecretBox& box);
    /** Registers the job handlers (before the runner starts) and plugs planning into pushes. */
    void attach(JobRunner& runner);
    /** Fills the phone index from people stored before it existed (once; cheap afterwards). */
    void backfillPhones();
    /** Schedules the reminder sweep of every organisation with reminders on that has none
     *  waiting (an upgrade from a server that planned everything at once, or a sweep that
     *  failed). At start, after attach. */
    void scheduleSweeps();

    bool whatsappEnabled() const { return m_sender != nullptr; }
    /** {"whatsapp": "on" | "off", "missing": [config keys]} for /readyz and the settings API. */
    nlohmann::json status() const;

    nlohmann::json settings(const std::string& orgId);
    /** Checks and stores an organisation's settings (400 invalid_settings naming each problem);
     *  re-plans its reminders in the background. */
    nlohmann::json saveSettings(const Principal& caller, const nlohmann::json& body);

    /** Staff send a failed or uncertain message again (a new send job run; the message is
     *  queued again). Idempotent: a message already queued again is left as it is. 404 for
     *  another organisation's message, 409 not_retryable for one that was sent or cancelled. */
    nlohmann::json retryMessage(const Principal& caller, const std::string& messageId);
    /** Staff cancel a message still queued (409 not_cancellable otherwise; cancelling twice is fine). */
    nlohmann::json cancelMessage(const Principal& caller, const std::string& messageId);
    /** Staff cancel a reminder still planned, and its queued messages. */
    nlohmann::json cancelReminder(const Principal& caller, const std::string& reminderId);
    /** Staff cancel one reminder of a health record, `{"kind": "due_soon" | "overdue", "days": n}`,
     *  planned or not planned yet (more than two days away: it is written down cancelled, so no
     *  sweep plans it). 400 for another kind, 404 for an unknown record. */
    nlohmann::json cancelRecordReminder(const Principal& caller, const std::string& recordId,
                                        const nlohmann::json& body);

    WhatsAppWebhook& webhook() { return m_webhook; }
    /** Confirming owners' numbers by one-time code (after setSecrets). */
    PhoneVerification& verification();
    /** One-off reminders staff write (after attach). */
    OneOffReminders& oneOffReminders();

private:
    class Planner;

    Database& m_db;
    SyncService& m_sync;
    const Clock& m_clock;
    AccessLog& m_log;
    Metrics& m_metrics;
    whatsapp::WhatsAppSettings m_settings;
    std::shared_ptr<whatsapp::MessageSender> m_sender;
    WhatsAppWebhook m_webhook;
    std::unique_ptr<Planner> m_planner;
    std::unique_ptr<PhoneVerification> m_verification;
    std::unique_ptr<OneOffReminders> m_oneOff;
    JobRunner* m_runner = nullptr;
    Entitlements* m_entitlements = nullptr;
};

} // namespace petinfo::server
