// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/Metrics.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace petinfo::server {

namespace {

std::string escapeLabel(std::string_view value)
{
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string number(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.9g", value);
    return buffer;
}

} // namespace

std::uint64_t residentBytes()
{
#if defined(__linux__)
    std::ifstream statm("/proc/self/statm");
    std::uint64_t size = 0;
    std::uint64_t resident = 0;
    if (statm >> size >> resident) {
        return resident * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
    }
#endif
    return 0;
}

Metrics::Metrics()
    : m_started(std::chrono::steady_clock::now())
{}

void Metrics::observeRequest(std::string_view route, std::string_view method, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{std::string(route), std::string(method), status}];
    auto it = m_durations.find(route);
    if (it == m_durations.end()) {
        it = m_durations.emplace(std::string(route), Histogram{}).first;
    }
    Histogram& h = it->second;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            ++h.buckets[i];
        }
    }
    ++h.count;
    h.sum += seconds;
}

void Metrics::increment(std::string_view name, std::string_view label, std::string_view value, std::uint64_t by)
{
    std::lock_guard lock(m_mutex);
    m_counters[{std::string(name), std::string(label), std::string(value)}] += by;
}

void Metrics::addGauge(std::string name, std::string help, std::function<double()> read)
{
    std::lock_guard lock(m_mutex);
    m_gauges.push_back(Gauge{std::move(name), std::move(help), std::move(read)});
}

std::string Metrics::render() const
{
    std::ostringstream out;
    std::lock_guard lock(m_mutex);
    out << "# HELP petinfo_http_requests_total HTTP requests by route, method and status.\n"
           "# TYPE petinfo_http_requests_total counter\n";
    for (const auto& [key, count] : m_requests) {
        const auto& [route, method, status] = key;
        out << "petinfo_http_requests_total{route=\"" << escapeLabel(route) << "\",method=\"" << escapeLabel(method)
            << "\",status=\"" << status << "\"} " << count << '\n';
    }
    out << "# HELP petinfo_http_request_duration_seconds Time to answer a request.\n"
           "# TYPE petinfo_http_request_duration_seconds histogram\n";
    for (const auto& [route, h] : m_durations) {
        const std::string label = "route=\"" + escapeLabel(route) + "\"";
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            out << "petinfo_http_request_duration_seconds_bucket{" << label << ",le=\"" << number(kBuckets[i]) << "\"} "
                << h.buckets[i] << '\n';
        }
        out << "petinfo_http_request_duration_seconds_bucket{" << label << ",le=\"+Inf\"} " << h.count << '\n';
        out << "petinfo_http_request_duration_seconds_sum{" << label << "} " << number(h.sum) << '\n';
        out << "petinfo_http_request_duration_seconds_count{" << label << "} " << h.count << '\n';
    }
    std::string lastName;
    for (const auto& [key, count] : m_counters) {
        const auto& [name, label, value] = key;
        if (name != lastName) {
            out << "# TYPE " << name << " counter\n";
            lastName = name;
        }
        out << name << '{' << label << "=\"" << escapeLabel(value) << "\"} " << count << '\n';
    }
    for (const Gauge& g : m_gauges) {
        out << "# HELP " << g.name << ' ' << g.help << "\n# TYPE " << g.name << " gauge\n"
            << g.name << ' ' << number(g.read()) << '\n';
    }
    out << "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
           "# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes "
        << residentBytes() << '\n';
    out << "# HELP petinfo_uptime_seconds Seconds since the server started.\n"
           "# TYPE petinfo_uptime_seconds gauge\npetinfo_uptime_seconds "
        << number(std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count()) << '\n';
    return out.str();
}

} // namespace petinfo::server
