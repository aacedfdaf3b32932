// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded randomized test: several devices make random edits and deletes offline, sync in random
// order through a proxy that randomly drops or cuts answers. At the end every copy must equal the
// others, and each row must equal the per-field last-writer-wins merge of every change any device
// ever made (so no acknowledged edit is missing). Seeds: PETINFO_SYNC_SEEDS="1,2,3" or
// PETINFO_SYNC_SEED_COUNT=N (default 6). A failure prints its seed.
#include "SyncDevice.h"
#include "TestServer.h"

#include "petinfo/common/sync/Merge.h"
#include "sync/SyncStore.h"

#include <QTest>

#include <map>
#include <random>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::FaultProxy;
using petinfo::test::SyncDevice;
using petinfo::test::TestServer;

namespace {

const QString kEmail = QStringLiteral("random@clinic.example");
const QString kPassword = QStringLiteral("correct horse battery staple");

using RowKey = std::pair<int, std::string>;

struct World
{
    std::mt19937 rng;
    std::vector<std::unique_ptr<SyncDevice>> devices;
    std::map<std::pair<int, std::int64_t>, sync::SyncRow> changes; // (device, mutation id) -> change

    explicit World(unsigned seed)
        : rng(seed)
    {}

    int pick(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    void capture(int d)
    {
        auto pending = SyncStore(devices[static_cast<std::size_t>(d)]->db()).pending(100000);
        for (const auto& m : *pending) {
            changes.emplace(std::pair{d, m.id}, m.change);
        }
    }
};

} // namespace

class TestSyncConvergence final : public QObject
{
    Q_OBJECT

    static std::vector<unsigned> seeds()
    {
        std::vector<unsigned> list;
        const QString explicitSeeds = qEnvironmentVariable("PETINFO_SYNC_SEEDS");
        if (!explicitSeeds.isEmpty()) {
            for (const QString& s : explicitSeeds.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                list.push_back(s.trimmed().toUInt());
            }
            return list;
        }
        const int count = qEnvironmentVariableIntValue("PETINFO_SYNC_SEED_COUNT");
        for (int i = 1; i <= (count > 0 ? count : 6); ++i) {
            list.push_back(static_cast<unsigned>(i));
        }
        return list;
    }

