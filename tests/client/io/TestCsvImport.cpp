// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/CsvImport.h"
#include "io/Export.h"

#include <QFile>
#include <QHash>
#include <QLocale>

#include <QTest>
#include <nlohmann/json.hpp>

#include <set>

using namespace petinfo;
using namespace petinfo::client;

class TestCsvImport final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PetService> m_service;

    ImportPreview previewOf(const QByteArray& csv)
    {
        auto table = Csv::parse(csv);
        if (!table) {
            qWarning("%s", table.error().detail.c_str());
            return {};
        }
        return CsvImport::preview(*table, CsvImport::guessMapping(table->headers), *m_service);
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

    void testGuessesEnglishAndSpanishHeaders()
    {
        const auto mapping = CsvImport::guessMapping({"Nombre", "Especie", "Fecha de nacimiento", "Microchip", "Dueño",
                                                      "Teléfono", "Color", "Unknown", "nombre"});
        const std::vector<ImportField> expected{ImportField::Name,      ImportField::Species,   ImportField::BirthDate,
                                                ImportField::Microchip, ImportField::OwnerName, ImportField::OwnerPhone,
                                                ImportField::Colour,    ImportField::Ignore,    ImportField::Ignore};
        QVERIFY(mapping == expected);
    }

    void testPreviewReportsEveryBadRowAndWritesNothing()
    {
        const QByteArray csv = "name,species,birth date,microchip,owner,phone\n"
                               "Luna,gato,15/03/2020,982000123456789,Ana,+54 9 11 2345-6789\n" // ok
                               ",perro,,,,\n"                                                  // no name
                               "Rex,dragon,,,,\n"                                              // species
                               "Toby,dog,31/02/2020,,,\n"                                      // date
                               "Max,dog,,123,,\n"                                              // chip
                               "Kira,dog,,982000123456789,,\n"                                 // duplicate chip
                               "Old,dog,,AVID*012*345*678,Ana,+5491123456789\n"                // warning only
                               "Bad phone,cat,,,Luis,12345\n";                                 // phone
        const ImportPreview p = previewOf(csv);
        QCOMPARE(p.totalRows, 8);
        QCOMPARE(p.validRows(), 2);
        QCOMPARE(p.rejectedRows(), 6);
        auto rowHas = [&](int row, ValidationCode code, const QString& column) {
            for (const auto& i : p.issues) {
                if (i.row == row && i.issue.code == code && i.column == column) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(rowHas(2, ValidationCode::Required, "name"));
        QVERIFY(rowHas(3, ValidationCode::UnknownValue, "species"));
        QVERIFY(rowHas(4, ValidationCode::DateFormat, "birth date"));
        QVERIFY(rowHas(5, ValidationCode::MicrochipFormat, "microchip"));
        QVERIFY(rowHas(6, ValidationCode::MicrochipDuplicate, "microchip"));
        QVERIFY(rowHas(7, ValidationCode::MicrochipLegacy, "microchip"));
        QVERIFY(rowHas(8, ValidationCode::PhoneNoCountryCode, "phone"));
        QCOMPARE(p.issues.front().line, 3);
        QVERIFY(CsvImport::issuesAsCsv(p).contains("15 digits"));
        // Nothing was written by the preview.
        QCOMPARE(m_service->petSummaries()->size(), std::size_t{0});

        auto written = CsvImport::commit(*m_service, p);
        QVERIFY2(written.hasValue(), written ? "" : written.error().detail.c_str());
        auto pets = m_service->petSummaries();
        QCOMPARE(pets->size(), std::size_t{2});
        QCOMPARE(pets->at(0).name, QStringLiteral("Luna"));
        QCOMPARE(pets->at(0).species, Species::Cat);
        // One owner across two rows becomes one person.
        const auto luna = m_service->loadPet(pets->at(0).id);
        const auto old = m_service->loadPet(pets->at(1).id);
        QCOMPARE(luna->contacts.at(0).person.id, old->contacts.at(0).person.id);
        QCOMPARE(luna->pet.birthDate, std::optional<Date>(Date{2020, 3, 15}));
    }

    void testCancelWritesNothing()
    {
        QByteArray csv = "name\n";
        for (int i = 0; i < 1000; ++i) {
            csv += "Pet " + QByteArray::number(i) + "\n";
        }
        const ImportPreview p = previewOf(csv);
        QCOMPARE(p.validRows(), 1000);
        auto written = CsvImport::commit(*m_service, p, [](qint64 done, qint64) { return done < 500; });
        QVERIFY(!written.hasValue());
        QCOMPARE(written.error().code, StorageErrc::Cancelled);
        QCOMPARE(m_service->petSummaries()->size(), std::size_t{0});
    }

    void testExportImportsBackUnchanged()
    {
        PetRecord r;
        r.pet.name = "Zanahoria, \"la\" coneja";
        r.pet.species = Species::Rabbit;
        r.pet.sex = Sex::Female;
        r.pet.neutered = Neutered::Yes;
        r.pet.birthDate = Date{2021, 6, 1};
        r.pet.birthDateEstimated = true;
        r.pet.colour = "white with grey ears";
        r.pet.microchip = "982000123456789";
        r.pet.status = PetStatus::Adoptable;
        r.pet.notes = "=not a formula\nand a second line"; // a line break inside a quoted CSV field
        Person owner;
        owner.name = "Ana";
        owner.phones = {"+5491123456789", "+541144445555"};
        owner.email = "ana@example.org";
        owner.language = "es";
        owner.whatsappOptIn = true;
        r.contacts.push_back({owner, ContactRole::Owner, true});
        auto created = m_service->createPet(r);
        QVERIFY(created.hasValue());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pets.csv"));
        QCOMPARE(*Export::petsCsv(*m_service, path), qint64{1});
        QVERIFY(m_service->trashPet(QString::fromStdString(created->id)).hasValue());
        QVERIFY(m_service->purgePet(QString::fromStdString(created->id)).hasValue());

        auto table = Csv::readFile(path);
        QVERIFY(table.hasValue());
        const ImportPreview p = CsvImport::preview(*table, CsvImport::guessMapping(table->headers), *m_service);
        QCOMPARE(p.validRows(), 1);
        QVERIFY(CsvImport::commit(*m_service, p).hasValue());
        const auto back = m_service->loadPet(m_service->petSummaries()->at(0).id);
        Pet expected = *created;
        expected.createdAtMs = back->pet.createdAtMs;
        expected.updatedAtMs = back->pet.updatedAtMs;
        expected.id = back->pet.id;
        QCOMPARE(back->pet, expected);
        QCOMPARE(back->contacts.at(0).person.phones, owner.phones);
        QVERIFY(back->contacts.at(0).person.whatsappOptIn);
    }

    void testFullJsonExport()
    {
        PetRecord r;
        r.pet.name = "Luna";
        const std::string id = m_service->createPet(r)->id;
        HealthRecord h;
        h.petId = id;
        h.kind = HealthKind::Vaccine;
        h.product = "Rabies";
        h.date = Date{2026, 1, 1};
        QVERIFY(m_service->addHealthRecord(h).hasValue());
        Attachment a;
        a.petId = id;
        a.fileName = "x.txt";
        QVERIFY(m_service->addAttachment(a, "hello").hasValue());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.json"));
        QCOMPARE(*Export::fullJson(*m_service, path), qint64{1});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto json = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
        QVERIFY(!json.is_discarded());
        QVERIFY(json["format"] == "petinfo-export");
        QVERIFY(json["pets"][0]["name"] == "Luna");
        QVERIFY(json["pets"][0]["healthRecords"][0]["product"] == "Rabies");
        const std::string sha = json["pets"][0]["attachments"][0]["sha256"];
        QVERIFY(json["files"][sha] == "aGVsbG8=");
    }

    /** Every pet by name, with its contacts and health records, after a commit. */
    QHash<QString, std::pair<PetRecord, std::vector<HealthRecord>>> importedByName()
    {
        QHash<QString, std::pair<PetRecord, std::vector<HealthRecord>>> pets;
        for (const PetSummary& s : *m_service->petSummaries()) {
            auto record = m_service->loadPet(s.id);
            auto health = m_service->healthRecords(s.id);
            if (record && health) {
                pets.insert(QString::fromStdString(record->pet.name), {*record, *health});
            }
        }
        return pets;
    }

    void testAnimalShelterManagerExportNeedsNoMapping()
    {
        // An ASM animal export from a shelter in Buenos Aires (Spanish locale: day/month/year), with
        // one row per vaccination as ASM writes them, owners in the PERSON* columns.
        const QString path =
            qEnvironmentVariable("PETINFO_SOURCE_DIR") + QStringLiteral("/tests/client/io/data/asm-animals-es.csv");
        auto table = Csv::readFile(path);
        QVERIFY2(table.hasValue(), qPrintable(path));
        const auto mapping = CsvImport::guessMapping(table->headers);
        auto mappedAs = [&](const char* header) {
            const qsizetype i = table->headers.indexOf(QLatin1String(header));
            return i < 0 ? ImportField::Ignore : mapping[static_cast<std::size_t>(i)];
        };
        QCOMPARE(mappedAs("ANIMALNAME"), ImportField::Name);
        QCOMPARE(mappedAs("ANIMALSEX"), ImportField::Sex);
        QCOMPARE(mappedAs("ANIMALSPECIES"), ImportField::Species);
        QCOMPARE(mappedAs("ANIMALTYPE"), ImportField::Ignore); // "Perro (D)": the species says it better
        QCOMPARE(mappedAs("ANIMALBREED1"), ImportField::Breed);
        QCOMPARE(mappedAs("ANIMALCOLOR"), ImportField::Colour);
        QCOMPARE(mappedAs("ANIMALDOB"), ImportField::BirthDate);
        QCOMPARE(mappedAs("ANIMALAGE"), ImportField::AgeYears);
        QCOMPARE(mappedAs("ANIMALMICROCHIP"), ImportField::Microchip);
        QCOMPARE(mappedAs("ANIMALNEUTERED"), ImportField::Neutered);
        QCOMPARE(mappedAs("ANIMALENTRYDATE"), ImportField::EntryDate);
        QCOMPARE(mappedAs("VACCINATIONTYPE"), ImportField::VaccineName);
        QCOMPARE(mappedAs("VACCINATIONGIVENDATE"), ImportField::VaccineDate);
        QCOMPARE(mappedAs("VACCINATIONEXPIRESDATE"), ImportField::VaccineNextDue);
        QCOMPARE(mappedAs("VACCINATIONDUEDATE"), ImportField::VaccinePlanned);
        QCOMPARE(mappedAs("PERSONFIRSTNAME"), ImportField::OwnerFirstName);
        QCOMPARE(mappedAs("PERSONLASTNAME"), ImportField::OwnerLastName);
        QCOMPARE(mappedAs("PERSONHOMEPHONE"), ImportField::OwnerPhone);
        QCOMPARE(mappedAs("PERSONCELLPHONE"), ImportField::OwnerPhone);
        QCOMPARE(mappedAs("PERSONEMAIL"), ImportField::OwnerEmail);

        // The US order would read 14/02/2022 as nothing: the file's own dates say day first.
        const ImportPreview p =
            CsvImport::preview(*table, mapping, *m_service, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(p.rejectedRows() == 0, CsvImport::issuesAsCsv(p).constData());
        QCOMPARE(p.dateOrder, vocabulary::DateOrder::DayFirst);
        QCOMPARE(p.totalRows, 6);
        QCOMPARE(p.validRows(), 4); // four animals; the repeated rows add vaccines
        QCOMPARE(p.mergedRows(), 2);
        QCOMPARE(p.health.size(), std::size_t{3});
        QVERIFY(CsvImport::commit(*m_service, p).hasValue());

        const auto pets = importedByName();
        QCOMPARE(pets.size(), 4);
        const auto [canela, canelaHealth] = pets.value(QStringLiteral("Canela"));
        QCOMPARE(canela.pet.species, Species::Dog);
        QCOMPARE(canela.pet.sex, Sex::Female);
        QCOMPARE(canela.pet.neutered, Neutered::Yes);
        QCOMPARE(canela.pet.breed, std::string("Mestizo"));
        QCOMPARE(canela.pet.colour, std::string("Atigrado"));
        QCOMPARE(canela.pet.birthDate, std::optional<Date>(Date{2022, 2, 14}));
        QCOMPARE(canela.pet.microchip, std::string("982000411223344"));
        QVERIFY(QString::fromStdString(canela.pet.notes).contains(QStringLiteral("Tranquila")));
        QVERIFY(QString::fromStdString(canela.pet.notes).contains(QStringLiteral("D2025001")));
        QCOMPARE(canela.contacts.size(), std::size_t{1});
        const Person& owner = canela.contacts.front().person;
        QCOMPARE(owner.name, std::string("María José Gómez"));
        QCOMPARE(owner.phones.size(), std::size_t{2}); // home and mobile
        QCOMPARE(owner.email, std::string("mariajose.gomez@example.com.ar"));
        QVERIFY(QString::fromStdString(owner.address).startsWith(QStringLiteral("Av. Rivadavia 4500, Buenos Aires")));
        QCOMPARE(canelaHealth.size(), std::size_t{2});
        std::set<std::string> vaccines;
        for (const HealthRecord& h : canelaHealth) {
            QCOMPARE(h.kind, HealthKind::Vaccine);
            vaccines.insert(h.product);
            if (h.product == "Antirrábica") {
                QCOMPARE(h.date, (Date{2025, 10, 1}));
                QCOMPARE(h.nextDue, std::optional<Date>(Date{2026, 10, 1}));
                QCOMPARE(h.batch, std::string("AR-5521"));
                QVERIFY(QString::fromStdString(h.notes).contains(QStringLiteral("Bagó")));
            }
        }
        QVERIFY(vaccines == (std::set<std::string>{"Antirrábica", "Séxtuple"}));

        // Only an age: an estimated birth date, 2.5 years before the day of the import.
        const auto [pimienta, pimientaHealth] = pets.value(QStringLiteral("Pimienta"));
        QCOMPARE(pimienta.pet.sex, Sex::Male);
        QCOMPARE(pimienta.pet.neutered, Neutered::No);
        QCOMPARE(pimienta.pet.birthDate, std::optional<Date>(Date{2024, 5, 22}));
        QVERIFY(pimienta.pet.birthDateEstimated);
        QCOMPARE(pimienta.pet.conditions, std::string("Gingivitis leve"));
        QVERIFY(pimienta.contacts.empty());
        QCOMPARE(pimientaHealth.size(), std::size_t{1});
        // The rabies shot not given yet is kept in the notes, with its date.
        QVERIFY2(QString::fromStdString(pimienta.pet.notes).contains(QStringLiteral("Antirrábica")),
                 pimienta.pet.notes.c_str());

        const auto [copito, copitoHealth] = pets.value(QStringLiteral("Copito"));
        QCOMPARE(copito.pet.species, Species::Rabbit);
        QCOMPARE(copito.pet.sex, Sex::Unknown);
        QCOMPARE(copito.pet.birthDate, std::optional<Date>(Date{2026, 3, 22})); // "8 meses"
        QVERIFY(copitoHealth.empty());
        QCOMPARE(pets.value(QStringLiteral("Tango")).first.contacts.front().person.name, std::string("Julián Pereyra"));
    }

    void testMonthFirstExportsFollowTheirDates()
    {
        // An ASM export from the US: month/day/year, which the second date gives away.
        const QByteArray csv = "ANIMALNAME,ANIMALSEX,ANIMALSPECIES,ANIMALDOB,ANIMALNEUTERED,VACCINATIONTYPE,"
                               "VACCINATIONGIVENDATE\n"
                               "Buddy,M,Dog,03/04/2021,Y,Rabies,10/25/2025\n"
                               "Daisy,F,Cat,07/08/2023,N,,\n";
        auto table = Csv::parse(csv);
        QVERIFY(table.hasValue());
        const ImportPreview p =
            CsvImport::preview(*table, CsvImport::guessMapping(table->headers), *m_service, QLocale(QLocale::Spanish));
        QCOMPARE(p.dateOrder, vocabulary::DateOrder::MonthFirst);
        QCOMPARE(p.validRows(), 2);
        QCOMPARE(p.records.at(0).pet.birthDate, std::optional<Date>(Date{2021, 3, 4}));
        QCOMPARE(p.health.at(0).date, (Date{2025, 10, 25}));

        // Nothing in the file decides: the locale's order is used.
        auto ambiguous = Csv::parse("ANIMALNAME,ANIMALDOB\nBuddy,03/04/2021\n");
        QVERIFY(ambiguous.hasValue());
        const auto mapping = CsvImport::guessMapping(ambiguous->headers);
        QCOMPARE(CsvImport::preview(*ambiguous, mapping, *m_service, QLocale(QLocale::English, QLocale::UnitedStates))
                     .records.at(0)
                     .pet.birthDate,
                 std::optional<Date>(Date{2021, 3, 4}));
        QCOMPARE(CsvImport::preview(*ambiguous, mapping, *m_service, QLocale(QLocale::Portuguese, QLocale::Brazil))
                     .records.at(0)
                     .pet.birthDate,
                 std::optional<Date>(Date{2021, 4, 3}));
    }

    void testSpanishAndPortugueseSpreadsheets_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("es") << QByteArray("Nombre;Especie;Raza;Sexo;Castrado;Fecha de nacimiento;Color;Microchip;"
                                          "Dueño;Teléfono;Correo electrónico;Dirección;Vacuna;Fecha vacuna;"
                                          "Próxima dosis;Lote;Observaciones\n"
                                          "Luna;Gata;Siamés;Hembra;Sí;15/03/2020;Crema;982000123456789;"
                                          "Ana Díaz;+54 9 11 2345-6789;ana@example.org;Corrientes 1234;"
                                          "Triple felina;02/05/2026;02/05/2027;TF-1;Le gusta el sol\n");
        QTest::newRow("pt-BR") << QByteArray("Nome do animal;Espécie;Raça;Sexo;Castrado;Data de nascimento;Cor;"
                                             "Microchip;Tutor;Telefone;E-mail;Endereço;Vacina;Data da vacina;"
                                             "Próxima dose;Lote;Observações\n"
                                             "Luna;Gata;Siamês;Fêmea;Sim;15/03/2020;Creme;982000123456789;"
                                             "Ana Díaz;+55 11 91234-5678;ana@example.org;Rua Augusta 1234;"
                                             "V4 felina;02/05/2026;02/05/2027;TF-1;Gosta de sol\n");
    }

    void testSpanishAndPortugueseSpreadsheets()
    {
        QFETCH(QByteArray, csv);
        auto table = Csv::parse(csv);
        QVERIFY(table.hasValue());
        const auto mapping = CsvImport::guessMapping(table->headers);
        for (std::size_t i = 0; i < mapping.size(); ++i) {
            QVERIFY2(mapping[i] != ImportField::Ignore, qPrintable(table->headers.at(static_cast<qsizetype>(i))));
        }
        const ImportPreview p = CsvImport::preview(*table, mapping, *m_service);
        QVERIFY2(p.rejectedRows() == 0, CsvImport::issuesAsCsv(p).constData());
        QVERIFY(CsvImport::commit(*m_service, p).hasValue());
        const auto pets = importedByName();
        const auto [luna, health] = pets.value(QStringLiteral("Luna"));
        QCOMPARE(luna.pet.species, Species::Cat);
        QCOMPARE(luna.pet.sex, Sex::Female);
        QCOMPARE(luna.pet.neutered, Neutered::Yes);
        QCOMPARE(luna.pet.birthDate, std::optional<Date>(Date{2020, 3, 15}));
        QCOMPARE(luna.pet.microchip, std::string("982000123456789"));
        QCOMPARE(luna.contacts.front().person.name, std::string("Ana Díaz"));
        QCOMPARE(luna.contacts.front().person.email, std::string("ana@example.org"));
        QVERIFY(!luna.contacts.front().person.address.empty());
        QVERIFY(!luna.pet.notes.empty());
        QCOMPARE(health.size(), std::size_t{1});
        QCOMPARE(health.front().date, (Date{2026, 5, 2}));
        QCOMPARE(health.front().nextDue, std::optional<Date>(Date{2027, 5, 2}));
        QCOMPARE(health.front().batch, std::string("TF-1"));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
