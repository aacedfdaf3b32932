// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Csv.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace petinfo::client {

namespace {

QChar detectDelimiter(QStringView text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView header = end < 0 ? text : text.left(end);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : header) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted) {
            commas += c == QLatin1Char(',');
            semicolons += c == QLatin1Char(';');
            tabs += c == QLatin1Char('\t');
        }
    }
    if (tabs > commas && tabs > semicolons) {
        return QLatin1Char('\t');
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

StorageResult<CsvTable> Csv::parse(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return fail(StorageErrc::Invalid, "the file is not UTF-8 text (save it as \"CSV UTF-8\")");
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    if (text.contains(QChar(0))) {
        return fail(StorageErrc::Invalid, "the file contains NUL bytes; it is not a CSV file");
    }
    CsvTable table;
    table.delimiter = detectDelimiter(text);

    std::vector<QStringList> records;
    std::vector<int> lines;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteOpenedAt = 0;
    const qsizetype n = text.size();
    auto endField = [&] {
        record << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        // Skip blank lines (a lone empty field).
        if (!(record.size() == 1 && record.front().isEmpty())) {
            records.push_back(record);
            lines.push_back(recordLine);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty()) {
                return fail(StorageErrc::Invalid,
                            "line " + std::to_string(line) + ": a quote inside an unquoted field");
            }
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
            quoteOpenedAt = line;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (fieldWasQuoted && !c.isSpace()) {
                return fail(StorageErrc::Invalid, "line " + std::to_string(line) + ": text after a closing quote");
            }
            field += c;
        }
    }
    if (inQuotes) {
        return fail(StorageErrc::Invalid, "line " + std::to_string(quoteOpenedAt) + ": a quote is never closed");
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldWasQuoted) {
        endRecord();
    }
    if (records.empty()) {
        return fail(StorageErrc::Invalid, "the file is empty");
    }
    table.headers = records.front();
    for (std::size_t r = 1; r < records.size(); ++r) {
        QStringList row = records[r];
        while (row.size() < table.headers.size()) {
            row << QString();
        }
        table.rows.push_back(std::move(row));
        table.lineNumbers.push_back(lines[r]);
    }
    return table;
}

StorageResult<CsvTable> Csv::readFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(StorageErrc::Io, path.toStdString() + ": " + file.errorString().toStdString());
    }
    if (file.size() > maxBytes) {
        return fail(StorageErrc::Invalid,
                    "the file is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MB");
    }
    return parse(file.readAll());
}

QByteArray Csv::formatRow(const QStringList& fields, QChar delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += QString(delimiter).toUtf8();
        }
        QString f = fields.at(i);
        const bool e164 = f.size() > 1 && f.front() == QLatin1Char('+') &&
                          std::all_of(f.begin() + 1, f.end(), [](QChar c) { return c.isDigit(); });
        if (!f.isEmpty() && QStringLiteral("=+-@").contains(f.front()) && !e164) {
            f.prepend(QLatin1Char('\''));
        }
        const bool quote = f.contains(delimiter) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
                           f.contains(QLatin1Char('\r')) || f != f.trimmed();
        if (quote) {
            f.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out += '"' + f.toUtf8() + '"';
        } else {
            out += f.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

} // namespace petinfo::client
