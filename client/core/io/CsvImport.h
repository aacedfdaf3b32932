// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Csv.h"
#include "io/ImportVocabulary.h"
#include "petinfo/common/Validation.h"
#include "services/PetService.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace petinfo::client {

/** What a CSV column feeds. The same names head the columns of a CSV export, so an export
 *  imports back unchanged. */
enum class ImportField
{
    Ignore,
    Name,
    Species,
    Breed,
    Sex,
    Neutered,
    BirthDate,
    BirthDateEstimated,
    Colour,
    Microchip,
    Microchip2,
    Status,
    Allergies,
    Conditions,
    Notes,
    TagId,
    OwnerName,
    OwnerPhone,
    OwnerEmail,
    OwnerAddress,
    OwnerLanguage,
    OwnerWhatsapp,
    AgeYears,       ///< when there is no birth date: an estimated one
    EntryDate,      ///< when the animal came to the shelter (kept in the notes)
    RecordCode,     ///< the other system's id: rows with the same code are one animal
    OwnerFirstName, ///< joined with the last name when there is no full name
    OwnerLastName,
    VaccineName, ///< one vaccine per row: further rows with the same code add more
    VaccineDate,
    VaccineNextDue,
    VaccineBatch,
    VaccineNotes,
    VaccinePlanned, ///< when a vaccine not given yet is due (kept in the notes)
};
inline constexpr int kImportFieldCount = static_cast<int>(ImportField::VaccinePlanned) + 1;
/** The fields a pets CSV export writes, in this order (the ones after them only come from other systems). */
inline constexpr int kExportedFieldCount = static_cast<int>(ImportField::OwnerWhatsapp) + 1;

/** The stable column name ("name", "ownerPhone"...) and a translated label for the mapping UI. */
QString importFieldKey(ImportField field);
QString importFieldLabel(ImportField field);

/** One problem found in one row of the file, before anything is written. */
struct ImportIssue
{
    int row = 0;  ///< 1-based data row (the header is row 0)
    int line = 0; ///< line in the file where that row starts
    QString column;
    ValidationIssue issue;
};

/** The result of checking every row: the records that would be written and what is wrong with
 *  the others. Rows with errors are skipped; warnings do not block a row. */
struct ImportPreview
{
    std::vector<PetRecord> records;
    std::vector<int> recordRows;       ///< data row of each record
    std::vector<HealthRecord> health;  ///< vaccines given, for the records above
    vocabulary::DateOrder dateOrder{}; ///< how the file's dates were read
    std::vector<ImportIssue> issues;
    int totalRows = 0;

    int mergedCount = 0; ///< rows that only added a vaccine to an animal of an earlier row (same code)

    int validRows() const { return static_cast<int>(records.size()); }
    int mergedRows() const { return mergedCount; }
    int rejectedRows() const;
};

/** CSV import of pets, their primary owner and their vaccines: read, map columns (guessed from the
 *  headers in English, Spanish or Portuguese, or an Animal Shelter Manager export; adjustable),
 *  preview with a per-row error report, then write the good rows in one transaction. */
class CsvImport final
{
public:
    static std::vector<ImportField> guessMapping(const QStringList& headers);
    /** Parses and validates every row; writes nothing. Uses `service` only to read (duplicate
     *  microchips) and for its clock. Day/month order is read from the file's dates, else taken from
     *  `locale` (the exporting system's, which is normally the user's). */
    static ImportPreview preview(const CsvTable& table, const std::vector<ImportField>& mapping, PetService& service,
                                 const QLocale& locale = QLocale());
    /** Writes the preview's good rows; all or nothing. */
    static StorageResult<qint64> commit(PetService& service, const ImportPreview& preview,
                                        const ProgressFn& progress = {});
    /** The report as CSV (row, line, column, problem) for people to fix their file. */
    static QByteArray issuesAsCsv(const ImportPreview& preview);
};

} // namespace petinfo::client
