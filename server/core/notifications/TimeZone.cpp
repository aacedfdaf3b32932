// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/TimeZone.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace petinfo::server {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

/** A reader of big-endian fields that turns every overrun into `ok = false`. */
struct Reader
{
    std::string_view data;
    std::size_t at = 0;
    bool ok = true;

    std::int64_t be(std::size_t bytes)
    {
        if (at + bytes > data.size()) {
            ok = false;
            return 0;
        }
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < bytes; ++i) {
            v = (v << 8) | static_cast<unsigned char>(data[at + i]);
        }
        at += bytes;
        if (bytes == 4) {
            return static_cast<std::int32_t>(static_cast<std::uint32_t>(v));
        }
        return static_cast<std::int64_t>(v);
    }
    void skip(std::size_t bytes)
    {
        if (at + bytes > data.size()) {
            ok = false;
        }
        at = std::min(data.size(), at + bytes);
    }
};

struct Counts
{
    std::int64_t isut = 0, isstd = 0, leap = 0, time = 0, type = 0, chars = 0;
};

bool header(Reader& r, char& version, Counts& c)
{
    if (r.data.substr(r.at, 4) != "TZif") {
        return false;
    }
    r.skip(4);
    version = r.at < r.data.size() ? r.data[r.at] : '\0';
    r.skip(16);
    c.isut = r.be(4);
    c.isstd = r.be(4);
    c.leap = r.be(4);
    c.time = r.be(4);
    c.type = r.be(4);
    c.chars = r.be(4);
    return r.ok && c.type > 0 && c.time >= 0 && c.time < 100000 && c.type < 256 && c.isut >= 0 && c.isstd >= 0 &&
           c.leap >= 0 && c.chars >= 0;
}

int weekdayOf(std::int64_t days)
{
    return static_cast<int>(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday (4); Sunday is 0
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/** Days since the epoch of a rule's date in `year`. */
std::int64_t ruleDay(const TimeZone::RuleDate& r, int year)
{
    const std::int64_t jan1 = Date{year, 1, 1}.toDays();
    if (r.form == 'J') {
        // 1-365, February 29 never counted.
        return jan1 + r.day - 1 + (isLeap(year) && r.day >= 60 ? 1 : 0);
    }
    if (r.form == 'N') {
        return jan1 + r.day;
    }
    const std::int64_t first = Date{year, static_cast<unsigned>(r.month), 1}.toDays();
    const std::int64_t nextMonth =
        r.month == 12 ? Date{year + 1, 1, 1}.toDays() : Date{year, static_cast<unsigned>(r.month + 1), 1}.toDays();
    std::int64_t day = first + (r.weekday - weekdayOf(first) + 7) % 7 + (r.week - 1) * 7;
    while (day >= nextMonth) {
        day -= 7;
    }
    return day;
}

/** A POSIX offset "[+-]hh[:mm[:ss]]" (hours up to 167 for rule times); seconds, sign as written. */
bool parseHms(std::string_view& s, std::int64_t& out, int maxHours)
{
    int sign = 1;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        sign = s[0] == '-' ? -1 : 1;
        s.remove_prefix(1);
    }
    std::int64_t parts[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
        if (i > 0) {
            if (s.empty() || s[0] != ':') {
                break;
            }
            s.remove_prefix(1);
        }
        std::size_t n = 0;
        std::int64_t v = 0;
        while (n < s.size() && n < 3 && s[n] >= '0' && s[n] <= '9') {
            v = v * 10 + (s[n] - '0');
            ++n;
        }
        if (n == 0) {
            return false;
        }
        parts[i] = v;
        s.remove_prefix(n);
    }
    if (parts[0] > maxHours || parts[1] > 59 || parts[2] > 59) {
        return false;
    }
    out = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
    return true;
}

bool parseName(std::string_view& s)
{
    if (!s.empty() && s[0] == '<') {
        const auto end = s.find('>');
        if (end == std::string_view::npos || end < 2) {
            return false;
        }
        s.remove_prefix(end + 1);
        return true;
    }
    std::size_t n = 0;
    while (n < s.size() && ((s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= 'a' && s[n] <= 'z'))) {
        ++n;
    }
    if (n < 3) {
        return false;
    }
    s.remove_prefix(n);
    return true;
}

bool parseRuleDate(std::string_view& s, TimeZone::RuleDate& r)
{
    auto number = [&](int& out) {
        std::size_t n = 0;
        out = 0;
        while (n < s.size() && n < 3 && s[n] >= '0' && s[n] <= '9') {
            out = out * 10 + (s[n] - '0');
            ++n;
        }
        s.remove_prefix(n);
        return n > 0;
    };
    if (!s.empty() && s[0] == 'M') {
        s.remove_prefix(1);
        r.form = 'M';
        if (!number(r.month) || s.empty() || s[0] != '.') {
            return false;
        }
        s.remove_prefix(1);
        if (!number(r.week) || s.empty() || s[0] != '.') {
            return false;
        }
        s.remove_prefix(1);
        if (!number(r.weekday) || r.month < 1 || r.month > 12 || r.week < 1 || r.week > 5 || r.weekday > 6) {
            return false;
        }
    } else if (!s.empty() && s[0] == 'J') {
        s.remove_prefix(1);
        r.form = 'J';
        if (!number(r.day) || r.day < 1 || r.day > 365) {
            return false;
        }
    } else {
        r.form = 'N';
        if (!number(r.day) || r.day > 365) {
            return false;
        }
    }
    r.timeSeconds = 7200;
    if (!s.empty() && s[0] == '/') {
        s.remove_prefix(1);
        return parseHms(s, r.timeSeconds, 167);
    }
    return true;
}

std::string zoneDirectory()
{
    const char* dir = std::getenv("TZDIR");
    return dir && *dir ? dir : "/usr/share/zoneinfo";
}

bool isSafeName(std::string_view name)
{
    if (name.empty() || name.size() > 64 || name.front() == '/' || name.find("..") != std::string_view::npos) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '_' ||
               c == '-' || c == '+';
    });
}

} // namespace

