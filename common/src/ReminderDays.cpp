// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/ReminderDays.h"

namespace petinfo {

int weekdayIndex(const Date& date)
{
    return static_cast<int>(((date.toDays() % 7) + 10) % 7); // 1970-01-01 was a Thursday (3)
}

namespace {

bool isWindowDay(const Date& day, const WindowDays& windowDays)
{
    return windowDays[static_cast<std::size_t>(weekdayIndex(day))];
}

} // namespace

std::optional<Date> dueSoonDay(const Date& due, int daysBefore, const Date& today, const WindowDays& windowDays)
{
    Date day = due.addDays(-daysBefore);
    // A closed day (Sunday) moves the reminder earlier, so it still comes before the due date;
    // if that would be in the past, later, but never after the due date.
    for (int i = 0; i < 7 && !isWindowDay(day, windowDays) && day.addDays(-1) >= today; ++i) {
        day = day.addDays(-1);
    }
    for (int i = 0; i < 7 && !isWindowDay(day, windowDays) && day < due; ++i) {
        day = day.addDays(1);
    }
    if (!isWindowDay(day, windowDays) || day < today) {
        return std::nullopt;
    }
    return day;
}

Date overdueDay(const Date& due, int daysAfter, const WindowDays& windowDays)
{
    Date day = due.addDays(daysAfter);
    for (int i = 0; i < 7 && !isWindowDay(day, windowDays); ++i) {
        day = day.addDays(1);
    }
    return day;
}

} // namespace petinfo
