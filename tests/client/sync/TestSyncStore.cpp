// SPDX-License-Identifier: GPL-3.0-or-later
// Where a synced row is kept: sync_rows, or a compressed chunk its domain row refers to. A row
// is found in either place, leaves its chunk when it changes, and survives its domain row.
#include "TestSupport.h"

#include "services/PetService.h"
#include "storage/Query.h"
#include "storage/RowChunk.h"
#include "sync/Projection.h"
#include "sync/SyncStore.h"

#include "petinfo/common/WireCodec.h"

#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestSyncStore final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PetService> m_service;
    QString m_pet;
    QString m_record;

    Database& db() { return m_service->database(); }
    SyncStore store() { return SyncStore(db()); }

    qint64 count(const QString& sql)
    {
        Query q(db(), sql);
        if (!q.exec() || !q.next()) {
            return -1;
        }
        return q.int64(0);
    }

    /** Moves rows from sync_rows into one chunk, as a long pull stores them. */
    void chunk(const std::vector<std::pair<sync::EntityType, QString>>& rows)
    {
        std::vector<std::string> texts;
        for (const auto& [type, id] : rows) {
            Query q(db(), QStringLiteral("SELECT row FROM sync_rows WHERE type = ? AND id = ?"));
            q.bind(enumName(type)).bind(id);
            QVERIFY(q.exec().hasValue());
            QVERIFY(q.next());
            texts.push_back(q.str(0));
        }
        const auto id = store().insertChunk(rowchunk::pack({texts.begin(), texts.end()}));
        QVERIFY(id.hasValue());
        int index = 0;
        for (const auto& [type, rowId] : rows) {
            Query drop(db(), QStringLiteral("DELETE FROM sync_rows WHERE type = ? AND id = ?"));
            drop.bind(enumName(type)).bind(rowId);
            QVERIFY(drop.exec().hasValue());
            Query refer(db(), QStringLiteral("UPDATE %1 SET sync_ref = ? WHERE id = ?")
                                  .arg(type == sync::EntityType::Pet ? QStringLiteral("pets")
                                                                     : QStringLiteral("health_records")));
            refer.bind(static_cast<qint64>(rowchunk::reference(*id, index++))).bind(rowId);
            QVERIFY(refer.exec().hasValue());
            QCOMPARE(refer.rowsAffected(), 1);
        }
    }

    sync::SyncRow stored(sync::EntityType type, const QString& id)
    {
        auto row = store().find(type, id);
        if (!row || !*row) {
            return {};
        }
        return std::move(**row);
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(m_t->create());
        m_clock = std::make_unique<ManualClock>(1795000000000, Date{2026, 11, 22});
        m_service = std::make_unique<PetService>(std::move(m_t->db), *m_clock);
        QVERIFY(m_service->tracker().enable().hasValue());
        PetRecord r;
        r.pet.name = "Luna";
        auto pet = m_service->createPet(r);
        QVERIFY(pet.hasValue());
        m_pet = QString::fromStdString(pet->id);
        HealthRecord h;
        h.petId = pet->id;
        h.product = "Rabies";
        h.date = Date{2026, 1, 1};
        auto record = m_service->addHealthRecord(h);
        QVERIFY(record.hasValue());
        m_record = QString::fromStdString(record->id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_rows")), qint64{2});
    }
    void cleanup()
    {
        m_service.reset();
        m_t.reset();
    }

    void testANewPetGivenTwoPrimaryLinksInOnePageKeepsTheLast()
    {
        // Two desktops each chose a primary owner; both links arrive in the page that brings the
        // pet, which is new here. The first link needs nothing cleared, the second does.
        Pet pet;
        pet.id = "pet-two-owners";
        pet.name = "Dos dueños";
        Person ana;
        ana.id = "person-ana";
        ana.name = "Ana";
        Person beto;
        beto.id = "person-beto";
        beto.name = "Beto";
        const sync::Hlc clock{1795000000000, 0, "device-a"};
        std::vector<sync::SyncRow> rows = {
            sync::changeFromEntity(sync::EntityType::Pet, toJson(pet), clock),
            sync::changeFromEntity(sync::EntityType::Person, toJson(ana), clock),
            sync::changeFromEntity(sync::EntityType::Person, toJson(beto), clock),
            sync::changeFromEntity(sync::EntityType::PetContact,
                                   toJson(PetContact{pet.id, ana.id, ContactRole::Owner, true}), clock),
            sync::changeFromEntity(sync::EntityType::PetContact,
                                   toJson(PetContact{pet.id, beto.id, ContactRole::Owner, true}), clock),
        };
        std::vector<Projection::Decoded> decoded;
        for (const sync::SyncRow& row : rows) {
            decoded.push_back(Projection::decode(row));
        }
        std::vector<Projection::Item> items;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            items.push_back(Projection::Item{&rows[i], &decoded[i], true, static_cast<std::int64_t>(i + 1)});
        }
        Projection projection(db());
        auto deferred = projection.applyAll(std::move(items));
        QVERIFY(deferred.hasValue());
        QCOMPARE(deferred->size(), std::size_t{0});
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pet_contacts WHERE pet_id = 'pet-two-owners'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pet_contacts WHERE pet_id = 'pet-two-owners' AND "
                                      "is_primary = 1 AND person_id = 'person-beto'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pet_contacts WHERE is_primary = 1 AND "
                                      "pet_id = 'pet-two-owners'")),
                 1);
    }

    void testATagRowOfTheWrongShapeIsRefusedNotThrown()
    {
        // A tag row is decoded on the reading thread: a field of the wrong type is an error
        // there, never an exception.
        const sync::Hlc clock{1795000000000, 0, "device-a"};
        const auto tag = [&](nlohmann::json values) {
            return Projection::decode(sync::makeChange(sync::EntityType::Tag, "tag-1", values, clock));
        };
        const auto good = tag({{"petId", "pet-1"}, {"createdAt", 1795000000000}});
        QVERIFY(!good.error);
        const auto* record = std::get_if<TagRecord>(&good.entity);
        QVERIFY(record);
        QCOMPARE(record->tagId, QStringLiteral("tag-1"));
        QCOMPARE(record->petId, QStringLiteral("pet-1"));
        QCOMPARE(record->createdAtMs, 1795000000000);
        QCOMPARE(record->claimedAtMs, 1795000000000);
        const auto blank = tag({{"petId", nullptr}, {"createdAt", 5}});
        QVERIFY(!blank.error);
        QVERIFY(std::get<TagRecord>(blank.entity).petId.isEmpty());
        QCOMPARE(std::get<TagRecord>(blank.entity).claimedAtMs, 0);
        for (const nlohmann::json& bad : {nlohmann::json{{"petId", 5}, {"createdAt", 1}},
                                          nlohmann::json{{"petId", "pet-1"}, {"createdAt", "yesterday"}},
                                          nlohmann::json{{"petId", nlohmann::json::array({"pet-1"})}}}) {
            Projection::Decoded decoded;
            try {
                decoded = tag(bad);
            } catch (const std::exception& e) {
                QFAIL(e.what());
            }
            QVERIFY2(decoded.error.has_value(), bad.dump().c_str());
            QVERIFY(decoded.error->detail.find("tag-1") != std::string::npos);
        }
    }

    void testChunkedRowsAreFoundAndCounted()
    {
        const sync::SyncRow pet = stored(sync::EntityType::Pet, m_pet);
        const sync::SyncRow record = stored(sync::EntityType::HealthRecord, m_record);
        chunk({{sync::EntityType::Pet, m_pet}, {sync::EntityType::HealthRecord, m_record}});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_rows")), qint64{0});
        QCOMPARE(stored(sync::EntityType::Pet, m_pet), pet);
        QCOMPARE(stored(sync::EntityType::HealthRecord, m_record), record);
        QCOMPARE(*store().rowCount(), qint64{2});
        QCOMPARE(store().serverKnownRows()->size(), std::size_t{2});
        QVERIFY(store().unsyncedIds(sync::EntityType::Pet)->isEmpty());
        QVERIFY(!*store().hasLooseRow(sync::EntityType::Pet, m_pet.toStdString()));
        // A chunked row is stored: it cannot be inserted a second time.
        auto again = store().insertRow(pet, SyncStore::rowText(pet));
        QVERIFY(!again);
        QCOMPARE(again.error().code, StorageErrc::Constraint);
    }

    void testAChangedRowLeavesItsChunkAndUnusedChunksGo()
    {
        chunk({{sync::EntityType::Pet, m_pet}, {sync::EntityType::HealthRecord, m_record}});
        sync::SyncRow pet = stored(sync::EntityType::Pet, m_pet);
        pet.fields["name"] = sync::FieldValue{"Luna II", sync::Hlc{1795000001000, 0, "other-device"}};
        QVERIFY(store().putRow(pet).hasValue());
        QVERIFY(*store().hasLooseRow(sync::EntityType::Pet, m_pet.toStdString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pets WHERE sync_ref IS NOT NULL")), qint64{0});
        QCOMPARE(stored(sync::EntityType::Pet, m_pet), pet);
        QCOMPARE(*store().rowCount(), qint64{2});
        // The health record still uses the chunk.
        QVERIFY(store().dropReleasedChunks().hasValue());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_chunks")), qint64{1});
        sync::SyncRow record = stored(sync::EntityType::HealthRecord, m_record);
        record.fields["_deleted"] = sync::FieldValue{true, sync::Hlc{1795000002000, 0, "other-device"}};
        QVERIFY(store().putRow(record).hasValue());
        // One row has left a chunk since the last cleanup: one that waits for two does not run.
        QCOMPARE(*store().state(QStringLiteral("chunks.released")), QStringLiteral("1"));
        QVERIFY(store().dropReleasedChunks(2).hasValue());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_chunks")), qint64{1});
        QVERIFY(store().dropReleasedChunks(1).hasValue());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_chunks")), qint64{0});
        QVERIFY(store().state(QStringLiteral("chunks.released"))->isEmpty());
        QCOMPARE(stored(sync::EntityType::HealthRecord, m_record), record);
        QCOMPARE(*store().rowCount(), qint64{2});
    }

    void testDeletedDomainRowsKeepTheirSyncRows()
    {
        const sync::SyncRow pet = stored(sync::EntityType::Pet, m_pet);
        const sync::SyncRow record = stored(sync::EntityType::HealthRecord, m_record);
        chunk({{sync::EntityType::Pet, m_pet}, {sync::EntityType::HealthRecord, m_record}});
        // Purging the pet deletes its health record too (ON DELETE CASCADE).
        QVERIFY(m_service->trashPet(m_pet).hasValue());
        QVERIFY(m_service->purgePet(m_pet).hasValue());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pets")), qint64{0});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM health_records")), qint64{0});
        QCOMPARE(*store().rowCount(), qint64{2});
        QCOMPARE(stored(sync::EntityType::HealthRecord, m_record), record);
        // The trash moved the pet out of its chunk, the purge's trigger the health record.
        QCOMPARE(*store().state(QStringLiteral("chunks.released")), QStringLiteral("2"));
        // The trash is a change of its own, recorded before the purge.
        const sync::SyncRow trashed = stored(sync::EntityType::Pet, m_pet);
        QVERIFY(trashed.isDeleted());
        QVERIFY(trashed.value("name") && *trashed.value("name") == *pet.value("name"));
        QVERIFY(store().dropReleasedChunks().hasValue());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_chunks")), qint64{0});
    }

    void testADamagedChunkIsAnErrorAndLosesNothing()
    {
        chunk({{sync::EntityType::Pet, m_pet}, {sync::EntityType::HealthRecord, m_record}});
        Query damage(db(), QStringLiteral("UPDATE sync_chunks SET body = x'0500000000'"));
        QVERIFY(damage.exec().hasValue());
        auto found = store().find(sync::EntityType::Pet, m_pet);
        QVERIFY(!found);
        QCOMPARE(found.error().code, StorageErrc::Damaged);
        // The domain row cannot be deleted while its synced copy cannot be kept.
        Query purge(db(), QStringLiteral("DELETE FROM pets WHERE id = ?"));
        purge.bind(m_pet);
        QVERIFY(!purge.exec());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pets")), qint64{1});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM health_records")), qint64{1});
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "TestSyncStore.moc"
