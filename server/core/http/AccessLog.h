// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

namespace petinfo::server {

/** One JSON object per line (stdout or a file), for requests and for server events. Callers put
 *  no secrets in: no tokens, passwords, TOTP codes, bodies or query strings. */
class AccessLog
{
public:
    /** `path` empty: stdout. `enabled` false: request lines are dropped (events are kept). */
    AccessLog(const std::string& path, bool requestsEnabled);
    ~AccessLog();
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    bool requestsEnabled() const { return m_requests; }
    void request(nlohmann::json fields);
    /** A server event: level "info", "warning" or "error", a logger name such as
     *  "petinfo.server.sync", a message, and optional fields. */
    void event(std::string_view level, std::string_view logger, std::string_view message,
               nlohmann::json fields = nlohmann::json::object());

private:
    void write(nlohmann::json& line);

    std::mutex m_mutex;
    std::FILE* m_out = nullptr;
    bool m_ownsFile = false;
    bool m_requests = true;
};

/** UTC ISO 8601 with milliseconds. */
std::string isoTimestamp(std::int64_t epochMs);

} // namespace petinfo::server
