// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/OneOffReminders.h"

#include "billing/Entitlements.h"
#include "db/Database.h"
#include "http/HttpError.h"
#include "http/Request.h"
#include "jobs/JobQueue.h"
#include "lostfound/FoundReports.h"
#include "notifications/NotificationStore.h"
#include "notifications/Recipients.h"
#include "notifications/ReminderBook.h"
#include "notifications/TimeZone.h"
#include "petinfo/common/Messaging.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/Text.h"
#include "petinfo/common/Validation.h"
#include "records/SyncWriter.h"

#include <algorithm>
#include <regex>

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

constexpr std::int64_t kMaxAheadMs = 366LL * 24 * 3600 * 1000;

std::string text(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::string stringIn(const json& body, const char* key)
{
    return body.is_object() && body.contains(key) && body[key].is_string() ? body[key].get<std::string>() : "";
}

/** The text as one WhatsApp parameter: lines joined with spaces, runs of spaces made one. */
std::string oneLine(const std::string& value)
{
    std::string out;
    for (char c : value) {
        const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (space) {
            if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out.empty() ? "-" : out;
}

} // namespace

OneOffReminders::OneOffReminders(Database& db, SyncService& sync, const Clock& clock,
                                 const whatsapp::WhatsAppSettings& settings, bool whatsappOn)
    : m_db(db)
    , m_sync(sync)
    , m_clock(clock)
    , m_settings(settings)
    , m_whatsappOn(whatsappOn)
{}

json OneOffReminders::schedule(const Principal& caller, const std::string& petId, const json& body)
{
    if (!isUuid(petId)) {
        throw ApiError::notFound("no such pet");
    }
    const std::string personId = stringIn(body, "personId");
    const std::string words = stringIn(body, "text");
    const std::string dateText = stringIn(body, "date");
    const std::string timeText = stringIn(body, "time");
    json problems = json::object();
    if (!isUuid(personId)) {
        problems["personId"] = "choose whom to send it to";
    }
    const std::string trimmed = oneLine(words);
    if (words.empty() || trimmed == "-") {
        problems["text"] = "write the message";
    } else if (utf8Length(words) > kOneOffTextMax) {
        problems["text"] = "at most " + std::to_string(kOneOffTextMax) + " characters";
    } else if (!isCleanText(words, true)) {
        problems["text"] = "control characters are not allowed";
    }
    const auto date = Date::fromIso(dateText);
    if (!date) {
        problems["date"] = "a date, YYYY-MM-DD";
    }
    static const std::regex hhmm("([01][0-9]|2[0-3]):([0-5][0-9])");
    std::smatch hm;
    if (!std::regex_match(timeText, hm, hhmm)) {
        problems["time"] = "a time, HH:MM";
    }
    if (!problems.empty()) {
        throw ApiError::badRequest("invalid_reminder", "the reminder is not valid", {{"problems", problems}});
    }
    const int minute = std::stoi(hm[1].str()) * 60 + std::stoi(hm[2].str());
    const std::int64_t now = m_clock.nowMs();
    const std::string id = newUuid();
    std::int64_t sendAt = 0;
    std::string zoneName;
    m_db.transaction(true, [&](DbConnection& db) {
        SyncWriter writer(m_sync, db, caller.orgId);
        const auto pet = writer.load(EntityType::Pet, petId, false);
        if (!pet || pet->isDeleted()) {
            throw ApiError::notFound("no such pet");
        }
        if (!m_whatsappOn) {
            throw ApiError::conflict("notifications_off", "WhatsApp is not configured on this server",
                                     {{"missing", m_settings.missing()}});
        }
        if (const auto inactive = ReminderBook::inactiveReason(pet)) {
            throw ApiError::conflict("pet_inactive", "the pet is " + *inactive, {{"reason", *inactive}});
        }
        bool contact = false;
        for (const SyncRow& link : writer.ofPet(petId, EntityType::PetContact)) {
            const std::string role = text(link, "role");
            const std::string linked =
                text(link, "personId").empty() ? link.id.substr(link.id.find('/') + 1) : text(link, "personId");
            contact = contact || ((role == "owner" || role == "foster") && linked == personId);
        }
        const auto person = contact ? writer.load(EntityType::Person, personId) : std::nullopt;
        if (!person) {
            throw ApiError::conflict("not_a_contact", "the person is not an owner or fosterer of the pet");
        }
        if (!mayMessage(*person, m_settings.requireVerifiedNumber)) {
            throw ApiError::conflict("not_verified", "the person has not confirmed a WhatsApp number and opted in");
        }
        if (m_entitlements) {
            m_entitlements->requireWhatsApp(db, caller.orgId);
        }
        const ReminderSettings settings = NotificationStore::settings(db, caller.orgId);
        zoneName = settings.timeZone;
        const auto zone = TimeZone::find(settings.timeZone);
        if (!zone) {
            throw ApiError::conflict("invalid_settings", "the organisation's time zone is unknown");
        }
        sendAt = zone->toUtcMs(*date, minute);
        if (sendAt < now - 60 * 1000) {
            throw ApiError::badRequest("invalid_reminder", "the time has passed",
                                       {{"problems", {{"time", "the time has passed"}}}});
        }
        if (sendAt > now + kMaxAheadMs) {
            throw ApiError::badRequest("invalid_reminder", "at most a year ahead",
                                       {{"problems", {{"date", "at most a year ahead"}}}});
        }
        writer.set(EntityType::Reminder, id,
                   json{{"petId", petId},
                        {"healthRecordId", ""},
                        {"personId", personId},
                        {"kind", enumName(ReminderKind::OneOff)},
                        {"days", 0},
                        {"dueDate", nullptr},
                        {"sendAt", sendAt},
                        {"state", "planned"},
                        {"reason", ""},
                        {"text", words},
                        {"createdAt", now},
                        {"updatedAt", now},
                        {"deleted", false}});
        JobQueue::enqueue(db,
                          JobSpec{caller.orgId, std::string(jobkinds::kDispatchReminder), id,
                                  json{{"reminderId", id}}.dump(), std::max(sendAt, now), 8},
                          now);
        writer.finish();
    });
    if (m_wake) {
        m_wake();
    }
    return json{{"id", id}, {"state", "planned"}, {"sendAt", sendAt}, {"timeZone", zoneName}};
}

std::pair<std::string, std::string> OneOffReminders::dispatch(SyncWriter& writer, const SyncRow& reminder,
                                                              const std::string& templateName, bool requireVerified,
                                                              std::int64_t nowMs)
{
    const std::string petId = text(reminder, "petId");
    if (const auto inactive = ReminderBook::inactiveReason(writer.load(EntityType::Pet, petId, false))) {
        return {"cancelled", *inactive};
    }
    const auto person = writer.load(EntityType::Person, text(reminder, "personId"));
    if (!person || !mayMessage(*person, requireVerified)) {
        return {"skipped", "no_recipient"};
    }
    const std::string language = text(*person, "language");
    const auto named = NotificationStore::settings(writer.db(), writer.orgId()).templatesFor(language);
    const std::string messageId = messageIdFor(writer.orgId(), reminder.id, person->id);
    writer.set(EntityType::Message, messageId,
               json{{"petId", petId},
                    {"reminderId", reminder.id},
                    {"personId", person->id},
                    {"purpose", enumName(MessagePurpose::Reminder)},
                    {"template", templateName},
                    {"language", named ? named->second.code : whatsappLanguageCode(language)},
                    {"state", "queued"},
                    {"error", ""},
                    {"attempts", 0},
                    {"sentAt", 0},
                    {"deliveredAt", 0},
                    {"readAt", 0},
                    {"failedAt", 0},
                    {"statusAt", 0},
                    {"createdAt", nowMs},
                    {"updatedAt", nowMs},
                    {"deleted", false}});
    NotificationStore::addMessage(writer.db(), writer.orgId(), messageId, person->id, petId, nowMs);
    JobQueue::enqueue(writer.db(),
                      JobSpec{writer.orgId(), std::string(jobkinds::kSendWhatsApp), messageId,
                              json{{"messageId", messageId}}.dump(), nowMs, 8},
                      nowMs);
    return {"dispatched", "1 message(s)"};
}

whatsapp::Template OneOffReminders::messageTemplate(const SyncRow& message, const SyncRow& reminder,
                                                    const std::optional<SyncRow>& pet)
{
    return whatsapp::Template{text(message, "template"),
                              text(message, "language"),
                              {oneLine(pet ? text(*pet, "name") : std::string()), oneLine(text(reminder, "text"))}};
}

} // namespace petinfo::server
