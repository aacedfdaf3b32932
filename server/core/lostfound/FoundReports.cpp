// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostfound/FoundReports.h"

#include "db/Database.h"
#include "integrations/whatsapp/MessageSender.h"
#include "jobs/JobQueue.h"
#include "notifications/NotificationStore.h"
#include "notifications/Recipients.h"
#include "notifications/ReminderBook.h"
#include "petinfo/common/LostFound.h"
#include "petinfo/common/Messaging.h"
#include "petinfo/common/Phone.h"
#include "publicforms/PublicForm.h"
#include "records/SyncService.h"
#include "records/SyncWriter.h"

#include <algorithm>

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

std::string text(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::string orDash(std::string value)
{
    // WhatsApp refuses empty parameters and parameters with new lines or long runs of spaces.
    std::replace(value.begin(), value.end(), '\n', ' ');
    if (value.size() > 300) {
        value.resize(300);
        while (!value.empty() && (static_cast<unsigned char>(value.back()) & 0xC0) == 0x80) {
            value.pop_back(); // do not cut a UTF-8 character in two
        }
        if (!value.empty() && static_cast<unsigned char>(value.back()) >= 0xC0) {
            value.pop_back();
        }
    }
    return value.empty() ? "-" : value;
}

} // namespace

std::string whatsappLanguageCode(const std::string& language)
{
    const std::string primary = language.substr(0, language.find_first_of("-_"));
    if (primary == "pt") {
        return "pt_BR";
    }
    if (primary == "en") {
        return "en_US";
    }
    return "es";
}

FoundReports::FoundReports(Database& db, SyncService& sync, const Clock& clock, std::string alertTemplate,
                           std::function<void()> wake, bool requireVerified)
    : m_db(db)
    , m_sync(sync)
    , m_clock(clock)
    , m_template(std::move(alertTemplate))
    , m_wake(std::move(wake))
    , m_requireVerified(requireVerified)
{}

FoundReports::Result FoundReports::submit(const std::string& tagId, const FoundReportInput& input,
                                          publicforms::PublicForms& forms, const publicforms::Submission& submission)
{
    const SyncService::PublicTag tag = m_sync.publicTag(tagId, false);
    if (!tag.known) {
        return Result{Outcome::UnknownTag, {}, 0};
    }
    if (!tag.pet) {
        return Result{Outcome::NotLost, {}, 0};
    }
    const std::string petId = tag.pet->id;
    const std::int64_t now = m_clock.nowMs();
    Result result = m_db.transaction(true, [&](DbConnection& db) {
        // The organisation's lock first, as every writer takes it; then the token.
        SyncWriter writer(m_sync, db, tag.orgId);
        const auto pet = writer.load(EntityType::Pet, petId);
        if (!pet || text(*pet, "status") != "lost") {
            return Result{Outcome::NotLost, {}, 0};
        }
        if (!forms.consume(db, submission, now)) {
            return Result{Outcome::Repeated, {}, 0};
        }
        Result stored{Outcome::Stored, derivedUuid(tag.orgId + "|found|" + submission.token.nonce), 0};
        // The finder is most likely in the owners' country: read the number the way it is written there.
        std::string region;
        std::vector<SyncRow> recipients; // opted-in owners and fosterers with a WhatsApp number
        for (const SyncRow& link : writer.ofPet(petId, EntityType::PetContact)) {
            const std::string role = text(link, "role");
            const std::string personId =
                text(link, "personId").empty() ? link.id.substr(link.id.find('/') + 1) : text(link, "personId");
            const auto person = writer.load(EntityType::Person, personId);
            if (!person) {
                continue;
            }
            const std::string number = whatsappNumber(*person);
            if (region.empty() && !number.empty()) {
                region = phone::regionOf(number);
            }
            if ((role == "owner" || role == "foster") && mayMessage(*person, m_requireVerified) &&
                std::none_of(recipients.begin(), recipients.end(),
                             [&](const SyncRow& r) { return r.id == person->id; })) {
                recipients.push_back(*person);
            }
        }
        const phone::Parsed finderPhone = phone::parse(input.phone, region);
        writer.set(EntityType::FoundReport, stored.reportId,
                   json{{"petId", petId},
                        {"tagId", tagId},
                        {"finderName", input.name},
                        {"finderPhone", input.phone},
                        {"finderPhoneE164", finderPhone.valid() ? finderPhone.e164 : std::string()},
                        {"place", input.place},
                        {"message", input.message},
                        {"language", input.language},
                        {"state", enumName(FoundReportState::Open)},
                        {"reportedAt", now},
                        {"closedAt", 0},
                        {"createdAt", now},
                        {"updatedAt", now},
                        {"deleted", false}});
        const ReminderSettings settings = NotificationStore::settings(db, tag.orgId);
        for (const SyncRow& person : recipients) {
            const std::string language = text(person, "language");
            const auto named = settings.templatesFor(language);
            const std::string code = named ? named->second.code : whatsappLanguageCode(language);
            const std::string messageId = messageIdFor(tag.orgId, stored.reportId, person.id);
            writer.set(EntityType::Message, messageId,
                       json{{"petId", petId},
                            {"reminderId", stored.reportId}, // for a found alert: the found report
                            {"personId", person.id},
                            {"purpose", enumName(MessagePurpose::FoundAlert)},
                            {"template", m_template},
                            {"language", code},
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
            NotificationStore::addMessage(db, tag.orgId, messageId, person.id, petId, now);
            // Now, whatever the send window: a lost pet cannot wait for office hours.
            JobQueue::enqueue(db,
                              JobSpec{tag.orgId, std::string(jobkinds::kSendWhatsApp), messageId,
                                      json{{"messageId", messageId}}.dump(), now, 8},
                              now);
            ++stored.alerts;
        }
        writer.finish();
        return stored;
    });
    if (result.alerts > 0 && m_wake) {
        m_wake();
    }
    return result;
}

void closeFoundReportsWhenHome(SyncWriter& writer, const SyncRow& before, const SyncRow& after, std::int64_t nowMs)
{
    const bool wasLost = !before.isDeleted() && text(before, "status") == "lost";
    const bool isLost = !after.isDeleted() && text(after, "status") == "lost";
    if (!wasLost || isLost) {
        return;
    }
    for (const SyncRow& report : writer.ofPet(after.id, EntityType::FoundReport)) {
        if (text(report, "state") == enumName(FoundReportState::Open)) {
            writer.set(EntityType::FoundReport, report.id,
                       json{{"state", enumName(FoundReportState::Closed)}, {"closedAt", nowMs}, {"updatedAt", nowMs}});
        }
    }
}

whatsapp::Template foundAlertTemplate(const SyncRow& message, const SyncRow& report, const std::optional<SyncRow>& pet)
{
    std::string phone = text(report, "finderPhoneE164");
    if (!phone.empty()) {
        phone = phone::formatInternational(phone);
    } else {
        phone = text(report, "finderPhone");
    }
    return whatsapp::Template{text(message, "template"),
                              text(message, "language"),
                              {orDash(pet ? text(*pet, "name") : std::string()), orDash(text(report, "finderName")),
                               orDash(phone), orDash(text(report, "place"))}};
}

} // namespace petinfo::server
