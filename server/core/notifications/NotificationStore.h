// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notifications/ReminderPolicy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace petinfo::server {

class DbConnection;

/** All SQL of the notifications module's own tables, in the caller's transaction: reminder
 *  settings, the phone numbers of contacts (to find who sent "STOP"), and the messages sent,
 *  by provider id (to file status webhooks) and by person (to cancel on an opt-out). */
class NotificationStore
{
public:
    static ReminderSettings settings(DbConnection& db, const std::string& orgId);
    static void saveSettings(DbConnection& db, const std::string& orgId, const ReminderSettings& settings,
                             const std::string& userId, std::int64_t nowMs);
    /** The organisations whose saved settings have reminders on. */
    static std::vector<std::string> organisationsWithReminders(DbConnection& db);

    /** Replaces the numbers of a person (E.164); `fresh`: the person had none stored. */
    static void setPhones(DbConnection& db, const std::string& orgId, const std::string& personId,
                          const std::vector<std::string>& phones, bool fresh = false);
    struct PersonRef
    {
        std::string orgId;
        std::string personId;
    };
    /** Every person, in any organisation, with this number. */
    static std::vector<PersonRef> peopleWithPhone(DbConnection& db, const std::string& phone);

    static void addMessage(DbConnection& db, const std::string& orgId, const std::string& messageId,
                           const std::string& personId, const std::string& petId, std::int64_t nowMs);
    static void setProviderId(DbConnection& db, const std::string& orgId, const std::string& messageId,
                              const std::string& providerId);
    struct MessageRef
    {
        std::string orgId;
        std::string messageId;
    };
    static std::optional<MessageRef> messageByProviderId(DbConnection& db, const std::string& providerId);
    static std::vector<std::string> messagesOfPerson(DbConnection& db, const std::string& orgId,
                                                     const std::string& personId);
    static std::vector<std::string> messagesOfPet(DbConnection& db, const std::string& orgId, const std::string& petId);

    /** A status for a provider id not recorded yet (it can beat the sender's own commit). */
    static void keepOrphanStatus(DbConnection& db, const std::string& providerId, const std::string& statusJson,
                                 std::int64_t nowMs);
    /** Takes (and deletes) the statuses kept for a provider id. */
    static std::vector<std::string> takeOrphanStatuses(DbConnection& db, const std::string& providerId);
};

} // namespace petinfo::server
