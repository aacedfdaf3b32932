// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace Poco::Net {
class StreamSocket;
}

namespace petinfo::server {

class AccessLog;
class Metrics;

/** How long a client may take, and how many connections one address may hold. Each connection
 *  holds a worker thread while it is open, so without these a few hundred slow or idle
 *  connections from one address stopped every other client. */
struct ConnectionLimits
{
    std::size_t maxPerAddress = 32; ///< open connections per client address (IPv6: per /64); 0: no limit
    std::chrono::milliseconds headerTimeout{10000}; ///< request line and headers, from their first byte
    std::chrono::milliseconds bodyTimeout{20000};   ///< a request body or an answer, before the allowance below
    std::size_t minBytesPerSecond = 1024;           ///< each this many bytes moved of a body or answer add one second
    std::chrono::milliseconds keepAlive{15000};     ///< idle time between two requests of one connection
};

/** Watches every open connection of the server: refuses a connection whose address already holds
 *  `maxPerAddress`, and shuts down the socket of one that overstays its phase's deadline (a
 *  thread checks four times a second), which ends the blocked read or write of its worker.
 *
 *  The phases of a connection are set on its own thread through the static functions (no-ops on
 *  threads that serve no guarded connection, e.g. in unit tests of the dispatcher). */
class ConnectionGuard
{
public:
    enum class Phase
    {
        Waiting,  ///< for the first byte of a request (deadline: headerTimeout, then keepAlive)
        Headers,  ///< reading the request line and headers
        Body,     ///< reading a request body (deadline grows with the bytes received)
        Working,  ///< the handler runs: no deadline
        Answering ///< writing the answer (deadline grows with the bytes sent)
    };

    ConnectionGuard(ConnectionLimits limits, Metrics& metrics, AccessLog& log);
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard&) = delete;
    ConnectionGuard& operator=(const ConnectionGuard&) = delete;

    struct Entry;

    /** One connection for as long as it is served, on the thread that serves it. Must end before
     *  the socket is closed: the watchdog shuts down only sockets that are registered, so it never
     *  touches a descriptor that was closed and perhaps reused. */
    class Registration
    {
    public:
        Registration(ConnectionGuard& guard, const Poco::Net::StreamSocket& socket);
        ~Registration();
        Registration(const Registration&) = delete;
        Registration& operator=(const Registration&) = delete;

        /** False when the address already had its maximum of connections. */
        bool admitted() const { return m_admitted; }

    private:
        ConnectionGuard& m_guard;
        std::unique_ptr<Entry> m_entry;
        bool m_admitted = false;
    };

    /** Moves the current thread's connection to `phase` and starts that phase's deadline.
     *  `firstRequest` picks the Waiting deadline (headerTimeout for a new connection). */
    static void enter(Phase phase, bool firstRequest = false);
    /** Bytes of a body or answer moved: extends the deadline by 1 s per minBytesPerSecond. */
    static void progress(std::size_t bytes);
    /** Whether the current thread's connection was shut down for being too slow. */
    static bool timedOut();

    /** Graceful stop: no new request is started on a kept-alive connection, and connections that
     *  wait for one are closed now. */
    void stopIdle();
    /** Shuts down every connection (requests in flight included). */
    void stopAll();
    bool stopping() const;

    std::size_t openConnections() const;
    const ConnectionLimits& limits() const { return m_limits; }

    /** The key connections are counted under: the IPv4 address, or the /64 prefix of an IPv6 one
     *  (one client usually holds a whole /64). */
    static std::string addressKey(const std::string& host);

private:
    void watch();
    /** Shuts down a connection past its deadline; called with m_mutex held. */
    void expire(Entry& entry);

    const ConnectionLimits m_limits;
    Metrics& m_metrics;
    AccessLog& m_log;

    mutable std::mutex m_mutex;
    std::unordered_set<Entry*> m_entries;
    std::unordered_map<std::string, std::size_t> m_perAddress;
    bool m_stopping = false;
    bool m_quit = false;
    std::condition_variable m_wake;
    /** Counted since the last log line (at most one a minute, so an attack does not flood the log). */
    std::uint64_t m_refusedSinceReport = 0;
    std::uint64_t m_timedOutSinceReport = 0;
    std::chrono::steady_clock::time_point m_lastReport;
    std::thread m_watchdog;
};

} // namespace petinfo::server
