// SPDX-License-Identifier: GPL-3.0-or-later
// Every migration is run from every earlier schema version, with data written at that version.
#include "TestSupport.h"

#include "petinfo/common/Random.h"
#include "services/PetService.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestMigrations final : public QObject
{
    Q_OBJECT

    /** Writes data the way version `version` of the schema stores it; returns the pet ids written. */
    static QStringList writeFixture(Database& db, int version)
    {
        QStringList ids;
        if (version >= 1) {
            for (int i = 0; i < 3; ++i) {
                const QString id = QString::fromStdString(newUuid());
                Query q(db, QStringLiteral("INSERT INTO pets (id, name, species, microchip, created_at, updated_at) "
                                           "VALUES (?, ?, 'cat', ?, 1, 1)"));
                q.bind(id).bind(QStringLiteral("Fixture %1").arg(i)).bind(QStringLiteral("98200000000000%1").arg(i));
                if (!q.exec()) {
                    return {};
                }
                Query h(db, QStringLiteral("INSERT INTO health_records (id, pet_id, kind, date, product, next_due, "
                                           "series, created_at) VALUES (?, ?, 'vaccine', '2025-01-01', 'Rabies', "
                                           "'2026-01-01', 'vaccine:rabies', 1)"));
                h.bind(QString::fromStdString(newUuid())).bind(id);
                if (!h.exec()) {
                    return {};
                }
                const QString sha = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
                Query b(db, QStringLiteral("INSERT INTO blobs (sha256, size, data) VALUES (?, 3, X'414243')"));
                b.bind(sha);
                Query a(db, QStringLiteral("INSERT INTO attachments (id, pet_id, kind, file_name, sha256, size, "
                                           "created_at) VALUES (?, ?, 'photo', 'p.jpg', ?, 3, 1)"));
                a.bind(QString::fromStdString(newUuid())).bind(id).bind(sha);
                if (!b.exec() || !a.exec()) {
                    return {};
                }
                Query n(db, QStringLiteral("INSERT INTO notes (id, pet_id, text, created_at, updated_at) "
                                           "VALUES (?, ?, 'Muzzle for nail trims', 1, 1)"));
                n.bind(QString::fromStdString(newUuid())).bind(id);
                if (!n.exec()) {
                    return {};
                }
                ids << id;
            }
        }
        return ids;
    }

private Q_SLOTS:
    void testMigratesFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < latestSchemaVersion(); ++v) {
            QTest::addRow("from v%d", v) << v;
        }
    }

    void testMigratesFromEveryVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        MemorySecretStore secrets;
        auto made = makeKey(secrets, CreateOptions{});
        QVERIFY(made.hasValue());
        QStringList ids;
        {
            auto db = Database::open(path, made->second, made->first, Database::OpenMode::Create);
            QVERIFY(db.hasValue());
            QVERIFY(migrate(**db, from).hasValue());
            QCOMPARE(*(*db)->userVersion(), from);
            ids = writeFixture(**db, from);
        }
        auto db = Database::open(path, made->second, made->first);
        QVERIFY(db.hasValue());
        QVERIFY(migrate(**db).hasValue());
        QCOMPARE(*(*db)->userVersion(), latestSchemaVersion());
        // Running it again is a no-op.
        QVERIFY(migrate(**db).hasValue());

        ManualClock clock(1795000000000, Date{2026, 11, 22});
        PetService service(std::move(*db), clock);
        for (const QString& id : ids) {
            auto pet = service.loadPet(id);
            QVERIFY(pet.hasValue());
            QCOMPARE(service.healthRecords(id)->size(), std::size_t{1});
            auto attachments = service.attachments(id);
            QCOMPARE(attachments->size(), std::size_t{1});
            QCOMPARE(service.attachmentData(QString::fromStdString(attachments->front().sha256)).value(),
                     QByteArray("ABC"));
            // Notes from before authors and the report choice: nobody named, not on reports.
            const auto notes = service.notes(id);
            QCOMPARE(notes->size(), std::size_t{1});
            QCOMPARE(notes->front().author, std::string());
            QVERIFY(!notes->front().showOnReports);
        }
        QCOMPARE(service.dueCounts()->overdue, static_cast<int>(ids.size()));
        // The migrated database takes new data.
        PetRecord r;
        r.pet.name = "After migration";
        QVERIFY(service.createPet(r).hasValue());
    }

    void testRefusesNewerSchema()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        QVERIFY(t.db->setUserVersion(latestSchemaVersion() + 1).hasValue());
        auto r = migrate(*t.db);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, StorageErrc::TooNew);
        t.db.reset();
        auto file = DatabaseFile::unlock(t.path(), t.secrets, nullptr);
        QCOMPARE(file.error().code, StorageErrc::TooNew);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
