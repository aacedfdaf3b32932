// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/CsvImport.h"
#include "io/Export.h"

#include <QFile>

#include <QTest>
#include <nlohmann/json.hpp>

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
        r.pet.colour = "white\nwith grey ears";
        r.pet.microchip = "982000123456789";
        r.pet.status = PetStatus::Adoptable;
        r.pet.notes = "=not a formula";
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
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