bool TimeZone::parsePosix(std::string_view s, PosixRule& rule)
{
    rule = PosixRule{};
    std::int64_t offset = 0;
    if (!parseName(s) || !parseHms(s, offset, 24)) {
        return false;
    }
    rule.stdOffset = -offset; // POSIX counts west of UTC as positive
    if (s.empty()) {
        return true;
    }
    if (!parseName(s)) {
        return false;
    }
    rule.hasDst = true;
    rule.dstOffset = rule.stdOffset + 3600;
    if (!s.empty() && s[0] != ',') {
        if (!parseHms(s, offset, 24)) {
            return false;
        }
        rule.dstOffset = -offset;
    }
    if (s.empty()) {
        // No rule: the POSIX default (US rules of 2007 onward).
        rule.start = RuleDate{'M', 3, 2, 0, 0, 7200};
        rule.end = RuleDate{'M', 11, 1, 0, 0, 7200};
        return true;
    }
    if (s[0] != ',') {
        return false;
    }
    s.remove_prefix(1);
    if (!parseRuleDate(s, rule.start) || s.empty() || s[0] != ',') {
        return false;
    }
    s.remove_prefix(1);
    return parseRuleDate(s, rule.end) && s.empty();
}

std::shared_ptr<const TimeZone> TimeZone::parse(std::string name, std::string_view bytes)
{
    Reader r{bytes};
    char version = 0;
    Counts c;
    if (!header(r, version, c)) {
        return nullptr;
    }
    std::size_t timeSize = 4;
    if (version >= '2') {
        // Skip the 32-bit block; the 64-bit one follows with its own header.
        r.skip(static_cast<std::size_t>(c.time * 5 + c.type * 6 + c.chars + c.leap * 8 + c.isstd + c.isut));
        if (!header(r, version, c)) {
            return nullptr;
        }
        timeSize = 8;
    }
    auto zone = std::shared_ptr<TimeZone>(new TimeZone);
    zone->m_name = std::move(name);
    for (std::int64_t i = 0; i < c.time; ++i) {
        zone->m_transitions.push_back(r.be(timeSize));
    }
    for (std::int64_t i = 0; i < c.time; ++i) {
        zone->m_typeOf.push_back(static_cast<std::uint8_t>(r.be(1)));
    }
    std::vector<bool> dst;
    for (std::int64_t i = 0; i < c.type; ++i) {
        zone->m_offsets.push_back(r.be(4));
        dst.push_back(r.be(1) != 0);
        r.skip(1);
    }
    r.skip(static_cast<std::size_t>(c.chars + c.leap * (timeSize + 4) + c.isstd + c.isut));
    if (!r.ok || !std::is_sorted(zone->m_transitions.begin(), zone->m_transitions.end())) {
        return nullptr;
    }
    for (std::uint8_t t : zone->m_typeOf) {
        if (t >= zone->m_offsets.size()) {
            return nullptr;
        }
    }
    // Before the first transition: the first standard-time type (RFC 8536 §3.2), else type 0.
    zone->m_initialOffset = zone->m_offsets[0];
    for (std::size_t i = 0; i < dst.size(); ++i) {
        if (!dst[i]) {
            zone->m_initialOffset = zone->m_offsets[i];
            break;
        }
    }
    if (timeSize == 8 && r.at < bytes.size() && bytes[r.at] == '\n') {
        const auto end = bytes.find('\n', r.at + 1);
        if (end != std::string_view::npos && end > r.at + 1) {
            zone->m_hasRule = parsePosix(bytes.substr(r.at + 1, end - r.at - 1), zone->m_rule);
        }
    }
    return zone;
}

