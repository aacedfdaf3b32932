// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/ReminderBook.h"

#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "notifications/NotificationStore.h"
#include "petinfo/common/Messaging.h"
#include "records/SyncWriter.h"
#include "security/Crypto.h"

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

std::int64_t integer(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_number_integer() ? v->get<std::int64_t>() : 0;
}

/** Spacing collapsed and trimmed, letters lower-cased (ASCII and the accented Latin letters of
 *  Spanish, Portuguese and French, as two-byte UTF-8), like the desktop's series key. */
std::string foldProduct(std::string_view product)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < product.size(); ++i) {
        const auto c = static_cast<unsigned char>(product[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < product.size()) {
            // U+00C0-U+00DE (but U+00D7 ×) lower-case to U+00E0-U+00FE: the second byte + 0x20.
            const auto next = static_cast<unsigned char>(product[i + 1]);
            out += static_cast<char>(c);
            out += static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

bool isActivePet(const std::optional<SyncRow>& pet)
{
    return !ReminderBook::inactiveReason(pet).has_value();
}

} // namespace

std::string seriesOf(const SyncRow& record)
{
    const std::string kind = text(record, "kind");
    if (kind == "vaccine" || kind == "treatment" || kind == "lab") {
        return kind + ":" + foldProduct(text(record, "product"));
    }
    return kind;
}

bool isNewerRecord(const SyncRow& a, const SyncRow& b)
{
    const std::string da = text(a, "date");
    const std::string db = text(b, "date");
    if (da != db) {
        return da > db; // ISO dates order as text
    }
    const std::int64_t ca = integer(a, "createdAt");
    const std::int64_t cb = integer(b, "createdAt");
    if (ca != cb) {
        return ca > cb;
    }
    return a.id > b.id;
}

std::string derivedUuid(std::string_view seed)
{
    std::string bytes = crypto::sha256(seed).substr(0, 16);
    bytes[6] = static_cast<char>((static_cast<unsigned char>(bytes[6]) & 0x0F) | 0x80); // version 8
    bytes[8] = static_cast<char>((static_cast<unsigned char>(bytes[8]) & 0x3F) | 0x80); // RFC 9562 variant
    const std::string hex = crypto::toHex(bytes);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20);
}

std::string reminderIdFor(const std::string& orgId, const std::string& recordId, ReminderKind kind, int days)
{
    return derivedUuid("reminder/" + orgId + "/" + recordId + "/" + std::string(enumName(kind)) + "/" +
                       std::to_string(days));
}

std::string messageIdFor(const std::string& orgId, const std::string& reminderId, const std::string& personId)
{
    return derivedUuid("message/" + orgId + "/" + reminderId + "/" + personId);
}

ReminderBook::ReminderBook(SyncWriter& writer, const Clock& clock)
    : m_writer(writer)
    , m_clock(clock)
{}

ReminderBook::~ReminderBook() = default;

const ReminderSettings& ReminderBook::settings()
{
    if (!m_settings) {
        m_settings = NotificationStore::settings(m_writer.db(), m_writer.orgId());
    }
    return *m_settings;
}

const SendSchedule& ReminderBook::schedule()
{
    if (!m_schedule) {
        auto zone = TimeZone::find(settings().timeZone);
        if (!zone) {
            zone = TimeZone::find("UTC");
        }
        m_schedule = std::make_unique<SendSchedule>(settings(), zone);
    }
    return *m_schedule;
}

std::optional<std::string> ReminderBook::inactiveReason(const std::optional<SyncRow>& pet)
{
    if (!pet || pet->isDeleted()) {
        return "pet_deleted";
    }
    const std::string status = text(*pet, "status");
    if (status == "deceased") {
        return "pet_deceased";
    }
    if (status == "adopted") {
        return "pet_adopted";
    }
    return std::nullopt;
}

ReminderBook::PetState& ReminderBook::pet(const std::string& petId, bool knownEmpty)
{
    auto it = m_pets.find(petId);
    if (it != m_pets.end()) {
        return it->second;
    }
    PetState state;
    if (!knownEmpty) {
        for (SyncRow& row : m_writer.ofPet(petId, EntityType::HealthRecord, EntityType::Reminder)) {
            (row.type == EntityType::HealthRecord ? state.records : state.reminders).push_back(std::move(row));
        }
    }
    return m_pets.emplace(petId, std::move(state)).first->second;
}

void ReminderBook::preload(const std::vector<std::string>& petIds)
{
    std::vector<std::string> wanted;
    for (const std::string& id : petIds) {
        if (!m_pets.contains(id) && std::find(wanted.begin(), wanted.end(), id) == wanted.end()) {
            wanted.push_back(id);
        }
    }
    if (wanted.empty()) {
        return;
    }
    auto rows = m_writer.ofPets(wanted, EntityType::HealthRecord, EntityType::Reminder);
    auto pets = m_writer.loadMany(EntityType::Pet, wanted);
    for (const std::string& id : wanted) {
        PetState state;
        if (const auto it = rows.find(id); it != rows.end()) {
            for (SyncRow& row : it->second) {
                (row.type == EntityType::HealthRecord ? state.records : state.reminders).push_back(std::move(row));
            }
        }
        // As petRow() reads it: a deleted pet is a row too (it cancels, it does not plan).
        const auto pet = pets.find(id);
        state.pet = pet != pets.end() ? std::optional<SyncRow>(std::move(pet->second)) : std::nullopt;
        m_pets.emplace(id, std::move(state));
    }
}

void ReminderBook::flush()
{
    m_writer.flush();
    if (!m_jobs.empty()) {
        JobQueue::enqueueMany(m_writer.db(), m_jobs, m_clock.nowMs());
        m_jobs.clear();
    }
}

const std::optional<SyncRow>& ReminderBook::petRow(PetState& state, const std::string& petId)
{
    if (!state.pet) {
        state.pet = m_writer.load(EntityType::Pet, petId, false);
    }
    return *state.pet;
}

void ReminderBook::remember(std::vector<SyncRow>& rows, const SyncRow& row)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const SyncRow& r) { return r.id == row.id; });
    if (row.isDeleted()) {
        if (it != rows.end()) {
            rows.erase(it);
        }
    } else if (it != rows.end()) {
        *it = row;
    } else {
        rows.push_back(row);
    }
}

