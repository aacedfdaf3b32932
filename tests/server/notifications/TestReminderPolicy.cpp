// SPDX-License-Identifier: GPL-3.0-or-later
// Reminder settings (checks and defaults), when reminders are sent, and dates per language.
#include "notifications/ReminderBook.h"
#include "notifications/ReminderPolicy.h"
#include "petinfo/common/Random.h"

#include <gtest/gtest.h>

using namespace petinfo;
using namespace petinfo::server;
using nlohmann::json;

namespace {

ReminderSettings parsed(const json& j)
{
    json problems;
    auto s = ReminderSettings::fromJson(j, problems);
    EXPECT_TRUE(s.has_value()) << problems.dump();
    return s.value_or(ReminderSettings{});
}

/** 2026-12-14 is a Monday; Buenos Aires is UTC-3. */
std::int64_t baLocal(const Date& d, int hour, int minute = 0)
{
    return (d.toDays() * 86400 + (hour + 3) * 3600 + minute * 60) * 1000;
}

} // namespace

TEST(ReminderSettings, DefaultsAreOffAndRoundTrip)
{
    const ReminderSettings d;
    EXPECT_FALSE(d.enabled);
    const ReminderSettings again = parsed(d.toJson());
    EXPECT_EQ(again.toJson(), d.toJson());
    const ReminderSettings s = parsed({{"enabled", true},
                                       {"kinds", {"vaccine"}},
                                       {"daysBefore", {1, 14, 14}},
                                       {"window", {{"start", "08:30"}, {"end", "20:00"}, {"days", {"mon", "sat"}}}},
                                       {"templates", {{"es", {{"dueSoon", "recordatorio"}, {"code", "es_MX"}}}}}});
    EXPECT_EQ(s.daysBefore, (std::vector<int>{14, 1})) << "sorted, repeats dropped";
    EXPECT_EQ(s.windowStart, 8 * 60 + 30);
    EXPECT_EQ(s.toJson()["window"]["days"], json({"mon", "sat"}));
    EXPECT_TRUE(s.remindsOf(HealthKind::Vaccine));
    EXPECT_FALSE(s.remindsOf(HealthKind::Deworming));
}

TEST(ReminderSettings, EachProblemIsNamed)
{
    struct Case
    {
        json settings;
        std::string field;
    };
    const std::vector<Case> cases{
        {{{"enabled", "yes"}}, "enabled"},
        {{{"kinds", {"vaccine", "haircut"}}}, "kinds"},
        {{{"daysBefore", {400}}}, "daysBefore"},
        {{{"daysBefore", {1, 2, 3, 4, 5}}}, "daysBefore"},
        {{{"overdueDays", -1}}, "overdueDays"},
        {{{"timeZone", "Mars/Olympus"}}, "timeZone"},
        {{{"timeZone", "../../etc/passwd"}}, "timeZone"},
        {{{"window", {{"start", "19:00"}, {"end", "09:00"}}}}, "window"},
        {{{"window", {{"start", "9"}, {"end", "19:00"}}}}, "window"},
        {{{"window", {{"start", "09:00"}, {"end", "19:00"}, {"days", json::array()}}}}, "window"},
        {{{"window", {{"start", "09:00"}, {"end", "19:00"}, {"days", {"lun"}}}}}, "window"},
        {{{"defaultLanguage", "Spanish"}}, "defaultLanguage"},
        {{{"templates", {{"es", {{"dueSoon", "Vaccine Reminder"}, {"code", "es"}}}}}}, "templates"},
        {{{"templates", {{"es", {{"dueSoon", "ok"}, {"code", "spanish"}}}}}}, "templates"},
        {{{"enabled", true}, {"templates", json::object()}}, "templates"},
        {{{"colour", "red"}}, "colour"},
    };
    for (const Case& c : cases) {
        json problems;
        EXPECT_FALSE(ReminderSettings::fromJson(c.settings, problems).has_value()) << c.settings.dump();
        EXPECT_TRUE(problems.contains(c.field)) << c.settings.dump() << " -> " << problems.dump();
    }
}

TEST(ReminderSettings, TemplatesFollowThePersonsLanguageThenTheDefault)
{
    const ReminderSettings s = parsed({{"defaultLanguage", "es"},
                                       {"templates",
                                        {{"es", {{"dueSoon", "recordatorio"}, {"code", "es"}}},
                                         {"pt-BR", {{"dueSoon", "lembrete"}, {"code", "pt_BR"}}},
                                         {"en", {{"dueSoon", "reminder"}, {"code", "en_US"}}}}}});
    EXPECT_EQ(s.templatesFor("pt-BR")->first, "pt-BR");
    EXPECT_EQ(s.templatesFor("en-GB")->first, "en");
    EXPECT_EQ(s.templatesFor("es-AR")->first, "es");
    EXPECT_EQ(s.templatesFor("fr")->first, "es");
    EXPECT_EQ(s.templatesFor("")->first, "es");
}

