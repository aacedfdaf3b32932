// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFlow.h"
#include "petinfo/report/HealthReport.h"
#include "petinfo/report/QrCode.h"

#include <QImage>
#include <QSizeF>

class QPagedPaintDevice;
class QPainter;

#include <optional>

namespace petinfo::report::detail {

/** A report's inputs after checking: QR code built, photo decoded and scaled. */
struct PreparedReport
{
    const ReportData* data = nullptr;
    ReportOptions options;
    std::optional<QrCode> qr; ///< none when the pet has no tag or no public URL is configured
    QString url;
    QImage photo;
    QImage logo; ///< the organisation's, decoded; null for none
};

/** Checks the inputs and builds the QR code and photo, before anything is painted. */
ReportResult<PreparedReport> prepareReport(const ReportData& data, const ReportOptions& options);

/** The page size the report uses, in mm. */
QSizeF reportPageSizeMm(const ReportData& data, const ReportOptions& options);

/** Lays out and paints one report with an active painter; `firstOnDevice` false starts a new
 *  page first (batch into one file). Returns the page count. */
int paintReport(QPainter& painter, QPagedPaintDevice& device, const PreparedReport& report, bool firstOnDevice);

/** Lays the whole report out into `flow`. */
void layoutReport(PageFlow& flow, const PreparedReport& report);

/** The weight chart: a vector line over time with axes, `heightMm` tall. Needs two entries. */
void weightChart(PageFlow& flow, const std::vector<WeightEntry>& entries, const QLocale& locale, qreal heightMm);

} // namespace petinfo::report::detail
