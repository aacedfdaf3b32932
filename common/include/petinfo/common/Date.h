// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace petinfo {

/** A calendar date without time zone (birth dates, vaccination dates, due dates). */
struct Date
{
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;

    /** Parses strict ISO 8601 `YYYY-MM-DD`; nullopt for anything else or an impossible date. */
    static std::optional<Date> fromIso(std::string_view text);
    /** Days since 1970-01-01 to a date (proleptic Gregorian). */
    static Date fromDays(std::int64_t days);

    std::string toIso() const;
    /** Room for any toIso() text. */
    static constexpr std::size_t kIsoCapacity = 40;
    /** Writes toIso()'s text into `out` (kIsoCapacity chars, not terminated); returns its length.
     *  No allocation: dates are bound by the hundred thousand in a first sync. */
    std::size_t writeIso(char* out) const;
    std::int64_t toDays() const;
    bool isValid() const;
    Date addDays(std::int64_t days) const { return fromDays(toDays() + days); }
    /** Adds calendar months, clamping the day to the end of the target month. */
    Date addMonths(int months) const;

    // Explicit operators rather than <=>: Qt 6.4's moc cannot parse <compare> from GCC 12.
    std::int64_t sortKey() const { return static_cast<std::int64_t>(year) * 10000 + month * 100 + day; }
    friend bool operator==(const Date& a, const Date& b) { return a.sortKey() == b.sortKey(); }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) { return a.sortKey() < b.sortKey(); }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
    friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

/** Whole months between two dates (birth date to today), never negative. */
int monthsBetween(const Date& from, const Date& to);

} // namespace petinfo
