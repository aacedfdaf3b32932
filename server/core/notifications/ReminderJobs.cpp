// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/ReminderJobs.h"

#include "billing/Entitlements.h"
#include "db/Database.h"
#include "integrations/whatsapp/MessageSender.h"
#include "jobs/JobQueue.h"
#include "lostfound/FoundReports.h"
#include "notifications/NotificationStore.h"
#include "notifications/OneOffReminders.h"
#include "notifications/PhoneVerification.h"
#include "notifications/Recipients.h"
#include "notifications/ReminderBook.h"
#include "petinfo/common/Messaging.h"
#include "records/SyncService.h"
#include "records/SyncWriter.h"

#include <algorithm>

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

constexpr int kReplanBatch = 200;
/** How often a send that waits for a payment looks again by itself (a payment wakes it sooner). */
constexpr std::int64_t kPaymentWaitMs = 3600 * 1000;

std::string text(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::int64_t integer(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_number_integer() ? v->get<std::int64_t>() : 0;
}

int statusRank(std::string_view status)
{
    if (status == "sent") {
        return 1;
    }
    if (status == "delivered") {
        return 2;
    }
    if (status == "read") {
        return 3;
    }
    if (status == "failed") {
        return 4;
    }
    return 0;
}

/** The provider's first error as "code: title (details)". */
std::string statusError(const json& status)
{
    if (!status.contains("errors") || !status["errors"].is_array() || status["errors"].empty() ||
        !status["errors"][0].is_object()) {
        return "failed";
    }
    const json& e = status["errors"][0];
    std::string out = e.contains("code") && e["code"].is_number_integer() ? std::to_string(e["code"].get<int>()) : "";
    const std::string title = e.contains("title") && e["title"].is_string() ? e["title"].get<std::string>() : "";
    out += (out.empty() ? "" : ": ") + title;
    if (e.contains("error_data") && e["error_data"].is_object() && e["error_data"].contains("details") &&
        e["error_data"]["details"].is_string()) {
        out += " (" + e["error_data"]["details"].get<std::string>() + ")";
    }
    return out.substr(0, 500);
}

} // namespace

bool applyMessageStatus(SyncWriter& writer, const std::string& messageId, const json& status, std::int64_t nowMs)
{
    const auto message = writer.load(EntityType::Message, messageId);
    if (!message || !status.is_object()) {
        return false;
    }
    const std::string name =
        status.contains("status") && status["status"].is_string() ? status["status"].get<std::string>() : "";
    const int rank = statusRank(name);
    if (rank == 0) {
        return false; // "deleted", "warning" and the like are not delivery states
    }
    std::int64_t at = 0;
    if (status.contains("timestamp")) {
        const json& ts = status["timestamp"];
        try {
            at = ts.is_string()           ? std::stoll(ts.get<std::string>()) * 1000
                 : ts.is_number_integer() ? ts.get<std::int64_t>() * 1000
                                          : 0;
        } catch (const std::exception&) {
            at = 0;
        }
    }
    json values = json::object();
    const std::string stampField = name + "At";
    if (integer(*message, stampField) == 0 || (at > 0 && at < integer(*message, stampField) && name != "sent")) {
        values[stampField] = at > 0 ? at : nowMs;
    }
    const std::string current = text(*message, "state");
    const std::int64_t shownAt = integer(*message, "statusAt");
    const int currentRank = statusRank(current);
    // Statuses arrive out of order and more than once: the latest wins, by the provider's clock
    // (then by how far along it is); a queued or uncertain message takes any status.
    const bool newer = currentRank == 0 || at > shownAt || (at == shownAt && rank > currentRank);
    if (newer && current != "cancelled") {
        values["state"] = name;
        values["statusAt"] = at;
        if (name == "failed") {
            values["error"] = statusError(status);
        }
    }
    if (values.empty()) {
        return false;
    }
    values["updatedAt"] = nowMs;
    return writer.set(EntityType::Message, messageId, values).has_value();
}

DispatchReminderHandler::DispatchReminderHandler(SyncService& sync, const Clock& clock, std::function<void()> wake,
                                                 bool requireVerified, std::string customTemplate)
    : m_sync(sync)
    , m_clock(clock)
    , m_wake(std::move(wake))
    , m_requireVerified(requireVerified)
    , m_customTemplate(std::move(customTemplate))
{}

