// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvImport.h"

#include "models/DomainText.h"
#include "petinfo/common/Random.h"
#include "services/ValidationText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

#include <map>

namespace petinfo::client {

using namespace vocabulary;

namespace {

/** Undoes the formula guard a CSV export adds ("'=x" -> "=x"). */
QString cell(const QStringList& row, int column)
{
    QString v = column < row.size() ? row.at(column).trimmed() : QString();
    if (v.size() > 1 && v.front() == QLatin1Char('\'') && QStringLiteral("=+-@").contains(v.at(1))) {
        v.remove(0, 1);
    }
    return v;
}

ImportField fieldForIssue(const std::string& field)
{
    static const std::map<std::string, ImportField> direct = {
        {"name", ImportField::Name},           {"breed", ImportField::Breed},
        {"birthDate", ImportField::BirthDate}, {"colour", ImportField::Colour},
        {"microchip", ImportField::Microchip}, {"microchip2", ImportField::Microchip2},
        {"allergies", ImportField::Allergies}, {"conditions", ImportField::Conditions},
        {"notes", ImportField::Notes},         {"tagId", ImportField::TagId},
    };
    if (const auto it = direct.find(field); it != direct.end()) {
        return it->second;
    }
    // A vaccine's own checks (HealthRecord fields).
    if (field == "date") {
        return ImportField::VaccineDate;
    }
    if (field == "product") {
        return ImportField::VaccineName;
    }
    if (field == "nextDue") {
        return ImportField::VaccineNextDue;
    }
    if (field == "batch") {
        return ImportField::VaccineBatch;
    }
    if (field.find("phones") != std::string::npos) {
        return ImportField::OwnerPhone;
    }
    if (field.find(".email") != std::string::npos) {
        return ImportField::OwnerEmail;
    }
    if (field.find(".name") != std::string::npos) {
        return ImportField::OwnerName;
    }
    if (field.find(".language") != std::string::npos) {
        return ImportField::OwnerLanguage;
    }
    if (field.find(".address") != std::string::npos) {
        return ImportField::OwnerAddress;
    }
    return ImportField::Ignore;
}

} // namespace

QString importFieldKey(ImportField field)
{
    static const char* const keys[kImportFieldCount] = {"",
                                                        "name",
                                                        "species",
                                                        "breed",
                                                        "sex",
                                                        "neutered",
                                                        "birthDate",
                                                        "birthDateEstimated",
                                                        "colour",
                                                        "microchip",
                                                        "microchip2",
                                                        "status",
                                                        "allergies",
                                                        "conditions",
                                                        "notes",
                                                        "tagId",
                                                        "ownerName",
                                                        "ownerPhone",
                                                        "ownerEmail",
                                                        "ownerAddress",
                                                        "ownerLanguage",
                                                        "ownerWhatsapp",
                                                        "age",
                                                        "entryDate",
                                                        "code",
                                                        "ownerFirstName",
                                                        "ownerLastName",
                                                        "vaccine",
                                                        "vaccineDate",
                                                        "vaccineNextDue",
                                                        "vaccineBatch",
                                                        "vaccineNotes",
                                                        "vaccinePlanned"};
    return QString::fromLatin1(keys[static_cast<int>(field)]);
}

QString importFieldLabel(ImportField field)
{
    static const char* const labels[kImportFieldCount] = {
        QT_TRANSLATE_NOOP("CsvImport", "(ignore)"),
        QT_TRANSLATE_NOOP("CsvImport", "Name"),
        QT_TRANSLATE_NOOP("CsvImport", "Species"),
        QT_TRANSLATE_NOOP("CsvImport", "Breed"),
        QT_TRANSLATE_NOOP("CsvImport", "Sex"),
        QT_TRANSLATE_NOOP("CsvImport", "Neutered"),
        QT_TRANSLATE_NOOP("CsvImport", "Birth date"),
        QT_TRANSLATE_NOOP("CsvImport", "Birth date is estimated"),
        QT_TRANSLATE_NOOP("CsvImport", "Colour and markings"),
        QT_TRANSLATE_NOOP("CsvImport", "Microchip"),
        QT_TRANSLATE_NOOP("CsvImport", "Second microchip"),
        QT_TRANSLATE_NOOP("CsvImport", "Status"),
        QT_TRANSLATE_NOOP("CsvImport", "Allergies"),
        QT_TRANSLATE_NOOP("CsvImport", "Conditions"),
        QT_TRANSLATE_NOOP("CsvImport", "Notes"),
        QT_TRANSLATE_NOOP("CsvImport", "Tag id"),
        QT_TRANSLATE_NOOP("CsvImport", "Owner name"),
        QT_TRANSLATE_NOOP("CsvImport", "Owner phone"),
        QT_TRANSLATE_NOOP("CsvImport", "Owner e-mail"),
        QT_TRANSLATE_NOOP("CsvImport", "Owner address"),
        QT_TRANSLATE_NOOP("CsvImport", "Owner language"),
        QT_TRANSLATE_NOOP("CsvImport", "Owner accepts WhatsApp"),
        QT_TRANSLATE_NOOP("CsvImport", "Age (when no birth date)"),
        QT_TRANSLATE_NOOP("CsvImport", "Date of entry to the shelter"),
        QT_TRANSLATE_NOOP("CsvImport", "Code in the previous system"),
        QT_TRANSLATE_NOOP("CsvImport", "Owner first name"),
        QT_TRANSLATE_NOOP("CsvImport", "Owner last name"),
        QT_TRANSLATE_NOOP("CsvImport", "Vaccine"),
        QT_TRANSLATE_NOOP("CsvImport", "Vaccine date"),
        QT_TRANSLATE_NOOP("CsvImport", "Vaccine next due"),
        QT_TRANSLATE_NOOP("CsvImport", "Vaccine batch"),
        QT_TRANSLATE_NOOP("CsvImport", "Vaccine notes"),
        QT_TRANSLATE_NOOP("CsvImport", "Vaccine due (not given yet)"),
    };
    return QCoreApplication::translate("CsvImport", labels[static_cast<int>(field)]);
}

int ImportPreview::rejectedRows() const
{
    QSet<int> rows;
    for (const auto& i : issues) {
        if (i.issue.severity == Severity::Error) {
            rows.insert(i.row);
        }
    }
    return static_cast<int>(rows.size());
}

std::vector<ImportField> CsvImport::guessMapping(const QStringList& headers)
{
    std::vector<ImportField> mapping(static_cast<std::size_t>(headers.size()), ImportField::Ignore);
    QSet<int> used;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const ImportField field = fieldForHeader(headers.at(i));
        if (field != ImportField::Ignore && (acceptsSeveralColumns(field) || !used.contains(static_cast<int>(field)))) {
            mapping[static_cast<std::size_t>(i)] = field;
            used.insert(static_cast<int>(field));
        }
    }
    return mapping;
}

