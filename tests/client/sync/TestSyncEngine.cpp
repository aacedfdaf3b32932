// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncDevice.h"
#include "TestServer.h"

#include "sync/SyncAccount.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::SyncDevice;
using petinfo::test::TestServer;

namespace {
const QString kEmail = QStringLiteral("engine@clinic.example");
const QString kPassword = QStringLiteral("correct horse battery staple");
} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testBackoffGrowsWithJitterAndIsCapped_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first, no jitter low") << 1 << 0.0 << qint64{500};
        QTest::newRow("first, top") << 1 << 0.999999 << qint64{999};
        QTest::newRow("third") << 3 << 0.0 << qint64{2000};
        QTest::newRow("capped") << 30 << 0.0 << qint64{30000};
        QTest::newRow("capped top") << 200 << 1.0 << qint64{60000};
    }

    void testBackoffGrowsWithJitterAndIsCapped()
    {
        QFETCH(int, attempt);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        QCOMPARE(backoffDelayMs(attempt, 1000, 60000, random), expected);
    }

    void testSyncsInBackgroundRetriesWhileOfflineAndRecovers()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Engine")));

        // The other device has records waiting on the server.
        ManualClock clock(QDateTime::currentMSecsSinceEpoch(), Date{2026, 11, 22});
        SyncDevice other(clock);
        QVERIFY(other.open());
        QVERIFY(other.signIn(server.url(), kEmail, kPassword));
        for (int i = 0; i < 300; ++i) {
            PetRecord r;
            r.pet.name = "Remote " + std::to_string(i);
            QVERIFY(other.service->createPet(r).hasValue());
        }
        QVERIFY(other.sync().hasValue());

        test::TempDatabase local;
        QVERIFY(local.create());
        local.db.reset();
        {
            auto db = local.file->connect();
            SyncAccount account(**db, local.secrets, local.file->meta().databaseId);
            SigninRequest request;
            request.email = kEmail;
            request.password = kPassword;
            QVERIFY(account.signIn(server.url(), request).hasValue());
        }
        SyncEngine::Timing timing;
        timing.debounceMs = 50;
        timing.backoffBaseMs = 200;
        timing.backoffMaxMs = 400;
        timing.requestTimeoutMs = 2000;
        SyncEngine engine(local.file, local.secrets, clock, timing);
        QSignalSpy changed(&engine, &SyncEngine::dataChanged);
        // The window's event loop keeps turning while the worker syncs.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        QElapsedTimer elapsed;
        elapsed.start();
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().state == SyncStatus::State::Idle && engine.status().lastSyncedAtMs > 0,
                                 60000);
        QVERIFY(ticks > elapsed.elapsed() / 10 / 3); // at least a third of the expected ticks ran
        QVERIFY(changed.count() >= 1);
        {
            auto db = local.file->connect();
            ManualClock c2(0, Date{2026, 11, 22});
            PetService service(std::move(*db), c2);
            QCOMPARE(service.petSummaries()->size(), std::size_t{300});
        }

        // Server gone: the engine goes offline and retries with backoff.
        server.stop();
        engine.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().state == SyncStatus::State::Offline, 20000);
        QVERIFY(engine.status().nextAttemptInMs >= 100);
        QVERIFY(engine.status().nextAttemptInMs <= 400);
        // A local edit made offline waits in the outbox...
        {
            auto db = local.file->connect();
            ManualClock c2(QDateTime::currentMSecsSinceEpoch(), Date{2026, 11, 22});
            PetService service(std::move(*db), c2);
            PetRecord r;
            r.pet.name = "Typed while offline";
            QVERIFY(service.createPet(r).hasValue());
        }
        engine.localChange();
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().pendingChanges == 1, 10000);
        // ...and goes out on its own once the server is back.
        QVERIFY2(server.start(), qPrintable(server.log()));
        QTRY_VERIFY_WITH_TIMEOUT(
            engine.status().state == SyncStatus::State::Idle && engine.status().pendingChanges == 0, 30000);
        QVERIFY(other.sync().hasValue());
        QCOMPARE(other.service->petSummaries()->size(), std::size_t{301});
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
