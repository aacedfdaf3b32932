// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvImport.h"

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

namespace {

/** Lower-case ASCII letters and digits only: "Fecha de nacimiento" -> "fechadenacimiento". */
QString foldKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString key;
    for (QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            key += c;
        }
    }
    return key;
}

const QHash<QString, ImportField>& headerSynonyms()
{
    static const QHash<QString, ImportField> map = [] {
        QHash<QString, ImportField> m;
        auto add = [&](ImportField f, std::initializer_list<const char*> names) {
            for (const char* n : names) {
                m.insert(QString::fromLatin1(n), f);
            }
        };
        add(ImportField::Name, {"name", "petname", "nombre", "mascota", "nombremascota", "animalname"});
        add(ImportField::Species, {"species", "especie", "type", "tipo", "animal"});
        add(ImportField::Breed, {"breed", "raza"});
        add(ImportField::Sex, {"sex", "sexo", "gender"});
        add(ImportField::Neutered, {"neutered", "spayed", "castrado", "castrada", "esterilizado", "esterilizada"});
        add(ImportField::BirthDate,
            {"birthdate", "dateofbirth", "dob", "birthday", "fechadenacimiento", "nacimiento", "fechanacimiento"});
        add(ImportField::BirthDateEstimated, {"birthdateestimated", "estimated", "estimada", "fechaestimada"});
        add(ImportField::Colour, {"colour", "color", "markings", "pelaje", "colorymarcas", "colourandmarkings"});
        add(ImportField::Microchip, {"microchip", "chip", "microchip1", "microchipnumber"});
        add(ImportField::Microchip2, {"microchip2", "chip2", "secondmicrochip"});
        add(ImportField::Status, {"status", "estado"});
        add(ImportField::Allergies, {"allergies", "alergias"});
        add(ImportField::Conditions, {"conditions", "condiciones", "enfermedades"});
        add(ImportField::Notes, {"notes", "notas", "observaciones", "comments", "comentarios"});
        add(ImportField::TagId, {"tagid", "tag"});
        add(ImportField::OwnerName, {"owner", "ownername", "dueno", "duena", "propietario", "tutor", "nombredueno"});
        add(ImportField::OwnerPhone, {"phone", "ownerphone", "telefono", "celular", "movil", "mobile", "tel"});
        add(ImportField::OwnerEmail, {"email", "owneremail", "correo", "mail", "correoelectronico"});
        add(ImportField::OwnerAddress, {"address", "owneraddress", "direccion", "domicilio"});
        add(ImportField::OwnerLanguage, {"language", "ownerlanguage", "idioma"});
        add(ImportField::OwnerWhatsapp, {"whatsapp", "ownerwhatsapp", "whatsappoptin"});
        return m;
    }();
    return map;
}

template <typename E>
std::optional<E> parseChoice(const QString& raw, std::initializer_list<std::pair<const char*, E>> synonyms)
{
    const QString key = foldKey(raw);
    if (auto e = enumFromString<E>(raw.trimmed().toLower().toStdString())) {
        return e;
    }
    for (const auto& [name, value] : synonyms) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString& raw)
{
    const QString k = foldKey(raw);
    if (k == QLatin1String("yes") || k == QLatin1String("y") || k == QLatin1String("true") || k == QLatin1String("1") ||
        k == QLatin1String("si") || k == QLatin1String("s")) {
        return true;
    }
    if (k == QLatin1String("no") || k == QLatin1String("n") || k == QLatin1String("false") || k == QLatin1String("0")) {
        return false;
    }
    return std::nullopt;
}

/** ISO dates, and day-first dates as written across Latin America and Europe. */
std::optional<Date> parseDate(const QString& raw)
{
    const QString t = raw.trimmed();
    if (auto iso = Date::fromIso(t.toStdString())) {
        return iso;
    }
    const QStringList parts = t.split(QRegularExpression(QStringLiteral("[/.-]")));
    if (parts.size() != 3) {
        return std::nullopt;
    }
    bool okD = false;
    bool okM = false;
    bool okY = false;
    const int d = parts[0].toInt(&okD);
    const int m = parts[1].toInt(&okM);
    const int y = parts[2].toInt(&okY);
    if (!okD || !okM || !okY || parts[2].size() != 4) {
        return std::nullopt;
    }
    const Date date{y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
    return date.isValid() ? std::optional<Date>(date) : std::nullopt;
}

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
                                                        "ownerWhatsapp"};
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
        const auto it = headerSynonyms().constFind(foldKey(headers.at(i)));
        if (it != headerSynonyms().constEnd() && !used.contains(static_cast<int>(*it))) {
            mapping[static_cast<std::size_t>(i)] = *it;
            used.insert(static_cast<int>(*it));
        }
    }
    return mapping;
}

