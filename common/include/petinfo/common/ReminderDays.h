// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"

#include <array>
#include <optional>

namespace petinfo {

/** The days of the week an organisation sends reminders on, Monday first. */
using WindowDays = std::array<bool, 7>;

/** Monday 0 … Sunday 6. */
int weekdayIndex(const Date& date);

/** The day the reminder `daysBefore` days before `due` goes out, as seen on `today`: that day,
 *  or, when it is not a window day (a Sunday), the nearest window day before it (never before
 *  today), else the next one up to the due date. nullopt when that day is past or no window day
 *  fits. The server turns it into the window's opening time; the app shows it ahead of time. */
std::optional<Date> dueSoonDay(const Date& due, int daysBefore, const Date& today, const WindowDays& windowDays);

/** The day of the reminder `daysAfter` days after `due`: that day or the next window day. */
Date overdueDay(const Date& due, int daysAfter, const WindowDays& windowDays);

} // namespace petinfo
