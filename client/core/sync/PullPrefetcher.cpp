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
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QStringLiteral("petinfo-pull"));
    m_thread->start();
}

PullPrefetcher::~PullPrefetcher()
{
    stop();
}

void PullPrefetcher::stop()
{
    m_stop = true;
    m_changed.notify_all();
    m_thread->wait();
}

void PullPrefetcher::run()
{
    // Made here: a network manager belongs to the thread that creates it.
    std::unique_ptr<SyncApi> api = m_api.clone();
    api->setAbortFlag(&m_stop);
    std::int64_t cursor = m_cursor;
    while (true) {
        std::vector<PreparedPage> garbage;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_pages.size() < m_depth; });
            if (m_stop) {
                break;
            }
            garbage.swap(m_garbage);
        }
        garbage.clear();
        sync::PullRequest request;
        request.cursor = cursor;
        request.limit = m_limit;
        auto response = api->pullPage(request);
        const bool last = !response || !response->response.hasMore;
        NetResult<PreparedPage> page = response ? NetResult<PreparedPage>(prepare(std::move(*response)))
                                                : NetResult<PreparedPage>(fail(response.error()));
        if (page) {
            cursor = page->cursor;
        }
        std::lock_guard lock(m_mutex);
        m_sent = api->bytesSent();
        m_received = api->bytesReceived();
        m_pages.push_back(std::move(page));
        m_changed.notify_all();
        wakeWaiter();
        if (last) {
            break;
        }
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
    wakeWaiter();
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

void PullPrefetcher::recycle(std::vector<PreparedPage>&& pages)
{
    std::lock_guard lock(m_mutex);
    for (PreparedPage& page : pages) {
        m_garbage.push_back(std::move(page));
    }
    pages.clear();
}

std::pair<qint64, qint64> PullPrefetcher::traffic() const
{
    std::lock_guard lock(m_mutex);
    return {m_sent, m_received};
}

} // namespace petinfo::client
