// SPDX-License-Identifier: GPL-3.0-or-later
// Series of health records: whatever order records arrive in (typed here, imported, or pulled by
// sync, live or already in the trash), each series ends with exactly one open record, its newest
// live one, as a full recomputation would give.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/HealthRepository.h"
#include "storage/PetRepository.h"
#include "storage/Query.h"

#include <QMap>
#include <QTest>

#include <algorithm>
#include <random>

using namespace petinfo;
using namespace petinfo::client;

namespace {

const std::string kPetId = "7f0c8b1e-3a44-4c1e-9d55-2b1a0c9e4f10";

HealthRecord record(int n, HealthKind kind, const char* product, Date date, std::int64_t createdAtMs)
{
    HealthRecord r;
    r.id = "00000000-0000-4000-8000-0000000000" + std::to_string(10 + n);
    r.petId = kPetId;
    r.kind = kind;
    r.product = product;
    r.date = date;
    r.createdAtMs = createdAtMs;
    return r;
}

/** Eight records in three series; two share a date and differ by entry time. */
std::vector<HealthRecord> sampleRecords()
{
    return {
        record(0, HealthKind::Vaccine, "Rabies", Date{2024, 3, 1}, 100),
        record(1, HealthKind::Vaccine, "Rabies", Date{2025, 3, 1}, 200),
        record(2, HealthKind::Vaccine, "rabies ", Date{2026, 3, 1}, 300), // same series, other spelling
        record(3, HealthKind::Vaccine, "Rabies", Date{2026, 3, 1}, 250),
        record(4, HealthKind::Vaccine, "Parvovirus", Date{2025, 6, 1}, 400),
        record(5, HealthKind::Vaccine, "Parvovirus", Date{2023, 6, 1}, 500),
        record(6, HealthKind::Deworming, "Brand A", Date{2025, 1, 10}, 600),
        record(7, HealthKind::Deworming, "Brand B", Date{2025, 9, 10}, 700),
    };
}

} // namespace

class TestHealthRepository final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_storage;

    Database& db() { return *m_storage->db; }

    /** The open record of every series (by "pet/series"), worked out from scratch from what the
     *  table holds. */
    QMap<QString, QString> expectedOpen()
    {
        QMap<QString, QString> best; // series -> id
        QMap<QString, std::tuple<QString, qint64, QString>> key;
        Query q(db(), QStringLiteral("SELECT id, pet_id || '/' || series, date, created_at FROM health_records "
                                     "WHERE deleted_at IS NULL"));
        if (!q.exec()) {
            return {};
        }
        while (q.next()) {
            const std::tuple<QString, qint64, QString> k{q.text(2), q.int64(3), q.text(0)};
            const QString series = q.text(1);
            if (!key.contains(series) || key.value(series) < k) {
                key.insert(series, k);
                best.insert(series, q.text(0));
            }
        }
        return best;
    }

    QMap<QString, QString> actualOpen()
    {
        QMap<QString, QString> open;
        Query q(db(), QStringLiteral("SELECT pet_id || '/' || series, id FROM health_records WHERE superseded = 0"));
        if (!q.exec()) {
            return {};
        }
        while (q.next()) {
            if (open.contains(q.text(0))) {
                open.insert(q.text(0), QStringLiteral("<two open records>"));
            } else {
                open.insert(q.text(0), q.text(1));
            }
        }
        return open;
    }

