// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ImportVocabulary.h"

#include "io/CsvImport.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace petinfo::client::vocabulary {

namespace {

const QHash<QString, ImportField>& headerSynonyms()
{
    static const QHash<QString, ImportField> map = [] {
        QHash<QString, ImportField> m;
        auto add = [&](ImportField f, std::initializer_list<const char*> names) {
            for (const char* n : names) {
                m.insert(QString::fromLatin1(n), f);
            }
        };
        // English, Spanish, Portuguese, then ASM's export columns (folded: ANIMALNAME -> animalname).
        add(ImportField::Name, {"name", "petname", "nombre", "mascota", "nombremascota", "nombredelamascota", "nome",
                                "nomedoanimal", "nomedopet", "animal_name", "animalname"});
        add(ImportField::Species, {"species", "especie", "type", "tipo", "animal", "animalspecies"});
        add(ImportField::Breed, {"breed", "raza", "raca", "animalbreed1", "animalbreed"});
        add(ImportField::Sex, {"sex", "sexo", "gender", "genero", "animalsex"});
        add(ImportField::Neutered, {"neutered", "spayed", "castrado", "castrada", "esterilizado", "esterilizada",
                                    "castracao", "animalneutered"});
        add(ImportField::BirthDate,
            {"birthdate", "dateofbirth", "dob", "birthday", "fechadenacimiento", "nacimiento", "fechanacimiento",
             "datadenascimento", "nascimento", "datanascimento", "animaldob", "animaldateofbirth"});
        add(ImportField::BirthDateEstimated,
            {"birthdateestimated", "estimated", "estimada", "fechaestimada", "dataestimada"});
        add(ImportField::AgeYears, {"age", "edad", "idade", "animalage"});
        add(ImportField::Colour, {"colour", "color", "markings", "pelaje", "colorymarcas", "colourandmarkings", "cor",
                                  "pelagem", "animalcolor", "animalcolour"});
        add(ImportField::Microchip, {"microchip", "chip", "microchip1", "microchipnumber", "numerodemicrochip",
                                     "numerodomicrochip", "animalmicrochip"});
        add(ImportField::Microchip2, {"microchip2", "chip2", "secondmicrochip", "animalmicrochip2"});
        add(ImportField::Status, {"status", "estado", "situacao"});
        add(ImportField::Allergies, {"allergies", "alergias"});
        add(ImportField::Conditions,
            {"conditions", "condiciones", "enfermedades", "condicoes", "doencas", "animalhealthproblems"});
        add(ImportField::Notes, {"notes", "notas", "observaciones", "comments", "comentarios", "observacoes",
                                 "animalcomments", "animaldescription", "animalmarkings"});
        add(ImportField::TagId, {"tagid", "tag"});
        add(ImportField::RecordCode, {"code", "codigo", "id", "animalcode", "sheltercode"});
        add(ImportField::EntryDate, {"entrydate", "intakedate", "fechadeingreso", "ingreso", "fechaingreso",
                                     "datadeentrada", "entrada", "dataentrada", "animalentrydate"});
        add(ImportField::OwnerName, {"owner", "ownername", "dueno", "duena", "propietario", "propietaria", "tutor",
                                     "tutora", "nombredueno", "nombredeltutor", "nombredeldueno", "dono", "dona",
                                     "responsavel", "nomedotutor", "proprietario", "personname"});
        add(ImportField::OwnerFirstName, {"ownerfirstname", "firstname", "primeironome", "personfirstname"});
        add(ImportField::OwnerLastName,
            {"ownerlastname", "lastname", "surname", "apellido", "apellidos", "sobrenome", "personlastname"});
        add(ImportField::OwnerPhone,
            {"phone", "ownerphone", "telefono", "celular", "movil", "mobile", "tel", "telefone", "whatsappnumber",
             "personcellphone", "personmobilephone", "personhomephone", "personworkphone"});
        add(ImportField::OwnerEmail,
            {"email", "owneremail", "correo", "mail", "correoelectronico", "emaildotutor", "personemail"});
        add(ImportField::OwnerAddress, {"address", "owneraddress", "direccion", "domicilio", "endereco",
                                        "personaddress", "personcity", "personstate", "personzipcode"});
        add(ImportField::OwnerLanguage, {"language", "ownerlanguage", "idioma"});
        add(ImportField::OwnerWhatsapp, {"whatsapp", "ownerwhatsapp", "whatsappoptin", "aceitawhatsapp"});
        add(ImportField::VaccineName, {"vaccine", "vacuna", "vacina", "vaccinationtype"});
        add(ImportField::VaccineDate,
            {"vaccinedate", "fechavacuna", "fechadevacunacion", "datavacina", "datadavacina", "vaccinationgivendate"});
        add(ImportField::VaccineNextDue, {"vaccinedue", "nextdue", "proximavacuna", "proximadosis", "proximadose",
                                          "revacunacion", "vaccinationexpiresdate"});
        add(ImportField::VaccineBatch, {"batch", "lot", "lote", "vaccinationbatchnumber"});
        add(ImportField::VaccineNotes, {"vaccinenotes", "vaccinationcomments", "vaccinationmanufacturer"});
        add(ImportField::VaccinePlanned, {"vaccineplanned", "vaccinationduedate"});
        return m;
    }();
    return map;
}

template <typename E>
std::optional<E> lookUp(const QString& raw, std::initializer_list<std::pair<const char*, E>> synonyms)
{
    if (auto e = enumFromString<E>(raw.trimmed().toLower().toStdString())) {
        return e;
    }
    const QString key = foldKey(raw);
    for (const auto& [name, value] : synonyms) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

bool isOneOf(const QString& key, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (key == QLatin1String(w)) {
            return true;
        }
    }
    return false;
}

/** The three numbers of a d/m/y or m/d/y date (a time after a space is dropped), or nothing. */
std::optional<std::array<int, 3>> dateParts(const QString& raw)
{
    QString t = raw.trimmed();
    if (const qsizetype space = t.indexOf(QLatin1Char(' ')); space > 0) {
        t.truncate(space);
    }
    const QStringList parts = t.split(QRegularExpression(QStringLiteral("[/.-]")));
    if (parts.size() != 3) {
        return std::nullopt;
    }
    std::array<int, 3> n{};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        n[static_cast<std::size_t>(i)] = parts.at(i).toInt(&ok);
        if (!ok) {
            return std::nullopt;
        }
    }
    if (parts.at(2).size() != 4 && parts.at(0).size() != 4) {
        return std::nullopt; // two-digit years are too ambiguous to guess
    }
    return n;
}

} // namespace

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

