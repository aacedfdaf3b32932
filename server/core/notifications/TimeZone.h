// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server {

/** An IANA time zone ("America/Argentina/Buenos_Aires") read from the system's tzdata (TZif
 *  files, RFC 8536, under /usr/share/zoneinfo or $TZDIR): its transitions, then the POSIX rule
 *  of the file's footer for times after the last one. GCC 12's standard library has no time zone
 *  database, and the system's is the one the distribution keeps up to date. */
class TimeZone
{
public:
    /** A zone by name, cached; nullptr for an unknown or malformed name or file. */
    static std::shared_ptr<const TimeZone> find(std::string_view name);
    /** Parses TZif bytes (for tests). */
    static std::shared_ptr<const TimeZone> parse(std::string name, std::string_view bytes);

    const std::string& name() const { return m_name; }
    /** Seconds east of UTC at the instant `utcSeconds`. */
    std::int64_t offsetAt(std::int64_t utcSeconds) const;
    /** The instant (ms since the epoch) of a local wall time: `minuteOfDay` minutes after local
     *  midnight of `date`. A time skipped by a clock change lands just after it. */
    std::int64_t toUtcMs(const Date& date, int minuteOfDay) const;
    /** The local date and minute of day of an instant. */
    Date localDate(std::int64_t utcMs) const;
    int localMinuteOfDay(std::int64_t utcMs) const;

    /** One rule of a POSIX TZ string ("M3.5.0/3", "J60", "59"). */
    struct RuleDate
    {
        char form = 'M'; ///< 'M' month.week.day, 'J' Julian 1-365 without Feb 29, 'N' zero-based 0-365
        int month = 0, week = 0, weekday = 0, day = 0;
        std::int64_t timeSeconds = 7200;
    };
    /** The footer rule: standard offset, and optionally a DST offset with its start and end. */
    struct PosixRule
    {
        std::int64_t stdOffset = 0; ///< seconds east of UTC
        bool hasDst = false;
        std::int64_t dstOffset = 0;
        RuleDate start, end;
    };
    /** Parses a POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3", "<-03>3"); false when malformed. */
    static bool parsePosix(std::string_view text, PosixRule& rule);

private:
    std::int64_t ruleOffsetAt(std::int64_t utcSeconds) const;

    std::string m_name;
    std::vector<std::int64_t> m_transitions; ///< UTC seconds, ascending
    std::vector<std::uint8_t> m_typeOf;      ///< per transition, index into m_offsets
    std::vector<std::int64_t> m_offsets;     ///< per local time type, seconds east of UTC
    std::int64_t m_initialOffset = 0;        ///< before the first transition
    bool m_hasRule = false;
    PosixRule m_rule;
};

} // namespace petinfo::server
