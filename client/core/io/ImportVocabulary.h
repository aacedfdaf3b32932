// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"

#include <QString>
#include <QStringList>

class QLocale;

#include <optional>

namespace petinfo::client {

enum class ImportField;

/** The words other systems and people's spreadsheets use for what Pet Info keeps: column headers
 *  and cell values in English, Spanish and Portuguese, and the column names of an Animal Shelter
 *  Manager (ASM) animal export (ANIMALNAME, PERSONCELLPHONE, VACCINATIONTYPE...). */
namespace vocabulary {

/** Lower-case ASCII letters and digits only: "Fecha de nacimiento" -> "fechadenacimiento". */
QString foldKey(const QString& text);

/** The field a column header names, or Ignore. */
ImportField fieldForHeader(const QString& header);
/** Fields several columns may feed (phones, address parts, notes): their values are joined. */
bool acceptsSeveralColumns(ImportField field);

std::optional<Species> parseSpecies(const QString& raw);
std::optional<Sex> parseSex(const QString& raw);
std::optional<PetStatus> parseStatus(const QString& raw);
std::optional<bool> parseYesNo(const QString& raw);
/** "Unknown", "U", "desconocido", "desconhecido": an answer that says nothing. */
bool isUnknown(const QString& raw);

/** How the file writes a date with two small numbers first (03/04/2024). */
enum class DateOrder
{
    DayFirst,  ///< Latin America, Europe, and ASM outside the US and Canada
    MonthFirst ///< the US and Canada
};
/** The order of `locale`'s short date format. */
DateOrder dateOrderOf(const QLocale& locale);
/** The order the file's dates use: a first number above 12 says day-first, a second one above 12
 *  month-first; a file that never says uses `fallback` (the order of the system's locale). */
DateOrder detectDateOrder(const QStringList& samples, DateOrder fallback);
/** ISO dates (with or without a time), and d/m/y or m/d/y with /, - or . between. */
std::optional<Date> parseDate(const QString& raw, DateOrder order);
/** An age as exports write it ("3", "2.5", "2,5", "3 years", "6 months", "8 meses"), in months. */
std::optional<int> parseAgeMonths(const QString& raw);

} // namespace vocabulary
} // namespace petinfo::client
