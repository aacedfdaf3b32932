// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/AccessLog.h"

#include <chrono>
#include <ctime>

namespace petinfo::server {

std::string isoTimestamp(std::int64_t epochMs)
{
    const std::time_t seconds = static_cast<std::time_t>(epochMs / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(epochMs % 1000));
    return buffer;
}

AccessLog::AccessLog(const std::string& path, bool requestsEnabled)
    : m_requests(requestsEnabled)
{
    if (!path.empty()) {
        m_out = std::fopen(path.c_str(), "a");
        m_ownsFile = m_out != nullptr;
    }
    if (!m_out) {
        m_out = stdout;
    }
}

AccessLog::~AccessLog()
{
    if (m_ownsFile) {
        std::fclose(m_out);
    }
}

void AccessLog::request(nlohmann::json fields)
{
    if (!m_requests) {
        return;
    }
    fields["level"] = "info";
    fields["logger"] = "petinfo.server.http";
    fields["msg"] = "request";
    write(fields);
}

void AccessLog::event(std::string_view level, std::string_view logger, std::string_view message, nlohmann::json fields)
{
    if (!fields.is_object()) {
        fields = nlohmann::json::object();
    }
    fields["level"] = level;
    fields["logger"] = logger;
    fields["msg"] = message;
    write(fields);
}

void AccessLog::write(nlohmann::json& line)
{
    using namespace std::chrono;
    line["ts"] = isoTimestamp(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
    std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    text += '\n';
    std::lock_guard lock(m_mutex);
    std::fwrite(text.data(), 1, text.size(), m_out);
    std::fflush(m_out);
}

} // namespace petinfo::server
