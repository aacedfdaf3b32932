// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notifications/TimeZone.h"
#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/ReminderDays.h"

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace petinfo::server {

/** The approved WhatsApp templates of one language. Each takes three body parameters: {{1}} the
 *  pet's name, {{2}} the product, {{3}} the due date written for that language. */
struct ReminderTemplates
{
    std::string dueSoon; ///< template name, e.g. "vaccine_reminder"
    std::string overdue; ///< may be empty: no overdue reminder in this language
    std::string code;    ///< WhatsApp's language code of the templates: "es", "es_MX", "pt_BR", "en_US"
};

/** An organisation's reminder policy, edited by its admins (GET/PUT /api/v1/reminder-settings). */
struct ReminderSettings
{
    bool enabled = false;
    std::vector<HealthKind> kinds{HealthKind::Vaccine, HealthKind::Deworming, HealthKind::FleaTick,
                                  HealthKind::Treatment};
    std::vector<int> daysBefore{14, 1}; ///< one reminder this many days before each due date
    int overdueDays = 0;                ///< one more this many days after it, if not renewed; 0: none
    std::string timeZone = "UTC";       ///< IANA name
    int windowStart = 9 * 60;           ///< minutes after local midnight
    int windowEnd = 19 * 60;
    std::array<bool, 7> windowDays{true, true, true, true, true, true, false}; ///< Monday first
    std::string defaultLanguage = "es";
    std::map<std::string, ReminderTemplates> templates; ///< by language tag: "es", "pt-BR", "en"

    nlohmann::json toJson() const;
    /** Reads and checks a settings object; `problems` names each bad field ("daysBefore": "…"). */
    static std::optional<ReminderSettings> fromJson(const nlohmann::json& json, nlohmann::json& problems);

    bool remindsOf(HealthKind kind) const;
    /** The templates for a person's language ("es-AR" falls back to "es", then the default). */
    std::optional<std::pair<std::string, ReminderTemplates>> templatesFor(const std::string& language) const;
};

/** When reminders go out, in the organisation's time zone. */
class SendSchedule
{
public:
    SendSchedule(const ReminderSettings& settings, std::shared_ptr<const TimeZone> zone);

    Date today(std::int64_t nowMs) const;
    /** When to remind `daysBefore` days before `due`: the start of the window that day (or the
     *  nearest earlier window day, never before today), or now when that day is today and its
     *  window is still open. nullopt when that moment has passed: a late reminder is not sent. */
    std::optional<std::int64_t> dueSoonAt(const Date& due, int daysBefore, std::int64_t nowMs) const;
    /** When to remind `daysAfter` days after `due`: the start of the window that day or the next
     *  window day. nullopt when that has passed. */
    std::optional<std::int64_t> overdueAt(const Date& due, int daysAfter, std::int64_t nowMs) const;
    /** `nowMs` when it is inside a window, else the start of the next one. */
    std::int64_t nextOpening(std::int64_t nowMs) const;
    bool isOpen(std::int64_t nowMs) const;

private:
    bool isWindowDay(const Date& date) const;
    std::optional<std::int64_t> startOn(const Date& day, std::int64_t nowMs) const;

    const ReminderSettings& m_settings;
    std::shared_ptr<const TimeZone> m_zone;
};

/** A due date as people write it in `language` ("1 de diciembre de 2026", "1 de dezembro de 2026",
 *  "December 1, 2026"). */
std::string formatDate(const Date& date, const std::string& language);

using petinfo::weekdayIndex;

} // namespace petinfo::server
