// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncEngine.h"

#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "sync/SyncAccount.h"
#include "sync/SyncStore.h"
#include "sync/Synchronizer.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace petinfo::client {

qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 maxMs, double random)
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(static_cast<double>(maxMs), static_cast<double>(baseMs) * std::pow(2.0, exponent));
    return static_cast<qint64>(ceiling * (0.5 + 0.5 * std::clamp(random, 0.0, 1.0)));
}

/** Lives on the engine's thread; owns the connection, the timers and the HTTP client. */
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(std::shared_ptr<DatabaseFile> file, SecretStore& secrets, const Clock& clock, SyncEngine::Timing timing)
        : m_file(std::move(file))
        , m_secrets(secrets)
        , m_clock(clock)
        , m_timing(timing)
    {}

public Q_SLOTS:
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::runRound);
        auto db = m_file->connect();
        if (!db) {
            m_status.state = SyncStatus::State::Error;
            m_status.detail = QString::fromStdString(db.error().detail);
            Q_EMIT statusChanged(m_status);
            return;
        }
        m_db = std::move(*db);
        accountChanged();
    }

    void accountChanged()
    {
        if (!m_db) {
            return;
        }
        m_failures = 0;
        SyncAccount account(*m_db, m_secrets, m_file->meta().databaseId);
        auto info = account.info();
        auto token = account.token();
        m_api.reset();
        if (info && info->has_value() && token && !token->isEmpty()) {
            m_api = std::make_unique<SyncApi>((*info)->serverUrl, m_timing.requestTimeoutMs);
            m_api->setToken(*token);
            schedule(0);
        } else {
            m_timer->stop();
            refreshCounts();
            m_status.state = SyncStatus::State::SignedOut;
            Q_EMIT statusChanged(m_status);
        }
    }

    void syncNow()
    {
        m_failures = 0;
        schedule(0);
    }

    void localChange()
    {
        refreshCounts();
        Q_EMIT statusChanged(m_status);
        if (m_api && (m_status.state == SyncStatus::State::Idle || !m_timer->isActive())) {
            schedule(m_timing.debounceMs);
        }
    }

    /** Thread-safe: makes a running round stop at its next step. */
    void requestStop() { m_stopping = true; }
    /** Before the thread starts only. */
    void setFetchStage(Synchronizer::FetchStage stage) { m_fetch = std::move(stage); }

    void stop()
    {
        m_stopping = true;
        if (m_timer) {
            m_timer->stop();
        }
        m_api.reset();
        m_db.reset();
    }

Q_SIGNALS:
    void statusChanged(const petinfo::client::SyncStatus& status);
    void progress(qint64 done, qint64 total);
    void dataChanged();

private:
    void schedule(qint64 delayMs)
    {
        if (m_api && !m_stopping) {
            m_timer->start(static_cast<int>(std::max<qint64>(0, delayMs)));
        }
    }

    void refreshCounts()
    {
        if (!m_db) {
            return;
        }
        SyncStore store(*m_db);
        m_status.pendingChanges = store.outboxCount().valueOr(0);
        m_status.lastSyncedAtMs = store.state(QStringLiteral("sync.lastSyncedAt")).valueOr(QString()).toLongLong();
    }

    void runRound()
    {
        if (!m_api || !m_db || m_stopping) {
            return;
        }
        m_status.state = SyncStatus::State::Syncing;
        m_status.nextAttemptInMs = 0;
        Q_EMIT statusChanged(m_status);
        Synchronizer synchronizer(*m_db, *m_api, m_clock);
        if (m_fetch) {
            synchronizer.setFetchStage(m_fetch);
        }
        auto report = synchronizer.runOnce(
            [this](qint64 done, qint64 total) {
                Q_EMIT progress(done, total);
                return !m_stopping;
            },
            &m_stopping);
        refreshCounts();
        if (report) {
            m_failures = 0;
            m_status.state = SyncStatus::State::Idle;
            m_status.detail.clear();
            m_status.tagsWaiting = report->tagsWaiting;
            if (report->pulled > 0) {
                Q_EMIT dataChanged();
            }
            Q_EMIT statusChanged(m_status);
            // Changes made while this round ran go out soon; otherwise check in periodically.
            schedule(m_status.pendingChanges > 0 ? m_timing.debounceMs : m_timing.intervalMs);
            return;
        }
        const SyncError& e = report.error();
        m_status.detail = QString::fromStdString(e.detail);
        if (e.code == SyncErrc::SignedOut) {
            m_status.state = SyncStatus::State::NeedsSignIn;
            m_api.reset();
            Q_EMIT statusChanged(m_status);
            return;
        }
        if (e.code == SyncErrc::Cancelled) {
            return;
        }
        ++m_failures;
        m_status.state = e.code == SyncErrc::Offline ? SyncStatus::State::Offline : SyncStatus::State::Error;
        m_status.nextAttemptInMs = backoffDelayMs(m_failures, m_timing.backoffBaseMs, m_timing.backoffMaxMs,
                                                  QRandomGenerator::global()->generateDouble());
        qCInfo(lcSync) << "sync failed:" << m_status.detail << "- retrying in" << m_status.nextAttemptInMs << "ms";
        // Anything pulled before the failure is already committed.
        Q_EMIT dataChanged();
        Q_EMIT statusChanged(m_status);
        schedule(m_status.nextAttemptInMs);
    }

private:
    std::shared_ptr<DatabaseFile> m_file;
    SecretStore& m_secrets;
    const Clock& m_clock;
    SyncEngine::Timing m_timing;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncApi> m_api;
    QTimer* m_timer = nullptr;
    SyncStatus m_status;
    int m_failures = 0;
    std::atomic_bool m_stopping{false};
    Synchronizer::FetchStage m_fetch;
};

SyncEngine::SyncEngine(std::shared_ptr<DatabaseFile> file, SecretStore& secrets, const Clock& clock, Timing timing)
    : m_thread(new QThread)
    , m_worker(new SyncWorker(std::move(file), secrets, clock, timing))
{
    qRegisterMetaType<petinfo::client::SyncStatus>();
    m_thread->setObjectName(QStringLiteral("petinfo-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, &SyncEngine::onStatus);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::dataChanged, this, &SyncEngine::dataChanged);
}

SyncEngine::~SyncEngine()
{
    if (m_thread->isRunning()) {
        m_worker->requestStop();
        QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_worker;
    }
    delete m_thread;
}

void SyncEngine::setFetchStage(Synchronizer::FetchStage stage)
{
    Q_ASSERT(!m_thread->isRunning());
    m_worker->setFetchStage(std::move(stage));
}

void SyncEngine::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::begin, Qt::QueuedConnection);
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncEngine::localChange()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::localChange, Qt::QueuedConnection);
}

void SyncEngine::accountChanged()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::accountChanged, Qt::QueuedConnection);
}

void SyncEngine::onStatus(const SyncStatus& status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace petinfo::client

#include "SyncEngine.moc"
