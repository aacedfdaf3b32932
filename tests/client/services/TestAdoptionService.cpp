// SPDX-License-Identifier: GPL-3.0-or-later
// The adoption workflow on a desktop: intake, the status path with its history, the public
// profile, the applications inbox (rows pulled as sync brings them) and staff decisions, down to
// the adopter becoming the pet's owner; sync changes recorded with every write; volunteers.
#include "TestSupport.h"

#include "models/PhoneText.h"
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "services/AdoptionService.h"
#include "services/PetService.h"
#include "storage/AdoptionRepository.h"
#include "sync/ChangeTracker.h"
#include "sync/Projection.h"
#include "sync/SyncStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;
using nlohmann::json;

namespace {
const Date kToday{2026, 11, 22};
constexpr qint64 kNow = 1795000000000;
const sync::Hlc kServerClock{kNow, 0, "server"};
} // namespace

class TestAdoptionService final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PetService> m_pets;
    std::unique_ptr<AdoptionService> m_adoption;
    QString m_pet;
    std::string m_surrenderedBy; ///< the pet's first owner

    /** Stores and projects a row the way a pull does. */
    void pull(sync::EntityType type, const std::string& id, const json& values)
    {
        SyncStore store(m_pets->database());
        auto stored = store.row(type, QString::fromStdString(id));
        QVERIFY(stored);
        sync::SyncRow row = *stored;
        const sync::SyncRow change = sync::makeChange(type, id, values, kServerClock);
        for (const auto& [name, value] : change.fields) {
            row.fields[name] = value;
        }
        row.type = type;
        row.id = id;
        row.version = 1;
        QVERIFY(store.putRow(row));
        QVERIFY(Projection(m_pets->database()).apply(row));
    }

    AdoptionApplication kioskApplication(const QString& petId)
    {
        AdoptionApplication a;
        a.id = newUuid();
        a.petIds = {petId.toStdString()};
        a.applicantName = "Lucía Fernández";
        a.phone = "+5491122334455";
        a.email = "lucia@example.com";
        a.address = "Av. Corrientes 1234, CABA";
        a.consentText = "I confirm that what I wrote is true.";
        a.consentAccepted = true;
        a.signatureStrokes = "600x200:10,150 40,60 80,150;120,100 200,100";
        a.channel = ApplicationChannel::Kiosk;
        a.deviceId = newUuid();
        a.submittedAtMs = kNow - 3600000;
        a.submittedFrom = "203.0.113.7";
        a.createdAtMs = a.updatedAtMs = a.submittedAtMs;
        return a;
    }

    std::string pullApplication(const AdoptionApplication& a)
    {
        json values = toJson(a);
        values.erase("id");
        values["deleted"] = false;
        pull(sync::EntityType::AdoptionApplication, a.id, values);
        return a.id;
    }

    void makeAdoptable(const QString& petId)
    {
        Intake intake;
        intake.petId = petId.toStdString();
        intake.date = Date{2026, 11, 12};
        intake.source = IntakeSource::Surrender;
        QVERIFY(m_adoption->recordIntake(intake));
        QVERIFY(m_adoption->changeStatus(petId, AdoptionStatus::InCare, kToday, {}));
        QVERIFY(m_adoption->changeStatus(petId, AdoptionStatus::Adoptable, kToday, QStringLiteral("vaccinated")));
    }

    void setRole(const QString& role)
    {
        const QString account =
            QStringLiteral("{\"server\":\"https://petinfo.example\",\"role\":\"%1\",\"userName\":\"Ana Gómez\"}")
                .arg(role);
        QVERIFY(SyncStore(m_pets->database()).setState(QStringLiteral("account"), account));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        setPhoneRegion(QStringLiteral("AR")); // how staff here write phone numbers
    }

    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(m_t->create());
        m_clock = std::make_unique<ManualClock>(kNow, kToday);
        m_pets = std::make_unique<PetService>(std::move(m_t->db), *m_clock);
        m_adoption = std::make_unique<AdoptionService>(*m_pets);
        PetRecord r;
        r.pet.name = "Manchitas";
        r.pet.species = Species::Dog;
        Person owner;
        owner.id = newUuid();
        owner.name = "Jorge Ruiz";
        r.contacts.push_back(ContactEntry{owner, ContactRole::Owner, true});
        m_surrenderedBy = owner.id;
        auto created = m_pets->createPet(r);
        QVERIFY(created);
        m_pet = QString::fromStdString(created->id);
    }

    void cleanup()
    {
        m_adoption.reset();
        m_pets.reset();
        m_t.reset();
    }

    void testIntakeStartsTheWorkflowWithHistoryAndDaysInCare()
    {
        Intake intake;
        intake.petId = m_pet.toStdString();
        intake.date = Date{2026, 11, 12};
        intake.source = IntakeSource::Stray;
        intake.broughtBy = "  Vecina del barrio ";
        auto recorded = m_adoption->recordIntake(intake);
        QVERIFY(recorded);
        QCOMPARE(recorded->broughtBy, std::string("Vecina del barrio"));
        auto profile = m_adoption->profile(m_pet);
        QVERIFY(profile && *profile);
        QCOMPARE((*profile)->status, AdoptionStatus::Intake);
        auto history = m_adoption->history(m_pet);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(1));
        QCOMPARE(history->front().fromStatus, std::string());
        QCOMPARE(history->front().toStatus, std::string("intake"));
        auto animals = m_adoption->animals(kToday);
        QVERIFY(animals);
        QCOMPARE(animals->size(), std::size_t(1));
        QCOMPARE(animals->front().pet.name, QStringLiteral("Manchitas"));
        QCOMPARE(animals->front().daysInCare, std::optional<int>(10));
        QCOMPARE(AdoptionService::counts(*animals)[std::size_t(AdoptionStatus::Intake)], 1);
    }

    void testStatusPathAllowsAndRefuses()
    {
        makeAdoptable(m_pet);
        auto history = m_adoption->history(m_pet);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(3));
        QCOMPARE(history->back().note, std::string("vaccinated"));
        // Adoptable -> adopted skips the reservation: refused, nothing written.
        auto refused = m_adoption->changeStatus(m_pet, AdoptionStatus::Adopted, kToday, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StorageErrc::Invalid);
        QCOMPARE((*m_adoption->profile(m_pet))->status, AdoptionStatus::Adoptable);
        QCOMPARE(m_adoption->history(m_pet)->size(), std::size_t(3));
        // A pet already in the workflow cannot be added again.
        QVERIFY(!m_adoption->addToWorkflow(m_pet, AdoptionStatus::InCare, kToday));
    }

    void testAnimalAlreadyAtTheShelterJoinsAsAdoptable()
    {
        auto added = m_adoption->addToWorkflow(m_pet, AdoptionStatus::Adoptable, kToday);
        QVERIFY(added);
        QCOMPARE(added->status, AdoptionStatus::Adoptable);
        QVERIFY(!m_adoption->addToWorkflow(m_pet, AdoptionStatus::Adoptable, kToday));
        PetRecord other;
        other.pet.name = "Otro";
        auto pet = m_pets->createPet(other);
        QVERIFY(pet);
        // Reserved is not a first status.
        QVERIFY(!m_adoption->addToWorkflow(QString::fromStdString(pet->id), AdoptionStatus::Reserved, kToday));
    }

    void testProfileSaveKeepsTheStatusAndChecksTheFee()
    {
        makeAdoptable(m_pet);
        AdoptionProfile p = **m_adoption->profile(m_pet);
        p.status = AdoptionStatus::Adopted; // the editor cannot change the status
        p.description = "  Tranquila, le gustan los chicos. ";
        p.goodWithChildren = Answer::Yes;
        p.feeMinor = 2500000;
        p.feeCurrency = "";
        QVERIFY(!m_adoption->saveProfile(p)); // a fee needs its currency
        p.feeCurrency = "ARS";
        auto saved = m_adoption->saveProfile(p);
        QVERIFY(saved);
        QCOMPARE(saved->status, AdoptionStatus::Adoptable);
        auto stored = m_adoption->profile(m_pet);
        QCOMPARE((*stored)->description, std::string("Tranquila, le gustan los chicos."));
        QCOMPARE((*stored)->feeMinor, std::int64_t(2500000));
        QCOMPARE((*stored)->goodWithChildren, Answer::Yes);
    }

    void testApproveReservesAndCompletingMakesTheApplicantTheOwner()
    {
        makeAdoptable(m_pet);
        const AdoptionApplication sent = kioskApplication(m_pet);
        pullApplication(sent);
        const QString id = QString::fromStdString(sent.id);
        // Approving straight from new is not on the path.
        QVERIFY(!m_adoption->setApplicationStatus(id, ApplicationStatus::Approved, {}));
        QVERIFY(m_adoption->setApplicationStatus(id, ApplicationStatus::Contacted, QStringLiteral("called her")));
        // Not approved yet: nothing to complete.
        QVERIFY(!m_adoption->completeAdoption(id));
        auto approved =
            m_adoption->setApplicationStatus(id, ApplicationStatus::Approved, QStringLiteral("home visit ok"));
        QVERIFY(approved);
        QCOMPARE(approved->status, ApplicationStatus::Approved);
        QCOMPARE((*m_adoption->profile(m_pet))->status, AdoptionStatus::Reserved);
        auto appHistory = m_adoption->history(id);
        QCOMPARE(appHistory->size(), std::size_t(2));
        QCOMPARE(appHistory->back().note, std::string("home visit ok"));

        auto done = m_adoption->completeAdoption(id);
        QVERIFY(done);
        QVERIFY(!done->personId.empty());
        QCOMPARE(done->completedAtMs, kNow);
        QCOMPARE((*m_adoption->profile(m_pet))->status, AdoptionStatus::Adopted);
        auto record = m_pets->loadPet(m_pet);
        QVERIFY(record);
        QCOMPARE(record->pet.status, PetStatus::Adopted);
        QCOMPARE(record->contacts.size(), std::size_t(2));
        for (const ContactEntry& c : record->contacts) {
            if (c.person.id == done->personId) {
                QVERIFY(c.primary);
                QCOMPARE(c.role, ContactRole::Owner);
                QCOMPARE(c.person.name, std::string("Lucía Fernández"));
                QCOMPARE(c.person.phones, std::vector<std::string>{"+5491122334455"});
                QCOMPARE(c.person.email, std::string("lucia@example.com"));
            } else {
                QCOMPARE(c.person.id, m_surrenderedBy); // the one who surrendered it stays, not primary
                QVERIFY(!c.primary);
            }
        }
        // Done once: a second completion is refused, and no decision changes it any more.
        QVERIFY(!m_adoption->completeAdoption(id));
        QVERIFY(!m_adoption->setApplicationStatus(id, ApplicationStatus::Withdrawn, {}));
        // The animal's history ends with the adoption.
        QCOMPARE(m_adoption->history(m_pet)->back().toStatus, std::string("adopted"));
        // Closed: the open-only inbox no longer lists it.
        ApplicationFilter open;
        open.openOnly = true;
        QCOMPARE(m_adoption->applications(open)->size(), std::size_t(0));
        QCOMPARE(m_adoption->applications()->size(), std::size_t(1));
    }

    void testCompletingWithoutAReservedAnimalChangesNothing()
    {
        makeAdoptable(m_pet);
        const AdoptionApplication sent = kioskApplication(m_pet);
        pullApplication(sent);
        const QString id = QString::fromStdString(sent.id);
        QVERIFY(m_adoption->setApplicationStatus(id, ApplicationStatus::Contacted, {}));
        QVERIFY(m_adoption->setApplicationStatus(id, ApplicationStatus::Approved, {}));
        // Meanwhile the reservation fell through.
        QVERIFY(m_adoption->changeStatus(m_pet, AdoptionStatus::Adoptable, kToday, QStringLiteral("fell through")));
        QVERIFY(!m_adoption->completeAdoption(id));
        auto record = m_pets->loadPet(m_pet);
        QCOMPARE(record->contacts.size(), std::size_t(1));
        QCOMPARE(record->pet.status, PetStatus::Owned);
        QCOMPARE(m_adoption->application(id)->completedAtMs, std::int64_t(0));
    }

    void testFiltersFindByStatusChannelAndText()
    {
        makeAdoptable(m_pet);
        AdoptionApplication kiosk = kioskApplication(m_pet);
        pullApplication(kiosk);
        AdoptionApplication web = kioskApplication(m_pet);
        web.id = newUuid();
        web.applicantName = "Pedro Alves";
        web.email = "pedro@example.com";
        web.phone = "+5511987654321";
        web.channel = ApplicationChannel::Web;
        web.signatureStrokes.clear();
        web.signatureName = "Pedro Alves";
        pullApplication(web);
        QVERIFY(m_adoption->setApplicationStatus(QString::fromStdString(web.id), ApplicationStatus::Declined, {}));
        ApplicationFilter f;
        f.channel = ApplicationChannel::Web;
        QCOMPARE(m_adoption->applications(f)->size(), std::size_t(1));
        f = {};
        f.openOnly = true;
        auto open = m_adoption->applications(f);
        QCOMPARE(open->size(), std::size_t(1));
        QCOMPARE(open->front().id, kiosk.id);
        f = {};
        f.text = QStringLiteral("manchi"); // the animal's name
        QCOMPARE(m_adoption->applications(f)->size(), std::size_t(2));
        f.text = QStringLiteral("lucia@");
        QCOMPARE(m_adoption->applications(f)->size(), std::size_t(1));
        f = {};
        f.status = ApplicationStatus::Declined;
        QCOMPARE(m_adoption->applications(f)->front().id, web.id);
    }

    void testPulledApplicationIsAnnouncedOnceAndCountsUntilSeen()
    {
        QSignalSpy arrived(m_adoption.get(), &AdoptionService::applicationsArrived);
        makeAdoptable(m_pet);
        const AdoptionApplication sent = kioskApplication(m_pet);
        pullApplication(sent);
        m_pets->announceReset(); // what a pull that brought rows does
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.front().front().toStringList(), QStringList{QStringLiteral("Lucía Fernández")});
        QCOMPARE(*m_adoption->unseenCount(), 1);
        m_pets->announceReset(); // nothing new
        QCOMPARE(arrived.count(), 1);
        QVERIFY(m_adoption->markSeen(QString::fromStdString(sent.id)));
        QCOMPARE(*m_adoption->unseenCount(), 0);
        // A service started later (the app's next start) learns what is there without announcing.
        AdoptionService later(*m_pets);
        QSignalSpy laterArrived(&later, &AdoptionService::applicationsArrived);
        m_pets->announceReset();
        QCOMPARE(laterArrived.count(), 0);
    }

    void testWritesBecomeSyncChangesOnceSyncIsOn()
    {
        makeAdoptable(m_pet); // before sync: kept locally
        ChangeTracker& tracker = m_pets->tracker();
        auto queued = tracker.enable();
        QVERIFY(queued);
        SyncStore store(m_pets->database());
        // The first upload carries the profile, the intake and the history written before.
        QVERIFY(store.find(sync::EntityType::AdoptionProfile, m_pet)->has_value());
        auto history = m_adoption->history(m_pet);
        for (const StatusChange& c : *history) {
            QVERIFY(store.find(sync::EntityType::StatusChange, QString::fromStdString(c.id))->has_value());
        }
        const qint64 before = *store.outboxCount();
        QVERIFY(m_adoption->changeStatus(m_pet, AdoptionStatus::OnHold, kToday, QStringLiteral("vet check")));
        QCOMPARE(*store.outboxCount(), before + 2); // the profile and one history row
        auto row = store.find(sync::EntityType::AdoptionProfile, m_pet);
        QCOMPARE(sync::entityJson(**row).value("status", ""), std::string("on_hold"));
    }

    void testVolunteersSeeNoContactsAndDecideNothing()
    {
        makeAdoptable(m_pet);
        const AdoptionApplication sent = kioskApplication(m_pet);
        pullApplication(sent);
        setRole(QStringLiteral("volunteer"));
        QVERIFY(!m_adoption->showsContacts());
        QVERIFY(!m_adoption->mayDecide());
        QVERIFY(!m_adoption->mayEdit());
        auto a = m_adoption->application(QString::fromStdString(sent.id));
        QVERIFY(a);
        QCOMPARE(a->applicantName, sent.applicantName);
        QVERIFY(a->phone.empty());
        QVERIFY(a->email.empty());
        QVERIFY(a->address.empty());
        QVERIFY(a->submittedFrom.empty());
        // Their search does not look into contacts either.
        ApplicationFilter f;
        f.text = QStringLiteral("lucia@");
        QCOMPARE(m_adoption->applications(f)->size(), std::size_t(0));
        QVERIFY(m_adoption->applications()->front().email.empty());
        auto refused =
            m_adoption->setApplicationStatus(QString::fromStdString(sent.id), ApplicationStatus::Contacted, {});
        QVERIFY(!refused);
        QCOMPARE(m_adoption->application(QString::fromStdString(sent.id))->status, ApplicationStatus::New);
        // Vets edit animals but do not decide.
        setRole(QStringLiteral("vet"));
        QVERIFY(m_adoption->mayEdit());
        QVERIFY(!m_adoption->mayDecide());
        QVERIFY(m_adoption->showsContacts());
        setRole(QStringLiteral("staff"));
        QVERIFY(m_adoption->mayDecide());
        QVERIFY(m_adoption->setApplicationStatus(QString::fromStdString(sent.id), ApplicationStatus::Contacted, {}));
        // The history names the signed-in author.
        QCOMPARE(QString::fromStdString(m_adoption->history(QString::fromStdString(sent.id))->back().author),
                 QStringLiteral("Ana Gómez"));
    }

    void testStaffTypedApplicationIsValidatedAndNotBadged()
    {
        makeAdoptable(m_pet);
        AdoptionApplication a;
        a.petIds = {m_pet.toStdString()};
        a.applicantName = "Marta Díaz";
        a.consentText = "Read to her on the phone.";
        a.consentAccepted = true;
        a.signatureName = "Marta Díaz";
        QVERIFY(!m_adoption->addApplication(a)); // no phone and no e-mail
        a.phone = "011 4321-9876";
        auto added = m_adoption->addApplication(a);
        QVERIFY2(added, added ? "" : added.error().detail.c_str());
        QCOMPARE(added->channel, ApplicationChannel::Staff);
        QCOMPARE(added->status, ApplicationStatus::New);
        QCOMPARE(*m_adoption->unseenCount(), 0);
    }

    void testRepositoryKeepsDeletedRowsOutOfLists()
    {
        AdoptionRepository repo(m_pets->database());
        AdoptionApplication a = kioskApplication(m_pet);
        QVERIFY(repo.upsertApplication(a, kNow));
        QCOMPARE(repo.applications()->size(), std::size_t(0));
        QVERIFY(!repo.application(QString::fromStdString(a.id))->has_value());
        QVERIFY(repo.upsertApplication(a));
        QCOMPARE(repo.applications()->size(), std::size_t(1));
        // The stored body is the wire JSON, for the first upload.
        auto body = repo.body(sync::EntityType::AdoptionApplication, QString::fromStdString(a.id));
        QVERIFY(body);
        QCOMPARE(body->value("applicantName", ""), a.applicantName);
        QVERIFY(repo.body(sync::EntityType::Intake, QString::fromStdString(newUuid()))->is_null());
    }
};

QTEST_GUILESS_MAIN(TestAdoptionService)
#include "TestAdoptionService.moc"
