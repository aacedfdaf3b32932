// SPDX-License-Identifier: GPL-3.0-or-later
// What staff do by hand to the server's messages and reminders (the Reminders window): send a
// failed or uncertain message again, cancel what has not gone out yet.
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/HttpError.h"
#include "http/Request.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRunner.h"
#include "notifications/NotificationService.h"
#include "notifications/ReminderBook.h"
#include "petinfo/common/Random.h"
#include "records/SyncWriter.h"

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;

namespace {

std::string stateOf(const sync::SyncRow& row)
{
    const json* v = row.value("state");
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

void checkId(const std::string& id)
{
    if (!isUuid(id)) {
        throw ApiError::notFound("no such message or reminder");
    }
}

} // namespace

json NotificationService::retryMessage(const Principal& caller, const std::string& messageId)
{
    checkId(messageId);
    const std::int64_t now = m_clock.nowMs();
    bool requeued = false;
    std::string state;
    m_db.transaction(true, [&](DbConnection& db) {
        // The organisation's lock first, as every writer takes it (SyncWriter), then the job row.
        SyncWriter writer(m_sync, db, caller.orgId);
        const auto message = writer.load(EntityType::Message, messageId);
        if (!message) {
            throw ApiError::notFound("no such message");
        }
        state = stateOf(*message);
        if (state == "queued") {
            writer.finish();
            return; // asked twice: the first request queued it
        }
        if (state != "failed" && state != "uncertain") {
            throw ApiError::conflict("not_retryable", "only a failed or uncertain message can be sent again",
                                     {{"state", state}});
        }
        const std::string kind(jobkinds::kSendWhatsApp);
        if (!JobQueue::requeueByHand(db, kind, messageId, now, now) &&
            !JobQueue::enqueue(
                db, JobSpec{caller.orgId, kind, messageId, json{{"messageId", messageId}}.dump(), now, 8}, now)) {
            throw ApiError::conflict("not_retryable", "the message is being sent right now", {{"state", state}});
        }
        writer.set(EntityType::Message, messageId, json{{"state", "queued"}, {"error", ""}, {"updatedAt", now}});
        writer.finish();
        requeued = true;
        state = "queued";
    });
    if (requeued) {
        m_log.event("info", "petinfo.server.notifications", "message queued again by hand",
                    {{"orgId", caller.orgId}, {"messageId", messageId}, {"userId", caller.userId}});
        if (m_runner) {
            m_runner->wake();
        }
    }
    return json{{"id", messageId}, {"state", state}, {"requeued", requeued}};
}

json NotificationService::cancelMessage(const Principal& caller, const std::string& messageId)
{
    checkId(messageId);
    std::string state;
    m_db.transaction(true, [&](DbConnection& db) {
        SyncWriter writer(m_sync, db, caller.orgId);
        const auto message = writer.load(EntityType::Message, messageId);
        if (!message) {
            throw ApiError::notFound("no such message");
        }
        state = stateOf(*message);
        if (state == "queued") {
            ReminderBook book(writer, m_clock);
            book.cancelMessage(messageId, std::string(kCancelledByStaff));
            state = "cancelled";
        } else if (state != "cancelled") {
            throw ApiError::conflict("not_cancellable", "only a message that has not gone out can be cancelled",
                                     {{"state", state}});
        }
        writer.finish();
    });
    return json{{"id", messageId}, {"state", state}};
}

namespace {

/** Cancels a stored reminder if still planned; its state afterwards. */
std::string cancelStored(SyncWriter& writer, const Clock& clock, const sync::SyncRow& reminder)
{
    std::string state = stateOf(reminder);
    if (state == "planned") {
        ReminderBook book(writer, clock);
        book.cancelReminder(reminder, std::string(kCancelledByStaff));
        state = "cancelled";
    } else if (state != "cancelled") {
        throw ApiError::conflict("not_cancellable", "only a reminder that is still planned can be cancelled",
                                 {{"state", state}});
    }
    return state;
}

} // namespace

json NotificationService::cancelReminder(const Principal& caller, const std::string& reminderId)
{
    checkId(reminderId);
    std::string state;
    m_db.transaction(true, [&](DbConnection& db) {
        SyncWriter writer(m_sync, db, caller.orgId);
        const auto reminder = writer.load(EntityType::Reminder, reminderId);
        if (!reminder) {
            throw ApiError::notFound("no such reminder");
        }
        state = cancelStored(writer, m_clock, *reminder);
        writer.finish();
    });
    return json{{"id", reminderId}, {"state", state}};
}

json NotificationService::cancelRecordReminder(const Principal& caller, const std::string& recordId, const json& body)
{
    checkId(recordId);
    auto member = [&body](const char* name) -> const json* {
        const auto it = body.is_object() ? body.find(name) : body.end();
        return it != body.end() ? &*it : nullptr;
    };
    const json* kindValue = member("kind");
    const auto kind = kindValue && kindValue->is_string() ? enumFromString<ReminderKind>(kindValue->get<std::string>())
                                                          : std::nullopt;
    const json* daysValue = member("days");
    const bool daysOk = daysValue && daysValue->is_number_integer() && daysValue->get<std::int64_t>() >= 0 &&
                        daysValue->get<std::int64_t>() <= 366;
    if (!kind || *kind == ReminderKind::OneOff || !daysOk) {
        throw ApiError::badRequest("invalid_reminder", "say which reminder: kind (due_soon or overdue) and days",
                                   {{"problems", json{{"kind", "due_soon or overdue"}, {"days", "0 to 366"}}}});
    }
    const int days = daysValue->get<int>();
    const std::string id = reminderIdFor(caller.orgId, recordId, *kind, days);
    std::string state;
    m_db.transaction(true, [&](DbConnection& db) {
        SyncWriter writer(m_sync, db, caller.orgId);
        const auto record = writer.load(EntityType::HealthRecord, recordId);
        if (!record) {
            throw ApiError::notFound("no such health record");
        }
        if (const auto reminder = writer.load(EntityType::Reminder, id, false)) {
            state = cancelStored(writer, m_clock, *reminder);
        } else {
            // Not planned yet: written down cancelled by staff, which planning never revives.
            const std::int64_t now = m_clock.nowMs();
            const json* pet = record->value("petId");
            const json* due = record->value("nextDue");
            writer.set(EntityType::Reminder, id,
                       json{{"petId", pet && pet->is_string() ? pet->get<std::string>() : std::string()},
                            {"healthRecordId", recordId},
                            {"kind", enumName(*kind)},
                            {"days", days},
                            {"dueDate", due && due->is_string() ? due->get<std::string>() : std::string()},
                            {"sendAt", 0},
                            {"state", "cancelled"},
                            {"reason", kCancelledByStaff},
                            {"text", ""},
                            {"createdAt", now},
                            {"updatedAt", now},
                            {"deleted", false}});
            state = "cancelled";
        }
        writer.finish();
    });
    return json{{"id", id}, {"state", state}};
}

} // namespace petinfo::server