JobResult DispatchReminderHandler::run(JobContext& ctx)
{
    const Job& job = ctx.job();
    const std::int64_t now = m_clock.nowMs();
    bool enqueued = false;
    JobResult result = ctx.db().transaction(true, [&](DbConnection& db) -> JobResult {
        SyncWriter writer(m_sync, db, job.orgId);
        ReminderBook book(writer, m_clock);
        const auto reminder = writer.load(EntityType::Reminder, job.key);
        if (!reminder || text(*reminder, "state") != "planned") {
            return JobResult::skip("the reminder is no longer planned");
        }
        auto close = [&](const char* state, const std::string& reason) {
            writer.set(EntityType::Reminder, job.key, json{{"state", state}, {"reason", reason}, {"updatedAt", now}});
            writer.finish();
            return JobResult::done(std::string(state) + ": " + reason);
        };
        if (text(*reminder, "kind") == enumName(ReminderKind::OneOff)) {
            // Staff chose the time: no send window, and no settings switch it off.
            const auto [state, reason] =
                OneOffReminders::dispatch(writer, *reminder, m_customTemplate, m_requireVerified, now);
            enqueued = state == "dispatched";
            return close(state.c_str(), reason);
        }
        const ReminderSettings& settings = book.settings();
        if (!settings.enabled) {
            return close("skipped", "reminders_off");
        }
        if (!book.schedule().isOpen(now)) {
            return JobResult::defer("outside the send window", book.schedule().nextOpening(now) - now);
        }
        const std::string petId = text(*reminder, "petId");
        const auto record = writer.load(EntityType::HealthRecord, text(*reminder, "healthRecordId"));
        if (!record) {
            return close("cancelled", "record_deleted");
        }
        const auto kind = enumFromString<HealthKind>(text(*record, "kind"));
        if (!kind || !settings.remindsOf(*kind)) {
            return close("skipped", "kind_off");
        }
        if (const auto inactive = ReminderBook::inactiveReason(writer.load(EntityType::Pet, petId, false))) {
            return close("cancelled", *inactive);
        }
        if (!book.isOpen(*record)) {
            return close("cancelled", "superseded");
        }
        const bool overdue = text(*reminder, "kind") == "overdue";
        const auto defaults = settings.templatesFor(settings.defaultLanguage);
        std::vector<std::string> done;
        for (const SyncRow& link : writer.ofPet(petId, EntityType::PetContact)) {
            const std::string role = text(link, "role");
            if (role != "owner" && role != "foster") {
                continue;
            }
            const std::string personId = link.id.substr(link.id.find('/') + 1);
            const auto person =
                writer.load(EntityType::Person, text(link, "personId").empty() ? personId : text(link, "personId"));
            if (!person || !mayMessage(*person, m_requireVerified) ||
                std::find(done.begin(), done.end(), person->id) != done.end()) {
                continue;
            }
            auto chosen = settings.templatesFor(text(*person, "language"));
            std::string name = chosen ? (overdue ? chosen->second.overdue : chosen->second.dueSoon) : "";
            if (name.empty() && defaults) {
                chosen = defaults; // no overdue template in the person's language: the default one
                name = overdue ? defaults->second.overdue : defaults->second.dueSoon;
            }
            if (!chosen || name.empty()) {
                continue;
            }
            const std::string messageId = messageIdFor(job.orgId, job.key, person->id);
            writer.set(EntityType::Message, messageId,
                       json{{"petId", petId},
                            {"reminderId", job.key},
                            {"personId", person->id},
                            {"purpose", enumName(MessagePurpose::Reminder)},
                            {"template", name},
                            {"language", chosen->second.code},
                            {"state", "queued"},
                            {"error", ""},
                            {"attempts", 0},
                            {"sentAt", 0},
                            {"deliveredAt", 0},
                            {"readAt", 0},
                            {"failedAt", 0},
                            {"statusAt", 0},
                            {"createdAt", now},
                            {"updatedAt", now},
                            {"deleted", false}});
            NotificationStore::addMessage(db, job.orgId, messageId, person->id, petId, now);
            JobQueue::enqueue(db,
                              JobSpec{job.orgId, std::string(jobkinds::kSendWhatsApp), messageId,
                                      json{{"messageId", messageId}}.dump(), now, 8},
                              now);
            done.push_back(person->id);
        }
        if (done.empty()) {
            return close("skipped", "no_recipient");
        }
        enqueued = true;
        return close("dispatched", std::to_string(done.size()) + " message(s)");
    });
    if (enqueued && m_wake) {
        m_wake();
    }
    return result;
}

