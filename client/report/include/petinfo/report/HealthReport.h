// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "petinfo/report/ReportError.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>
#include <vector>

class QPagedPaintDevice;

namespace petinfo::report {

/** Everything a health report shows, as plain domain values: the caller loads them (from the
 *  local database, a sync snapshot, a test) and this library only lays them out. */
struct ReportData
{
    Pet pet;
    std::optional<Person> owner; ///< the primary contact
    std::vector<HealthRecord> records;
    std::vector<WeightEntry> weights;
    std::vector<Note> notes;     ///< all of them: the report prints only those with showOnReports
    QByteArray photo;            ///< encoded image (JPEG, PNG…); empty for none
    QString publicBaseUrl;       ///< for the QR code to the pet's public page (needs pet.tagId)
    Date today;                  ///< "today" for ages and overdue marks (injectable for tests)
    QDateTime generatedAt;       ///< printed in the footer; invalid = now
    QLocale locale;              ///< paper size, dates, numbers
    QString organisation;        ///< clinic or shelter name for the header; may be empty
    QString organisationAddress; ///< several lines; may be empty
    QString organisationPhone;   ///< E.164; shown as phoneRegion writes it
    QByteArray organisationLogo; ///< encoded image; empty for none
    QString phoneRegion;         ///< ISO 3166 country whose way of writing phone numbers is used
};

struct ReportOptions
{
    std::optional<QPageSize::PageSizeId> pageSize; ///< default: reportPageSize(locale)
    int dueSoonDays = 30;                          ///< due within this many days is marked "due soon"
};

/** Letter where CLDR says so (US, Canada, Mexico, Chile, Colombia, Venezuela, the Philippines,
 *  most of Central America), A4 everywhere else. */
QPageSize::PageSizeId reportPageSize(const QLocale& locale);

/** Paints the report onto `device` (QPdfWriter; QPrinter for the print dialog and preview), in
 *  full-page mode with the report's own margins. Returns the page count. */
ReportResult<int> renderHealthReport(QPagedPaintDevice& device, const ReportData& data,
                                     const ReportOptions& options = {});

/** The report as PDF bytes, e.g. for QPdfView through a QBuffer. */
ReportResult<QByteArray> healthReportPdf(const ReportData& data, const ReportOptions& options = {});

/** The report as a PDF file, written atomically. Returns the page count. */
ReportResult<int> writeHealthReportPdf(const ReportData& data, const QString& path, const ReportOptions& options = {});

} // namespace petinfo::report
