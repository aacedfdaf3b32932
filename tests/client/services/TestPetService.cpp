// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "models/PhoneText.h"

#include "petinfo/common/Random.h"
#include "services/PetService.h"
#include "sync/SyncStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

namespace {
const Date kToday{2026, 11, 22};
constexpr qint64 kNow = 1795000000000;
} // namespace

class TestPetService final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PetService> m_service;

    static PetRecord dog(const char* name, const char* chip = "")
    {
        PetRecord r;
        r.pet.name = name;
        r.pet.species = Species::Dog;
        r.pet.microchip = chip;
        return r;
    }

    static Person person(const char* name, std::vector<std::string> phones)
    {
        Person p;
        p.name = name;
        p.phones = std::move(phones);
        return p;
    }

    HealthRecord vaccine(const std::string& petId, Date date, std::optional<Date> due, const char* product = "Rabies")
    {
        HealthRecord h;
        h.petId = petId;
        h.kind = HealthKind::Vaccine;
        h.date = date;
        h.nextDue = due;
        h.product = product;
        return h;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(m_t->create());
        m_clock = std::make_unique<ManualClock>(kNow, kToday);
        m_service = std::make_unique<PetService>(std::move(m_t->db), *m_clock);
        setPhoneRegion(QStringLiteral("AR"));
    }

    void cleanup()
    {
        m_service.reset();
        m_t.reset();
    }

    void testCreateAssignsIdsAndNormalizes()
    {
        PetRecord r = dog("  Zanahoria ", "982 000 123 456 789");
        r.contacts.push_back({person("Ana", {"(011) 2345-6789"}), ContactRole::Owner, false});
        QSignalSpy added(m_service.get(), &PetService::petAdded);
        auto created = m_service->createPet(r);
        QVERIFY2(created.hasValue(), created ? "" : created.error().detail.c_str());
        QVERIFY(isUuid(created->id));
        QVERIFY(isTagId(created->tagId));
        QCOMPARE(created->createdAtMs, kNow);
        QCOMPARE(added.count(), 1);
        const auto summary = added.at(0).at(0).value<PetSummary>();
        QCOMPARE(summary.name, QStringLiteral("Zanahoria"));
        QCOMPARE(summary.microchip, QStringLiteral("982000123456789"));
        QCOMPARE(summary.ownerName, QStringLiteral("Ana"));
        QCOMPARE(summary.ownerPhones, QStringLiteral("+541123456789"));

        auto loaded = m_service->loadPet(QString::fromStdString(created->id));
        QVERIFY(loaded.hasValue());
        QCOMPARE(loaded->pet, *created);
        QCOMPARE(loaded->contacts.size(), std::size_t{1});
        QVERIFY(loaded->contacts[0].primary);
    }

    void testRejectsInvalidAndWritesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("phone");
        QTest::newRow("no name") << ""
                                 << ""
                                 << "";
        QTest::newRow("bad chip") << "Rex"
                                  << "12345"
                                  << "";
        QTest::newRow("bad phone") << "Rex"
                                   << ""
                                   << "+12";
    }

    void testRejectsInvalidAndWritesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, chip);
        QFETCH(QString, phone);
        PetRecord r;
        r.pet.name = name.toStdString();
        r.pet.microchip = chip.toStdString();
        if (!phone.isEmpty()) {
            r.contacts.push_back({person("Ana", {phone.toStdString()}), ContactRole::Owner, true});
        }
        auto created = m_service->createPet(r);
        QVERIFY(!created.hasValue());
        QCOMPARE(created.error().code, StorageErrc::Invalid);
        QCOMPARE(m_service->petSummaries()->size(), std::size_t{0});
    }

    void testMicrochipMustBeUnique()
    {
        QVERIFY(m_service->createPet(dog("Rex", "982000123456789")).hasValue());
        auto second = m_service->createPet(dog("Max", "982-000-123-456-789"));
        QVERIFY(!second.hasValue());
        QVERIFY(QString::fromStdString(second.error().detail).contains(QStringLiteral("already in use")));
        PetRecord other = dog("Max", "982000123456780");
        other.pet.microchip2 = "982000123456789";
        QVERIFY(!m_service->createPet(other).hasValue());
        auto found = m_service->findPetByMicrochip(QStringLiteral("982 000 123 456 789"));
        QVERIFY(found.hasValue() && found->has_value());
    }

    void testLegacyChipIsAWarningOnly()
    {
        PetRecord r = dog("Old", "AVID*012*345*678");
        const ValidationReport report = m_service->validate(r);
        QVERIFY(report.ok());
        QVERIFY(report.hasWarnings());
        QVERIFY(m_service->createPet(r).hasValue());
    }

    void testUpdateKeepsCreatedAndTag()
    {
        auto created = m_service->createPet(dog("Rex"));
        QVERIFY(created.hasValue());
        m_clock->advanceMs(5000);
        PetRecord edit = *m_service->loadPet(QString::fromStdString(created->id));
        edit.pet.name = "Rex II";
        edit.pet.status = PetStatus::Lost;
        edit.pet.tagId.clear();
        QSignalSpy changed(m_service.get(), &PetService::petChanged);
        auto updated = m_service->updatePet(edit);
        QVERIFY(updated.hasValue());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(updated->createdAtMs, kNow);
        QCOMPARE(updated->updatedAtMs, kNow + 5000);
        QCOMPARE(updated->tagId, created->tagId);
        QCOMPARE(m_service->loadPet(QString::fromStdString(created->id))->pet.status, PetStatus::Lost);
    }

    void testTrashAndRestore()
    {
        auto created = m_service->createPet(dog("Rex"));
        const QString id = QString::fromStdString(created->id);
        QSignalSpy removed(m_service.get(), &PetService::petRemoved);
        QVERIFY(m_service->trashPet(id).hasValue());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_service->petSummaries()->size(), std::size_t{0});
        QCOMPARE(m_service->trashedPets()->size(), std::size_t{1});
        QVERIFY(!m_service->trashPet(id).hasValue());
        QVERIFY(m_service->restorePet(id).hasValue());
        QCOMPARE(m_service->petSummaries()->size(), std::size_t{1});
        QVERIFY(m_service->trashPet(id).hasValue());
        QVERIFY(m_service->purgePet(id).hasValue());
        QCOMPARE(m_service->trashedPets()->size(), std::size_t{0});
        QCOMPARE(m_service->loadPet(id).error().code, StorageErrc::NotFound);
    }

    void testOverdueVaccineAppearsUntilRenewed()
    {
        const std::string petId = m_service->createPet(dog("Rex"))->id;
        const QString id = QString::fromStdString(petId);
        auto first = m_service->addHealthRecord(vaccine(petId, Date{2025, 10, 1}, Date{2026, 10, 1}));
        QVERIFY(first.hasValue());
        QVERIFY(m_service->addHealthRecord(vaccine(petId, Date{2026, 5, 1}, Date{2026, 12, 10}, "DHPP")).hasValue());
        QVERIFY(m_service->addHealthRecord(vaccine(petId, Date{2026, 5, 1}, Date{2027, 5, 1}, "Lepto")).hasValue());

        auto counts = m_service->dueCounts();
        QCOMPARE(counts->overdue, 1);
        QCOMPARE(counts->dueSoon, 1);
        auto due = m_service->due(0, 50);
        QCOMPARE(due->size(), std::size_t{2});
        QCOMPARE(due->at(0).record.product, std::string("Rabies"));
        QCOMPARE(due->at(0).petName, QStringLiteral("Rex"));

        // A newer rabies shot supersedes the overdue one, whatever the capitalisation.
        auto renewed = m_service->addHealthRecord(vaccine(petId, Date{2026, 11, 20}, Date{2027, 11, 20}, " rabies "));
        QVERIFY(renewed.hasValue());
        QCOMPARE(m_service->dueCounts()->overdue, 0);
        // Deleting the renewal re-opens the old one; restoring it closes it again.
        QVERIFY(m_service->trashHealthRecord(QString::fromStdString(renewed->id)).hasValue());
        QCOMPARE(m_service->dueCounts()->overdue, 1);
        QVERIFY(m_service->restoreHealthRecord(QString::fromStdString(renewed->id)).hasValue());
        QCOMPARE(m_service->dueCounts()->overdue, 0);
        QCOMPARE(m_service->healthRecords(id)->size(), std::size_t{4});

        // Deceased and trashed pets drop out of the due view.
        QVERIFY(m_service->trashPet(id).hasValue());
        QCOMPARE(m_service->dueCounts()->dueSoon, 0);
    }

    void testDewormingSeriesIgnoresProduct()
    {
        const std::string petId = m_service->createPet(dog("Rex"))->id;
        HealthRecord a = vaccine(petId, Date{2026, 1, 1}, Date{2026, 4, 1}, "Drontal");
        a.kind = HealthKind::Deworming;
        HealthRecord b = a;
        b.product = "Milbemax";
        b.date = Date{2026, 4, 2};
        b.nextDue = Date{2026, 7, 2};
        QVERIFY(m_service->addHealthRecord(a).hasValue());
        QVERIFY(m_service->addHealthRecord(b).hasValue());
        auto due = m_service->due(0, 50, 100000);
        QCOMPARE(due->size(), std::size_t{1});
        QCOMPARE(due->at(0).record.product, std::string("Milbemax"));
    }

    void testHealthRecordValidation()
    {
        const std::string petId = m_service->createPet(dog("Rex"))->id;
        auto future = m_service->addHealthRecord(vaccine(petId, Date{2026, 12, 1}, std::nullopt));
        QCOMPARE(future.error().code, StorageErrc::Invalid);
        auto orphan = m_service->addHealthRecord(vaccine(newUuid(), Date{2026, 1, 1}, std::nullopt));
        QCOMPARE(orphan.error().code, StorageErrc::Constraint);
    }

    void testWeightsNotesAttachments()
    {
        const std::string petId = m_service->createPet(dog("Rex"))->id;
        const QString id = QString::fromStdString(petId);
        QVERIFY(m_service->addWeight(WeightEntry{{}, petId, Date{2026, 1, 1}, 12.5, 0}).hasValue());
        auto w2 = m_service->addWeight(WeightEntry{{}, petId, Date{2026, 2, 1}, 13.0, 0});
        QVERIFY(w2.hasValue());
        QVERIFY(!m_service->addWeight(WeightEntry{{}, petId, Date{2026, 2, 1}, 0.0, 0}).hasValue());
        QCOMPARE(m_service->weights(id)->size(), std::size_t{2});
        QVERIFY(m_service->removeWeight(id, QString::fromStdString(w2->id)).hasValue());
        QCOMPARE(m_service->weights(id)->size(), std::size_t{1});
        QVERIFY(m_service->restoreWeight(id, QString::fromStdString(w2->id)).hasValue());
        QCOMPARE(m_service->weights(id)->back().kg, 13.0);

        auto note = m_service->addNote(Note{{}, petId, "Shy with men", 0, 0, {}, false});
        QVERIFY(note.hasValue());
        note->text = "Shy with strangers";
        QVERIFY(m_service->updateNote(*note).hasValue());
        QCOMPARE(m_service->notes(id)->front().text, std::string("Shy with strangers"));

        Attachment photo;
        photo.petId = petId;
        photo.kind = AttachmentKind::Photo;
        photo.fileName = "rex.png";
        const QByteArray bytes("\x89PNG fake image bytes", 21);
        auto stored = m_service->addAttachment(photo, bytes);
        QVERIFY(stored.hasValue());
        QCOMPARE(stored->size, qint64{21});
        QCOMPARE(m_service->attachmentData(QString::fromStdString(stored->sha256)).value(), bytes);
        QVERIFY(m_service->setMainPhoto(id, QString::fromStdString(stored->id)).hasValue());
        QCOMPARE(m_service->loadPet(id)->pet.photoId, stored->id);
        QVERIFY(m_service->removeAttachment(id, QString::fromStdString(stored->id)).hasValue());
        QVERIFY(m_service->loadPet(id)->pet.photoId.empty());
        QCOMPARE(m_service->attachments(id)->size(), std::size_t{0});
    }

    void testNotesNameTheirAuthorAndStayOffReports()
    {
        const std::string petId = m_service->createPet(dog("Rex"))->id;
        const QString id = QString::fromStdString(petId);
        // Written on a computer that is not signed in: no author, and internal.
        auto local = m_service->addNote(Note{{}, petId, "Muzzle for nail trims", 0, 0, {}, false});
        QVERIFY(local.hasValue());
        QCOMPARE(local->author, std::string());
        QVERIFY(!local->showOnReports);

        // Signed in (as SyncAccount stores it): the staff member is the author.
        QVERIFY(SyncStore(m_service->database())
                    .setState(QStringLiteral("account"),
                              QStringLiteral(R"({"userName":"Ana Díaz","userEmail":"ana@clinica.example"})")));
        auto signedIn = m_service->addNote(Note{{}, petId, "Eats only wet food", 0, 0, {}, false});
        QVERIFY(signedIn.hasValue());
        QCOMPARE(signedIn->author, std::string("Ana Díaz <ana@clinica.example>"));

        // Chosen for reports later, by anyone: the author stays who wrote it.
        Note shown = *signedIn;
        shown.showOnReports = true;
        shown.author = "someone else";
        QVERIFY(m_service->updateNote(shown).hasValue());
        const auto stored = m_service->notes(id);
        QVERIFY(stored.hasValue());
        QCOMPARE(stored->size(), std::size_t{2});
        for (const Note& n : *stored) {
            if (n.id == signedIn->id) {
                QVERIFY(n.showOnReports);
                QCOMPARE(n.author, std::string("Ana Díaz <ana@clinica.example>"));
            } else {
                QVERIFY(!n.showOnReports);
                QCOMPARE(n.author, std::string());
            }
        }
    }

    void testImportBatchSettlesSeries()
    {
        // An existing pet with an old open rabies shot, and a new pet, both get records in one batch.
        const std::string oldPet = m_service->createPet(dog("Old"))->id;
        QVERIFY(m_service->addHealthRecord(vaccine(oldPet, Date{2024, 1, 1}, Date{2025, 1, 1})).hasValue());
        ImportBatch batch;
        PetRecord fresh = dog("New", "982000000000123");
        fresh.pet.id = newUuid();
        batch.pets.push_back(fresh);
        batch.health.push_back(vaccine(fresh.pet.id, Date{2025, 1, 1}, Date{2026, 1, 1}));
        batch.health.push_back(vaccine(fresh.pet.id, Date{2024, 1, 1}, Date{2025, 1, 1}));
        batch.health.push_back(vaccine(oldPet, Date{2026, 6, 1}, Date{2027, 6, 1}));
        QSignalSpy reset(m_service.get(), &PetService::reset);
        auto written = m_service->importBatch(batch);
        QVERIFY2(written.hasValue(), written ? "" : written.error().detail.c_str());
        QCOMPARE(*written, qint64{4});
        QCOMPARE(reset.count(), 1);
        auto due = m_service->due(0, 50, 100000);
        QCOMPARE(due->size(), std::size_t{2});
        QCOMPARE(due->at(0).petName, QStringLiteral("New"));
        QCOMPARE(due->at(0).record.nextDue, std::optional<Date>(Date{2026, 1, 1}));
        QCOMPARE(due->at(1).petName, QStringLiteral("Old"));
        QCOMPARE(due->at(1).record.nextDue, std::optional<Date>(Date{2027, 6, 1}));

        // A batch with a bad row writes nothing.
        ImportBatch bad;
        PetRecord dup = dog("Dup", "982000000000123");
        bad.pets.push_back(dup);
        QCOMPARE(m_service->importBatch(bad).error().code, StorageErrc::Invalid);
        QCOMPARE(m_service->petSummaries()->size(), std::size_t{2});
    }

    void testContactsReplacedInOneTransaction()
    {
        PetRecord r = dog("Rex");
        r.contacts.push_back({person("Ana", {"+5491123456789"}), ContactRole::Owner, true});
        r.contacts.push_back({person("Luis", {"+5491100000000"}), ContactRole::Emergency, false});
        const std::string petId = m_service->createPet(r)->id;
        PetRecord edit = *m_service->loadPet(QString::fromStdString(petId));
        QCOMPARE(edit.contacts.size(), std::size_t{2});
        edit.contacts.erase(edit.contacts.begin());
        edit.contacts[0].person.phones.push_back("not a phone");
        QVERIFY(!m_service->updatePet(edit).hasValue());
        QCOMPARE(m_service->loadPet(QString::fromStdString(petId))->contacts.size(), std::size_t{2});
        edit.contacts[0].person.phones.pop_back();
        QVERIFY(m_service->updatePet(edit).hasValue());
        auto after = m_service->loadPet(QString::fromStdString(petId));
        QCOMPARE(after->contacts.size(), std::size_t{1});
        QVERIFY(after->contacts[0].primary);
        QCOMPARE(after->contacts[0].person.name, std::string("Luis"));
    }
};

QTEST_GUILESS_MAIN(TestPetService)
#include "TestPetService.moc"
