// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace petinfo::server {

/** A small thread-safe map whose entries expire after a fixed time. Used for soft state only:
 *  a miss always falls back to the database. Bounded: when full it starts over. */
template <typename V>
class TtlCache
{
public:
    TtlCache(std::chrono::milliseconds ttl, std::size_t capacity = 10000)
        : m_ttl(ttl)
        , m_capacity(capacity)
    {}

    bool enabled() const { return m_ttl.count() > 0; }

    std::optional<V> get(const std::string& key)
    {
        if (!enabled()) {
            return std::nullopt;
        }
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(key);
        if (it == m_entries.end()) {
            return std::nullopt;
        }
        if (std::chrono::steady_clock::now() >= it->second.expires) {
            m_entries.erase(it);
            return std::nullopt;
        }
        return it->second.value;
    }

    void put(const std::string& key, V value)
    {
        if (!enabled()) {
            return;
        }
        std::lock_guard lock(m_mutex);
        if (m_entries.size() >= m_capacity) {
            m_entries.clear();
        }
        m_entries.insert_or_assign(key, Entry{std::move(value), std::chrono::steady_clock::now() + m_ttl});
    }

    void erase(const std::string& key)
    {
        std::lock_guard lock(m_mutex);
        m_entries.erase(key);
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_entries.clear();
    }

private:
    struct Entry
    {
        V value;
        std::chrono::steady_clock::time_point expires;
    };
    std::chrono::milliseconds m_ttl;
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace petinfo::server
