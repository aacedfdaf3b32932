// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <vector>

using petinfo::Date;

TEST(Date, ParsesStrictIso)
{
    const auto d = Date::fromIso("2024-02-29");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->year, 2024);
    EXPECT_EQ(d->month, 2u);
    EXPECT_EQ(d->day, 29u);
    EXPECT_EQ(d->toIso(), "2024-02-29");
}

TEST(Date, WritesIsoAsPrintfDoes)
{
    // Every day of four centuries, and values that are not dates, which print all the same.
    std::vector<Date> dates;
    for (std::int64_t days = Date{1900, 1, 1}.toDays(); days <= Date{2300, 12, 31}.toDays(); days += 1) {
        dates.push_back(Date::fromDays(days));
    }
    for (const Date& odd :
         {Date{1, 1, 1}, Date{9999, 12, 31}, Date{0, 0, 0}, Date{-5, 1, 2}, Date{10000, 1, 1}, Date{2024, 100, 7},
          Date{2024, 7, 4000000000u}, Date{-2147483647 - 1, 4294967295u, 4294967295u}}) {
        dates.push_back(odd);
    }
    for (const Date& d : dates) {
        char expected[64];
        std::snprintf(expected, sizeof expected, "%04d-%02u-%02u", d.year, d.month, d.day);
        char written[Date::kIsoCapacity];
        const std::size_t size = d.writeIso(written);
        ASSERT_EQ(std::string(written, size), expected);
        ASSERT_EQ(d.toIso(), expected);
    }
}

class DateRejects : public ::testing::TestWithParam<const char*>
{};

TEST_P(DateRejects, Invalid)
{
    EXPECT_FALSE(Date::fromIso(GetParam()).has_value()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Bad, DateRejects,
                         ::testing::Values("", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-32", "24-01-01",
                                           "2024/01/01", "2024-1-01", "2024-01-1 ", "abcd-ef-gh", "0000-01-01",
                                           "2024-04-31", "+024-01-01"));

TEST(Date, DaysRoundTrip)
{
    const Date epoch{1970, 1, 1};
    EXPECT_EQ(epoch.toDays(), 0);
    const Date d{2026, 11, 22};
    EXPECT_EQ(Date::fromDays(d.toDays()), d);
    EXPECT_EQ(d.addDays(10), (Date{2026, 12, 2}));
    EXPECT_EQ(d.addDays(-22), (Date{2026, 10, 31}));
}

TEST(Date, AddMonthsClampsToMonthEnd)
{
    EXPECT_EQ((Date{2024, 1, 31}).addMonths(1), (Date{2024, 2, 29}));
    EXPECT_EQ((Date{2023, 1, 31}).addMonths(1), (Date{2023, 2, 28}));
    EXPECT_EQ((Date{2023, 11, 15}).addMonths(12), (Date{2024, 11, 15}));
    EXPECT_EQ((Date{2023, 3, 15}).addMonths(-3), (Date{2022, 12, 15}));
}

TEST(Date, MonthsBetween)
{
    EXPECT_EQ(petinfo::monthsBetween(Date{2020, 5, 10}, Date{2026, 11, 22}), 78);
    EXPECT_EQ(petinfo::monthsBetween(Date{2026, 10, 23}, Date{2026, 11, 22}), 0);
    EXPECT_EQ(petinfo::monthsBetween(Date{2026, 10, 22}, Date{2026, 11, 22}), 1);
    EXPECT_EQ(petinfo::monthsBetween(Date{2027, 1, 1}, Date{2026, 11, 22}), 0);
}

TEST(DueState, OverdueDueSoonUpcoming)
{
    const Date today{2026, 11, 22};
    using petinfo::DueState;
    EXPECT_EQ(petinfo::dueState(std::nullopt, today), DueState::None);
    EXPECT_EQ(petinfo::dueState(Date{2026, 11, 21}, today), DueState::Overdue);
    EXPECT_EQ(petinfo::dueState(today, today), DueState::DueSoon);
    EXPECT_EQ(petinfo::dueState(Date{2026, 12, 22}, today), DueState::DueSoon);
    EXPECT_EQ(petinfo::dueState(Date{2026, 12, 23}, today), DueState::Upcoming);
}
