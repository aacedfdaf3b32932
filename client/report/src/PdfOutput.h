// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/ReportError.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPdfWriter;

namespace petinfo::report::detail {

/** Fonts need a QGuiApplication; without one Qt aborts. Checked up front to fail politely. */
ReportResult<void> requireGuiApplication();

/** Sets the page to `sizeMm` (landscape when wider than tall), no margins, origin at the paper's
 *  corner: label positions are measured from the sheet edge, not from a printer margin. */
void setFullPage(QPagedPaintDevice& device, const QSizeF& sizeMm);

using PdfRenderFn = std::function<ReportResult<int>(QPdfWriter& writer)>;

/** Runs `render` on a QPdfWriter writing into memory; the PDF bytes on success. */
ReportResult<QByteArray> renderPdfToBytes(const QString& title, const PdfRenderFn& render);

/** Runs `render` on a QPdfWriter writing `path` atomically (QSaveFile): no half-written file is
 *  left behind on failure or cancellation. Returns the page count. */
ReportResult<int> renderPdfToFile(const QString& path, const QString& title, const PdfRenderFn& render);

} // namespace petinfo::report::detail
