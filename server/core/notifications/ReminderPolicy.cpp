// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/ReminderPolicy.h"

#include <algorithm>
#include <regex>
#include <set>

namespace petinfo::server {

using nlohmann::json;

namespace {

constexpr std::array<std::string_view, 7> kDayNames{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::string clockText(int minutes)
{
    const std::string hours = std::to_string(minutes / 60);
    const std::string rest = std::to_string(minutes % 60);
    return (hours.size() < 2 ? "0" : "") + hours + ":" + (rest.size() < 2 ? "0" : "") + rest;
}

std::optional<int> parseClock(const json& value)
{
    static const std::regex pattern("([01][0-9]|2[0-3]):([0-5][0-9])|24:00");
    if (!value.is_string() || !std::regex_match(value.get_ref<const std::string&>(), pattern)) {
        return std::nullopt;
    }
    const std::string& t = value.get_ref<const std::string&>();
    return std::stoi(t.substr(0, 2)) * 60 + std::stoi(t.substr(3, 2));
}

bool isTemplateName(const std::string& name)
{
    static const std::regex pattern("[a-z0-9_]{1,512}");
    return std::regex_match(name, pattern);
}

bool isLanguageTag(const std::string& tag)
{
    static const std::regex pattern("[a-z]{2,3}(-[A-Z]{2})?");
    return std::regex_match(tag, pattern);
}

bool isWhatsAppLanguageCode(const std::string& code)
{
    static const std::regex pattern("[a-z]{2,3}(_[A-Z]{2})?");
    return std::regex_match(code, pattern);
}

} // namespace

json ReminderSettings::toJson() const
{
    json kindNames = json::array();
    for (HealthKind k : kinds) {
        kindNames.push_back(enumName(k));
    }
    json days = json::array();
    for (std::size_t i = 0; i < windowDays.size(); ++i) {
        if (windowDays[i]) {
            days.push_back(kDayNames[i]);
        }
    }
    json templateJson = json::object();
    for (const auto& [language, t] : templates) {
        templateJson[language] = json{{"dueSoon", t.dueSoon}, {"overdue", t.overdue}, {"code", t.code}};
    }
    return json{{"enabled", enabled},
                {"kinds", std::move(kindNames)},
                {"daysBefore", daysBefore},
                {"overdueDays", overdueDays},
                {"timeZone", timeZone},
                {"window", {{"start", clockText(windowStart)}, {"end", clockText(windowEnd)}, {"days", days}}},
                {"defaultLanguage", defaultLanguage},
                {"templates", std::move(templateJson)}};
}

std::optional<ReminderSettings> ReminderSettings::fromJson(const json& j, json& problems)
{
    problems = json::object();
    ReminderSettings s;
    if (!j.is_object()) {
        problems["settings"] = "must be an object";
        return std::nullopt;
    }
    static const std::set<std::string> known{"enabled",  "kinds",  "daysBefore",      "overdueDays",
                                             "timeZone", "window", "defaultLanguage", "templates"};
    for (const auto& [key, value] : j.items()) {
        if (!known.contains(key)) {
            problems[key] = "unknown setting";
        }
    }
    if (j.contains("enabled")) {
        if (!j["enabled"].is_boolean()) {
            problems["enabled"] = "must be true or false";
        } else {
            s.enabled = j["enabled"].get<bool>();
        }
    }
    if (j.contains("kinds")) {
        s.kinds.clear();
        if (!j["kinds"].is_array()) {
            problems["kinds"] = "must be a list of record kinds";
        } else {
            for (const json& k : j["kinds"]) {
                const auto kind = k.is_string() ? enumFromString<HealthKind>(k.get<std::string>()) : std::nullopt;
                if (!kind) {
                    problems["kinds"] = "unknown record kind";
                } else if (std::find(s.kinds.begin(), s.kinds.end(), *kind) == s.kinds.end()) {
                    s.kinds.push_back(*kind);
                }
            }
        }
    }
    if (j.contains("daysBefore")) {
        s.daysBefore.clear();
        if (!j["daysBefore"].is_array() || j["daysBefore"].size() > 4) {
            problems["daysBefore"] = "must be a list of at most 4 day counts";
        } else {
            for (const json& d : j["daysBefore"]) {
                if (!d.is_number_integer() || d.get<int>() < 0 || d.get<int>() > 365) {
                    problems["daysBefore"] = "each must be 0-365";
                } else if (std::find(s.daysBefore.begin(), s.daysBefore.end(), d.get<int>()) == s.daysBefore.end()) {
                    s.daysBefore.push_back(d.get<int>());
                }
            }
            std::sort(s.daysBefore.rbegin(), s.daysBefore.rend());
        }
    }
    if (j.contains("overdueDays")) {
        if (!j["overdueDays"].is_number_integer() || j["overdueDays"].get<int>() < 0 ||
            j["overdueDays"].get<int>() > 90) {
            problems["overdueDays"] = "must be 0-90 (0: no overdue reminder)";
        } else {
            s.overdueDays = j["overdueDays"].get<int>();
        }
    }
    if (j.contains("timeZone")) {
        if (!j["timeZone"].is_string() || !TimeZone::find(j["timeZone"].get<std::string>())) {
            problems["timeZone"] = "must be an IANA time zone such as America/Argentina/Buenos_Aires";
        } else {
            s.timeZone = j["timeZone"].get<std::string>();
        }
    }
    if (j.contains("window")) {
        const json& w = j["window"];
        const auto start = w.is_object() && w.contains("start") ? parseClock(w["start"]) : std::nullopt;
        const auto end = w.is_object() && w.contains("end") ? parseClock(w["end"]) : std::nullopt;
        if (!start || !end || *start >= *end) {
            problems["window"] = "start and end must be HH:MM with start before end";
        } else {
            s.windowStart = *start;
            s.windowEnd = *end;
        }
        if (w.is_object() && w.contains("days")) {
            s.windowDays.fill(false);
            bool any = false;
            for (const json& d : w["days"].is_array() ? w["days"] : json::array()) {
                const auto it =
                    std::find(kDayNames.begin(), kDayNames.end(), d.is_string() ? d.get<std::string>() : "");
                if (it == kDayNames.end()) {
                    problems["window"] = "days are mon, tue, wed, thu, fri, sat, sun";
                } else {
                    s.windowDays[static_cast<std::size_t>(it - kDayNames.begin())] = true;
                    any = true;
                }
            }
            if (!any) {
                problems["window"] = "at least one day";
            }
        }
    }
    if (j.contains("defaultLanguage")) {
        if (!j["defaultLanguage"].is_string() || !isLanguageTag(j["defaultLanguage"].get<std::string>())) {
            problems["defaultLanguage"] = "must be a language tag such as es, pt-BR or en";
        } else {
            s.defaultLanguage = j["defaultLanguage"].get<std::string>();
        }
    }
    if (j.contains("templates")) {
        if (!j["templates"].is_object() || j["templates"].size() > 20) {
            problems["templates"] = "must map language tags to template names";
        } else {
            for (const auto& [language, t] : j["templates"].items()) {
                ReminderTemplates names;
                names.dueSoon = t.is_object() ? t.value("dueSoon", "") : "";
                names.overdue = t.is_object() ? t.value("overdue", "") : "";
                names.code = t.is_object() ? t.value("code", "") : "";
                if (!isLanguageTag(language) || !isTemplateName(names.dueSoon) ||
                    (!names.overdue.empty() && !isTemplateName(names.overdue)) || !isWhatsAppLanguageCode(names.code)) {
                    problems["templates"] = "each language needs dueSoon (and optionally overdue) template names of "
                                            "a-z, 0-9 and _, and a WhatsApp language code such as es or pt_BR";
                } else {
                    s.templates[language] = std::move(names);
                }
            }
        }
    }
    if (s.enabled && !s.templates.contains(s.defaultLanguage)) {
        problems["templates"] = "reminders need the templates of the default language";
    }
    if (!problems.empty()) {
        return std::nullopt;
    }
    return s;
}

bool ReminderSettings::remindsOf(HealthKind kind) const
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::optional<std::pair<std::string, ReminderTemplates>>
ReminderSettings::templatesFor(const std::string& language) const
{
    for (const std::string& candidate : {language, language.substr(0, language.find('-')), defaultLanguage}) {
        if (const auto it = templates.find(candidate); !candidate.empty() && it != templates.end()) {
            return *it;
        }
    }
    return std::nullopt;
}

SendSchedule::SendSchedule(const ReminderSettings& settings, std::shared_ptr<const TimeZone> zone)
    : m_settings(settings)
    , m_zone(std::move(zone))
{}

Date SendSchedule::today(std::int64_t nowMs) const
{
    return m_zone->localDate(nowMs);
}

bool SendSchedule::isWindowDay(const Date& date) const
{
    return m_settings.windowDays[static_cast<std::size_t>(weekdayIndex(date))];
}

bool SendSchedule::isOpen(std::int64_t nowMs) const
{
    const Date day = today(nowMs);
    const int minute = m_zone->localMinuteOfDay(nowMs);
    return isWindowDay(day) && minute >= m_settings.windowStart && minute < m_settings.windowEnd;
}

std::optional<std::int64_t> SendSchedule::startOn(const Date& day, std::int64_t nowMs) const
{
    const std::int64_t start = m_zone->toUtcMs(day, m_settings.windowStart);
    if (start >= nowMs) {
        return start;
    }
    if (day == today(nowMs) && isOpen(nowMs)) {
        return nowMs; // that day's window is open right now
    }
    return std::nullopt;
}

std::optional<std::int64_t> SendSchedule::dueSoonAt(const Date& due, int daysBefore, std::int64_t nowMs) const
{
    const auto day = dueSoonDay(due, daysBefore, today(nowMs), m_settings.windowDays);
    return day ? startOn(*day, nowMs) : std::nullopt;
}

std::optional<std::int64_t> SendSchedule::overdueAt(const Date& due, int daysAfter, std::int64_t nowMs) const
{
    return startOn(overdueDay(due, daysAfter, m_settings.windowDays), nowMs);
}

std::int64_t SendSchedule::nextOpening(std::int64_t nowMs) const
{
    if (isOpen(nowMs)) {
        return nowMs;
    }
    Date day = today(nowMs);
    for (int i = 0; i < 8; ++i, day = day.addDays(1)) {
        if (!isWindowDay(day)) {
            continue;
        }
        const std::int64_t start = m_zone->toUtcMs(day, m_settings.windowStart);
        if (start > nowMs) {
            return start;
        }
    }
    return nowMs + 24LL * 3600 * 1000; // no window day at all (settings forbid this)
}

std::string formatDate(const Date& date, const std::string& language)
{
    static constexpr std::array<std::string_view, 12> es{"enero",      "febrero", "marzo",     "abril",
                                                         "mayo",       "junio",   "julio",     "agosto",
                                                         "septiembre", "octubre", "noviembre", "diciembre"};
    static constexpr std::array<std::string_view, 12> pt{"janeiro",  "fevereiro", "março",    "abril",
                                                         "maio",     "junho",     "julho",    "agosto",
                                                         "setembro", "outubro",   "novembro", "dezembro"};
    static constexpr std::array<std::string_view, 12> en{"January",   "February", "March",    "April",
                                                         "May",       "June",     "July",     "August",
                                                         "September", "October",  "November", "December"};
    const std::size_t m = std::clamp(date.month, 1u, 12u) - 1;
    const std::string primary = language.substr(0, language.find_first_of("-_"));
    const std::string day = std::to_string(date.day);
    const std::string year = std::to_string(date.year);
    if (primary == "es") {
        return day + " de " + std::string(es[m]) + " de " + year;
    }
    if (primary == "pt") {
        return day + " de " + std::string(pt[m]) + " de " + year;
    }
    if (primary == "en") {
        return std::string(en[m]) + " " + day + ", " + year;
    }
    return date.toIso();
}

} // namespace petinfo::server
