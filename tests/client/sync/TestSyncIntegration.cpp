// SPDX-License-Identifier: GPL-3.0-or-later
// Sync between real encrypted client databases and the real server process.
#include "SyncDevice.h"
#include "TestServer.h"

#include "petinfo/common/WireCodec.h"
#include "storage/Query.h"
#include "sync/SyncStore.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::FaultProxy;
using petinfo::test::SyncDevice;
using petinfo::test::TestServer;

namespace {
const QString kEmail = QStringLiteral("vet@clinic.example");
const QString kPassword = QStringLiteral("correct horse battery staple");
} // namespace

class TestSyncIntegration final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ManualClock> m_clock;

    std::unique_ptr<SyncDevice> device(const QUrl& url = {})
    {
        auto d = std::make_unique<SyncDevice>(*m_clock);
        if (!d->open() || !d->signIn(url.isEmpty() ? m_server->url() : url, kEmail, kPassword)) {
            return nullptr;
        }
        return d;
    }

    static QString addPet(SyncDevice& d, const char* name, const char* chip = "")
    {
        PetRecord r;
        r.pet.name = name;
        r.pet.microchip = chip;
        auto pet = d.service->createPet(r);
        return pet ? QString::fromStdString(pet->id) : QString();
    }

    static bool rename(SyncDevice& d, const QString& id, const char* name)
    {
        auto r = d.service->loadPet(id);
        if (!r) {
            return false;
        }
        r->pet.name = name;
        return d.service->updatePet(*r).hasValue();
    }

    /** A rabies shot given on 1 Jan 2026, due again on 1 Feb 2026 (overdue by the test clock). */
    static bool addOverdueRabies(SyncDevice& d, const QString& petId)
    {
        HealthRecord h;
        h.petId = petId.toStdString();
        h.product = "Rabies";
        h.date = Date{2026, 1, 1};
        h.nextDue = Date{2026, 2, 1};
        return d.service->addHealthRecord(h).hasValue();
    }

    static void syncOk(SyncDevice& d)
    {
        auto r = d.sync();
        QVERIFY2(r.hasValue(), r ? "" : r.error().detail.c_str());
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch(), Date{2026, 11, 22});
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        QVERIFY(m_server->signUp(kEmail, kPassword, QStringLiteral("Clínica Norte")));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning("server log:\n%s", qPrintable(m_server->log()));
        }
        m_server.reset();
    }

    void testFirstSignInMergesLocalRecordsUp()
    {
        auto a = std::make_unique<SyncDevice>(*m_clock);
        QVERIFY(a->open());
        // Records typed before the app was ever signed in.
        const QString rex = addPet(*a, "Rex", "982000000000001");
        QVERIFY(addOverdueRabies(*a, rex));
        QVERIFY(a->signIn(m_server->url(), kEmail, kPassword));
        syncOk(*a);
        QCOMPARE(*SyncStore(a->db()).outboxCount(), qint64{0});

        auto b = device();
        QVERIFY(b);
        syncOk(*b);
        QCOMPARE(b->petName(rex), QStringLiteral("Rex"));
        QCOMPARE(b->service->dueCounts()->overdue, 1);
        QCOMPARE(b->snapshot(), a->snapshot());
    }

    void testRecordPulledBeforeItsPetWaitsAndArrives()
    {
        // Pulls run in version order: a pet renamed after its vaccine was recorded comes after
        // the vaccine. With one row per page, the vaccine arrives first and must wait for it.
        auto a = device();
        QVERIFY(a);
        const QString rex = addPet(*a, "Rex");
        QVERIFY(addOverdueRabies(*a, rex));
        syncOk(*a);
        QVERIFY(rename(*a, rex, "Rex II"));
        syncOk(*a);

        auto b = device();
        QVERIFY(b);
        auto pulled = b->sync(1);
        QVERIFY2(pulled.hasValue(), pulled ? "" : pulled.error().detail.c_str());
        QCOMPARE(b->petName(rex), QStringLiteral("Rex II"));
        auto records = b->service->healthRecords(rex);
        QVERIFY(records);
        QCOMPARE(records->size(), std::size_t{1});
        QCOMPARE(records->front().product, std::string("Rabies"));
        QCOMPARE(b->service->dueCounts()->overdue, 1);
        QCOMPARE(SyncStore(b->db()).pendingProjections()->size(), std::size_t{0});
        QCOMPARE(b->snapshot(), a->snapshot());
    }

    void testALongFirstSyncKeepsItsRowsInChunks()
    {
        // 150 pets, each with an owner and a rabies shot: 600 rows, more than kMinRowsToChunk in
        // one page, so the new desktop keeps them in chunks referred to from its domain rows.
        auto a = device();
        QVERIFY(a);
        QStringList pets;
        for (int i = 0; i < 150; ++i) {
            PetRecord r;
            r.pet.name = "Pet " + std::to_string(i);
            ContactEntry owner;
            owner.person.name = "Owner " + std::to_string(i);
            owner.primary = true;
            r.contacts.push_back(owner);
            auto pet = a->service->createPet(r);
            QVERIFY(pet.hasValue());
            pets << QString::fromStdString(pet->id);
            QVERIFY(addOverdueRabies(*a, pets.back()));
        }
        syncOk(*a);
        auto b = device();
        QVERIFY(b);
        syncOk(*b);
        QCOMPARE(b->snapshot(), a->snapshot());
        auto count = [](SyncDevice& d, const char* sql) {
            Query q(d.db(), QString::fromLatin1(sql));
            return q.exec() && q.next() ? q.int64(0) : -1;
        };
        QCOMPARE(count(*b, "SELECT count(*) FROM pets WHERE sync_ref IS NOT NULL"), qint64{150});
        QCOMPARE(count(*b, "SELECT count(*) FROM persons WHERE sync_ref IS NOT NULL"), qint64{150});
        QCOMPARE(count(*b, "SELECT count(*) FROM pet_contacts WHERE sync_ref IS NOT NULL"), qint64{150});
        QCOMPARE(count(*b, "SELECT count(*) FROM health_records WHERE sync_ref IS NOT NULL"), qint64{150});
        QCOMPARE(count(*b, "SELECT count(*) FROM sync_rows"), qint64{0});
        QCOMPARE(*SyncStore(b->db()).rowCount(), *SyncStore(a->db()).rowCount());

        // Edits on both desktops meet rows kept in chunks; one pet is trashed and purged.
        QVERIFY(rename(*a, pets[0], "Renamed on A"));
        QVERIFY(rename(*b, pets[1], "Renamed on B"));
        QVERIFY(addOverdueRabies(*b, pets[3]));
        QVERIFY(b->service->trashPet(pets[2]).hasValue());
        syncOk(*a);
        syncOk(*b);
        syncOk(*a);
        QVERIFY(b->service->purgePet(pets[2]).hasValue());
        QVERIFY(a->service->purgePet(pets[2]).hasValue());
        QCOMPARE(a->petName(pets[1]), QStringLiteral("Renamed on B"));
        QCOMPARE(b->petName(pets[0]), QStringLiteral("Renamed on A"));
        QCOMPARE(b->snapshot(), a->snapshot());
        // The purged pet's health record and link left their chunk for sync_rows.
        QCOMPARE(*SyncStore(b->db()).rowCount(), *SyncStore(a->db()).rowCount());

        // A full download again meets every row where it is stored: nothing changes, nothing
        // conflicts, the purged pet stays purged, and only chunks still in use remain.
        const std::size_t conflicts = SyncStore(b->db()).conflicts(1000)->size();
        QVERIFY(SyncStore(b->db()).setState(QStringLiteral("pull.cursor"), QStringLiteral("0")).hasValue());
        syncOk(*b);
        QCOMPARE(b->snapshot(), a->snapshot());
        QCOMPARE(SyncStore(b->db()).conflicts(1000)->size(), conflicts);
        QCOMPARE(*SyncStore(b->db()).rowCount(), *SyncStore(a->db()).rowCount());
        QCOMPARE(count(*b, "SELECT count(*) FROM sync_chunks"),
                 count(*b, "SELECT count(*) FROM (SELECT sync_ref / 64 FROM pets WHERE sync_ref IS NOT NULL UNION "
                           "SELECT sync_ref / 64 FROM persons WHERE sync_ref IS NOT NULL UNION "
                           "SELECT sync_ref / 64 FROM pet_contacts WHERE sync_ref IS NOT NULL UNION "
                           "SELECT sync_ref / 64 FROM health_records WHERE sync_ref IS NOT NULL)"));
    }

    void testSameFieldLastWriterWinsAndLoserIsRestorable()
    {
        auto a = device();
        auto b = device();
        QVERIFY(a && b);
        const QString id = addPet(*a, "Luna");
        syncOk(*a);
        syncOk(*b);
        // Both edit the name offline; b's edit is later.
        QVERIFY(rename(*a, id, "Luna A"));
        m_clock->advanceMs(1000);
        QVERIFY(rename(*b, id, "Luna B"));
        syncOk(*a);
        syncOk(*b);
        syncOk(*a);
        QCOMPARE(a->petName(id), QStringLiteral("Luna B"));
        QCOMPARE(b->petName(id), QStringLiteral("Luna B"));
        QCOMPARE(a->snapshot(), b->snapshot());

        // Both devices log the clash, with the losing value.
        for (SyncDevice* d : {a.get(), b.get()}) {
            auto log = SyncStore(d->db()).conflicts(10);
            QVERIFY(log.hasValue());
            const auto it =
                std::find_if(log->begin(), log->end(), [](const ConflictRecord& c) { return c.field == "name"; });
            QVERIFY(it != log->end());
            QVERIFY(it->losingValue == nlohmann::json("Luna A"));
            QVERIFY(it->winningValue == nlohmann::json("Luna B"));
        }
    }

    void testDifferentFieldsBothSurvive()
    {
        auto a = device();
        auto b = device();
        const QString id = addPet(*a, "Toby");
        syncOk(*a);
        syncOk(*b);
        auto ra = a->service->loadPet(id);
        ra->pet.breed = "Beagle";
        QVERIFY(a->service->updatePet(*ra).hasValue());
        m_clock->advanceMs(10);
        auto rb = b->service->loadPet(id);
        rb->pet.colour = "tricolour";
        QVERIFY(b->service->updatePet(*rb).hasValue());
        syncOk(*a);
        syncOk(*b);
        syncOk(*a);
        for (SyncDevice* d : {a.get(), b.get()}) {
            auto pet = d->service->loadPet(id);
            QCOMPARE(pet->pet.breed, std::string("Beagle"));
            QCOMPARE(pet->pet.colour, std::string("tricolour"));
        }
        QCOMPARE(a->snapshot(), b->snapshot());
    }

    void testDeleteWinsButConcurrentEditIsKeptInTrash()
    {
        auto a = device();
        auto b = device();
        const QString id = addPet(*a, "Kira");
        syncOk(*a);
        syncOk(*b);
        QVERIFY(a->service->trashPet(id).hasValue());
        m_clock->advanceMs(10);
        auto rb = b->service->loadPet(id);
        rb->pet.breed = "Husky";
        QVERIFY(b->service->updatePet(*rb).hasValue());
        syncOk(*a);
        syncOk(*b);
        syncOk(*a);
        for (SyncDevice* d : {a.get(), b.get()}) {
            QCOMPARE(d->service->petSummaries()->size(), std::size_t{0});
            QCOMPARE(d->service->trashedPets()->size(), std::size_t{1});
            QCOMPARE(d->service->loadPet(id)->pet.breed, std::string("Husky"));
        }
        // Restoring from the trash is an edit that syncs too.
        QVERIFY(b->service->restorePet(id).hasValue());
        syncOk(*b);
        syncOk(*a);
        QCOMPARE(a->service->petSummaries()->size(), std::size_t{1});
        QCOMPARE(a->snapshot(), b->snapshot());
    }

    void testPushesAreIdempotentAndGapsRefused()
    {
        auto a = device();
        addPet(*a, "One");
        addPet(*a, "Two");
        auto pending = SyncStore(a->db()).pending(10);
        QCOMPARE(pending->size(), std::size_t{2});
        sync::PushRequest request;
        request.clientId = a->service->tracker().clientId()->toStdString();
        request.mutations = *pending;
        auto first = a->api->push(request);
        QVERIFY(first.hasValue());
        QCOMPARE(first->lastMutationId, std::int64_t{2});
        // The same push again (a retry after a lost answer): acknowledged, not applied again.
        auto again = a->api->push(request);
        QVERIFY(again.hasValue());
        QCOMPARE(again->lastMutationId, std::int64_t{2});
        for (const auto& r : again->results) {
            QCOMPARE(r.status, sync::MutationStatus::Duplicate);
        }
        // Out of order (2 then 1): both already applied, still acknowledged; the id never falls.
        std::reverse(request.mutations.begin(), request.mutations.end());
        auto reversed = a->api->push(request);
        QVERIFY(reversed.hasValue());
        QCOMPARE(reversed->lastMutationId, std::int64_t{2});
        // A gap (4 without 3) is refused and tells where to continue.
        sync::PushRequest gap = request;
        gap.mutations = {request.mutations.front()};
        gap.mutations[0].id = 4;
        auto refused = a->api->push(gap);
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().code, NetErrc::Conflict);
        QCOMPARE(refused.error().details.value("expectedMutationId", 0), 3);
        // The device then syncs normally: the server's acknowledgement clears its outbox.
        syncOk(*a);
        QCOMPARE(*SyncStore(a->db()).outboxCount(), qint64{0});
        auto b = device();
        syncOk(*b);
        QCOMPARE(b->service->petSummaries()->size(), std::size_t{2});
    }

    void testServerKilledAfterCommitBeforeReply()
    {
        FaultProxy proxy(m_server->port());
        auto a = device(proxy.url());
        QVERIFY(a);
        const QString id = addPet(*a, "Max");
        // The push reaches the server and commits; as its answer comes back the server is
        // killed with SIGKILL and the client never hears the reply.
        proxy.setMode(FaultProxy::Mode::DropResponse);
        proxy.onFault = [this] {
            m_server->kill();
        };
        auto lost = a->sync();
        QVERIFY(!lost.hasValue());
        QCOMPARE(lost.error().code, SyncErrc::Offline);
        QCOMPARE(*SyncStore(a->db()).outboxCount(), qint64{1});
        proxy.onFault = nullptr;
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        proxy.setTarget(m_server->port());
        auto retried = a->sync();
        QVERIFY2(retried.hasValue(), retried ? "" : retried.error().detail.c_str());
        QCOMPARE(retried->pushed, qint64{1}); // acknowledged as a duplicate
        QCOMPARE(*SyncStore(a->db()).outboxCount(), qint64{0});
        auto b = device(proxy.url());
        syncOk(*b);
        QCOMPARE(b->service->petSummaries()->size(), std::size_t{1});
        QCOMPARE(b->petName(id), QStringLiteral("Max"));
        // Applied once: the server holds one version of the row, not two.
        auto row = SyncStore(b->db()).row(sync::EntityType::Pet, id);
        QVERIFY(row->version > 0);
    }

    void testConnectionsCutMidResponse()
    {
        FaultProxy proxy(m_server->port());
        auto a = device(proxy.url());
        auto b = device(proxy.url());
        for (int i = 0; i < 30; ++i) {
            addPet(*a, "Pet");
        }
        syncOk(*a);
        // b's pull answers are cut half-way, then stalled until the client gives up: each failed
        // round leaves b consistent, and a later round completes.
        proxy.setMode(FaultProxy::Mode::CutMidResponse, 1);
        QVERIFY(!b->sync(10).hasValue());
        proxy.setMode(FaultProxy::Mode::Stall, 1);
        b->api = std::make_unique<SyncApi>(proxy.url(), 1500);
        QVERIFY(!b->sync(10).hasValue());
        QVERIFY(b->signIn(proxy.url(), kEmail, kPassword));
        auto done = b->sync(10);
        QVERIFY2(done.hasValue(), done ? "" : done.error().detail.c_str());
        QCOMPARE(b->service->petSummaries()->size(), std::size_t{30});
        QCOMPARE(a->snapshot(), b->snapshot());
    }

    void testOfflinePastTheHorizonResyncsAndKeepsLocalEdits()
    {
        // A server that forgets deletions after one second.
        m_server = std::make_unique<TestServer>(
            TestServer::Options{{},
                                {{QStringLiteral("sync.tombstoneRetentionSeconds"), QStringLiteral("1")},
                                 {QStringLiteral("sync.purgeIntervalSeconds"), QStringLiteral("1")}},
                                {}});
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        QVERIFY(m_server->signUp(kEmail, kPassword, QStringLiteral("Refugio")));
        auto a = device();
        auto b = device();
        const QString gone = addPet(*a, "Gone");
        const QString kept = addPet(*a, "Kept");
        syncOk(*a);
        syncOk(*b);
        QVERIFY(a->service->trashPet(gone).hasValue());
        syncOk(*a);
        // b is offline while the deletion's tombstone expires, and edits meanwhile.
        QVERIFY(rename(*b, kept, "Kept, edited offline"));
        const QString fresh = addPet(*b, "New while offline");
        QTest::qWait(2600);
        auto r = b->sync();
        QVERIFY2(r.hasValue(), r ? "" : r.error().detail.c_str());
        QVERIFY(r->resynced);
        QCOMPARE(b->petName(kept), QStringLiteral("Kept, edited offline"));
        QCOMPARE(b->petName(fresh), QStringLiteral("New while offline"));
        // The deletion it never saw is applied too.
        QCOMPARE(b->service->petSummaries()->size(), std::size_t{2});
        syncOk(*a);
        QCOMPARE(a->petName(kept), QStringLiteral("Kept, edited offline"));
        QCOMPARE(a->service->petSummaries()->size(), std::size_t{2});
    }

    void testTwoReplicasNeverSkipARow()
    {
        const QString database = test::createPostgresDatabase();
        if (database.isEmpty()) {
            if (qEnvironmentVariable("CI") == QStringLiteral("true")) {
                QFAIL("PETINFO_TEST_PG_URL is not set: run through scripts/test-env.sh");
            }
            QSKIP("no PostgreSQL (PETINFO_TEST_PG_URL)");
        }
        TestServer one(TestServer::Options{database, {}, {}});
        TestServer two(TestServer::Options{database, {}, {}});
        QVERIFY2(one.start(), qPrintable(one.log()));
        QVERIFY2(two.start(), qPrintable(two.log()));
        QVERIFY(one.signUp(kEmail, kPassword, QStringLiteral("Dos réplicas")));
        // Writers in separate processes push through both replicas at once while a reader pulls
        // through alternating replicas; under such load sequence values commit out of order, so a
        // bare sequence as the cursor would skip rows.
        QTemporaryDir dir;
        QList<QProcess*> writers;
        constexpr int kWriters = 3;
        constexpr int kRounds = 5;
        constexpr int kPerRound = 6;
        for (int w = 0; w < kWriters; ++w) {
            auto* p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PETINFO_PASSPHRASE"), QStringLiteral("replica test"));
            env.insert(QStringLiteral("PETINFO_PASSWORD"), kPassword);
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            p->setProcessEnvironment(env);
            const QString db = dir.filePath(QStringLiteral("w%1.db").arg(w));
            const QString script =
                QStringLiteral("set -e; c=%1; db=%2; $c --db $db init >/dev/null; "
                               "$c --db $db signin --server %3 --email %4 >/dev/null; "
                               "for round in $(seq %5); do "
                               "  f=%6/w%7-$round.csv; echo name > $f; "
                               "  for i in $(seq %8); do echo w%7-$round-$i >> $f; done; "
                               "  $c --db $db import $f >/dev/null; $c --db $db sync >/dev/null; "
                               "done")
                    .arg(QStringLiteral(PETINFO_CLI), db, (w % 2 ? two : one).url().toString(), kEmail)
                    .arg(kRounds)
                    .arg(dir.path())
                    .arg(w)
                    .arg(kPerRound);
            p->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
            writers << p;
        }
        auto reader = device(one.url());
        QVERIFY(reader);
        bool useTwo = false;
        auto allDone = [&] {
            return std::all_of(writers.begin(), writers.end(),
                               [](QProcess* p) { return p->state() == QProcess::NotRunning; });
        };
        while (!allDone()) {
            reader->useServer(useTwo ? two.url() : one.url());
            useTwo = !useTwo;
            auto r = reader->sync(7);
            QVERIFY2(r.hasValue(), r ? "" : r.error().detail.c_str());
            QTest::qWait(20);
        }
        for (QProcess* p : writers) {
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        // Until its cached organisation version expires (sync.versionCacheMilliseconds, 1 s), a
        // replica may answer "up to date" to a cursor it has just served although the other one
        // has taken a push since (docs/server.md, Soft state): under load the last round of a
        // writer went missing here. Nothing is skipped, only seen a second later.
        QTest::qWait(1100);
        syncOk(*reader);
        QCOMPARE(reader->service->petSummaries()->size(), std::size_t{kWriters * kRounds * kPerRound});
        // A fresh device that pulls everything at once agrees with the incremental reader.
        auto fresh = device(two.url());
        syncOk(*fresh);
        QCOMPARE(fresh->snapshot(), reader->snapshot());
    }

    void testClientKilledMidSyncLosesNothing()
    {
        FaultProxy proxy(m_server->port());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("killed.db"));
        const QString csv = dir.filePath(QStringLiteral("pets.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,microchip\n");
            for (int i = 0; i < 1200; ++i) {
                f.write(QStringLiteral("Pet %1,%2\n").arg(i).arg(982000000000000LL + i).toUtf8());
            }
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PETINFO_PASSPHRASE"), QStringLiteral("killed mid sync"));
        env.insert(QStringLiteral("PETINFO_PASSWORD"), kPassword);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        auto cli = [&](const QStringList& args) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(PETINFO_CLI), QStringList{QStringLiteral("--db"), db} + args);
            return p;
        };
        for (const QStringList& args : {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("import"), csv},
                                        QStringList{QStringLiteral("signin"), QStringLiteral("--server"),
                                                    proxy.url().toString(), QStringLiteral("--email"), kEmail}}) {
            // Wait while serving the proxy (it runs on this thread's event loop).
            auto p = cli(args);
            QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 60000);
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        // 1,200 mutations go in three pushes; the second one's answer never arrives, and the
        // process is killed while it waits (the server has committed that batch).
        proxy.setMode(FaultProxy::Mode::Stall, 1, 1);
        auto syncing = cli({QStringLiteral("sync")});
        QTRY_VERIFY_WITH_TIMEOUT(proxy.faultsApplied() == 1, 60000);
        syncing->kill();
        QVERIFY(syncing->waitForFinished(10000));
        // Restarted on the same database file, it finishes the job.
        auto again = cli({QStringLiteral("sync")});
        QTRY_VERIFY_WITH_TIMEOUT(again->state() == QProcess::NotRunning, 120000);
        QVERIFY2(again->exitCode() == 0, again->readAllStandardError().constData());
        auto status = cli({QStringLiteral("status")});
        QTRY_VERIFY_WITH_TIMEOUT(status->state() == QProcess::NotRunning, 30000);
        QVERIFY(status->readAllStandardOutput().contains("\"pendingChanges\": 0"));

        auto b = device();
        syncOk(*b);
        const auto pets = b->service->petSummaries();
        QCOMPARE(pets->size(), std::size_t{1200});
        QSet<QString> chips;
        for (const auto& p : *pets) {
            chips.insert(p.microchip);
        }
        QCOMPARE(chips.size(), 1200);
    }

    void testBlankTagClaimSyncsToServerPage()
    {
        auto a = device();
        auto b = device();
        const QString id = addPet(*a, "Reclamada");
        auto blank = a->service->createBlankTags(2);
        QVERIFY(blank.hasValue());
        syncOk(*a);
        // Before it is claimed, the server's page for the tag says how to claim it.
        nlohmann::json ignored;
        QNetworkAccessManager network;
        auto page = [&](const QString& tag) {
            QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_server->url().toString() + "/t/" + tag)));
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return QString::fromUtf8(reply->readAll());
        };
        QVERIFY(!page(blank->front()).contains(QStringLiteral("Reclamada")));
        QVERIFY(a->service->claimTag(id, blank->front()).hasValue());
        syncOk(*a);
        syncOk(*b);
        QCOMPARE(QString::fromStdString(b->service->loadPet(id)->pet.tagId), blank->front());
        QVERIFY2(page(blank->front()).contains(QStringLiteral("Reclamada")), qPrintable(page(blank->front())));
        QCOMPARE(b->service->blankTags()->size(), std::size_t{1});
        // The other device cannot give the same tag to another pet.
        const QString other = addPet(*b, "Otra");
        QCOMPARE(b->service->claimTag(other, blank->front()).error().code, StorageErrc::Constraint);
    }

    void testAttachmentsSyncByContent()
    {
        auto a = device();
        auto b = device();
        const QString id = addPet(*a, "Foto");
        // A tiny but real PNG (signature + IHDR), so the server's type check accepts it.
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                                   "1f15c4890000000d49444154789c6360000000000500010d0a2db40000"
                                                   "000049454e44ae426082");
        Attachment photo;
        photo.petId = id.toStdString();
        photo.kind = AttachmentKind::Photo;
        photo.fileName = "foto.png";
        photo.mimeType = "image/png";
        auto stored = a->service->addAttachment(photo, png);
        QVERIFY(stored.hasValue());
        QVERIFY(a->service->setMainPhoto(id, QString::fromStdString(stored->id)).hasValue());
        auto up = a->sync();
        QVERIFY2(up.hasValue(), up ? "" : up.error().detail.c_str());
        QCOMPARE(up->blobsUploaded, qint64{1});
        auto down = b->sync();
        QVERIFY(down.hasValue());
        QCOMPARE(down->blobsDownloaded, qint64{1});
        QCOMPARE(b->service->attachmentData(QString::fromStdString(stored->sha256)).value(), png);
        QCOMPARE(b->service->loadPet(id)->pet.photoId, stored->id);
        QCOMPARE(a->snapshot(), b->snapshot());
    }
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "TestSyncIntegration.moc"