    static void randomOperation(World& w, SyncDevice& d)
    {
        auto live = d.service->petSummaries();
        auto trashed = d.service->trashedPets();
        const int op = w.pick(100);
        auto anyLive = [&]() -> QString {
            return live->empty() ? QString()
                                 : live->at(static_cast<std::size_t>(w.pick(static_cast<int>(live->size())))).id;
        };
        if (op < 20 || live->empty()) {
            PetRecord r;
            r.pet.name = "Pet " + std::to_string(w.rng() % 1000);
            (void)d.service->createPet(r);
        } else if (op < 40) {
            auto r = d.service->loadPet(anyLive());
            r->pet.name = "Renamed " + std::to_string(w.rng() % 1000);
            (void)d.service->updatePet(*r);
        } else if (op < 52) {
            auto r = d.service->loadPet(anyLive());
            r->pet.breed = "Breed " + std::to_string(w.rng() % 50);
            r->pet.status = static_cast<PetStatus>(w.pick(static_cast<int>(enumCount<PetStatus>())));
            (void)d.service->updatePet(*r);
        } else if (op < 60) {
            (void)d.service->trashPet(anyLive());
        } else if (op < 66 && !trashed->empty()) {
            (void)d.service->restorePet(
                trashed->at(static_cast<std::size_t>(w.pick(static_cast<int>(trashed->size())))).id);
        } else if (op < 80) {
            HealthRecord h;
            h.petId = anyLive().toStdString();
            h.kind = HealthKind::Vaccine;
            h.product = w.chance(50) ? "Rabies" : "DHPP";
            h.date = Date{2026, 1, 1}.addDays(w.pick(300));
            h.nextDue = h.date.addDays(365);
            (void)d.service->addHealthRecord(h);
        } else if (op < 86) {
            const QString pet = anyLive();
            auto records = d.service->healthRecords(pet);
            if (records && !records->empty()) {
                (void)d.service->trashHealthRecord(QString::fromStdString(records->front().id));
            }
        } else if (op < 94) {
            WeightEntry weight;
            weight.petId = anyLive().toStdString();
            weight.date = Date{2026, 1, 1}.addDays(w.pick(300));
            weight.kg = 1.0 + w.pick(400) / 10.0;
            (void)d.service->addWeight(weight);
        } else {
            Note note;
            note.petId = anyLive().toStdString();
            note.text = "Note " + std::to_string(w.rng() % 1000);
            (void)d.service->addNote(note);
        }
    }

private Q_SLOTS:
    void testRandomEditsConverge_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : seeds()) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }

    void testRandomEditsConverge()
    {
        QFETCH(unsigned, seed);
        ManualClock clock(QDateTime::currentMSecsSinceEpoch(), Date{2026, 11, 22});
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Random")));
        FaultProxy proxy(server.port());
        World w(seed);
        for (int i = 0; i < 3; ++i) {
            auto d = std::make_unique<SyncDevice>(clock);
            QVERIFY(d->open());
            QVERIFY(d->signIn(proxy.url(), kEmail, kPassword));
            w.devices.push_back(std::move(d));
        }
        int failedSyncs = 0;
        for (int step = 0; step < 70; ++step) {
            clock.advanceMs(w.pick(400));
            const int d = w.pick(3);
            SyncDevice& device = *w.devices[static_cast<std::size_t>(d)];
            if (w.chance(25)) {
                w.capture(d);
                if (w.chance(25)) {
                    proxy.setMode(w.chance(50) ? FaultProxy::Mode::DropResponse : FaultProxy::Mode::CutMidResponse, 1,
                                  w.pick(3));
                }
                if (!device.sync(w.chance(50) ? 5 : 0)) { // may fail: faults are part of the test
                    ++failedSyncs;
                }
                proxy.setMode(FaultProxy::Mode::Pass, 0);
            } else {
                randomOperation(w, device);
            }
        }
        // Everyone back online: sync until quiet.
        for (int round = 0; round < 3; ++round) {
            for (int d = 0; d < 3; ++d) {
                w.capture(d);
                auto r = w.devices[static_cast<std::size_t>(d)]->sync();
                QVERIFY2(r.hasValue(), qPrintable(QStringLiteral("seed %1: final sync failed: %2")
                                                      .arg(seed)
                                                      .arg(QString::fromStdString(r ? "" : r.error().detail))));
            }
        }
        auto conflicts = SyncStore(w.devices[0]->db()).conflicts(10000, true);
        qInfo("seed %u: %zu changes, %d faults injected, %d syncs failed, %zu conflicts logged on device 0", seed,
              w.changes.size(), proxy.faultsApplied(), failedSyncs, conflicts->size());
        // 1. Every copy is the same.
        const QString reference = w.devices[0]->snapshot();
        for (int d = 1; d < 3; ++d) {
            QVERIFY2(w.devices[static_cast<std::size_t>(d)]->snapshot() == reference,
                     qPrintable(QStringLiteral("seed %1: device %2 differs from device 0").arg(seed).arg(d)));
        }
        // 2. Every row is the merge of every change made anywhere: nothing acknowledged is missing.
        std::map<RowKey, sync::SyncRow> expected;
        for (const auto& [key, change] : w.changes) {
            const RowKey row{static_cast<int>(change.type), change.id};
            auto it = expected.find(row);
            if (it == expected.end()) {
                it = expected.emplace(row, sync::SyncRow{change.type, change.id, {}, 0}).first;
            }
            it->second = sync::merge(it->second, change).row;
        }
        QVERIFY(!expected.empty());
        SyncStore store(w.devices[0]->db());
        for (const auto& [key, row] : expected) {
            auto actual = store.row(row.type, QString::fromStdString(row.id));
            QVERIFY(actual.hasValue());
            QVERIFY2(actual->fields == row.fields,
                     qPrintable(
                         QStringLiteral("seed %1: %2 %3 is not the merge of all its changes\nexpected %4\nactual   %5")
                             .arg(seed)
                             .arg(QLatin1String(enumName(row.type)), QString::fromStdString(row.id),
                                  QString::fromStdString(sync::toJson(row).dump()),
                                  QString::fromStdString(sync::toJson(*actual).dump()))));
            if (row.type == sync::EntityType::Pet && !row.isDeleted()) {
                QCOMPARE(w.devices[0]->petName(QString::fromStdString(row.id)),
                         QString::fromStdString(row.value("name")->get<std::string>()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "TestSyncConvergence.moc"
