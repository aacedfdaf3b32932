// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/SyncController.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QTest>

namespace petinfo::test {

/** Sync timing for GUI tests against a real server: short debounce and backoff. */
inline client::SyncEngine::Timing fastTiming()
{
    client::SyncEngine::Timing timing;
    timing.debounceMs = 50;
    timing.backoffBaseMs = 300;
    timing.backoffMaxMs = 600;
    timing.requestTimeoutMs = 5000;
    return timing;
}

/** Runs one sync round from start to end; true when it finished with nothing left to send. */
inline bool syncNow(client::SyncController& sync)
{
    bool started = false;
    bool finished = false;
    const auto connection =
        QObject::connect(&sync.engine(), &client::SyncEngine::statusChanged, &sync, [&](const client::SyncStatus& s) {
            if (s.state == client::SyncStatus::State::Syncing) {
                started = true;
            } else if (started && s.state == client::SyncStatus::State::Idle) {
                finished = true;
            }
        });
    sync.engine().syncNow();
    const bool done = QTest::qWaitFor([&] { return finished; }, 20000);
    QObject::disconnect(connection);
    return done && sync.engine().status().pendingChanges == 0;
}

} // namespace petinfo::test
