// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PullPrefetcher.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace petinfo::client {

PullPrefetcher::PullPrefetcher(const SyncApi& api, std::int64_t cursor, int limit, const std::atomic_bool* cancel,
                               int depth)
    : m_api(api)
    , m_cursor(cursor)
    , m_limit(limit)
    , m_depth(static_cast<std::size_t>(std::max(depth, 1)))
    , m_cancel(cancel)
    , m_fetcher(QThread::create([this] { fetch(); }))
    , m_reader(QThread::create([this] { read(); }))
{
    m_fetcher->setObjectName(QStringLiteral("petinfo-pull"));
    m_reader->setObjectName(QStringLiteral("petinfo-pull-read"));
    m_fetcher->start();
    m_reader->start();
}

PullPrefetcher::~PullPrefetcher()
{
    stop();
}

void PullPrefetcher::stop()
{
    {
        // Under the mutex: a thread between checking its wait condition and blocking would
        // otherwise miss the notification and never wake.
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_fetcher->wait();
    m_reader->wait();
}

void PullPrefetcher::fetch()
{
    // Made here: a network manager belongs to the thread that creates it.
    std::unique_ptr<SyncApi> api = m_api.clone();
    api->setAbortFlag(&m_stop);
    std::int64_t cursor = m_cursor;
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_fetched.size() + m_pages.size() < m_depth; });
            if (m_stop) {
                break;
            }
        }
        sync::PullRequest request;
        request.cursor = cursor;
        request.limit = m_limit;
        Fetched fetched;
        bool more = false;
        if (auto answer = api->pullBody(request); !answer) {
            fetched.page = NetResult<PulledPage>(fail(answer.error()));
        } else if (const auto head = sync::readPullHead(
                       std::string_view(answer->body.constData(), static_cast<std::size_t>(answer->body.size())))) {
            fetched.answer = std::move(*answer);
            fetched.head = *head;
            cursor = head->cursor;
            more = head->hasMore;
        } else {
            // Not the opening the server writes: read it all here to know where to go on.
            fetched.page = SyncApi::readPull(*answer);
            if (*fetched.page) {
                cursor = (*fetched.page)->response.cursor;
                more = (*fetched.page)->response.hasMore;
            }
        }
        std::lock_guard lock(m_mutex);
        m_sent = api->bytesSent();
        m_received = api->bytesReceived();
        m_fetched.push_back(std::move(fetched));
        m_changed.notify_all();
        if (!more) {
            break;
        }
    }
    std::lock_guard lock(m_mutex);
    m_fetchDone = true;
    m_changed.notify_all();
}

void PullPrefetcher::read()
{
    // Reads answers until the last one or the first failure; until stopped, it also frees the
    // pages the caller has written, so that the caller's thread does not.
    bool reading = true;
    auto finish = [this] { // with the mutex held
        m_finished = true;
        m_changed.notify_all();
        wakeWaiter();
    };
    while (true) {
        std::optional<Fetched> fetched;
        std::vector<PreparedPage> garbage;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this, reading] {
                return m_stop || !m_garbage.empty() || (reading && (!m_fetched.empty() || m_fetchDone));
            });
            if (m_stop) {
                break;
            }
            garbage.swap(m_garbage);
            if (reading && !m_fetched.empty()) {
                fetched = std::move(m_fetched.front());
                m_fetched.pop_front();
            } else if (reading && m_fetchDone) {
                reading = false;
                finish();
            }
        }
        garbage.clear();
        if (!fetched) {
            continue;
        }
        NetResult<PulledPage> pulled = fetched->page ? std::move(*fetched->page) : SyncApi::readPull(fetched->answer);
        if (pulled && !fetched->page &&
            (pulled->response.cursor != fetched->head.cursor || pulled->response.hasMore != fetched->head.hasMore)) {
            pulled = fail(NetError{NetErrc::BadResponse,
                                   fetched->answer.status,
                                   {},
                                   "the pull answer's cursor differs from its opening",
                                   {}});
        }
        const bool failed = !pulled;
        NetResult<PreparedPage> page = pulled ? NetResult<PreparedPage>(prepare(std::move(*pulled)))
                                              : NetResult<PreparedPage>(fail(pulled.error()));
        fetched.reset();
        std::lock_guard lock(m_mutex);
        m_pages.push_back(std::move(page));
        m_changed.notify_all();
        wakeWaiter();
        if (failed) {
            reading = false; // nothing after a failure is handed over
            finish();
        }
    }
    std::lock_guard lock(m_mutex);
    finish();
}

NetResult<PreparedPage> PullPrefetcher::next()
{
    // The wait runs this thread's event loop, as a blocking request did before: whatever else
    // lives on this thread (a test's fault proxy, say) keeps working. The fetching thread wakes
    // the loop when a page arrives; the caller's cancel flag has no signal and is polled.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(50);
    while (true) {
        {
            std::lock_guard lock(m_mutex);
            if (!m_pages.empty() || m_finished) {
                break;
            }
            m_waiter = &loop;
        }
        loop.exec();
        std::lock_guard lock(m_mutex);
        m_waiter = nullptr;
        if (m_cancel && m_cancel->load()) {
            m_stop = true;
            m_changed.notify_all();
            break;
        }
    }
    std::lock_guard lock(m_mutex);
    if (m_pages.empty()) {
        return fail(NetError{NetErrc::Offline, 0, {}, "the pull was stopped", {}});
    }
    auto page = std::move(m_pages.front());
    m_pages.pop_front();
    m_changed.notify_all();
    return page;
}

void PullPrefetcher::wakeWaiter()
{
    if (m_waiter) {
        QMetaObject::invokeMethod(m_waiter, &QEventLoop::quit, Qt::QueuedConnection);
    }
}

void PullPrefetcher::recycle(PreparedPage&& page)
{
    {
        std::lock_guard lock(m_mutex);
        m_garbage.push_back(std::move(page));
    }
    m_changed.notify_all();
}

std::pair<qint64, qint64> PullPrefetcher::traffic() const
{
    std::lock_guard lock(m_mutex);
    return {m_sent, m_received};
}

} // namespace petinfo::client
