// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ConnectionGuard.h"

#include "http/AccessLog.h"
#include "http/Metrics.h"

#include <Poco/Net/IPAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <sys/socket.h>

namespace petinfo::server {

using Clock = std::chrono::steady_clock;

struct ConnectionGuard::Entry
{
    int fd = -1;
    std::string key;
    Phase phase = Phase::Waiting;
    Clock::time_point start;
    Clock::time_point deadline = Clock::time_point::max();
    std::size_t moved = 0;
    bool timedOut = false;
};

namespace {

/** The connection the current thread serves (set by Registration). */
struct Current
{
    ConnectionGuard* guard = nullptr;
    ConnectionGuard::Entry* entry = nullptr;
};
thread_local Current t_current;

constexpr auto kTick = std::chrono::milliseconds(250);
constexpr auto kReportInterval = std::chrono::seconds(60);

std::string_view phaseName(ConnectionGuard::Phase phase)
{
    switch (phase) {
    case ConnectionGuard::Phase::Waiting:
        return "waiting";
    case ConnectionGuard::Phase::Headers:
        return "headers";
    case ConnectionGuard::Phase::Body:
        return "body";
    case ConnectionGuard::Phase::Working:
        return "working";
    case ConnectionGuard::Phase::Answering:
        return "answering";
    }
    return "unknown";
}

} // namespace

ConnectionGuard::ConnectionGuard(ConnectionLimits limits, Metrics& metrics, AccessLog& log)
    : m_limits(limits)
    , m_metrics(metrics)
    , m_log(log)
    , m_lastReport(Clock::now())
    , m_watchdog([this] { watch(); })
{}

ConnectionGuard::~ConnectionGuard()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_watchdog.join();
}

std::string ConnectionGuard::addressKey(const std::string& host)
{
    Poco::Net::IPAddress ip;
    if (!Poco::Net::IPAddress::tryParse(host, ip) || ip.family() != Poco::Net::IPAddress::IPv6) {
        return host;
    }
    if (ip.isIPv4Mapped()) {
        const auto* b = static_cast<const unsigned char*>(ip.addr());
        return std::to_string(b[12]) + '.' + std::to_string(b[13]) + '.' + std::to_string(b[14]) + '.' +
               std::to_string(b[15]);
    }
    static constexpr char hex[] = "0123456789abcdef";
    const auto* b = static_cast<const unsigned char*>(ip.addr());
    std::string out;
    for (int i = 0; i < 8; ++i) {
        out += hex[b[i] >> 4];
        out += hex[b[i] & 15];
        if (i % 2 == 1) {
            out += ':';
        }
    }
    return out + ":/64";
}

ConnectionGuard::Registration::Registration(ConnectionGuard& guard, const Poco::Net::StreamSocket& socket)
    : m_guard(guard)
    , m_entry(std::make_unique<Entry>())
{
    m_entry->fd = socket.impl()->sockfd();
    try {
        m_entry->key = addressKey(socket.peerAddress().host().toString());
    } catch (const Poco::Exception&) {
        m_entry->key = "unknown"; // the peer is already gone
    }
    m_entry->start = Clock::now();
    m_entry->deadline = m_entry->start + guard.m_limits.headerTimeout;
    {
        std::lock_guard lock(guard.m_mutex);
        std::size_t& count = guard.m_perAddress[m_entry->key];
        if (guard.m_limits.maxPerAddress != 0 && count >= guard.m_limits.maxPerAddress) {
            ++guard.m_refusedSinceReport;
        } else {
            ++count;
            guard.m_entries.insert(m_entry.get());
            m_admitted = true;
        }
    }
    if (!m_admitted) {
        guard.m_metrics.increment("petinfo_http_connections_refused_total", "reason", "per_address");
        return;
    }
    t_current = Current{&guard, m_entry.get()};
}

ConnectionGuard::Registration::~Registration()
{
    if (!m_admitted) {
        return;
    }
    t_current = Current{};
    std::lock_guard lock(m_guard.m_mutex);
    m_guard.m_entries.erase(m_entry.get());
    const auto it = m_guard.m_perAddress.find(m_entry->key);
    if (it != m_guard.m_perAddress.end() && --it->second == 0) {
        m_guard.m_perAddress.erase(it);
    }
}

