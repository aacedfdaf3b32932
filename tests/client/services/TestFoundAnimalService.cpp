// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "petinfo/common/FoundAnimalCodec.h"
#include "services/FoundAnimalService.h"
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

class TestFoundAnimalService final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PetService> m_pets;
    std::unique_ptr<FoundAnimalService> m_found;

    QString addPet(const char* name, Species species, Sex sex, const char* colour, PetStatus status,
                   const char* microchip = "", const char* address = "")
    {
        PetRecord r;
        r.pet.name = name;
        r.pet.species = species;
        r.pet.sex = sex;
        r.pet.colour = colour;
        r.pet.status = status;
        r.pet.microchip = microchip;
        Person owner;
        owner.name = std::string("Family of ") + name;
        owner.address = address;
        r.contacts.push_back(ContactEntry{owner, ContactRole::Owner, true});
        auto created = m_pets->createPet(r);
        if (!created) {
            qWarning("createPet: %s", created.error().detail.c_str());
            return {};
        }
        return QString::fromStdString(created->id);
    }

    static FoundAnimal stray(Species species, Sex sex, const char* colour, const char* place)
    {
        FoundAnimal a;
        a.species = species;
        a.sex = sex;
        a.colour = colour;
        a.place = place;
        a.foundOn = kToday;
        return a;
    }

    std::vector<sync::Mutation> outbox()
    {
        auto pending = SyncStore(m_pets->database()).pending(1000);
        return pending ? std::move(*pending) : std::vector<sync::Mutation>{};
    }

    /** Photo bytes (the service stores them as given; the editor checks they are a picture). */
    static QByteArray pngBytes() { return QByteArrayLiteral("\x89PNG\r\n\x1a\n-a-small-photo-"); }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(m_t->create());
        m_clock = std::make_unique<ManualClock>(kNow, kToday);
        m_pets = std::make_unique<PetService>(std::move(m_t->db), *m_clock);
        m_found = std::make_unique<FoundAnimalService>(*m_pets);
    }

    void cleanup()
    {
        m_found.reset();
        m_pets.reset();
        m_t.reset();
    }

    void testSavesListsAndKeepsThePhoto()
    {
        QSignalSpy changed(m_found.get(), &FoundAnimalService::changed);
        FoundAnimal a = stray(Species::Dog, Sex::Female, "negra", "Plaza Italia");
        a.microchip = "982 000-123.456 789";
        auto saved = m_found->save(a, pngBytes());
        QVERIFY2(saved, saved ? "" : saved.error().detail.c_str());
        QVERIFY(!saved->id.empty());
        QCOMPARE(saved->microchip, std::string("982000123456789")); // written without separators
        QCOMPARE(saved->createdAtMs, kNow);
        QCOMPARE(changed.count(), 1);
        auto list = m_found->list();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().place, std::string("Plaza Italia"));
        auto photo = m_found->photo(list->front());
        QVERIFY(photo);
        QCOMPARE(*photo, pngBytes());

        // Editing keeps the photo and the creation time.
        m_clock->advanceMs(5000);
        FoundAnimal edited = list->front();
        edited.notes = "collar rojo";
        auto again = m_found->save(edited);
        QVERIFY(again);
        QCOMPARE(again->createdAtMs, kNow);
        QCOMPARE(again->updatedAtMs, kNow + 5000);
        QCOMPARE(again->photoSha256, saved->photoSha256);
    }

    void testRefusesInvalidInputAndStoresNothing()
    {
        FoundAnimal future = stray(Species::Cat, Sex::Male, "gris", "Palermo");
        future.foundOn = kToday.addDays(1);
        auto r = m_found->save(future);
        QVERIFY(!r);
        QCOMPARE(r.error().code, StorageErrc::Invalid);
        QVERIFY(QString::fromStdString(r.error().detail).contains(QStringLiteral("foundOn")));

        FoundAnimal noDate = stray(Species::Cat, Sex::Male, "gris", "Palermo");
        noDate.foundOn = Date{};
        QVERIFY(!m_found->save(noDate));

        FoundAnimal badChip = stray(Species::Cat, Sex::Male, "gris", "Palermo");
        badChip.microchip = "12AB";
        QVERIFY(!m_found->save(badChip));

        FoundAnimal badTag = stray(Species::Cat, Sex::Male, "gris", "Palermo");
        badTag.tagId = "../x";
        QVERIFY(!m_found->save(badTag));

        FoundAnimal old = stray(Species::Cat, Sex::Male, "gris", "Palermo");
        old.ageMonths = 41 * 12;
        QVERIFY(!m_found->save(old));

        auto list = m_found->list(true);
        QVERIFY(list);
        QVERIFY(list->empty());
    }

    void testMatchesLostPetsBestFirstAndLeavesOthersOut()
    {
        const QString luna = addPet("Luna", Species::Dog, Sex::Female, "negra con pecho blanco", PetStatus::Lost, "",
                                    "Av. Santa Fe 1234, Palermo");
        const QString toby = addPet("Toby", Species::Dog, Sex::Male, "negro", PetStatus::Lost);
        const QString mora = addPet("Mora", Species::Dog, Sex::Female, "marrón", PetStatus::Lost);
        addPet("Home", Species::Dog, Sex::Female, "negra", PetStatus::Owned); // not lost: never listed
        addPet("Michi", Species::Cat, Sex::Female, "negra", PetStatus::Lost); // another species
        const QString chip = addPet("Chip", Species::Dog, Sex::Unknown, "", PetStatus::Lost, "982000123456789");

        FoundAnimal a = stray(Species::Dog, Sex::Female, "black and white", "Palermo, near the station");
        auto saved = m_found->save(a);
        QVERIFY(saved);
        auto matches = m_found->matches(*saved);
        QVERIFY(matches);
        QStringList order;
        for (const FoundAnimalMatch& m : *matches) {
            order << m.petName;
        }
        // Luna: same sex, colour across languages, the place; Mora: same sex only; Chip: sex not
        // known, nothing else agrees. Toby (male), Michi (a cat) and Home (not lost) are left out.
        QCOMPARE(order, (QStringList{QStringLiteral("Luna"), QStringLiteral("Mora"), QStringLiteral("Chip")}));
        QCOMPARE(matches->front().petId, luna);
        QCOMPARE(matches->front().ownerName, QStringLiteral("Family of Luna"));
        Q_UNUSED(toby);
        Q_UNUSED(mora);

        // A chip read with spaces, or only its last 10 digits, is certain and comes first.
        FoundAnimal chipped = *saved;
        chipped.microchip = "0123456789";
        auto certain = m_found->matches(chipped);
        QVERIFY(certain);
        QVERIFY(!certain->empty());
        QCOMPARE(certain->front().petId, chip);
        QVERIFY(certain->front().candidate.certain);
    }

    void testReuniteEndsLostStatusAndClosesTheRecordInOneGo()
    {
        QVERIFY(m_pets->tracker().enable().hasValue());
        const QString luna = addPet("Luna", Species::Dog, Sex::Female, "negra", PetStatus::Lost);
        auto saved = m_found->save(stray(Species::Dog, Sex::Female, "negra", "Palermo"));
        QVERIFY(saved);
        m_clock->advanceMs(60'000);
        auto reunited = m_found->reunite(QString::fromStdString(saved->id), luna);
        QVERIFY2(reunited, reunited ? "" : reunited.error().detail.c_str());
        QCOMPARE(reunited->state, FoundAnimalState::Reunited);
        QCOMPARE(reunited->reunitedPetId, luna.toStdString());
        QCOMPARE(reunited->closedAtMs, kNow + 60'000);
        auto pet = m_pets->loadPet(luna);
        QVERIFY(pet);
        QCOMPARE(pet->pet.status, PetStatus::Owned);
        // Open records only, unless asked.
        QVERIFY(m_found->list()->empty());
        QCOMPARE(m_found->list(true)->size(), std::size_t(1));
        // Both changes wait in the outbox for the server.
        bool foundRow = false;
        bool petStatus = false;
        for (const sync::Mutation& m : outbox()) {
            if (m.change.type == sync::EntityType::FoundAnimal && m.change.id == saved->id) {
                const nlohmann::json* state = m.change.value("state");
                foundRow = foundRow || (state && *state == "reunited");
            }
            if (m.change.type == sync::EntityType::Pet && m.change.id == luna.toStdString()) {
                const nlohmann::json* status = m.change.value("status");
                petStatus = petStatus || (status && *status == "owned");
            }
        }
        QVERIFY(foundRow);
        QVERIFY(petStatus);
        // A record that is gone cannot be reunited.
        QVERIFY(!m_found->reunite(QStringLiteral("6f1c1d7e-3c1a-4f0e-9a55-0c1f2b3a4d5e"), luna));
    }

    void testRecordsWrittenBeforeSyncAreSentWhenItIsTurnedOn()
    {
        auto saved = m_found->save(stray(Species::Cat, Sex::Male, "gris", "Caballito"), pngBytes());
        QVERIFY(saved);
        QVERIFY(outbox().empty()); // sync is off: nothing queued
        QVERIFY(m_pets->tracker().enable().hasValue());
        bool queued = false;
        for (const sync::Mutation& m : outbox()) {
            if (m.change.type == sync::EntityType::FoundAnimal && m.change.id == saved->id) {
                const nlohmann::json* sha = m.change.value("photoSha256");
                queued = sha && *sha == saved->photoSha256;
            }
        }
        QVERIFY(queued);
    }

    void testTrashAndRestore()
    {
        QVERIFY(m_pets->tracker().enable().hasValue());
        auto saved = m_found->save(stray(Species::Cat, Sex::Male, "gris", "Caballito"));
        QVERIFY(saved);
        const QString id = QString::fromStdString(saved->id);
        QVERIFY(m_found->remove(id));
        QVERIFY(m_found->list(true)->empty());
        QVERIFY(m_found->restore(id));
        QCOMPARE(m_found->list(true)->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestFoundAnimalService)
#include "TestFoundAnimalService.moc"
