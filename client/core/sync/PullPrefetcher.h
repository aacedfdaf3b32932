// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/PreparedRow.h"
#include "sync/SyncApi.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

class QEventLoop;
class QThread;

namespace petinfo::client {

/** Fetches the pages of a long pull ahead while the caller writes the pages already fetched.
 *  Two threads: one talks to the server with its own connection, and asks for the next page as
 *  soon as an answer's opening names its cursor (sync::readPullHead); the other reads each answer
 *  and prepares its rows (see PreparedRow). So the server's work, the transfer, the reading and
 *  the database overlap. At most `depth` pages wait, in order; fetching stops after the last page
 *  or the first failure (which is handed over like a page, in order). */
class PullPrefetcher final
{
public:
    /** Starts at `cursor`. `cancel` (may be null) is the caller's cancel flag: when it is set,
     *  fetching stops and next() returns at once. */
    PullPrefetcher(const SyncApi& api, std::int64_t cursor, int limit, const std::atomic_bool* cancel = nullptr,
                   int depth = 8);
    /** Stops fetching (an answer in progress is abandoned) and waits for the thread. */
    ~PullPrefetcher();
    PullPrefetcher(const PullPrefetcher&) = delete;
    PullPrefetcher& operator=(const PullPrefetcher&) = delete;

    /** Stops fetching and waits for the thread (the destructor does it too). */
    void stop();

    /** The next page, waiting for it (Offline once stopped or cancelled). */
    NetResult<PreparedPage> next();

    /** Hands a written page back: the reading thread frees it before it reads the next answer
     *  (a page holds some ten thousand small allocations). */
    void recycle(PreparedPage&& page);

    /** Bytes the thread's connection sent and received so far. */
    std::pair<qint64, qint64> traffic() const;

private:
    /** An answer on its way from the fetching thread to the reading one. */
    struct Fetched
    {
        std::optional<NetResult<PulledPage>> page; ///< read already (or failed); else `answer` is
        SyncApi::PullAnswer answer;
        sync::PullHead head; ///< what its opening said, which the full read must match
    };

    void fetch();
    void read();
    /** Ends the wait of next(); called with the mutex held. */
    void wakeWaiter();

    const SyncApi& m_api;
    const std::int64_t m_cursor;
    const int m_limit;
    const std::size_t m_depth;
    const std::atomic_bool* m_cancel;
    std::atomic_bool m_stop{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Fetched> m_fetched;
    bool m_fetchDone = false;
    std::deque<NetResult<PreparedPage>> m_pages;
    QEventLoop* m_waiter = nullptr; ///< the loop next() runs while it waits
    std::vector<PreparedPage> m_garbage;
    bool m_finished = false;
    qint64 m_sent = 0;
    qint64 m_received = 0;
    std::unique_ptr<QThread> m_fetcher;
    std::unique_ptr<QThread> m_reader;
};

} // namespace petinfo::client
