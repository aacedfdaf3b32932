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

std::string noteAuthor(std::string_view name, std::string_view email)
{
    if (name.empty()) {
        return std::string(email);
    }
    if (email.empty()) {
        return std::string(name);
    }
    return std::string(name) + " <" + std::string(email) + ">";
}

std::string noteAuthorName(std::string_view author)
{
    const auto open = author.rfind(" <");
    if (open == std::string_view::npos || author.empty() || author.back() != '>') {
        return std::string(author);
    }
    return std::string(author.substr(0, open));
}

} // namespace petinfo