private Q_SLOTS:
    void init()
    {
        m_storage = std::make_unique<test::TempDatabase>();
        QVERIFY(m_storage->create());
        Pet pet;
        pet.id = kPetId;
        pet.name = "Zanahoria";
        QVERIFY(PetRepository(db()).insert(pet));
    }
    void cleanup() { m_storage.reset(); }

    void testNewerRecordSupersedesTheOpenOne()
    {
        HealthRepository health(db());
        const auto records = sampleRecords();
        QVERIFY(health.add(records[1]));
        QVERIFY(*health.isOpen(QString::fromStdString(records[1].id)));
        QVERIFY(health.add(records[0])); // older: arrives superseded
        QVERIFY(!*health.isOpen(QString::fromStdString(records[0].id)));
        QVERIFY(*health.isOpen(QString::fromStdString(records[1].id)));
        QVERIFY(health.add(records[3])); // newer: takes over
        QVERIFY(*health.isOpen(QString::fromStdString(records[3].id)));
        QVERIFY(!*health.isOpen(QString::fromStdString(records[1].id)));
        QVERIFY(health.add(records[2])); // same date, entered later: takes over
        QVERIFY(*health.isOpen(QString::fromStdString(records[2].id)));
        QVERIFY(!*health.isOpen(QString::fromStdString(records[3].id)));
    }

    void testAnyArrivalOrderSettlesEverySeries_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 40; ++seed) {
            QTest::addRow("seed %d", seed) << seed;
        }
    }

    void testAnyArrivalOrderSettlesEverySeries()
    {
        QFETCH(int, seed);
        std::mt19937 random(static_cast<unsigned>(seed));
        auto records = sampleRecords();
        std::shuffle(records.begin(), records.end(), random);
        HealthRepository health(db());
        std::vector<std::pair<HealthRecord, qint64>> arrived;
        for (const HealthRecord& r : records) {
            // A third arrive by sync already in the trash; some by typing, the rest by sync.
            const qint64 deleted = random() % 3 == 0 ? 1'700'000'000'000 : 0;
            if (deleted == 0 && random() % 2 == 0) {
                QVERIFY(health.add(r));
            } else {
                QVERIFY(health.upsertSynced(r, deleted));
            }
            arrived.emplace_back(r, deleted);
            QCOMPARE(actualOpen(), expectedOpen());
        }
        // Then sync flips the trash state of some of them (a delete, or a restore).
        for (auto& [r, deleted] : arrived) {
            if (random() % 2 == 0) {
                deleted = deleted ? 0 : 1'700'000'000'000;
                QVERIFY(health.upsertSynced(r, deleted));
                QCOMPARE(actualOpen(), expectedOpen());
            }
        }
        // A repeated pull of the same rows changes nothing.
        for (const auto& [r, deleted] : arrived) {
            QVERIFY(health.upsertSynced(r, deleted));
        }
        QCOMPARE(actualOpen(), expectedOpen());
    }

    void testRestoredRecordKeepsItsFirstDeletionTime()
    {
        HealthRepository health(db());
        const HealthRecord r = sampleRecords()[0];
        QVERIFY(health.upsertSynced(r, 1000));
        QVERIFY(health.upsertSynced(r, 2000)); // still deleted: the first time stays
        Query q(db(), QStringLiteral("SELECT deleted_at FROM health_records WHERE id = ?"));
        q.bind(r.id);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.int64(0), qint64{1000});
    }

    void testOnePageSettlesEverySeries_data() { testAnyArrivalOrderSettlesEverySeries_data(); }

    void testOnePageSettlesEverySeries()
    {
        // The sample in one sync page, in any order, some already in the trash: one series may be
        // spelt two ways ("Rabies", "rabies ") within the page.
        QFETCH(int, seed);
        std::mt19937 random(static_cast<unsigned>(seed));
        auto records = sampleRecords();
        std::shuffle(records.begin(), records.end(), random);
        std::vector<SyncedHealthRecord> page;
        for (const HealthRecord& r : records) {
            page.push_back(SyncedHealthRecord{r, random() % 3 == 0 ? 1'700'000'000'000 : 0, false});
        }
        QVERIFY(HealthRepository(db()).upsertSyncedMany(std::move(page), {}));
        QCOMPARE(actualOpen(), expectedOpen());
    }

    void testAPageOfStoredAndNewRecordsWritesEachOnce()
    {
        // Half the sample is stored; a page brings it again (one of them now in the trash) among
        // the other half, some of which say they may be stored.
        HealthRepository health(db());
        const auto records = sampleRecords();
        for (std::size_t i = 0; i < records.size(); i += 2) {
            QVERIFY(health.add(records[i]));
        }
        std::vector<SyncedHealthRecord> page;
        for (std::size_t i = 0; i < records.size(); ++i) {
            const bool stored = i % 2 == 0;
            const qint64 deleted = i == 2 ? 1'700'000'000'000 : 0;
            page.push_back(SyncedHealthRecord{records[i], deleted, stored || i % 4 == 1});
        }
        QVERIFY(health.upsertSyncedMany(std::move(page), {}));
        Query count(db(), QStringLiteral("SELECT count(*), count(deleted_at), "
                                         "(SELECT deleted_at FROM health_records WHERE id = ?) FROM health_records"));
        count.bind(records[2].id);
        QVERIFY(count.exec());
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), qint64(records.size()));
        QCOMPARE(count.int64(1), 1);
        QCOMPARE(count.int64(2), 1'700'000'000'000);
        QCOMPARE(actualOpen(), expectedOpen());
        for (const HealthRecord& r : records) {
            auto back = health.get(QString::fromStdString(r.id));
            QVERIFY(back);
            QCOMPARE(back->product, r.product);
            QCOMPARE(back->date, r.date);
        }
    }

    void testAPageOfManyPetsSettlesEverySeries()
    {
        // More pets than one lookup of open records takes, each with a series already open (one
        // of them unsettled), then one page of sync: newer, older and first records.
        HealthRepository health(db());
        std::vector<HealthRecord> page;
        for (int i = 0; i < 75; ++i) {
            Pet pet;
            pet.id = "pet-" + std::to_string(100 + i);
            pet.name = "Mascota " + std::to_string(i);
            QVERIFY(PetRepository(db()).insert(pet));
            HealthRecord open = record(i, HealthKind::Vaccine, "Rabies", Date{2024, 3, 1}, 100);
            open.id = "old-" + std::to_string(i);
            open.petId = pet.id;
            QVERIFY(health.add(open));
            HealthRecord next = open;
            next.id = "new-" + std::to_string(i);
            switch (i % 3) {
            case 0:
                next.date = Date{2026, 3, 1}; // newer: closes the open one
                break;
            case 1:
                next.date = Date{2023, 3, 1}; // older: arrives closed
                break;
            default:
                next.product = "Parvovirus"; // a series of its own
                break;
            }
            page.push_back(next);
        }
        HealthRecord second = record(0, HealthKind::Vaccine, "Rabies", Date{2025, 3, 1}, 100);
        second.id = "unsettled";
        second.petId = "pet-105";
        QVERIFY(health.add(second));
        QVERIFY(db().execScript(QStringLiteral("UPDATE health_records SET superseded = 0 WHERE pet_id = 'pet-105'")));
        HealthRecord repair = second;
        repair.id = "repair";
        repair.date = Date{2020, 1, 1}; // even an old record settles the series
        page.push_back(repair);

        std::vector<SyncedHealthRecord> synced;
        for (const HealthRecord& r : page) {
            synced.push_back(SyncedHealthRecord{r, 0, false});
        }
        QVERIFY(health.upsertSyncedMany(std::move(synced), {}));
        QCOMPARE(actualOpen(), expectedOpen());
        QCOMPARE(actualOpen().size(), 75 + 25);
        QVERIFY(*health.isOpen(QStringLiteral("new-0")));
        QVERIFY(!*health.isOpen(QStringLiteral("old-0")));
        QVERIFY(*health.isOpen(QStringLiteral("old-1")));
        QVERIFY(*health.isOpen(QStringLiteral("new-2")));
        QVERIFY(*health.isOpen(QStringLiteral("unsettled")));
    }

    void testUnsettledSeriesIsRepairedByTheNextRecord()
    {
        // A series left with two open records (as an interrupted older version could leave it).
        HealthRepository health(db());
        const auto records = sampleRecords();
        QVERIFY(health.add(records[0]));
        QVERIFY(health.add(records[1]));
        QVERIFY(db().execScript(QStringLiteral("UPDATE health_records SET superseded = 0")));
        QVERIFY(health.add(records[3]));
        QCOMPARE(actualOpen(), expectedOpen());
        QVERIFY(*health.isOpen(QString::fromStdString(records[3].id)));
    }
};

QTEST_GUILESS_MAIN(TestHealthRepository)
#include "TestHealthRepository.moc"
