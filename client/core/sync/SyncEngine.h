// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"
#include "sync/Synchronizer.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace petinfo::client {

class DatabaseFile;
class SecretStore;
class SyncWorker;

/** What the app shows about sync: the state, when it last worked, what is waiting. */
struct SyncStatus
{
    enum class State
    {
        SignedOut,   ///< not signed in: sync is off
        Idle,        ///< signed in and up to date as of lastSyncedAtMs
        Syncing,     ///< a round is running
        Offline,     ///< the server cannot be reached; retrying with backoff
        NeedsSignIn, ///< the server no longer accepts this device
        Error,       ///< something else failed; retrying with backoff
    };
    State state = State::SignedOut;
    qint64 lastSyncedAtMs = 0;
    qint64 pendingChanges = 0;
    qint64 nextAttemptInMs = 0; ///< for Offline/Error
    /** Rows of the last round's push whose tag waits for a claim (SyncReport::tagsWaiting). */
    qint64 tagsWaiting = 0;
    QString detail; ///< technical detail of the last failure
};

/** Delay before retry number `attempt` (1, 2, ...): exponential from `baseMs`, capped at `maxMs`,
 *  with full jitter in [50 %, 100 %] so that many desktops coming back online do not retry in step.
 *  `random` is a number in [0, 1). */
qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 maxMs, double random);

/** Runs sync in the background: on "Sync now", a few seconds after local changes, every few
 *  minutes while online, and with exponential backoff after failures. All network and database
 *  work happens on its own thread with its own connection, so the window never waits for it. */
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int debounceMs = 2000;                  ///< after a local change
        int intervalMs = 5 * 60 * 1000;         ///< while idle
        qint64 backoffBaseMs = 5000;            ///< first retry after a failure
        qint64 backoffMaxMs = 10LL * 60 * 1000; ///< longest wait between retries
        int requestTimeoutMs = 30000;
    };

    SyncEngine(std::shared_ptr<DatabaseFile> file, SecretStore& secrets, const Clock& clock, Timing timing);
    SyncEngine(std::shared_ptr<DatabaseFile> file, SecretStore& secrets, const Clock& clock)
        : SyncEngine(std::move(file), secrets, clock, Timing{})
    {}
    ~SyncEngine() override;

    /** Replaces the pull of every round (Synchronizer::setFetchStage); before start() only. The
     *  stage runs on the engine's thread. */
    void setFetchStage(Synchronizer::FetchStage stage);
    /** Starts the worker; it reads the account and syncs at once if signed in. */
    void start();
    SyncStatus status() const { return m_status; }

public Q_SLOTS:
    void syncNow();
    /** A local edit was saved: sync soon (debounced). */
    void localChange();
    /** The account changed (signed in or out). */
    void accountChanged();

Q_SIGNALS:
    void statusChanged(const petinfo::client::SyncStatus& status);
    void progress(qint64 done, qint64 total);
    /** Rows arrived from the server: views should reload. */
    void dataChanged();

private:
    void onStatus(const SyncStatus& status);

    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
    SyncStatus m_status;
};

} // namespace petinfo::client

Q_DECLARE_METATYPE(petinfo::client::SyncStatus)
