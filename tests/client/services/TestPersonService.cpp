// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "models/PhoneText.h"

#include "petinfo/common/WireCodec.h"
#include "services/PersonService.h"
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

class TestPersonService final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PetService> m_pets;
    std::unique_ptr<PersonService> m_people;

    static Person person(const char* name, std::vector<std::string> phones, const char* email = "",
                         const char* address = "")
    {
        Person p;
        p.name = name;
        p.phones = std::move(phones);
        p.email = email;
        p.address = address;
        return p;
    }

    /** A new pet whose contacts are these people (existing ones keep their ids: they are linked,
     *  not copied). Returns the pet's id. */
    QString addPet(const char* name, std::vector<ContactEntry> contacts)
    {
        PetRecord r;
        r.pet.name = name;
        r.contacts = std::move(contacts);
        auto created = m_pets->createPet(r);
        if (!created) {
            qWarning("createPet: %s", created.error().detail.c_str());
            return {};
        }
        m_clock->advanceMs(1000);
        return QString::fromStdString(created->id);
    }

    /** The stored person of a pet's first contact. */
    Person ownerOf(const QString& petId)
    {
        auto record = m_pets->loadPet(petId);
        return record && !record->contacts.empty() ? record->contacts.front().person : Person{};
    }

    PetSummary summaryOf(const QString& petId)
    {
        auto summaries = m_pets->petSummaries();
        for (const PetSummary& s : *summaries) {
            if (s.id == petId) {
                return s;
            }
        }
        return {};
    }

    std::vector<sync::Mutation> outbox()
    {
        auto pending = SyncStore(m_pets->database()).pending(1000);
        return pending ? std::move(*pending) : std::vector<sync::Mutation>{};
    }

    sync::SyncRow syncedRow(sync::EntityType type, const QString& id)
    {
        auto row = SyncStore(m_pets->database()).row(type, id);
        return row ? *row : sync::SyncRow{};
    }

    QStringList names(const std::vector<PersonSummary>& people)
    {
        QStringList out;
        for (const PersonSummary& p : people) {
            out << p.name;
        }
        return out;
    }

    /** Ana García (Rex and Luna), "Ana Garcia" typed again for Toby (a duplicate), and Bruno (Toby's
     *  emergency contact). */
    struct Clinic
    {
        QString ana, duplicate, bruno;
        QString rex, luna, toby;
    };
    Clinic clinic()
    {
        Clinic c;
        c.rex = addPet("Rex", {{person("Ana García", {"011 15-4321-9876"}, "ana@example.org", "Calle 1"),
                                ContactRole::Owner, true}});
        const Person ana = ownerOf(c.rex);
        c.ana = QString::fromStdString(ana.id);
        c.luna = addPet("Luna", {{ana, ContactRole::Owner, true}});
        c.toby = addPet("Toby", {{person("Ana Garcia", {"011 15-5555-0000"}, "", "Av. 2"), ContactRole::Owner, true},
                                 {person("Bruno", {"+5491122223333"}), ContactRole::Emergency, false}});
        auto toby = m_pets->loadPet(c.toby);
        c.duplicate = QString::fromStdString(toby->contacts[0].person.id);
        c.bruno = QString::fromStdString(toby->contacts[1].person.id);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(m_t->create());
        m_clock = std::make_unique<ManualClock>(kNow, kToday);
        m_pets = std::make_unique<PetService>(std::move(m_t->db), *m_clock);
        m_people = std::make_unique<PersonService>(*m_pets);
        setPhoneRegion(QStringLiteral("AR"));
    }

    void cleanup()
    {
        m_people.reset();
        m_pets.reset();
        m_t.reset();
    }

    void testListsPeopleWithTheirPets()
    {
        const Clinic c = clinic();
        const QString gone = addPet("Gone", {{m_people->person(c.bruno)->person, ContactRole::Owner, true}});
        QVERIFY(m_pets->trashPet(gone).hasValue());

        auto people = m_people->people();
        QVERIFY(people.hasValue());
        // By name: "Ana Garcia" before "Ana García" (an accent sorts after the plain letter).
        QCOMPARE(names(*people), (QStringList{"Ana Garcia", "Ana García", "Bruno"}));
        for (const PersonSummary& p : *people) {
            if (p.id == c.ana) {
                QCOMPARE(p.petNames, (QStringList{"Luna", "Rex"}));
                QCOMPARE(p.phones, QStringLiteral("+5491143219876"));
                QCOMPARE(p.email, QStringLiteral("ana@example.org"));
            } else if (p.id == c.bruno) {
                QCOMPARE(p.petNames, QStringList{"Toby"}); // the pet in the trash is not counted
            }
        }

        auto details = m_people->person(c.ana);
        QVERIFY(details.hasValue());
        QCOMPARE(details->person.name, std::string("Ana García"));
        QCOMPARE(details->pets.size(), std::size_t{2});
        QCOMPARE(details->pets[0].pet.name, QStringLiteral("Luna"));
        QCOMPARE(details->pets[1].pet.name, QStringLiteral("Rex"));
        QVERIFY(details->pets[1].primary);
        QCOMPARE(details->pets[1].role, ContactRole::Owner);
    }

    void testSearchFindsPhonesAsLocalsTypeThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        const QStringList ana{QStringLiteral("Ana García")};
        QTest::newRow("local with 0 and area") << QStringLiteral("011 4321-9876") << ana;
        QTest::newRow("local with 15") << QStringLiteral("011 15-4321-9876") << ana;
        QTest::newRow("number only") << QStringLiteral("4321 9876") << ana;
        QTest::newRow("international") << QStringLiteral("+54 9 11 4321-9876") << ana;
        QTest::newRow("other number") << QStringLiteral("4321-0000") << QStringList();
        QTest::newRow("accents folded") << QStringLiteral("GARCIA ana") << ana;
        QTest::newRow("e-mail") << QStringLiteral("ana@example") << ana;
        QTest::newRow("pet name") << QStringLiteral("luna") << ana;
        QTest::newRow("bruno") << QStringLiteral("bru") << QStringList{QStringLiteral("Bruno")};
    }

    void testSearchFindsPhonesAsLocalsTypeThem()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        addPet("Rex", {{person("Ana García", {"+54 9 11 4321-9876"}, "ana@example.org"), ContactRole::Owner, true}});
        const Person ana = ownerOf(m_pets->petSummaries()->front().id);
        addPet("Luna", {{ana, ContactRole::Owner, true}});
        addPet("Toby", {{person("Bruno", {"0351 422-1100"}), ContactRole::Owner, true}});
        auto result = m_people->search(typed);
        QVERIFY(result.hasValue());
        QCOMPARE(names(*result), found);
    }

    void testPhoneChangeShowsOnEveryPet()
    {
        const Clinic c = clinic();
        QSignalSpy petChanged(m_pets.get(), &PetService::petChanged);
        QSignalSpy personChanged(m_people.get(), &PersonService::personChanged);
        Person ana = m_people->person(c.ana)->person;
        ana.phones = {"011 5555-1234"};
        auto saved = m_people->updatePerson(ana);
        QVERIFY2(saved.hasValue(), saved ? "" : saved.error().detail.c_str());
        QCOMPARE(saved->phones, std::vector<std::string>{"+541155551234"});
        QCOMPARE(saved->updatedAtMs, m_clock->nowMs());

        QCOMPARE(summaryOf(c.rex).ownerPhones, QStringLiteral("+541155551234"));
        QCOMPARE(summaryOf(c.luna).ownerPhones, QStringLiteral("+541155551234"));
        QCOMPARE(personChanged.count(), 1);
        QStringList announced;
        for (const auto& args : petChanged) {
            announced << args.at(0).value<PetSummary>().id;
        }
        announced.sort();
        QStringList expected{c.rex, c.luna};
        expected.sort();
        QCOMPARE(announced, expected);
        QCOMPARE(petChanged.at(0).at(0).value<PetSummary>().ownerPhones, QStringLiteral("+541155551234"));
    }

    void testEditingASharedPersonInOnePetShowsOnTheOthers()
    {
        const Clinic c = clinic();
        QSignalSpy petChanged(m_pets.get(), &PetService::petChanged);
        PetRecord rex = *m_pets->loadPet(c.rex);
        rex.contacts[0].person.phones = {"011 5555-1234"};
        QVERIFY(m_pets->updatePet(rex).hasValue());
        QCOMPARE(summaryOf(c.luna).ownerPhones, QStringLiteral("+541155551234"));
        QStringList announced;
        for (const auto& args : petChanged) {
            announced << args.at(0).value<PetSummary>().id;
        }
        QVERIFY2(announced.contains(c.luna), qPrintable(announced.join(',')));

        // Saving without a change to the person tells no other pet.
        petChanged.clear();
        QVERIFY(m_pets->updatePet(*m_pets->loadPet(c.rex)).hasValue());
        QCOMPARE(petChanged.count(), 1);
    }

    void testUpdateValidatesAndWritesNothingBad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QString() << QStringLiteral("011 4321-9876") << QString() << QStringLiteral("name");
        QTest::newRow("bad phone") << QStringLiteral("Ana") << QStringLiteral("12") << QString()
                                   << QStringLiteral("phones[0]");
        QTest::newRow("bad e-mail") << QStringLiteral("Ana") << QString() << QStringLiteral("ana@") << "email";
    }

    void testUpdateValidatesAndWritesNothingBad()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QString, field);
        const Clinic c = clinic();
        Person ana = m_people->person(c.ana)->person;
        const Person before = ana;
        ana.name = name.toStdString();
        ana.phones = phone.isEmpty() ? std::vector<std::string>{} : std::vector<std::string>{phone.toStdString()};
        ana.email = email.toStdString();
        Person checked = ana;
        const ValidationReport report = m_people->validate(checked);
        QVERIFY(report.hasErrors());
        QCOMPARE(QString::fromStdString(report.issues.front().field), field);
        auto saved = m_people->updatePerson(ana);
        QVERIFY(!saved.hasValue());
        QCOMPARE(saved.error().code, StorageErrc::Invalid);
        QCOMPARE(m_people->person(c.ana)->person, before);
    }

    void testUpdateOfUnknownOrMergedPersonFails()
    {
        Person nobody = person("Nobody", {});
        nobody.id = "00000000-0000-4000-8000-000000000000";
        QCOMPARE(m_people->updatePerson(nobody).error().code, StorageErrc::NotFound);
    }

    void testMergeMovesPetsAndKeepsEveryDetail()
    {
        const Clinic c = clinic();
        QSignalSpy peopleChanged(m_people.get(), &PersonService::peopleChanged);
        QSignalSpy petChanged(m_pets.get(), &PetService::petChanged);
        auto merged = m_people->merge(c.ana, c.duplicate);
        QVERIFY2(merged.hasValue(), merged ? "" : merged.error().detail.c_str());
        QCOMPARE(peopleChanged.count(), 1);
        QCOMPARE(petChanged.count(), 1); // Toby now shows Ana García

        auto ana = m_people->person(c.ana);
        QVERIFY(ana.hasValue());
        QCOMPARE(ana->person.name, std::string("Ana García"));
        QCOMPARE(ana->person.phones, (std::vector<std::string>{"+5491143219876", "+5491155550000"}));
        QCOMPARE(ana->person.email, std::string("ana@example.org"));
        QCOMPARE(ana->person.address, std::string("Calle 1; Av. 2"));
        QCOMPARE(ana->pets.size(), std::size_t{3});
        QCOMPARE(m_people->person(c.duplicate).error().code, StorageErrc::NotFound);
        QCOMPARE(names(*m_people->people()), (QStringList{"Ana García", "Bruno"}));

        // Toby keeps its primary contact (now Ana García) and its emergency contact.
        auto toby = m_pets->loadPet(c.toby);
        QCOMPARE(toby->contacts.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(toby->contacts[0].person.id), c.ana);
        QVERIFY(toby->contacts[0].primary);
        QCOMPARE(QString::fromStdString(toby->contacts[1].person.id), c.bruno);
        QCOMPARE(summaryOf(c.toby).ownerName, QStringLiteral("Ana García"));
        QCOMPARE(merged->duplicateLinks.size(), std::size_t{1});
    }

    void testMergeIntoAPersonAlreadyLinkedToThePet()
    {
        // Bruno is Toby's emergency contact; the duplicate Ana is Toby's owner. Merging the
        // duplicate into Bruno leaves Toby one link, the primary one, with the owner's role.
        const Clinic c = clinic();
        QVERIFY(m_people->merge(c.bruno, c.duplicate).hasValue());
        auto toby = m_pets->loadPet(c.toby);
        QCOMPARE(toby->contacts.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(toby->contacts[0].person.id), c.bruno);
        QVERIFY(toby->contacts[0].primary);
        QCOMPARE(toby->contacts[0].role, ContactRole::Owner);
    }

    void testMergeAsksWhichEmailWhenBothHaveOne()
    {
        const Clinic c = clinic();
        Person dup = m_people->person(c.duplicate)->person;
        dup.email = "ana.garcia@example.com";
        QVERIFY(m_people->updatePerson(dup).hasValue());
        QVERIFY(m_people->mergeConflicts(c.ana, c.duplicate)->email);
        QVERIFY(!m_people->mergeConflicts(c.ana, c.bruno)->email);

        auto kept = m_people->merge(c.ana, c.duplicate, MergeOptions{true});
        QVERIFY(kept.hasValue());
        QCOMPARE(m_people->person(c.ana)->person.email, std::string("ana.garcia@example.com"));
        QVERIFY(m_people->undoMerge(*kept).hasValue());
        QCOMPARE(m_people->person(c.ana)->person.email, std::string("ana@example.org"));
        QVERIFY(m_people->merge(c.ana, c.duplicate).hasValue());
        QCOMPARE(m_people->person(c.ana)->person.email, std::string("ana@example.org"));
    }

    void testMergeRefusesNonsense()
    {
        const Clinic c = clinic();
        QCOMPARE(m_people->merge(c.ana, c.ana).error().code, StorageErrc::Invalid);
        QCOMPARE(m_people->merge(c.ana, QStringLiteral("00000000-0000-4000-8000-000000000000")).error().code,
                 StorageErrc::NotFound);
        QVERIFY(m_people->merge(c.ana, c.duplicate).hasValue());
        QCOMPARE(m_people->merge(c.bruno, c.duplicate).error().code, StorageErrc::NotFound); // already merged
        QCOMPARE(names(*m_people->people()), (QStringList{"Ana García", "Bruno"}));
    }

    void testMergeIsRecordedForSync()
    {
        const Clinic c = clinic();
        QVERIFY(m_pets->tracker().enable().hasValue());
        const std::size_t before = outbox().size();
        QVERIFY(m_people->merge(c.ana, c.duplicate).hasValue());
        const auto mutations = outbox();
        QVERIFY(mutations.size() > before);

        const QString oldLink = c.toby + '/' + c.duplicate;
        const QString newLink = c.toby + '/' + c.ana;
        QVERIFY(syncedRow(sync::EntityType::Person, c.duplicate).isDeleted());
        QVERIFY(syncedRow(sync::EntityType::PetContact, oldLink).isDeleted());
        const sync::SyncRow link = syncedRow(sync::EntityType::PetContact, newLink);
        QVERIFY(link.exists() && !link.isDeleted());
        QVERIFY(*link.value("primary") == nlohmann::json(true));
        const sync::SyncRow ana = syncedRow(sync::EntityType::Person, c.ana);
        QVERIFY(*ana.value("phones") == nlohmann::json({"+5491143219876", "+5491155550000"}));

        // Every one of those is a mutation waiting to be pushed.
        auto pushed = [&](sync::EntityType type, const QString& id) {
            return std::any_of(
                mutations.begin() + static_cast<std::ptrdiff_t>(before), mutations.end(),
                [&](const sync::Mutation& m) { return m.change.type == type && m.change.id == id.toStdString(); });
        };
        QVERIFY(pushed(sync::EntityType::Person, c.duplicate));
        QVERIFY(pushed(sync::EntityType::PetContact, oldLink));
        QVERIFY(pushed(sync::EntityType::PetContact, newLink));
        QVERIFY(pushed(sync::EntityType::Person, c.ana));
    }

    void testUndoMergeBringsEverythingBack()
    {
        const Clinic c = clinic();
        QVERIFY(m_pets->tracker().enable().hasValue());
        const auto peopleBefore = *m_people->people();
        const PetRecord tobyBefore = *m_pets->loadPet(c.toby);
        auto merged = m_people->merge(c.bruno, c.duplicate);
        QVERIFY(merged.hasValue());
        m_clock->advanceMs(1000);

        QSignalSpy peopleChanged(m_people.get(), &PersonService::peopleChanged);
        auto undone = m_people->undoMerge(*merged);
        QVERIFY2(undone.hasValue(), undone ? "" : undone.error().detail.c_str());
        QCOMPARE(peopleChanged.count(), 1);
        auto peopleAfter = *m_people->people();
        QCOMPARE(peopleAfter.size(), peopleBefore.size());
        for (std::size_t i = 0; i < peopleAfter.size(); ++i) {
            QCOMPARE(peopleAfter[i].id, peopleBefore[i].id);
            QCOMPARE(peopleAfter[i].phones, peopleBefore[i].phones);
            QCOMPARE(peopleAfter[i].address, peopleBefore[i].address);
            QCOMPARE(peopleAfter[i].petNames, peopleBefore[i].petNames);
        }
        const PetRecord toby = *m_pets->loadPet(c.toby);
        QCOMPARE(toby.contacts.size(), tobyBefore.contacts.size());
        for (std::size_t i = 0; i < toby.contacts.size(); ++i) {
            QCOMPARE(toby.contacts[i].person.id, tobyBefore.contacts[i].person.id);
            QCOMPARE(toby.contacts[i].role, tobyBefore.contacts[i].role);
            QCOMPARE(toby.contacts[i].primary, tobyBefore.contacts[i].primary);
        }
        // And so it syncs: the duplicate and its link are live again.
        QVERIFY(!syncedRow(sync::EntityType::Person, c.duplicate).isDeleted());
        QVERIFY(!syncedRow(sync::EntityType::PetContact, c.toby + '/' + c.duplicate).isDeleted());
        QVERIFY(*syncedRow(sync::EntityType::PetContact, c.toby + '/' + c.bruno).value("primary") ==
                nlohmann::json(false));
    }

    void testUndoMergeKeepsLaterEdits()
    {
        const Clinic c = clinic();
        auto merged = m_people->merge(c.ana, c.duplicate);
        QVERIFY(merged.hasValue());
        Person ana = m_people->person(c.ana)->person;
        ana.address = "Calle 3";
        QVERIFY(m_people->updatePerson(ana).hasValue());
        QVERIFY(m_people->undoMerge(*merged).hasValue());
        const Person after = m_people->person(c.ana)->person;
        QCOMPARE(after.address, std::string("Calle 3"));                    // edited since: kept
        QCOMPARE(after.phones, std::vector<std::string>{"+5491143219876"}); // the merge's: undone
    }
};

QTEST_GUILESS_MAIN(TestPersonService)
#include "TestPersonService.moc"
