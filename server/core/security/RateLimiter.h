// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace petinfo::server {

/** In-memory token buckets per key (client address): a cheap first line against sign-in
 *  floods. Per-account failure counting lives in the database, so it holds across replicas. */
class RateLimiter
{
public:
    RateLimiter(double capacity, double refillPerSecond)
        : m_capacity(capacity)
        , m_refill(refillPerSecond)
    {}

    /** Takes one token; false (and the seconds until one is back) when the bucket is empty. */
    bool allow(const std::string& key, std::int64_t* retryAfterSeconds = nullptr);

private:
    struct Bucket
    {
        double tokens;
        std::chrono::steady_clock::time_point updated;
    };
    double m_capacity;
    double m_refill;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace petinfo::server
