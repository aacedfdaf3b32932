// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "petinfo/common/Random.h"
#include "petinfo/common/WireCodec.h"
#include "services/PetService.h"
#include "sync/Projection.h"
#include "sync/SyncStore.h"

#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestChangeTracker final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PetService> m_service;

    SyncStore store() { return SyncStore(m_service->database()); }

    static PetRecord named(const char* name)
    {
        PetRecord r;
        r.pet.name = name;
        return r;
    }

    std::vector<sync::Mutation> outbox()
    {
        auto pending = store().pending(1000);
        return pending ? std::move(*pending) : std::vector<sync::Mutation>{};
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(m_t->create());
        m_clock = std::make_unique<ManualClock>(1795000000000, Date{2026, 11, 22});
        m_service = std::make_unique<PetService>(std::move(m_t->db), *m_clock);
    }
    void cleanup()
    {
        m_service.reset();
        m_t.reset();
    }

    void testNothingIsRecordedBeforeSyncIsOn()
    {
        PetRecord r;
        r.pet.name = "Rex";
        QVERIFY(m_service->createPet(r).hasValue());
        QCOMPARE(*store().outboxCount(), qint64{0});
        QCOMPARE(*store().rowCount(), qint64{0});
    }

    void testEnableQueuesExistingRecordsOnce()
    {
        PetRecord r;
        r.pet.name = "Rex";
        Person ana;
        ana.name = "Ana";
        ana.phones = {"+5491123456789"};
        r.contacts.push_back({ana, ContactRole::Owner, true});
        auto pet = m_service->createPet(r);
        HealthRecord h;
        h.petId = pet->id;
        h.product = "Rabies";
        h.date = Date{2026, 1, 1};
        QVERIFY(m_service->addHealthRecord(h).hasValue());
        auto trashed = m_service->createPet(named("Gone"));
        QVERIFY(m_service->trashPet(QString::fromStdString(trashed->id)).hasValue());

        auto queued = m_service->tracker().enable();
        QVERIFY2(queued.hasValue(), queued ? "" : queued.error().detail.c_str());
        // pet, person, link, health record, trashed pet + its delete
        QCOMPARE(*queued, qint64{6});
        const auto mutations = outbox();
        QCOMPARE(mutations.size(), std::size_t{6});
        for (std::size_t i = 0; i < mutations.size(); ++i) {
            QCOMPARE(mutations[i].id, static_cast<std::int64_t>(i + 1));
        }
        QCOMPARE(mutations[0].change.type, sync::EntityType::Pet);
        const auto deletes = std::count_if(mutations.begin(), mutations.end(), [&](const sync::Mutation& m) {
            return m.change.isDeleted() && m.change.id == trashed->id;
        });
        QCOMPARE(deletes, 1);
        QCOMPARE(*m_service->tracker().enable(), qint64{0}); // idempotent
    }

    void testEditsBecomeFieldDiffsWithRisingClocks()
    {
        QVERIFY(m_service->tracker().enable().hasValue());
        PetRecord r;
        r.pet.name = "Rex";
        auto pet = m_service->createPet(r);
        QCOMPARE(outbox().size(), std::size_t{1});
        QVERIFY(outbox()[0].change.value("name"));

        m_clock->advanceMs(1000);
        PetRecord edit = *m_service->loadPet(QString::fromStdString(pet->id));
        edit.pet.breed = "Beagle";
        QVERIFY(m_service->updatePet(edit).hasValue());
        const auto mutations = outbox();
        QCOMPARE(mutations.size(), std::size_t{2});
        const sync::SyncRow& diff = mutations[1].change;
        QVERIFY(diff.value("breed"));
        QVERIFY(!diff.value("name")); // unchanged fields are not sent again
        QVERIFY(mutations[0].change.maxClock() < diff.maxClock());

        QVERIFY(m_service->trashPet(QString::fromStdString(pet->id)).hasValue());
        QVERIFY(outbox().back().change.isDeleted());
        auto row = store().row(sync::EntityType::Pet, QString::fromStdString(pet->id));
        QVERIFY(row->isDeleted());
        QVERIFY(*row->value("breed") == nlohmann::json("Beagle"));
    }

    void testContactLinkedAgainSyncsAsLive()
    {
        // A person removed from a pet and chosen again later (the same person, not a copy): the
        // link's synced row was deleted, so linking again must say it is live again, or the
        // server and other devices keep it deleted.
        QVERIFY(m_service->tracker().enable().hasValue());
        PetRecord r = named("Rex");
        Person ana;
        ana.name = "Ana";
        r.contacts.push_back({ana, ContactRole::Owner, true});
        const QString petId = QString::fromStdString(m_service->createPet(r)->id);
        PetRecord edit = *m_service->loadPet(petId);
        const ContactEntry anaEntry = edit.contacts.front();
        const QString linkId = petId + '/' + QString::fromStdString(anaEntry.person.id);
        edit.contacts.clear();
        QVERIFY(m_service->updatePet(edit).hasValue());
        QVERIFY(store().row(sync::EntityType::PetContact, linkId)->isDeleted());

        m_clock->advanceMs(1000);
        edit.contacts.push_back(anaEntry);
        QVERIFY(m_service->updatePet(edit).hasValue());
        QVERIFY(!store().row(sync::EntityType::PetContact, linkId)->isDeleted());
        QVERIFY(outbox().back().change.value(sync::kDeletedField));
    }

    void testAcknowledgedMutationsLeaveAndIdsNeverRepeat()
    {
        QVERIFY(m_service->tracker().enable().hasValue());
        for (const char* name : {"A", "B", "C"}) {
            QVERIFY(m_service->createPet(named(name)).hasValue());
        }
        QVERIFY(store().acknowledgeUpTo(2).hasValue());
        QCOMPARE(outbox().size(), std::size_t{1});
        QCOMPARE(outbox()[0].id, std::int64_t{3});
        QVERIFY(store().acknowledgeUpTo(10).hasValue()); // e.g. after restoring an older backup
        QVERIFY(m_service->createPet(named("D")).hasValue());
        QCOMPARE(outbox()[0].id, std::int64_t{11});
    }

    void testProjectionWritesDomainRowsAndWaitsForParents()
    {
        Database& db = m_service->database();
        Projection projection(db);
        const std::string petId = newUuid();
        const sync::Hlc clock{1795000000000, 0, "other-device"};
        HealthRecord h;
        h.id = newUuid();
        h.petId = petId;
        h.product = "Rabies";
        h.date = Date{2026, 1, 1};
        h.nextDue = Date{2026, 2, 1};
        auto early = projection.apply(sync::changeFromEntity(sync::EntityType::HealthRecord, toJson(h), clock));
        QVERIFY(!early.hasValue());
        QCOMPARE(early.error().code, StorageErrc::Constraint);

        Pet pet;
        pet.id = petId;
        pet.name = "Remote";
        QVERIFY(projection.apply(sync::changeFromEntity(sync::EntityType::Pet, toJson(pet), clock)).hasValue());
        QVERIFY(projection.apply(sync::changeFromEntity(sync::EntityType::HealthRecord, toJson(h), clock)).hasValue());
        QCOMPARE(m_service->petSummaries()->size(), std::size_t{1});
        QCOMPARE(m_service->dueCounts()->overdue, 1);

        sync::SyncRow deleted = sync::changeFromEntity(sync::EntityType::Pet, toJson(pet), clock);
        deleted.fields[std::string(sync::kDeletedField)] = sync::FieldValue{true, clock};
        QVERIFY(projection.apply(deleted).hasValue());
        QCOMPARE(m_service->petSummaries()->size(), std::size_t{0});
        QCOMPARE(m_service->trashedPets()->size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestChangeTracker)
#include "TestChangeTracker.moc"