std::shared_ptr<const TimeZone> TimeZone::find(std::string_view name)
{
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const TimeZone>, std::less<>> cache;
    if (!isSafeName(name)) {
        return nullptr;
    }
    {
        std::lock_guard lock(mutex);
        if (const auto it = cache.find(name); it != cache.end()) {
            return it->second;
        }
    }
    std::ifstream in(zoneDirectory() + "/" + std::string(name), std::ios::binary);
    if (!in) {
        return nullptr;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto zone = parse(std::string(name), bytes.str());
    if (zone) {
        std::lock_guard lock(mutex);
        cache.emplace(std::string(name), zone);
    }
    return zone;
}

std::int64_t TimeZone::ruleOffsetAt(std::int64_t t) const
{
    if (!m_rule.hasDst) {
        return m_rule.stdOffset;
    }
    const int year = Date::fromDays(floorDiv(t + m_rule.stdOffset, 86400)).year;
    // Rule times are local: the start in standard time, the end in daylight time.
    const std::int64_t start = ruleDay(m_rule.start, year) * 86400 + m_rule.start.timeSeconds - m_rule.stdOffset;
    const std::int64_t end = ruleDay(m_rule.end, year) * 86400 + m_rule.end.timeSeconds - m_rule.dstOffset;
    const bool dst = start < end ? (t >= start && t < end) : !(t >= end && t < start);
    return dst ? m_rule.dstOffset : m_rule.stdOffset;
}

std::int64_t TimeZone::offsetAt(std::int64_t t) const
{
    if (m_transitions.empty() || t < m_transitions.front()) {
        return m_transitions.empty() && m_hasRule ? ruleOffsetAt(t) : m_initialOffset;
    }
    if (t >= m_transitions.back() && m_hasRule) {
        return ruleOffsetAt(t);
    }
    const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), t);
    const auto index = static_cast<std::size_t>(it - m_transitions.begin() - 1);
    return m_offsets[m_typeOf[index]];
}

std::int64_t TimeZone::toUtcMs(const Date& date, int minuteOfDay) const
{
    const std::int64_t local = date.toDays() * 86400 + static_cast<std::int64_t>(minuteOfDay) * 60;
    // The offset in force at the guess, then at the corrected guess: right everywhere but in a
    // skipped hour, where it lands after the change.
    const std::int64_t first = local - offsetAt(local - offsetAt(local));
    const std::int64_t second = local - offsetAt(first);
    return std::max(first, second) * 1000;
}

Date TimeZone::localDate(std::int64_t utcMs) const
{
    const std::int64_t t = floorDiv(utcMs, 1000);
    return Date::fromDays(floorDiv(t + offsetAt(t), 86400));
}

int TimeZone::localMinuteOfDay(std::int64_t utcMs) const
{
    const std::int64_t t = floorDiv(utcMs, 1000);
    const std::int64_t local = t + offsetAt(t);
    return static_cast<int>((local - floorDiv(local, 86400) * 86400) / 60);
}

} // namespace petinfo::server
