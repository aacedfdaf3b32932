// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/ReminderDays.h"
#include "storage/ReminderRepository.h"

#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace petinfo::client {

/** When a health record's WhatsApp reminders will go, worked out by the app before the server
 *  writes them down. The server plans a reminder only once it is two days away (docs/
 *  notifications.md, "Planning ahead"); for later ones the app applies the same rule
 *  (common/ReminderDays) to the organisation's settings as the server last sent them. */
class ReminderPreview
{
public:
    /** nullopt when reminders are off or the settings cannot be read. */
    static std::optional<ReminderPreview> fromSettings(const nlohmann::json& settings);

    /** The reminders of a record of `kind` due on `due` that the server has not planned yet
     *  (more than a day after `today`), soonest first. */
    std::vector<ExpectedReminder> upcoming(HealthKind kind, const Date& due, const Date& today) const;
    /** upcoming() without those the server wrote down already (in any state: a reminder staff
     *  cancelled ahead of time stays cancelled). */
    std::vector<ExpectedReminder> upcoming(const RemindableRecord& record, const Date& today) const;

private:
    std::vector<HealthKind> m_kinds;
    std::vector<int> m_daysBefore;
    int m_overdueDays = 0; ///< 0: none (or no overdue template in the default language)
    WindowDays m_windowDays{};
    int m_windowStart = 9 * 60; ///< minutes after midnight, in m_zone
    QTimeZone m_zone;
};

} // namespace petinfo::client