void ConnectionGuard::enter(Phase phase, bool firstRequest)
{
    const Current current = t_current;
    if (!current.guard) {
        return;
    }
    const ConnectionLimits& limits = current.guard->m_limits;
    const Clock::time_point now = Clock::now();
    std::lock_guard lock(current.guard->m_mutex);
    Entry& e = *current.entry;
    e.phase = phase;
    e.start = now;
    e.moved = 0;
    switch (phase) {
    case Phase::Waiting:
        // Poco ends an idle kept-alive connection itself after keepAlive; this is the backstop.
        e.deadline = now + (firstRequest ? limits.headerTimeout : limits.keepAlive + std::chrono::seconds(1));
        break;
    case Phase::Headers:
        e.deadline = now + limits.headerTimeout;
        break;
    case Phase::Body:
    case Phase::Answering:
        e.deadline = now + limits.bodyTimeout;
        break;
    case Phase::Working:
        e.deadline = Clock::time_point::max();
        break;
    }
}

void ConnectionGuard::progress(std::size_t bytes)
{
    const Current current = t_current;
    if (!current.guard) {
        return;
    }
    const ConnectionLimits& limits = current.guard->m_limits;
    std::lock_guard lock(current.guard->m_mutex);
    Entry& e = *current.entry;
    if (e.timedOut || (e.phase != Phase::Body && e.phase != Phase::Answering)) {
        return;
    }
    e.moved += bytes;
    const auto allowance = std::chrono::milliseconds(
        static_cast<std::int64_t>(static_cast<double>(e.moved) * 1000.0 /
                                  static_cast<double>(std::max<std::size_t>(1, limits.minBytesPerSecond))));
    e.deadline = e.start + limits.bodyTimeout + allowance;
}

bool ConnectionGuard::timedOut()
{
    const Current current = t_current;
    if (!current.guard) {
        return false;
    }
    std::lock_guard lock(current.guard->m_mutex);
    return current.entry->timedOut;
}

void ConnectionGuard::stopIdle()
{
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    for (Entry* e : m_entries) {
        if (e->phase == Phase::Waiting) {
            ::shutdown(e->fd, SHUT_RDWR);
        }
    }
}

void ConnectionGuard::stopAll()
{
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    for (Entry* e : m_entries) {
        ::shutdown(e->fd, SHUT_RDWR);
    }
}

bool ConnectionGuard::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

std::size_t ConnectionGuard::openConnections() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

void ConnectionGuard::expire(Entry& e)
{
    e.timedOut = true;
    e.deadline = Clock::time_point::max();
    ++m_timedOutSinceReport;
    // A slow reader of headers or body only loses its receiving side, so that it still gets a
    // 408 answer; a connection that waits or does not read the answer is closed both ways.
    const bool reading = e.phase == Phase::Headers || e.phase == Phase::Body;
    ::shutdown(e.fd, reading ? SHUT_RD : SHUT_RDWR);
    m_metrics.increment("petinfo_http_connections_timed_out_total", "phase", phaseName(e.phase));
}

void ConnectionGuard::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        m_wake.wait_for(lock, kTick, [this] { return m_quit; });
        if (m_quit) {
            break;
        }
        const Clock::time_point now = Clock::now();
        for (Entry* e : m_entries) {
            if (!e->timedOut && e->deadline <= now) {
                expire(*e);
            }
        }
        if (now - m_lastReport >= kReportInterval && (m_refusedSinceReport > 0 || m_timedOutSinceReport > 0)) {
            const std::uint64_t refused = m_refusedSinceReport;
            const std::uint64_t timedOut = m_timedOutSinceReport;
            m_refusedSinceReport = 0;
            m_timedOutSinceReport = 0;
            m_lastReport = now;
            lock.unlock();
            m_log.event("warning", "petinfo.server.http", "slow or surplus connections closed",
                        {{"timedOut", timedOut}, {"refusedPerAddress", refused}});
            lock.lock();
        }
    }
}

} // namespace petinfo::server