ImportField fieldForHeader(const QString& header)
{
    return headerSynonyms().value(foldKey(header), ImportField::Ignore);
}

bool acceptsSeveralColumns(ImportField field)
{
    return field == ImportField::OwnerPhone || field == ImportField::OwnerAddress || field == ImportField::Notes ||
           field == ImportField::VaccineNotes;
}

std::optional<Species> parseSpecies(const QString& raw)
{
    return lookUp<Species>(raw, {{"perro", Species::Dog},     {"perra", Species::Dog},      {"canino", Species::Dog},
                                 {"canine", Species::Dog},    {"cachorro", Species::Dog},   {"cao", Species::Dog},
                                 {"cadela", Species::Dog},    {"gato", Species::Cat},       {"gata", Species::Cat},
                                 {"felino", Species::Cat},    {"feline", Species::Cat},     {"conejo", Species::Rabbit},
                                 {"coelho", Species::Rabbit}, {"ave", Species::Bird},       {"pajaro", Species::Bird},
                                 {"passaro", Species::Bird},  {"reptil", Species::Reptile}, {"otro", Species::Other},
                                 {"otra", Species::Other},    {"outro", Species::Other},    {"outra", Species::Other}});
}

std::optional<Sex> parseSex(const QString& raw)
{
    return lookUp<Sex>(raw, {{"m", Sex::Male},
                             {"macho", Sex::Male},
                             {"f", Sex::Female},
                             {"h", Sex::Female},
                             {"hembra", Sex::Female},
                             {"femea", Sex::Female},
                             {"u", Sex::Unknown},
                             {"desconocido", Sex::Unknown},
                             {"desconhecido", Sex::Unknown}});
}