void ReminderBook::recordChanged(const SyncRow& before, const SyncRow& after)
{
    const std::string petId = text(after, "petId");
    if (petId.empty()) {
        return;
    }
    const bool wasLive = before.exists() && !before.isDeleted();
    const bool isLive = !after.isDeleted();
    if (wasLive == isLive) {
        return; // records are append-only: nothing else about them changes
    }
    PetState& state = pet(petId);
    remember(state.records, after);
    if (!isLive) {
        for (const SyncRow& r : std::vector<SyncRow>(state.reminders)) {
            if (text(r, "healthRecordId") == after.id && text(r, "state") == "planned") {
                cancelReminder(r, "record_deleted");
            }
        }
    }
    reconcileSeries(petId, seriesOf(after));
}

void ReminderBook::petChanged(const SyncRow& before, const SyncRow& after)
{
    const std::optional<SyncRow> was = before.exists() ? std::optional<SyncRow>(before) : std::nullopt;
    const std::optional<SyncRow> now = std::optional<SyncRow>(after);
    const bool wasActive = isActivePet(was);
    const bool isActive = isActivePet(now);
    // A new pet has no records on the server yet (devices push a pet before its records).
    PetState& state = pet(after.id, !before.exists());
    state.pet = now;
    if (wasActive && !isActive) {
        const std::string reason = inactiveReason(now).value_or("pet_inactive");
        for (const SyncRow& r : std::vector<SyncRow>(state.reminders)) {
            if (text(r, "state") == "planned") {
                cancelReminder(r, reason);
            }
        }
        cancelMessagesOfPet(after.id, reason);
    } else if (!wasActive && isActive && (before.exists() || !state.records.empty())) {
        // Back from the trash or not adopted out after all, or its records came first.
        reconcilePet(after.id);
    }
}