ImportPreview CsvImport::preview(const CsvTable& table, const std::vector<ImportField>& mapping, PetService& service,
                                 const QLocale& locale)
{
    ImportPreview preview;
    preview.totalRows = static_cast<int>(table.rows.size());
    std::array<std::vector<int>, kImportFieldCount> columnsOf;
    for (std::size_t c = 0; c < mapping.size(); ++c) {
        auto& columns = columnsOf[static_cast<std::size_t>(mapping[c])];
        if (mapping[c] != ImportField::Ignore && (columns.empty() || acceptsSeveralColumns(mapping[c]))) {
            columns.push_back(static_cast<int>(c));
        }
    }
    // Several columns feeding one field are joined: phones as a list, address parts with commas.
    auto value = [&](const QStringList& row, ImportField f) {
        QStringList parts;
        for (int c : columnsOf[static_cast<std::size_t>(f)]) {
            if (const QString v = cell(row, c); !v.isEmpty()) {
                parts << v;
            }
        }
        return parts.join(f == ImportField::OwnerPhone ? QStringLiteral("; ")
                          : f == ImportField::Notes    ? QStringLiteral("\n")
                                                       : QStringLiteral(", "));
    };
    auto header = [&](ImportField f) {
        const auto& columns = columnsOf[static_cast<std::size_t>(f)];
        return columns.empty() ? importFieldLabel(f) : table.headers.value(columns.front());
    };
    QStringList dateSamples;
    for (ImportField f : {ImportField::BirthDate, ImportField::EntryDate, ImportField::VaccineDate,
                          ImportField::VaccineNextDue, ImportField::VaccinePlanned}) {
        for (const QStringList& row : table.rows) {
            if (const QString v = value(row, f); !v.isEmpty()) {
                dateSamples << v;
            }
        }
    }
    preview.dateOrder = detectDateOrder(dateSamples, dateOrderOf(locale));
    const Date today = service.clock().today();
    auto translate = [](const char* text) {
        return QCoreApplication::translate("CsvImport", text);
    };

    QHash<QString, Person> people;    // one person per owner across rows
    QHash<QString, int> chipsSeenAt;  // microchip -> first data row
    QHash<QString, int> recordOfCode; // the other system's code -> index in preview.records
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        const int rowNo = static_cast<int>(r) + 1;
        const int line = r < table.lineNumbers.size() ? table.lineNumbers[r] : rowNo + 1;
        std::vector<ImportIssue> rowIssues;
        auto issue = [&](ImportField f, const char* field, ValidationCode code, Severity severity = Severity::Error) {
            rowIssues.push_back(ImportIssue{rowNo, line, header(f), ValidationIssue{field, code, severity}});
        };
        auto date = [&](ImportField f, const char* field) -> std::optional<Date> {
            const QString s = value(row, f);
            if (s.isEmpty()) {
                return std::nullopt;
            }
            auto parsed = parseDate(s, preview.dateOrder);
            if (!parsed) {
                issue(f, field, ValidationCode::DateFormat);
            }
            return parsed;
        };

        // A vaccine on this row (ASM writes one per row; further rows of the same animal add more).
        std::optional<HealthRecord> vaccine;
        QString vaccineDueNote;
        const QString vaccineName = value(row, ImportField::VaccineName);
        const auto given = date(ImportField::VaccineDate, "date");
        const auto nextDue = date(ImportField::VaccineNextDue, "nextDue");
        const auto planned = date(ImportField::VaccinePlanned, "nextDue");
        if (!vaccineName.isEmpty() && given) {
            HealthRecord h;
            h.id = newUuid();
            h.kind = HealthKind::Vaccine;
            h.date = *given;
            h.product = vaccineName.toStdString();
            h.nextDue = nextDue;
            h.batch = value(row, ImportField::VaccineBatch).toStdString();
            h.notes = value(row, ImportField::VaccineNotes).toStdString();
            vaccine = std::move(h);
        } else if (!vaccineName.isEmpty()) {
            // Planned but not given yet: kept in the pet's notes, never dropped.
            const auto due = planned ? planned : nextDue;
            vaccineDueNote = due ? translate("Vaccine %1 due on %2 (not given yet).")
                                       .arg(vaccineName, locale.toString(toQDate(*due), QLocale::ShortFormat))
                                 : translate("Vaccine %1 planned (not given yet).").arg(vaccineName);
        }
        auto checkVaccine = [&](const QString& petId) {
            if (!vaccine) {
                return;
            }
            vaccine->petId = petId.toStdString();
            normalize(*vaccine);
            for (const ValidationIssue& vi : petinfo::validate(*vaccine, today).issues) {
                rowIssues.push_back(ImportIssue{rowNo, line, header(fieldForIssue(vi.field)), vi});
            }
        };
        auto hasErrors = [&] {
            return std::any_of(rowIssues.begin(), rowIssues.end(),
                               [](const ImportIssue& i) { return i.issue.severity == Severity::Error; });
        };

        // A further row of an animal already read: only its vaccine (or planned vaccine) is new.
        const QString code = value(row, ImportField::RecordCode);
        if (const auto known = recordOfCode.constFind(code); !code.isEmpty() && known != recordOfCode.constEnd()) {
            PetRecord& earlier = preview.records[static_cast<std::size_t>(*known)];
            checkVaccine(QString::fromStdString(earlier.pet.id));
            preview.issues.insert(preview.issues.end(), rowIssues.begin(), rowIssues.end());
            if (!hasErrors()) {
                ++preview.mergedCount;
                if (vaccine) {
                    preview.health.push_back(std::move(*vaccine));
                }
                if (!vaccineDueNote.isEmpty()) {
                    earlier.pet.notes += (earlier.pet.notes.empty() ? "" : "\n") + vaccineDueNote.toStdString();
                }
            }
            continue;
        }

        PetRecord record;
        Pet& pet = record.pet;
        pet.name = value(row, ImportField::Name).toStdString();
        if (const QString s = value(row, ImportField::Species); !s.isEmpty()) {
            auto species = parseSpecies(s);
            species ? void(pet.species = *species)
                    : issue(ImportField::Species, "species", ValidationCode::UnknownValue);
        } else {
            pet.species = Species::Other;
        }
        pet.breed = value(row, ImportField::Breed).toStdString();
        if (const QString s = value(row, ImportField::Sex); !s.isEmpty()) {
            auto sex = parseSex(s);
            sex ? void(pet.sex = *sex) : issue(ImportField::Sex, "sex", ValidationCode::UnknownValue);
        }
        if (const QString s = value(row, ImportField::Neutered); !s.isEmpty()) {
            if (auto yes = parseYesNo(s)) {
                pet.neutered = *yes ? Neutered::Yes : Neutered::No;
            } else if (!isUnknown(s)) {
                issue(ImportField::Neutered, "neutered", ValidationCode::UnknownValue);
            }
        }
        pet.birthDate = date(ImportField::BirthDate, "birthDate");
        pet.birthDateEstimated = parseYesNo(value(row, ImportField::BirthDateEstimated)).value_or(false);
        if (const QString s = value(row, ImportField::AgeYears); !s.isEmpty() && !pet.birthDate) {
            // Only an age: the birth date it implies, marked as estimated.
            if (const auto months = parseAgeMonths(s)) {
                pet.birthDate = today.addMonths(-*months);
                pet.birthDateEstimated = true;
            } else {
                issue(ImportField::AgeYears, "birthDate", ValidationCode::UnknownValue);
            }
        }
        pet.colour = value(row, ImportField::Colour).toStdString();
        pet.microchip = value(row, ImportField::Microchip).toStdString();
        pet.microchip2 = value(row, ImportField::Microchip2).toStdString();
        if (const QString s = value(row, ImportField::Status); !s.isEmpty()) {
            auto status = parseStatus(s);
            status ? void(pet.status = *status) : issue(ImportField::Status, "status", ValidationCode::UnknownValue);
        }
        pet.allergies = value(row, ImportField::Allergies).toStdString();
        pet.conditions = value(row, ImportField::Conditions).toStdString();
        QStringList notes;
        if (const QString n = value(row, ImportField::Notes); !n.isEmpty()) {
            notes << n;
        }
        if (const auto entry = date(ImportField::EntryDate, "entryDate")) {
            notes << translate("In the shelter since %1.").arg(locale.toString(toQDate(*entry), QLocale::ShortFormat));
        }
        if (!code.isEmpty()) {
            notes << translate("Code in the previous system: %1.").arg(code);
        }
        if (!vaccineDueNote.isEmpty()) {
            notes << vaccineDueNote;
        }
        pet.notes = notes.join(QLatin1Char('\n')).toStdString();
        pet.tagId = value(row, ImportField::TagId).toStdString();

        QString ownerName = value(row, ImportField::OwnerName);
        if (ownerName.isEmpty()) {
            ownerName = QStringList{value(row, ImportField::OwnerFirstName), value(row, ImportField::OwnerLastName)}
                            .join(QLatin1Char(' '))
                            .trimmed();
        }
        const QString ownerPhone = value(row, ImportField::OwnerPhone);
        const QString ownerEmail = value(row, ImportField::OwnerEmail);
        if (!ownerName.isEmpty() || !ownerPhone.isEmpty() || !ownerEmail.isEmpty()) {
            ContactEntry entry;
            entry.primary = true;
            entry.role = ContactRole::Owner;
            Person& p = entry.person;
            p.name = (ownerName.isEmpty() ? ownerEmail : ownerName).toStdString();
            for (const QString& phone :
                 ownerPhone.split(QRegularExpression(QStringLiteral("[;,|]")), Qt::SkipEmptyParts)) {
                p.phones.push_back(phone.trimmed().toStdString());
            }
            p.email = ownerEmail.toStdString();
            p.address = value(row, ImportField::OwnerAddress).toStdString();
            p.language = value(row, ImportField::OwnerLanguage).toStdString();
            p.whatsappOptIn = parseYesNo(value(row, ImportField::OwnerWhatsapp)).value_or(false);
            record.contacts.push_back(std::move(entry));
        }

        // Domain rules and duplicate chips against the database (on a copy: validation normalises).
        PetRecord checked = record;
        const ValidationReport report = service.validate(checked);
        for (const ValidationIssue& vi : report.issues) {
            rowIssues.push_back(ImportIssue{rowNo, line, header(fieldForIssue(vi.field)), vi});
        }
        for (const std::string* chip : {&checked.pet.microchip, &checked.pet.microchip2}) {
            if (chip->empty()) {
                continue;
            }
            const QString key = QString::fromStdString(*chip);
            if (chipsSeenAt.contains(key)) {
                issue(chip == &checked.pet.microchip ? ImportField::Microchip : ImportField::Microchip2,
                      chip == &checked.pet.microchip ? "microchip" : "microchip2", ValidationCode::MicrochipDuplicate);
            }
        }
        checkVaccine(QString::fromStdString(checked.pet.id));
        preview.issues.insert(preview.issues.end(), rowIssues.begin(), rowIssues.end());
        if (hasErrors()) {
            continue;
        }
        for (const std::string* chip : {&checked.pet.microchip, &checked.pet.microchip2}) {
            if (!chip->empty()) {
                chipsSeenAt.insert(QString::fromStdString(*chip), rowNo);
            }
        }
        // The same owner on several rows becomes one person.
        if (!checked.contacts.empty()) {
            Person& p = checked.contacts.front().person;
            const QString key = !p.phones.empty() ? QString::fromStdString(p.phones.front())
                                                  : QString::fromStdString(p.name).toCaseFolded() + QLatin1Char('|') +
                                                        QString::fromStdString(p.email).toCaseFolded();
            if (const auto it = people.constFind(key); it != people.constEnd()) {
                p.id = it->id;
            } else {
                people.insert(key, p);
            }
        }
        if (!code.isEmpty()) {
            recordOfCode.insert(code, static_cast<int>(preview.records.size()));
        }
        if (vaccine) {
            preview.health.push_back(std::move(*vaccine));
        }
        preview.records.push_back(std::move(checked));
        preview.recordRows.push_back(rowNo);
    }
    return preview;
}

StorageResult<qint64> CsvImport::commit(PetService& service, const ImportPreview& preview, const ProgressFn& progress)
{
    ImportBatch batch;
    batch.pets = preview.records;
    batch.health = preview.health;
    return service.importBatch(std::move(batch), progress);
}

QByteArray CsvImport::issuesAsCsv(const ImportPreview& preview)
{
    QByteArray out = Csv::formatRow(
        {QCoreApplication::translate("CsvImport", "Row"), QCoreApplication::translate("CsvImport", "Line"),
         QCoreApplication::translate("CsvImport", "Column"), QCoreApplication::translate("CsvImport", "Severity"),
         QCoreApplication::translate("CsvImport", "Problem")});
    for (const ImportIssue& i : preview.issues) {
        out +=
            Csv::formatRow({QString::number(i.row), QString::number(i.line), i.column,
                            i.issue.severity == Severity::Error ? QCoreApplication::translate("CsvImport", "error")
                                                                : QCoreApplication::translate("CsvImport", "warning"),
                            describeIssue(i.issue)});
    }
    return out;
}

} // namespace petinfo::client