void DispatchReminderHandler::settle(DbConnection& db, const Job& job, JobState final, const JobResult& result)
{
    if (final != JobState::Failed && final != JobState::Uncertain) {
        return;
    }
    // The dispatch itself kept failing (storage trouble): say so on the reminder.
    SyncWriter writer(m_sync, db, job.orgId);
    const auto reminder = writer.load(EntityType::Reminder, job.key);
    if (reminder && text(*reminder, "state") == "planned") {
        writer.set(EntityType::Reminder, job.key,
                   json{{"state", "skipped"},
                        {"reason", "dispatch_failed: " + result.detail},
                        {"updatedAt", m_clock.nowMs()}});
    }
    writer.finish();
}

SendWhatsAppHandler::SendWhatsAppHandler(SyncService& sync, const Clock& clock,
                                         std::shared_ptr<whatsapp::MessageSender> sender, Entitlements* entitlements,
                                         bool requireVerified, const PhoneVerification* verification)
    : m_sync(sync)
    , m_clock(clock)
    , m_sender(std::move(sender))
    , m_entitlements(entitlements)
    , m_requireVerified(requireVerified)
    , m_verification(verification)
{}

JobResult SendWhatsAppHandler::run(JobContext& ctx)
{
    const Job& job = ctx.job();
    const auto message = m_sync.get(job.orgId, EntityType::Message, job.key);
    if (!message || text(*message, "state") != "queued") {
        return JobResult::skip("the message is not queued");
    }
    const auto person = m_sync.get(job.orgId, EntityType::Person, text(*message, "personId"));
    const bool verification = text(*message, "purpose") == enumName(MessagePurpose::Verification);
    // A code goes to a number not confirmed yet: that is what it is for.
    if (!person || (!verification && !whatsappOptedIn(*person))) {
        return JobResult::skip("opted_out", json{{"cancel", "opted_out"}});
    }
    const std::string phone = whatsappNumber(*person);
    if (phone.empty()) {
        return JobResult::failed("no_whatsapp_number");
    }
    if (!verification && m_requireVerified && !whatsappVerified(*person)) {
        return JobResult::skip("not_verified", json{{"cancel", "not_verified"}});
    }
    whatsapp::Template message_;
    if (verification) {
        if (!m_sender) {
            return JobResult::retry("WhatsApp is not configured on this server", 15 * 60 * 1000);
        }
        std::string why = "verification_unavailable";
        const auto built = m_verification ? ctx.db().transaction(false,
                                                                 [&](DbConnection& db) {
                                                                     return m_verification->messageTemplate(
                                                                         db, job.orgId, *message, *person, why);
                                                                 })
                                          : std::nullopt;
        if (!built) {
            return JobResult::skip(why, json{{"cancel", why}});
        }
        message_ = *built;
    } else if (text(*message, "purpose") == enumName(MessagePurpose::FoundAlert)) {
        // A finder's report: sent whatever became of the pet since (the owners want to know).
        const auto report = m_sync.get(job.orgId, EntityType::FoundReport, text(*message, "reminderId"));
        if (!report) {
            return JobResult::skip("report_deleted", json{{"cancel", "report_deleted"}});
        }
        if (!m_sender) {
            return JobResult::retry("WhatsApp is not configured on this server", 15 * 60 * 1000);
        }
        message_ =
            foundAlertTemplate(*message, *report, m_sync.get(job.orgId, EntityType::Pet, text(*message, "petId")));
    } else {
        const auto reminder = m_sync.get(job.orgId, EntityType::Reminder, text(*message, "reminderId"));
        if (!reminder || text(*reminder, "state") == "cancelled") {
            return JobResult::skip("reminder_cancelled", json{{"cancel", "reminder_cancelled"}});
        }
        const auto pet = m_sync.get(job.orgId, EntityType::Pet, text(*message, "petId"));
        if (const auto inactive = ReminderBook::inactiveReason(pet)) {
            return JobResult::skip(*inactive, json{{"cancel", *inactive}});
        }
        if (!m_sender) {
            return JobResult::retry("WhatsApp is not configured on this server", 15 * 60 * 1000);
        }
        if (text(*reminder, "kind") == enumName(ReminderKind::OneOff)) {
            message_ = OneOffReminders::messageTemplate(*message, *reminder, pet);
        } else {
            const auto record = m_sync.get(job.orgId, EntityType::HealthRecord, text(*reminder, "healthRecordId"));
            const std::string language = text(*message, "language");
            const auto due = Date::fromIso(text(*reminder, "dueDate"));
            message_ = whatsapp::Template{text(*message, "template"),
                                          language,
                                          {text(*pet, "name"), record ? text(*record, "product") : std::string(),
                                           due ? formatDate(*due, language) : text(*reminder, "dueDate")}};
        }
    }
    if (m_entitlements &&
        !ctx.db().transaction(false, [&](DbConnection& db) { return m_entitlements->allowsWhatsApp(db, job.orgId); })) {
        // Waits (no attempt used) until a payment makes it due again (BillingStore::releaseWaitingSends).
        return JobResult::defer(std::string(kPaymentRequired), kPaymentWaitMs);
    }
    for (std::string& p : message_.bodyParameters) {
        if (p.empty()) {
            p = "-"; // WhatsApp refuses empty parameters
        }
    }
    if (!ctx.enterCall()) {
        return JobResult::skip("the claim was lost before the call");
    }
    const whatsapp::SendOutcome out = m_sender->sendTemplate(phone, message_);
    switch (out.kind) {
    case whatsapp::SendOutcome::Kind::Accepted:
        return JobResult::done("sent", json{{"providerId", out.messageId}});
    case whatsapp::SendOutcome::Kind::Transient:
        return JobResult::retry(out.error, out.retryAfterMs);
    case whatsapp::SendOutcome::Kind::Permanent:
        return JobResult::failed(out.error);
    case whatsapp::SendOutcome::Kind::Unknown:
        return JobResult::unknown(out.error);
    }
    return JobResult::unknown(out.error);
}