void ReminderBook::personChanged(const SyncRow& before, const SyncRow& after)
{
    auto phones = [](const SyncRow& row) {
        std::vector<std::string> out;
        const json* v = row.exists() && !row.isDeleted() ? row.value("phones") : nullptr;
        if (v && v->is_array()) {
            for (const json& p : *v) {
                if (p.is_string() && !p.get<std::string>().empty()) {
                    out.push_back(p.get<std::string>());
                }
            }
        }
        return out;
    };
    const auto had = phones(before);
    const auto has = phones(after);
    if (had != has) {
        NotificationStore::setPhones(m_writer.db(), m_writer.orgId(), after.id, has, !before.exists());
    }
    auto optedIn = [](const SyncRow& row) {
        const json* v = row.exists() && !row.isDeleted() ? row.value("whatsappOptIn") : nullptr;
        return v && v->is_boolean() && v->get<bool>();
    };
    if (optedIn(before) && !optedIn(after)) {
        cancelMessagesOfPerson(after.id, after.isDeleted() ? "person_deleted" : "opted_out");
    }
}

bool ReminderBook::isOpen(const SyncRow& record)
{
    const std::string petId = text(record, "petId");
    PetState& state = pet(petId);
    const std::string series = seriesOf(record);
    for (const SyncRow& other : state.records) {
        if (other.id != record.id && seriesOf(other) == series && isNewerRecord(other, record)) {
            return false;
        }
    }
    return std::any_of(state.records.begin(), state.records.end(), [&](const SyncRow& r) { return r.id == record.id; });
}

void ReminderBook::reconcilePet(const std::string& petId)
{
    PetState& state = pet(petId);
    std::vector<std::string> seriesSeen;
    for (const SyncRow& r : std::vector<SyncRow>(state.records)) {
        const std::string s = seriesOf(r);
        if (std::find(seriesSeen.begin(), seriesSeen.end(), s) == seriesSeen.end()) {
            seriesSeen.push_back(s);
            reconcileSeries(petId, s);
        }
    }
}

void ReminderBook::reconcileSeries(const std::string& petId, const std::string& series)
{
    PetState& state = pet(petId);
    const SyncRow* newest = nullptr;
    for (const SyncRow& r : state.records) {
        if (seriesOf(r) == series && (!newest || isNewerRecord(r, *newest))) {
            newest = &r;
        }
    }
    for (const SyncRow& reminder : std::vector<SyncRow>(state.reminders)) {
        if (text(reminder, "state") != "planned") {
            continue;
        }
        const std::string recordId = text(reminder, "healthRecordId");
        const bool ofSeries = std::any_of(state.records.begin(), state.records.end(),
                                          [&](const SyncRow& r) { return r.id == recordId && seriesOf(r) == series; });
        if (ofSeries && (!newest || recordId != newest->id)) {
            cancelReminder(reminder, "superseded");
        }
    }
    if (newest) {
        const SyncRow record = *newest; // plan() may grow the vectors
        plan(state, record);
    }
}

void ReminderBook::plan(PetState& state, const SyncRow& record)
{
    const ReminderSettings& s = settings();
    const auto kind = enumFromString<HealthKind>(text(record, "kind"));
    const json* dueValue = record.value("nextDue");
    const auto due = dueValue && dueValue->is_string() ? Date::fromIso(dueValue->get<std::string>()) : std::nullopt;
    if (!s.enabled || !kind || !s.remindsOf(*kind) || !due) {
        return;
    }
    const std::int64_t now = m_clock.nowMs();
    const auto arrival = m_arrivals.find(record.id);
    const std::int64_t received = arrival != m_arrivals.end() ? arrival->second : now;
    // Past due already when it arrived (old data in a first sync): no reminder, not even an
    // overdue one.
    if (*due < schedule().today(received) || !isActivePet(petRow(state, text(record, "petId")))) {
        return;
    }
    const std::int64_t horizon = m_horizonMs.value_or(now + kPlanAheadMs);
    for (int days : s.daysBefore) {
        if (const auto at = schedule().dueSoonAt(*due, days, now); at && *at < horizon) {
            ensure(state, record, *due, ReminderKind::DueSoon, days, *at);
        }
    }
    const auto defaults = s.templatesFor(s.defaultLanguage);
    if (s.overdueDays > 0 && defaults && !defaults->second.overdue.empty()) {
        if (const auto at = schedule().overdueAt(*due, s.overdueDays, now); at && *at < horizon) {
            ensure(state, record, *due, ReminderKind::Overdue, s.overdueDays, *at);
        }
    }
}

