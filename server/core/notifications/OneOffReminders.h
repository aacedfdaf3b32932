// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integrations/whatsapp/MessageSender.h"
#include "integrations/whatsapp/WhatsAppSettings.h"
#include "petinfo/common/Clock.h"
#include "petinfo/common/sync/Row.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

namespace petinfo::server {

class Database;
class Entitlements;
class SyncService;
class SyncWriter;
struct Principal;

/** The most characters of a one-off reminder's text (WhatsApp takes 1024 in a template body,
 *  the template's own words included). */
inline constexpr std::size_t kOneOffTextMax = 500;

/** One-off reminders staff write for a pet's owner, sent at a date and time they choose in the
 *  organisation's time zone (docs/notifications.md). A reminder row of kind `one_off` (synced,
 *  read-only on desktops) and a dispatch job at its time, like planned reminders: staff cancel it
 *  with POST /api/v1/reminders/{id}/cancel while it is planned. Free-form text is only allowed
 *  inside WhatsApp's 24-hour customer-service window, so it goes out as an approved template
 *  (whatsapp.customReminderTemplate) with the text as a body parameter. */
class OneOffReminders
{
public:
    OneOffReminders(Database& db, SyncService& sync, const Clock& clock, const whatsapp::WhatsAppSettings& settings,
                    bool whatsappOn);

    void setEntitlements(Entitlements* entitlements) { m_entitlements = entitlements; }
    void setWake(std::function<void()> wake) { m_wake = std::move(wake); }

    /** {personId, date "YYYY-MM-DD", time "HH:MM", text}: 400 `invalid_reminder` naming each
     *  problem field, 404 for a pet not in the caller's organisation, 409 `pet_inactive`,
     *  `not_a_contact`, `not_verified`, `notifications_off`, 402 `payment_required`. */
    nlohmann::json schedule(const Principal& caller, const std::string& petId, const nlohmann::json& body);

    /** At the reminder's time: one queued message to its person (no send window: staff chose the
     *  time). Returns the state and reason to close the reminder with. */
    static std::pair<std::string, std::string> dispatch(SyncWriter& writer, const sync::SyncRow& reminder,
                                                        const std::string& templateName, bool requireVerified,
                                                        std::int64_t nowMs);
    /** The template of a one-off reminder's message: {{1}} the pet's name, {{2}} the text on one
     *  line (WhatsApp refuses new lines and long runs of spaces in parameters). */
    static whatsapp::Template messageTemplate(const sync::SyncRow& message, const sync::SyncRow& reminder,
                                              const std::optional<sync::SyncRow>& pet);

private:
    Database& m_db;
    SyncService& m_sync;
    const Clock& m_clock;
    const whatsapp::WhatsAppSettings& m_settings;
    bool m_whatsappOn;
    Entitlements* m_entitlements = nullptr;
    std::function<void()> m_wake;
};

} // namespace petinfo::server