void SendWhatsAppHandler::settle(DbConnection& db, const Job& job, JobState final, const JobResult& result)
{
    const std::int64_t now = m_clock.nowMs();
    SyncWriter writer(m_sync, db, job.orgId);
    const auto message = writer.load(EntityType::Message, job.key);
    if (!message) {
        return;
    }
    json values{{"attempts", job.attempts}, {"updatedAt", now}};
    const bool queued = text(*message, "state") == "queued";
    switch (final) {
    case JobState::Done:
        if (result.data.is_object() && result.data.contains("providerId")) {
            const std::string providerId = result.data["providerId"].get<std::string>();
            values["state"] = "sent";
            values["sentAt"] = now;
            values["error"] = "";
            writer.set(EntityType::Message, job.key, values);
            NotificationStore::setProviderId(db, job.orgId, job.key, providerId);
            if (text(*message, "purpose") == enumName(MessagePurpose::Verification)) {
                PhoneVerification::forgetSealedCode(db, job.orgId, job.key);
            }
            // Statuses that arrived before this commit.
            for (const std::string& status : NotificationStore::takeOrphanStatuses(db, providerId)) {
                applyMessageStatus(writer, job.key, json::parse(status, nullptr, false), now);
            }
        } else if (queued && result.data.is_object() && result.data.contains("cancel")) {
            values["state"] = "cancelled";
            values["error"] = result.data["cancel"];
            writer.set(EntityType::Message, job.key, values);
        }
        break;
    case JobState::Failed:
        values["state"] = "failed";
        values["error"] = result.detail;
        values["failedAt"] = now;
        writer.set(EntityType::Message, job.key, values);
        break;
    case JobState::Uncertain:
        values["state"] = "uncertain";
        values["error"] = result.detail;
        writer.set(EntityType::Message, job.key, values);
        break;
    case JobState::Pending:
        values["error"] = result.detail; // still queued: the last transient error
        writer.set(EntityType::Message, job.key, values);
        break;
    default:
        break;
    }
    writer.finish();
}

ReplanRemindersHandler::ReplanRemindersHandler(SyncService& sync, const Clock& clock, std::function<void()> wake)
    : m_sync(sync)
    , m_clock(clock)
    , m_wake(std::move(wake))
{}

JobResult ReplanRemindersHandler::run(JobContext& ctx)
{
    const Job& job = ctx.job();
    std::string after;
    std::size_t pets = 0;
    bool enqueued = false;
    while (true) {
        const std::vector<std::string> batch = m_sync.petsWithRecords(job.orgId, after, kReplanBatch);
        if (batch.empty()) {
            break;
        }
        ctx.db().transaction(true, [&](DbConnection& db) {
            SyncWriter writer(m_sync, db, job.orgId);
            ReminderBook book(writer, m_clock);
            for (const std::string& petId : batch) {
                book.reconcilePet(petId);
            }
            enqueued = enqueued || book.enqueued();
            writer.finish();
        });
        pets += batch.size();
        after = batch.back();
    }
    if (enqueued && m_wake) {
        m_wake();
    }
    return JobResult::done("re-planned the reminders of " + std::to_string(pets) + " pets");
}

} // namespace petinfo::server