TEST(SendSchedule, RemindersStartTheWindowOnWindowDaysInTheOrganisationsZone)
{
    const ReminderSettings s = parsed(
        {{"timeZone", "America/Argentina/Buenos_Aires"},
         {"window", {{"start", "09:00"}, {"end", "19:00"}, {"days", {"mon", "tue", "wed", "thu", "fri", "sat"}}}}});
    const SendSchedule schedule(s, TimeZone::find(s.timeZone));
    const Date monday{2026, 12, 14};
    ASSERT_EQ(weekdayIndex(monday), 0);
    const std::int64_t now = baLocal(monday, 8);
    EXPECT_EQ(schedule.today(now), monday);
    const Date due = monday.addDays(14); // a Monday
    EXPECT_EQ(schedule.dueSoonAt(due, 14, now), baLocal(monday, 9));
    // One day before is a Sunday: the Saturday before.
    EXPECT_EQ(schedule.dueSoonAt(due, 1, now), baLocal(monday.addDays(12), 9));
    EXPECT_EQ(schedule.overdueAt(due, 6, now), baLocal(due.addDays(7), 9)) << "Sunday: the Monday after";
    // Later the same day, still in the window: now. After it closes: not at all.
    EXPECT_EQ(schedule.dueSoonAt(due, 14, baLocal(monday, 12)), baLocal(monday, 12));
    EXPECT_FALSE(schedule.dueSoonAt(due, 14, baLocal(monday, 19)).has_value());
    EXPECT_FALSE(schedule.dueSoonAt(due, 20, now).has_value()) << "a reminder day already past";
    // A Sunday today: the 1-day reminder of a Monday due date cannot move before today, so it
    // goes out on the due date's morning, never after it.
    const Date sunday = monday.addDays(-1);
    EXPECT_EQ(schedule.dueSoonAt(monday, 1, baLocal(sunday, 10)), baLocal(monday, 9));
    EXPECT_TRUE(schedule.isOpen(baLocal(monday, 9)));
    EXPECT_FALSE(schedule.isOpen(baLocal(monday, 19)));
    EXPECT_FALSE(schedule.isOpen(baLocal(sunday, 12)));
    EXPECT_EQ(schedule.nextOpening(baLocal(monday, 20)), baLocal(monday.addDays(1), 9));
    EXPECT_EQ(schedule.nextOpening(baLocal(sunday.addDays(-1), 19, 30)), baLocal(monday, 9)) << "Saturday night";
    EXPECT_EQ(schedule.nextOpening(baLocal(monday, 10)), baLocal(monday, 10));
}

TEST(ReminderText, DatesAreWrittenAsEachLanguageWritesThem)
{
    const Date d{2026, 12, 1};
    EXPECT_EQ(formatDate(d, "es"), "1 de diciembre de 2026");
    EXPECT_EQ(formatDate(d, "es_MX"), "1 de diciembre de 2026");
    EXPECT_EQ(formatDate(d, "pt_BR"), "1 de dezembro de 2026");
    EXPECT_EQ(formatDate(Date{2027, 3, 9}, "pt-BR"), "9 de março de 2027");
    EXPECT_EQ(formatDate(d, "en_US"), "December 1, 2026");
    EXPECT_EQ(formatDate(d, "de"), "2026-12-01");
}

TEST(ReminderIds, SeriesAndDerivedIds)
{
    auto record = [](const std::string& kind, const std::string& product) {
        return sync::makeChange(sync::EntityType::HealthRecord, "r", json{{"kind", kind}, {"product", product}},
                                sync::Hlc{});
    };
    EXPECT_EQ(seriesOf(record("vaccine", "  Séxtuple   Canina ")), seriesOf(record("vaccine", "SÉXTUPLE canina")));
    EXPECT_NE(seriesOf(record("vaccine", "Rabia")), seriesOf(record("vaccine", "Séxtuple")));
    EXPECT_EQ(seriesOf(record("deworming", "A")), seriesOf(record("deworming", "B")));
    const std::string id = reminderIdFor("org", "record", ReminderKind::DueSoon, 14);
    EXPECT_EQ(id, reminderIdFor("org", "record", ReminderKind::DueSoon, 14));
    EXPECT_NE(id, reminderIdFor("org", "record", ReminderKind::DueSoon, 1));
    EXPECT_NE(id, reminderIdFor("other", "record", ReminderKind::DueSoon, 14));
    EXPECT_TRUE(isUuid(id));
    EXPECT_EQ(id[14], '8');
}
