// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace petinfo {
class Clock;
}

namespace petinfo::client {

class Database;
class SyncApi;

/** The organisation's reminder settings as the server last sent them, kept in the database so
 *  that the app can show, offline, when a record's reminders will go (ReminderPreview). */
namespace reminder_settings_cache {

/** After a sync round, at most once an hour: asks the server and keeps the answer. A refusal
 *  (an account that may not read them) or no network changes nothing and is not an error. */
void refresh(Database& db, SyncApi& api, const Clock& clock);
/** Keeps `settings` (the server's answer to GET or PUT /api/v1/reminder-settings). */
StorageResult<void> store(Database& db, const nlohmann::json& settings);
/** The settings kept, or nullopt (never fetched, or unreadable). */
std::optional<nlohmann::json> load(Database& db);
/** The kept settings' text as stored (empty when none): cheap to compare with a copy. */
QString storedText(Database& db);

} // namespace reminder_settings_cache

} // namespace petinfo::client
