// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace petinfo::server {

/** Prometheus metrics of one process, rendered in the text exposition format. */
class Metrics
{
public:
    Metrics();

    void observeRequest(std::string_view route, std::string_view method, int status, double seconds);
    /** A labelled counter, e.g. ("petinfo_sync_mutations_total", "status", "applied"). */
    void increment(std::string_view name, std::string_view label, std::string_view value, std::uint64_t by = 1);
    /** Gauges read when /metrics is scraped. */
    void addGauge(std::string name, std::string help, std::function<double()> read);

    std::string render() const;

    static constexpr std::array<double, 11> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};

private:
    struct Histogram
    {
        std::array<std::uint64_t, kBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex m_mutex;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> m_requests;
    std::map<std::string, Histogram, std::less<>> m_durations;
    std::map<std::tuple<std::string, std::string, std::string>, std::uint64_t> m_counters;
    struct Gauge
    {
        std::string name;
        std::string help;
        std::function<double()> read;
    };
    std::vector<Gauge> m_gauges;
    std::chrono::steady_clock::time_point m_started;
};

/** Resident set size of this process in bytes (Linux /proc), 0 elsewhere. */
std::uint64_t residentBytes();

} // namespace petinfo::server
