// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Domain.h"

namespace petinfo {

DueState dueState(const std::optional<Date>& nextDue, const Date& today, int soonDays)
{
    if (!nextDue) {
        return DueState::None;
    }
    if (*nextDue < today) {
        return DueState::Overdue;
    }
    if (nextDue->toDays() - today.toDays() <= soonDays) {
        return DueState::DueSoon;
    }
    return DueState::Upcoming;
}

std::optional<int> ageInMonths(const Pet& pet, const Date& today)
{
    if (!pet.birthDate) {
        return std::nullopt;
    }
    return monthsBetween(*pet.birthDate, today);
}

} // namespace petinfo
