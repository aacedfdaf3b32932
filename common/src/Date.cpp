// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Date.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

namespace petinfo {

namespace {

bool parseDigits(std::string_view text, int& out)
{
    if (text.empty()) {
        return false;
    }
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

std::chrono::year_month_day toYmd(const Date& d)
{
    return std::chrono::year_month_day{std::chrono::year{d.year}, std::chrono::month{d.month}, std::chrono::day{d.day}};
}

} // namespace

std::optional<Date> Date::fromIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (!parseDigits(text.substr(0, 4), y) || !parseDigits(text.substr(5, 2), m) ||
        !parseDigits(text.substr(8, 2), d)) {
        return std::nullopt;
    }
    Date date{y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

Date Date::fromDays(std::int64_t days)
{
    const std::chrono::sys_days sd{std::chrono::days{days}};
    const std::chrono::year_month_day ymd{sd};
    return Date{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

std::size_t Date::writeIso(char* out) const
{
    if (year < 0 || year > 9999 || month > 99 || day > 99) { // not a date; printed all the same
        char buffer[kIsoCapacity];
        const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
        const auto size = static_cast<std::size_t>(std::clamp(n, 0, static_cast<int>(sizeof buffer) - 1));
        std::memcpy(out, buffer, size);
        return size;
    }
    auto digits = [](char* at, unsigned value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            at[i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    digits(out, static_cast<unsigned>(year), 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
    return 10;
}

std::string Date::toIso() const
{
    char buffer[kIsoCapacity];
    return std::string(buffer, writeIso(buffer));
}

std::int64_t Date::toDays() const
{
    return std::chrono::sys_days{toYmd(*this)}.time_since_epoch().count();
}

bool Date::isValid() const
{
    return year >= 1 && year <= 9999 && toYmd(*this).ok();
}

Date Date::addMonths(int months) const
{
    using namespace std::chrono;
    year_month ym =
        year_month{std::chrono::year{this->year}, std::chrono::month{this->month}} + std::chrono::months{months};
    const auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}};
    const unsigned lastDay = static_cast<unsigned>(last.day());
    return Date{static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()), day > lastDay ? lastDay : day};
}

int monthsBetween(const Date& from, const Date& to)
{
    if (!(from < to)) {
        return 0;
    }
    int months = (to.year - from.year) * 12 + static_cast<int>(to.month) - static_cast<int>(from.month);
    if (to.day < from.day) {
        --months;
    }
    return months < 0 ? 0 : months;
}

} // namespace petinfo
