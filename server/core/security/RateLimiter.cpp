// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace petinfo::server {

bool RateLimiter::allow(const std::string& key, std::int64_t* retryAfterSeconds)
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > 100000) {
        // Forget full buckets rather than grow without bound under a spray of addresses.
        std::erase_if(m_buckets, [&](const auto& entry) {
            const double elapsed = std::chrono::duration<double>(now - entry.second.updated).count();
            return entry.second.tokens + elapsed * m_refill >= m_capacity;
        });
    }
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket{m_capacity, now});
    Bucket& b = it->second;
    if (!inserted) {
        const double elapsed = std::chrono::duration<double>(now - b.updated).count();
        b.tokens = std::min(m_capacity, b.tokens + elapsed * m_refill);
        b.updated = now;
    }
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds) {
        *retryAfterSeconds = m_refill > 0 ? static_cast<std::int64_t>(std::ceil((1.0 - b.tokens) / m_refill)) : 60;
    }
    return false;
}

} // namespace petinfo::server
