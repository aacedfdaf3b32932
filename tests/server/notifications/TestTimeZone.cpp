// SPDX-License-Identifier: GPL-3.0-or-later
// The TZif reader against the system's own `date` command (glibc reading the same files), across
// past transitions and far enough ahead that only the footer's POSIX rule answers.
#include "notifications/TimeZone.h"
#include "petinfo/common/Random.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using petinfo::Date;
using petinfo::server::TimeZone;

namespace {

/** Offsets east of UTC, in seconds, that `date` gives for each instant in `zone` (one process
 *  reading the instants from a file). */
std::vector<std::int64_t> offsetsByDate(const std::string& zone, const std::vector<std::int64_t>& instants)
{
    const auto file = std::filesystem::temp_directory_path() / ("petinfo-tz-" + petinfo::newUuid());
    {
        std::ofstream out(file);
        for (std::int64_t t : instants) {
            out << '@' << t << '\n';
        }
    }
    std::vector<std::int64_t> out;
    const std::string command = "TZ='" + zone + "' date -f '" + file.string() + "' +%z";
    if (FILE* pipe = popen(command.c_str(), "r")) {
        std::array<char, 64> line{};
        while (fgets(line.data(), line.size(), pipe)) {
            const std::string z(line.data());
            const int sign = z[0] == '-' ? -1 : 1;
            out.push_back(sign * (std::stoll(z.substr(1, 2)) * 3600 + std::stoll(z.substr(3, 2)) * 60));
        }
        pclose(pipe);
    }
    std::filesystem::remove(file);
    return out;
}

} // namespace

TEST(TimeZone, AgreesWithTheSystemAcrossTransitionsAndFutureRules)
{
    std::vector<std::int64_t> instants;
    // Every 3 days and 7 hours from 1995 to 2045: both sides of many transitions.
    for (std::int64_t t = 788918400; t < 2366841600; t += 3 * 86400 + 7 * 3600) {
        instants.push_back(t);
    }
    for (const char* name : {"America/Argentina/Buenos_Aires", "America/Sao_Paulo", "America/Santiago",
                             "America/Mexico_City", "America/Asuncion", "America/Havana", "Europe/Madrid",
                             "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham", "UTC"}) {
        SCOPED_TRACE(name);
        const auto zone = TimeZone::find(name);
        ASSERT_NE(zone, nullptr);
        const auto expected = offsetsByDate(name, instants);
        ASSERT_EQ(expected.size(), instants.size());
        int mismatches = 0;
        for (std::size_t i = 0; i < instants.size(); ++i) {
            if (zone->offsetAt(instants[i]) != expected[i] && ++mismatches <= 3) {
                ADD_FAILURE() << "at " << instants[i] << ": " << zone->offsetAt(instants[i]) << " != " << expected[i];
            }
        }
        EXPECT_EQ(mismatches, 0);
    }
}

TEST(TimeZone, LocalWallTimesBecomeInstantsAndBack)
{
    const auto madrid = TimeZone::find("Europe/Madrid");
    ASSERT_NE(madrid, nullptr);
    // 2031-07-01 09:00 CEST is 07:00 UTC; 2031-12-01 09:00 CET is 08:00 UTC.
    EXPECT_EQ(madrid->toUtcMs(Date{2031, 7, 1}, 9 * 60), (Date{2031, 7, 1}.toDays() * 86400 + 7 * 3600) * 1000);
    EXPECT_EQ(madrid->toUtcMs(Date{2031, 12, 1}, 9 * 60), (Date{2031, 12, 1}.toDays() * 86400 + 8 * 3600) * 1000);
    const std::int64_t at = madrid->toUtcMs(Date{2031, 7, 1}, 9 * 60 + 30);
    EXPECT_EQ(madrid->localDate(at), (Date{2031, 7, 1}));
    EXPECT_EQ(madrid->localMinuteOfDay(at), 9 * 60 + 30);
    // 02:30 on the last Sunday of March 2031 does not exist: it lands after the change.
    const std::int64_t skipped = madrid->toUtcMs(Date{2031, 3, 30}, 2 * 60 + 30);
    EXPECT_GE(madrid->localMinuteOfDay(skipped), 3 * 60);
    // Buenos Aires: 09:00 is 12:00 UTC, and the day before midnight UTC is still the local day.
    const auto ba = TimeZone::find("America/Argentina/Buenos_Aires");
    EXPECT_EQ(ba->toUtcMs(Date{2026, 12, 14}, 9 * 60), (Date{2026, 12, 14}.toDays() * 86400 + 12 * 3600) * 1000);
    EXPECT_EQ(ba->localDate((Date{2026, 12, 15}.toDays() * 86400 + 3600) * 1000), (Date{2026, 12, 14}));
}

TEST(TimeZone, PosixRules)
{
    TimeZone::PosixRule rule;
    ASSERT_TRUE(TimeZone::parsePosix("<-03>3", rule));
    EXPECT_EQ(rule.stdOffset, -3 * 3600);
    EXPECT_FALSE(rule.hasDst);
    ASSERT_TRUE(TimeZone::parsePosix("CET-1CEST,M3.5.0,M10.5.0/3", rule));
    EXPECT_EQ(rule.stdOffset, 3600);
    EXPECT_EQ(rule.dstOffset, 7200);
    EXPECT_EQ(rule.end.timeSeconds, 3 * 3600);
    ASSERT_TRUE(TimeZone::parsePosix("<-04>4<-03>,M9.1.6/24,M4.1.6/24", rule));
    EXPECT_EQ(rule.start.timeSeconds, 24 * 3600);
    ASSERT_TRUE(TimeZone::parsePosix("<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45", rule));
    EXPECT_EQ(rule.stdOffset, 12 * 3600 + 45 * 60);
    for (const char* bad : {"", "C", "CET", "CET-1CEST,M13.5.0,M10.5.0", "<>3", "EST5EDT,M3.2.0", "X-1Y,J0,J1",
                            "CET-1CEST,M3.5.0,M10.5.0/3x"}) {
        EXPECT_FALSE(TimeZone::parsePosix(bad, rule)) << bad;
    }
}

TEST(TimeZone, RefusesUnknownAndUnsafeNamesAndDamagedFiles)
{
    EXPECT_EQ(TimeZone::find("Mars/Olympus"), nullptr);
    EXPECT_EQ(TimeZone::find("../../etc/passwd"), nullptr);
    EXPECT_EQ(TimeZone::find("/etc/localtime"), nullptr);
    EXPECT_EQ(TimeZone::find(""), nullptr);
    EXPECT_EQ(TimeZone::parse("x", "TZif2"), nullptr);
    EXPECT_EQ(TimeZone::parse("x", std::string(60, '\0')), nullptr);
    std::string truncated = "TZif2";
    truncated.resize(44, '\0');
    truncated[23] = 1; // one transition, no room for it
    truncated[31] = 1;
    EXPECT_EQ(TimeZone::parse("x", truncated), nullptr);
}
