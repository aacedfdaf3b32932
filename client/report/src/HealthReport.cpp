// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/HealthReport.h"

#include "DomainText.h"
#include "HealthReportSections.h"
#include "PdfOutput.h"
#include "petinfo/report/TagUrl.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <array>

namespace petinfo::report {

using namespace detail;

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::report::HealthReport)
};

constexpr qreal kSideMarginMm = 15;
constexpr qreal kTopMarginMm = 20;    // room for the running header on later pages
constexpr qreal kBottomMarginMm = 18; // room for the footer
const QColor kMuted(95, 95, 95);

QImage preparePhoto(const QByteArray& bytes)
{
    QImage image = bytes.isEmpty() ? QImage() : QImage::fromData(bytes);
    if (image.isNull()) {
        return {};
    }
    constexpr int kPixels = 450; // 38 mm at 300 dpi
    image = image.scaled(kPixels, kPixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    return image.copy((image.width() - kPixels) / 2, (image.height() - kPixels) / 2, kPixels, kPixels);
}

} // namespace

ReportResult<PreparedReport> detail::prepareReport(const ReportData& data, const ReportOptions& options)
{
    PreparedReport report;
    report.data = &data;
    report.options = options;
    // No public URL configured (an offline-only install) or no tag yet: the report has no QR code.
    // A URL or tag id that is set but wrong is an error rather than a silently missing code.
    if (!data.pet.tagId.empty() && !data.publicBaseUrl.trimmed().isEmpty()) {
        auto url = tagUrl(data.publicBaseUrl, data.pet.tagId);
        if (!url) {
            return fail(url.error());
        }
        auto qr = QrCode::encode(*url, QrErrorCorrection::Medium);
        if (!qr) {
            return fail(qr.error());
        }
        report.url = *url;
        report.qr = std::move(*qr);
    }
    report.photo = preparePhoto(data.photo);
    if (!data.organisationLogo.isEmpty()) {
        report.logo.loadFromData(data.organisationLogo); // an unreadable logo is left out, not an error
    }
    return report;
}

QSizeF detail::reportPageSizeMm(const ReportData& data, const ReportOptions& options)
{
    const QPageSize size(options.pageSize.value_or(reportPageSize(data.locale)));
    return size.size(QPageSize::Millimeter);
}

namespace {

/** Running header (pages after the first) and footer, painted once the page count is known. */
void paintDecorations(QPainter& p, QPaintDevice& device, const ReportData& data, const QSizeF& pageMm, int page,
                      int pages)
{
    const Units u(device);
    const QFont font = makeFont(7.5);
    const qreal left = u.x(kSideMarginMm);
    const qreal width = u.x(pageMm.width() - 2 * kSideMarginMm);
    p.save();
    p.setPen(QPen(QColor(190, 190, 190), u.len(0.2)));
    if (page > 0) {
        const qreal y = u.y(kTopMarginMm - 5);
        const TextBlock head(ReportText::tr("%1 \u2014 health report").arg(qs(data.pet.name)), font, &device, width);
        head.draw(p, QPointF(left, y - head.height() - u.y(0.8)), kMuted);
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
    }
    const qreal footY = u.y(pageMm.height() - kBottomMarginMm + 6);
    p.drawLine(QPointF(left, footY), QPointF(left + width, footY));
    const QDateTime generated = data.generatedAt.isValid() ? data.generatedAt : QDateTime::currentDateTime();
    const QString when = data.locale.toString(generated, data.locale.dateTimeFormat(QLocale::ShortFormat));
    const TextBlock leftText(ReportText::tr("Generated %1 by Pet Info").arg(when), font, &device, width * 0.7);
    const TextBlock rightText(ReportText::tr("Page %1 of %2").arg(page + 1).arg(pages), font, &device, width * 0.3,
                              Qt::AlignRight);
    leftText.draw(p, QPointF(left, footY + u.y(1.2)), kMuted);
    rightText.draw(p, QPointF(left + width * 0.7, footY + u.y(1.2)), kMuted);
    p.restore();
}

} // namespace

QPageSize::PageSizeId reportPageSize(const QLocale& locale)
{
    // CLDR supplemental data, paperSize "US-Letter".
    static constexpr std::array kLetter{
        QLocale::UnitedStates, QLocale::Canada,      QLocale::Mexico,     QLocale::Chile,     QLocale::Colombia,
        QLocale::Venezuela,    QLocale::Philippines, QLocale::PuertoRico, QLocale::Belize,    QLocale::CostaRica,
        QLocale::Guatemala,    QLocale::Nicaragua,   QLocale::Panama,     QLocale::ElSalvador};
    return std::find(kLetter.begin(), kLetter.end(), locale.territory()) != kLetter.end() ? QPageSize::Letter
                                                                                          : QPageSize::A4;
}

int detail::paintReport(QPainter& painter, QPagedPaintDevice& device, const PreparedReport& report, bool firstOnDevice)
{
    const ReportData& data = *report.data;
    const QSizeF pageMm = reportPageSizeMm(data, report.options);
    if (!firstOnDevice) {
        setFullPage(device, pageMm);
        device.newPage();
    }
    const Units u(device);
    const QRectF body(u.x(kSideMarginMm), u.y(kTopMarginMm), u.x(pageMm.width() - 2 * kSideMarginMm),
                      u.y(pageMm.height() - kTopMarginMm - kBottomMarginMm));
    PageFlow flow(&device, body);
    layoutReport(flow, report);
    for (int page = 0; page < flow.pageCount(); ++page) {
        if (page > 0) {
            device.newPage();
        }
        paintDecorations(painter, device, data, pageMm, page, flow.pageCount());
        for (const PaintOp& op : flow.ops(page)) {
            op(painter);
        }
    }
    return flow.pageCount();
}

ReportResult<int> renderHealthReport(QPagedPaintDevice& device, const ReportData& data, const ReportOptions& options)
{
    if (auto gui = requireGuiApplication(); !gui) {
        return fail(gui.error());
    }
    auto prepared = prepareReport(data, options);
    if (!prepared) {
        return fail(prepared.error());
    }
    setFullPage(device, reportPageSizeMm(data, options));
    QPainter painter;
    if (!painter.begin(&device)) {
        return fail(ReportErrc::PaintFailed, "QPainter::begin failed");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = paintReport(painter, device, *prepared, true);
    painter.end();
    return pages;
}

ReportResult<QByteArray> healthReportPdf(const ReportData& data, const ReportOptions& options)
{
    return renderPdfToBytes(ReportText::tr("Health report: %1").arg(qs(data.pet.name)),
                            [&](QPdfWriter& writer) { return renderHealthReport(writer, data, options); });
}

ReportResult<int> writeHealthReportPdf(const ReportData& data, const QString& path, const ReportOptions& options)
{
    return renderPdfToFile(path, ReportText::tr("Health report: %1").arg(qs(data.pet.name)),
                           [&](QPdfWriter& writer) { return renderHealthReport(writer, data, options); });
}

} // namespace petinfo::report
