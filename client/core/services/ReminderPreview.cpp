// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReminderPreview.h"

#include "petinfo/common/Enums.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <string_view>

namespace petinfo::client {

namespace {

constexpr std::array<std::string_view, 7> kDayNames{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

std::optional<ReminderPreview> ReminderPreview::fromSettings(const nlohmann::json& settings)
{
    if (!settings.is_object() || !settings.value("enabled", false)) {
        return std::nullopt;
    }
    ReminderPreview out;
    if (const auto it = settings.find("kinds"); it != settings.end() && it->is_array()) {
        for (const auto& k : *it) {
            if (const auto kind = k.is_string() ? enumFromString<HealthKind>(k.get<std::string>()) : std::nullopt) {
                out.m_kinds.push_back(*kind);
            }
        }
    }
    if (const auto it = settings.find("daysBefore"); it != settings.end() && it->is_array()) {
        for (const auto& d : *it) {
            if (d.is_number_integer() && d.get<int>() >= 0 && d.get<int>() <= 366) {
                out.m_daysBefore.push_back(d.get<int>());
            }
        }
    }
    if (const auto it = settings.find("overdueDays"); it != settings.end() && it->is_number_integer()) {
        out.m_overdueDays = std::clamp(it->get<int>(), 0, 366);
    }
    // As the server: the overdue reminder needs a template in the default language.
    const std::string language = settings.value("defaultLanguage", std::string("es"));
    const auto templates = settings.find("templates");
    const bool overdueTemplate = templates != settings.end() && templates->is_object() &&
                                 templates->contains(language) && (*templates)[language].is_object() &&
                                 !(*templates)[language].value("overdue", std::string()).empty();
    if (!overdueTemplate) {
        out.m_overdueDays = 0;
    }
    const auto window = settings.find("window");
    if (window == settings.end() || !window->is_object()) {
        return std::nullopt;
    }
    const auto days = window->find("days");
    if (days == window->end() || !days->is_array()) {
        return std::nullopt;
    }
    for (const auto& d : *days) {
        const auto name = std::find(kDayNames.begin(), kDayNames.end(), d.is_string() ? d.get<std::string>() : "");
        if (name != kDayNames.end()) {
            out.m_windowDays[static_cast<std::size_t>(name - kDayNames.begin())] = true;
        }
    }
    const QTime start = QTime::fromString(QString::fromStdString(window->value("start", std::string("09:00"))),
                                          QStringLiteral("HH:mm"));
    out.m_windowStart = start.isValid() ? start.hour() * 60 + start.minute() : 9 * 60;
    out.m_zone = QTimeZone(QByteArray::fromStdString(settings.value("timeZone", std::string("UTC"))));
    if (!out.m_zone.isValid()) {
        out.m_zone = QTimeZone::utc();
    }
    return out;
}

std::vector<ExpectedReminder> ReminderPreview::upcoming(HealthKind kind, const Date& due, const Date& today) const
{
    std::vector<ExpectedReminder> out;
    if (std::find(m_kinds.begin(), m_kinds.end(), kind) == m_kinds.end() || due < today) {
        return out;
    }
    // What goes out today or tomorrow the server has planned already (or skipped): not guessed.
    const Date first = today.addDays(2);
    auto add = [&](ReminderKind reminderKind, int days, const Date& day) {
        if (day < first) {
            return;
        }
        const QDateTime at(QDate(day.year, static_cast<int>(day.month), static_cast<int>(day.day)),
                           QTime(m_windowStart / 60, m_windowStart % 60), m_zone);
        out.push_back(ExpectedReminder{reminderKind, days, day, at.toMSecsSinceEpoch()});
    };
    for (int days : m_daysBefore) {
        if (const auto day = dueSoonDay(due, days, today, m_windowDays)) {
            add(ReminderKind::DueSoon, days, *day);
        }
    }
    if (m_overdueDays > 0) {
        add(ReminderKind::Overdue, m_overdueDays, overdueDay(due, m_overdueDays, m_windowDays));
    }
    std::sort(out.begin(), out.end(),
              [](const ExpectedReminder& a, const ExpectedReminder& b) { return a.day < b.day; });
    return out;
}

std::vector<ExpectedReminder> ReminderPreview::upcoming(const RemindableRecord& record, const Date& today) const
{
    std::vector<ExpectedReminder> out = upcoming(record.kind, record.nextDue, today);
    std::erase_if(out, [&](const ExpectedReminder& e) {
        return std::find(record.written.begin(), record.written.end(), std::make_pair(e.kind, e.days)) !=
               record.written.end();
    });
    return out;
}

} // namespace petinfo::client
