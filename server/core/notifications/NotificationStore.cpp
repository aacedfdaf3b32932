// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/NotificationStore.h"

#include "db/Database.h"

namespace petinfo::server {

ReminderSettings NotificationStore::settings(DbConnection& db, const std::string& orgId)
{
    const SqlRows rows = db.rows("SELECT settings FROM reminder_settings WHERE org_id = ?", orgId);
    if (rows.empty()) {
        return ReminderSettings{};
    }
    nlohmann::json problems;
    // Stored settings were checked when saved; a time zone removed from tzdata since then turns
    // reminders off rather than sending at a wrong hour.
    return ReminderSettings::fromJson(nlohmann::json::parse(rows.text(0, 0), nullptr, false), problems)
        .value_or(ReminderSettings{});
}

std::vector<std::string> NotificationStore::organisationsWithReminders(DbConnection& db)
{
    const SqlRows rows = db.rows("SELECT org_id, settings FROM reminder_settings ORDER BY org_id");
    std::vector<std::string> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        nlohmann::json problems;
        const auto settings =
            ReminderSettings::fromJson(nlohmann::json::parse(rows.text(r, 1), nullptr, false), problems);
        if (settings && settings->enabled) {
            out.push_back(rows.text(r, 0));
        }
    }
    return out;
}

void NotificationStore::saveSettings(DbConnection& db, const std::string& orgId, const ReminderSettings& settings,
                                     const std::string& userId, std::int64_t nowMs)
{
    db.exec("INSERT INTO reminder_settings (org_id, settings, updated_ms, updated_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (org_id) DO UPDATE SET settings = excluded.settings, updated_ms = excluded.updated_ms, "
            "updated_by = excluded.updated_by",
            orgId, settings.toJson().dump(), nowMs, userId);
}

void NotificationStore::setPhones(DbConnection& db, const std::string& orgId, const std::string& personId,
                                  const std::vector<std::string>& phones, bool fresh)
{
    if (!fresh) {
        db.exec("DELETE FROM contact_phones WHERE org_id = ? AND person_id = ?", orgId, personId);
    }
    for (const std::string& phone : phones) {
        db.exec("INSERT INTO contact_phones (phone, org_id, person_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", phone,
                orgId, personId);
    }
}

std::vector<NotificationStore::PersonRef> NotificationStore::peopleWithPhone(DbConnection& db, const std::string& phone)
{
    const SqlRows rows =
        db.rows("SELECT org_id, person_id FROM contact_phones WHERE phone = ? ORDER BY org_id, person_id", phone);
    std::vector<PersonRef> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out.push_back(PersonRef{rows.text(r, 0), rows.text(r, 1)});
    }
    return out;
}

void NotificationStore::addMessage(DbConnection& db, const std::string& orgId, const std::string& messageId,
                                   const std::string& personId, const std::string& petId, std::int64_t nowMs)
{
    db.exec("INSERT INTO outbound_messages (org_id, message_id, person_id, pet_id, created_ms) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (org_id, message_id) DO NOTHING",
            orgId, messageId, personId, petId, nowMs);
}

void NotificationStore::setProviderId(DbConnection& db, const std::string& orgId, const std::string& messageId,
                                      const std::string& providerId)
{
    db.exec("UPDATE outbound_messages SET provider_id = ? WHERE org_id = ? AND message_id = ?", providerId, orgId,
            messageId);
}

std::optional<NotificationStore::MessageRef> NotificationStore::messageByProviderId(DbConnection& db,
                                                                                    const std::string& providerId)
{
    if (providerId.empty()) {
        return std::nullopt;
    }
    const SqlRows rows =
        db.rows("SELECT org_id, message_id FROM outbound_messages WHERE provider_id = ? LIMIT 1", providerId);
    if (rows.empty()) {
        return std::nullopt;
    }
    return MessageRef{rows.text(0, 0), rows.text(0, 1)};
}

namespace {

std::vector<std::string> firstColumn(const SqlRows& rows)
{
    std::vector<std::string> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out.push_back(rows.text(r, 0));
    }
    return out;
}

} // namespace

std::vector<std::string> NotificationStore::messagesOfPerson(DbConnection& db, const std::string& orgId,
                                                             const std::string& personId)
{
    return firstColumn(db.rows("SELECT message_id FROM outbound_messages WHERE org_id = ? AND person_id = ? AND "
                               "provider_id = '' ORDER BY message_id",
                               orgId, personId));
}

std::vector<std::string> NotificationStore::messagesOfPet(DbConnection& db, const std::string& orgId,
                                                          const std::string& petId)
{
    return firstColumn(db.rows("SELECT message_id FROM outbound_messages WHERE org_id = ? AND pet_id = ? AND "
                               "provider_id = '' ORDER BY message_id",
                               orgId, petId));
}

void NotificationStore::keepOrphanStatus(DbConnection& db, const std::string& providerId, const std::string& statusJson,
                                         std::int64_t nowMs)
{
    db.exec("INSERT INTO orphan_statuses (provider_id, status, received_ms) VALUES (?, ?, ?)", providerId, statusJson,
            nowMs);
}

std::vector<std::string> NotificationStore::takeOrphanStatuses(DbConnection& db, const std::string& providerId)
{
    auto out = firstColumn(
        db.rows("SELECT status FROM orphan_statuses WHERE provider_id = ? ORDER BY received_ms", providerId));
    if (!out.empty()) {
        db.exec("DELETE FROM orphan_statuses WHERE provider_id = ?", providerId);
    }
    return out;
}

} // namespace petinfo::server
