// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Csv.h"
#include "petinfo/common/Validation.h"
#include "services/PetService.h"

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
};
inline constexpr int kImportFieldCount = static_cast<int>(ImportField::OwnerWhatsapp) + 1;

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
    std::vector<int> recordRows; ///< data row of each record
    std::vector<ImportIssue> issues;
    int totalRows = 0;

    int validRows() const { return static_cast<int>(records.size()); }
    int rejectedRows() const;
};

/** CSV import of pets and their primary owner: read, map columns (guessed from the headers in
 *  English and Spanish, adjustable), preview with a per-row error report, then write the good rows
 *  in one transaction. */
class CsvImport final
{
public:
    static std::vector<ImportField> guessMapping(const QStringList& headers);
    /** Parses and validates every row; writes nothing. Uses `service` only to read (duplicate
     *  microchips) and for its clock. */
    static ImportPreview preview(const CsvTable& table, const std::vector<ImportField>& mapping, PetService& service);
    /** Writes the preview's good rows; all or nothing. */
    static StorageResult<qint64> commit(PetService& service, const ImportPreview& preview,
                                        const ProgressFn& progress = {});
    /** The report as CSV (row, line, column, problem) for people to fix their file. */
    static QByteArray issuesAsCsv(const ImportPreview& preview);
};

} // namespace petinfo::client
