// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace petinfo::client {

/** A parsed CSV file: the header row and the data rows, each padded to the header's width. */
struct CsvTable
{
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<int> lineNumbers; ///< file line where each data row starts (for error reports)
    QChar delimiter = QLatin1Char(',');
};

/** RFC 4180 CSV with what spreadsheets really write: a UTF-8 byte-order mark, CRLF or LF, quoted
 *  fields with embedded delimiters, quotes and newlines, and ';' or tab as the delimiter (detected
 *  from the header line). Malformed input is an error with a line number, never a crash. */
class Csv final
{
public:
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

    static StorageResult<CsvTable> parse(const QByteArray& bytes);
    static StorageResult<CsvTable> readFile(const QString& path, qint64 maxBytes = kMaxBytes);

    /** One line of CSV (with CRLF), quoting fields that need it. Fields starting with = + - @ are
     *  prefixed with ' so a spreadsheet does not run them as formulas. */
    static QByteArray formatRow(const QStringList& fields, QChar delimiter = QLatin1Char(','));
};

} // namespace petinfo::client