std::optional<PetStatus> parseStatus(const QString& raw)
{
    return lookUp<PetStatus>(raw, {{"propio", PetStatus::Owned},
                                   {"encuidado", PetStatus::InCare},
                                   {"incare", PetStatus::InCare},
                                   {"enadopcion", PetStatus::Adoptable},
                                   {"adoptado", PetStatus::Adopted},
                                   {"adoptada", PetStatus::Adopted},
                                   {"perdido", PetStatus::Lost},
                                   {"perdida", PetStatus::Lost},
                                   {"fallecido", PetStatus::Deceased},
                                   {"fallecida", PetStatus::Deceased},
                                   {"proprio", PetStatus::Owned},
                                   {"soboscuidados", PetStatus::InCare},
                                   {"acolhido", PetStatus::InCare},
                                   {"paraadocao", PetStatus::Adoptable},
                                   {"emadocao", PetStatus::Adoptable},
                                   {"adotado", PetStatus::Adopted},
                                   {"adotada", PetStatus::Adopted},
                                   {"falecido", PetStatus::Deceased},
                                   {"falecida", PetStatus::Deceased}});
}

std::optional<bool> parseYesNo(const QString& raw)
{
    const QString k = foldKey(raw);
    if (isOneOf(k, {"yes", "y", "true", "1", "si", "s", "sim"})) {
        return true;
    }
    if (isOneOf(k, {"no", "n", "false", "0", "nao"})) {
        return false;
    }
    return std::nullopt;
}

bool isUnknown(const QString& raw)
{
    return isOneOf(foldKey(raw), {"unknown", "u", "desconocido", "desconhecido", "nosabe", "naosabe"});
}

DateOrder dateOrderOf(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    return month >= 0 && day >= 0 && month < day ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

DateOrder detectDateOrder(const QStringList& samples, DateOrder fallback)
{
    for (const QString& sample : samples) {
        const auto n = dateParts(sample);
        if (!n || (*n)[0] > 1000) {
            continue; // ISO or year-first: says nothing about the others
        }
        if ((*n)[0] > 12 && (*n)[1] <= 12) {
            return DateOrder::DayFirst;
        }
        if ((*n)[1] > 12 && (*n)[0] <= 12) {
            return DateOrder::MonthFirst;
        }
    }
    return fallback;
}

std::optional<Date> parseDate(const QString& raw, DateOrder order)
{
    const QString t = raw.trimmed();
    if (auto iso = Date::fromIso(t.left(10).toStdString());
        iso && (t.size() == 10 || t.at(10).isSpace() || t.at(10) == QLatin1Char('T'))) {
        return iso;
    }
    const auto n = dateParts(t);
    if (!n) {
        return std::nullopt;
    }
    Date date;
    if ((*n)[0] > 1000) {
        date = Date{(*n)[0], static_cast<unsigned>((*n)[1]), static_cast<unsigned>((*n)[2])};
    } else if (order == DateOrder::MonthFirst) {
        date = Date{(*n)[2], static_cast<unsigned>((*n)[0]), static_cast<unsigned>((*n)[1])};
    } else {
        date = Date{(*n)[2], static_cast<unsigned>((*n)[1]), static_cast<unsigned>((*n)[0])};
    }
    return date.isValid() ? std::optional<Date>(date) : std::nullopt;
}

std::optional<int> parseAgeMonths(const QString& raw)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:[.,]\\d+)?)\\s*([^\\d\\s]*)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(raw);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const double number = QString(match.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    const QString unit = foldKey(match.captured(2));
    if (!ok || number < 0 || number > 60) {
        return std::nullopt;
    }
    if (unit.isEmpty() || isOneOf(unit, {"y", "yr", "yrs", "year", "years", "a", "ano", "anos"})) {
        return static_cast<int>(std::lround(number * 12));
    }
    if (isOneOf(unit, {"m", "mo", "month", "months", "mes", "meses"})) {
        return static_cast<int>(std::lround(number));
    }
    if (isOneOf(unit, {"w", "wk", "week", "weeks", "semana", "semanas"})) {
        return static_cast<int>(std::lround(number / 4.345));
    }
    return std::nullopt;
}

} // namespace petinfo::client::vocabulary