ImportPreview CsvImport::preview(const CsvTable& table, const std::vector<ImportField>& mapping, PetService& service)
{
    ImportPreview preview;
    preview.totalRows = static_cast<int>(table.rows.size());
    std::array<int, kImportFieldCount> columnOf;
    columnOf.fill(-1);
    for (std::size_t c = 0; c < mapping.size(); ++c) {
        if (mapping[c] != ImportField::Ignore && columnOf[static_cast<std::size_t>(mapping[c])] < 0) {
            columnOf[static_cast<std::size_t>(mapping[c])] = static_cast<int>(c);
        }
    }
    auto value = [&](const QStringList& row, ImportField f) {
        const int c = columnOf[static_cast<std::size_t>(f)];
        return c < 0 ? QString() : cell(row, c);
    };
    auto header = [&](ImportField f) {
        const int c = columnOf[static_cast<std::size_t>(f)];
        return c < 0 ? importFieldLabel(f) : table.headers.value(c);
    };

    QHash<QString, Person> people;   // one person per owner across rows
    QHash<QString, int> chipsSeenAt; // microchip -> first data row
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        const int rowNo = static_cast<int>(r) + 1;
        const int line = r < table.lineNumbers.size() ? table.lineNumbers[r] : rowNo + 1;
        std::vector<ImportIssue> rowIssues;
        auto issue = [&](ImportField f, const char* field, ValidationCode code, Severity severity = Severity::Error) {
            rowIssues.push_back(ImportIssue{rowNo, line, header(f), ValidationIssue{field, code, severity}});
        };

        PetRecord record;
        Pet& pet = record.pet;
        pet.name = value(row, ImportField::Name).toStdString();
        if (const QString s = value(row, ImportField::Species); !s.isEmpty()) {
            auto species = parseChoice<Species>(s, {{"perro", Species::Dog},
                                                    {"perra", Species::Dog},
                                                    {"canino", Species::Dog},
                                                    {"canine", Species::Dog},
                                                    {"gato", Species::Cat},
                                                    {"gata", Species::Cat},
                                                    {"felino", Species::Cat},
                                                    {"feline", Species::Cat},
                                                    {"conejo", Species::Rabbit},
                                                    {"ave", Species::Bird},
                                                    {"pajaro", Species::Bird},
                                                    {"reptil", Species::Reptile},
                                                    {"otro", Species::Other},
                                                    {"otra", Species::Other}});
            species ? void(pet.species = *species)
                    : issue(ImportField::Species, "species", ValidationCode::UnknownValue);
        } else {
            pet.species = Species::Other;
        }
        pet.breed = value(row, ImportField::Breed).toStdString();
        if (const QString s = value(row, ImportField::Sex); !s.isEmpty()) {
            auto sex = parseChoice<Sex>(s, {{"m", Sex::Male},
                                            {"macho", Sex::Male},
                                            {"f", Sex::Female},
                                            {"h", Sex::Female},
                                            {"hembra", Sex::Female},
                                            {"desconocido", Sex::Unknown}});
            sex ? void(pet.sex = *sex) : issue(ImportField::Sex, "sex", ValidationCode::UnknownValue);
        }
        if (const QString s = value(row, ImportField::Neutered); !s.isEmpty()) {
            if (auto yes = parseYesNo(s)) {
                pet.neutered = *yes ? Neutered::Yes : Neutered::No;
            } else if (foldKey(s) != QLatin1String("unknown") && foldKey(s) != QLatin1String("desconocido")) {
                issue(ImportField::Neutered, "neutered", ValidationCode::UnknownValue);
            }
        }
        if (const QString s = value(row, ImportField::BirthDate); !s.isEmpty()) {
            pet.birthDate = parseDate(s);
            if (!pet.birthDate) {
                issue(ImportField::BirthDate, "birthDate", ValidationCode::DateFormat);
            }
        }
        pet.birthDateEstimated = parseYesNo(value(row, ImportField::BirthDateEstimated)).value_or(false);
        pet.colour = value(row, ImportField::Colour).toStdString();
        pet.microchip = value(row, ImportField::Microchip).toStdString();
        pet.microchip2 = value(row, ImportField::Microchip2).toStdString();
        if (const QString s = value(row, ImportField::Status); !s.isEmpty()) {
            auto status = parseChoice<PetStatus>(s, {{"propio", PetStatus::Owned},
                                                     {"encuidado", PetStatus::InCare},
                                                     {"incare", PetStatus::InCare},
                                                     {"enadopcion", PetStatus::Adoptable},
                                                     {"adoptado", PetStatus::Adopted},
                                                     {"adoptada", PetStatus::Adopted},
                                                     {"perdido", PetStatus::Lost},
                                                     {"perdida", PetStatus::Lost},
                                                     {"fallecido", PetStatus::Deceased},
                                                     {"fallecida", PetStatus::Deceased}});
            status ? void(pet.status = *status) : issue(ImportField::Status, "status", ValidationCode::UnknownValue);
        }
        pet.allergies = value(row, ImportField::Allergies).toStdString();
        pet.conditions = value(row, ImportField::Conditions).toStdString();
        pet.notes = value(row, ImportField::Notes).toStdString();
        pet.tagId = value(row, ImportField::TagId).toStdString();

        const QString ownerName = value(row, ImportField::OwnerName);
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
        const bool rejected = std::any_of(rowIssues.begin(), rowIssues.end(),
                                          [](const ImportIssue& i) { return i.issue.severity == Severity::Error; });
        preview.issues.insert(preview.issues.end(), rowIssues.begin(), rowIssues.end());
        if (rejected) {
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
        preview.records.push_back(std::move(checked));
        preview.recordRows.push_back(rowNo);
    }
    return preview;
}

StorageResult<qint64> CsvImport::commit(PetService& service, const ImportPreview& preview, const ProgressFn& progress)
{
    ImportBatch batch;
    batch.pets = preview.records;
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
