// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ReminderSettingsCache.h"

#include "petinfo/common/Clock.h"
#include "sync/SyncApi.h"
#include "sync/SyncStore.h"

namespace petinfo::client::reminder_settings_cache {

namespace {

const QString kSettingsKey = QStringLiteral("reminders.settings");
const QString kFetchedKey = QStringLiteral("reminders.settingsFetchedAt");
constexpr qint64 kRefreshEveryMs = 3600 * 1000;

} // namespace

void refresh(Database& db, SyncApi& api, const Clock& clock)
{
    SyncStore store(db);
    const qint64 now = clock.nowMs();
    const auto fetched = store.state(kFetchedKey, QStringLiteral("0"));
    if (fetched && now - fetched->toLongLong() < kRefreshEveryMs && now >= fetched->toLongLong()) {
        return;
    }
    auto answer = api.call("GET", QStringLiteral("/api/v1/reminder-settings"));
    if (!answer) {
        return; // offline or refused: what is kept stays
    }
    if (reminder_settings_cache::store(db, *answer)) {
        // Only when to ask again: failing to note it means asking after the next round.
        (void)store.setState(kFetchedKey, QString::number(now));
    }
}

StorageResult<void> store(Database& db, const nlohmann::json& settings)
{
    if (!settings.is_object()) {
        return {};
    }
    nlohmann::json kept = settings;
    kept.erase("status"); // the server's WhatsApp status of the moment, not a setting
    return SyncStore(db).setState(kSettingsKey, QString::fromStdString(kept.dump()));
}

QString storedText(Database& db)
{
    const auto text = SyncStore(db).state(kSettingsKey);
    return text ? *text : QString();
}

std::optional<nlohmann::json> load(Database& db)
{
    const QString text = storedText(db);
    if (text.isEmpty()) {
        return std::nullopt;
    }
    nlohmann::json settings = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!settings.is_object()) {
        return std::nullopt;
    }
    return settings;
}

} // namespace petinfo::client::reminder_settings_cache