void ReminderBook::ensure(PetState& state, const SyncRow& record, const Date& due, ReminderKind kind, int days,
                          std::int64_t sendAt)
{
    const std::string id = reminderIdFor(m_writer.orgId(), record.id, kind, days);
    const std::int64_t now = m_clock.nowMs();
    const auto existing =
        std::find_if(state.reminders.begin(), state.reminders.end(), [&](const SyncRow& r) { return r.id == id; });
    if (existing != state.reminders.end()) {
        if (text(*existing, "state") != "cancelled") {
            return; // planned, or dispatched or skipped already: never twice
        }
        if (text(*existing, "reason") == kCancelledByStaff) {
            return; // staff decided against it
        }
        // Cancelled (the record was deleted, the pet was adopted out) and wanted again.
        if (auto row =
                m_writer.set(EntityType::Reminder, id,
                             json{{"state", "planned"}, {"reason", ""}, {"sendAt", sendAt}, {"updatedAt", now}})) {
            remember(state.reminders, *row);
        }
        flush(); // its job may be among those kept back
        if (!JobQueue::requeue(m_writer.db(), jobkinds::kDispatchReminder, id, sendAt, now)) {
            JobQueue::enqueue(m_writer.db(),
                              JobSpec{m_writer.orgId(), std::string(jobkinds::kDispatchReminder), id,
                                      json{{"reminderId", id}}.dump(), sendAt, 8},
                              now);
        }
        m_enqueued = true;
        return;
    }
    const json values{{"petId", text(record, "petId")},
                      {"healthRecordId", record.id},
                      {"kind", enumName(kind)},
                      {"days", days},
                      {"dueDate", due.toIso()},
                      {"sendAt", sendAt},
                      {"state", "planned"},
                      {"reason", ""},
                      {"text", ""},
                      {"createdAt", now},
                      {"updatedAt", now},
                      {"deleted", false}};
    JobSpec job{
        m_writer.orgId(), std::string(jobkinds::kDispatchReminder), id, json{{"reminderId", id}}.dump(), sendAt, 8};
    if (m_batched) {
        // Not among the pet's reminders, which were all read: a new row, written with others.
        remember(state.reminders, m_writer.insert(EntityType::Reminder, id, values));
        m_jobs.push_back(std::move(job));
    } else {
        if (auto row = m_writer.set(EntityType::Reminder, id, values)) {
            remember(state.reminders, *row);
        }
        JobQueue::enqueue(m_writer.db(), job, now);
    }
    m_enqueued = true;
}

void ReminderBook::cancelReminder(const SyncRow& reminder, const std::string& reason)
{
    flush(); // its job may be among those kept back
    const std::int64_t now = m_clock.nowMs();
    JobQueue::cancel(m_writer.db(), jobkinds::kDispatchReminder, reminder.id, reason, now);
    const auto row = m_writer.set(EntityType::Reminder, reminder.id,
                                  json{{"state", "cancelled"}, {"reason", reason}, {"updatedAt", now}});
    if (row) {
        const std::string petId = text(*row, "petId");
        if (auto it = m_pets.find(petId); it != m_pets.end()) {
            remember(it->second.reminders, *row);
        }
    }
}

bool ReminderBook::cancelMessage(const std::string& messageId, const std::string& reason)
{
    const auto message = m_writer.load(EntityType::Message, messageId);
    if (!message || text(*message, "state") != "queued") {
        return false;
    }
    const std::int64_t now = m_clock.nowMs();
    // A send already claimed by a worker re-reads the message and the person before it calls.
    JobQueue::cancel(m_writer.db(), jobkinds::kSendWhatsApp, messageId, reason, now);
    m_writer.set(EntityType::Message, messageId, json{{"state", "cancelled"}, {"error", reason}, {"updatedAt", now}});
    return true;
}

void ReminderBook::cancelMessagesOfPerson(const std::string& personId, const std::string& reason)
{
    for (const std::string& id : NotificationStore::messagesOfPerson(m_writer.db(), m_writer.orgId(), personId)) {
        cancelMessage(id, reason);
    }
}

void ReminderBook::cancelMessagesOfPet(const std::string& petId, const std::string& reason)
{
    for (const std::string& id : NotificationStore::messagesOfPet(m_writer.db(), m_writer.orgId(), petId)) {
        cancelMessage(id, reason);
    }
}

} // namespace petinfo::server
