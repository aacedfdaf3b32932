// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobRunner.h"

#include <functional>
#include <memory>

namespace petinfo::server {

class Entitlements;
class PhoneVerification;
class SyncService;
class SyncWriter;
namespace whatsapp {
class MessageSender;
}

/** At a reminder's time: checks it is still wanted (reminders on, the record still the newest of
 *  its series, the pet active), waits for the send window, and turns it into one queued message
 *  per owner or fosterer who opted in, each with its own send job. No outside effect. */
class DispatchReminderHandler final : public JobHandler
{
public:
    /** `requireVerified`: only people whose WhatsApp number is confirmed are told. */
    DispatchReminderHandler(SyncService& sync, const Clock& clock, std::function<void()> wake,
                            bool requireVerified = true, std::string customTemplate = "petinfo_custom_reminder");
    JobResult run(JobContext& ctx) override;
    void settle(DbConnection& db, const Job& job, JobState final, const JobResult& result) override;

private:
    SyncService& m_sync;
    const Clock& m_clock;
    std::function<void()> m_wake;
    bool m_requireVerified;
    std::string m_customTemplate; ///< the template of one-off reminders
};

/** Sends one queued message through WhatsApp, exactly once: the call is made after the job is
 *  marked as calling, and its outcome is recorded on the message row (sent with the provider's
 *  id, failed with its reason, uncertain when no answer came). */
class SendWhatsAppHandler final : public JobHandler
{
public:
    /** `sender` may be null: WhatsApp is not configured, messages wait and then fail saying so.
     *  While `entitlements` (if any) says the organisation's plan has no WhatsApp, messages wait
     *  without using attempts; a payment makes them due again. */
    /** `verification` builds one-time code messages (null: they are cancelled). */
    SendWhatsAppHandler(SyncService& sync, const Clock& clock, std::shared_ptr<whatsapp::MessageSender> sender,
                        Entitlements* entitlements = nullptr, bool requireVerified = true,
                        const PhoneVerification* verification = nullptr);
    JobResult run(JobContext& ctx) override;
    void settle(DbConnection& db, const Job& job, JobState final, const JobResult& result) override;

private:
    SyncService& m_sync;
    const Clock& m_clock;
    std::shared_ptr<whatsapp::MessageSender> m_sender;
    Entitlements* m_entitlements;
    bool m_requireVerified;
    const PhoneVerification* m_verification;
};

/** After reminder settings change: plans what every pet's open records now call for, a batch of
 *  pets per transaction (idempotent: nothing is planned twice). */
class ReplanRemindersHandler final : public JobHandler
{
public:
    ReplanRemindersHandler(SyncService& sync, const Clock& clock, std::function<void()> wake);
    JobResult run(JobContext& ctx) override;
    void settle(DbConnection&, const Job&, JobState, const JobResult&) override {}

private:
    SyncService& m_sync;
    const Clock& m_clock;
    std::function<void()> m_wake;
};

/** Applies one provider status ({id, status, timestamp, errors}) to a message row: the latest
 *  state wins (by the provider's timestamp, then sent < delivered < read < failed), each
 *  first time is kept, and the same status twice changes nothing. True when the row changed. */
bool applyMessageStatus(SyncWriter& writer, const std::string& messageId, const nlohmann::json& status,
                        std::int64_t nowMs);

} // namespace petinfo::server
