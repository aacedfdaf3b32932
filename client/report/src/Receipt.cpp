// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/Receipt.h"

#include "PdfOutput.h"
#include "TextBlock.h"
#include "Units.h"
#include "petinfo/report/HealthReport.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <utility>
#include <vector>

namespace petinfo::report {

using namespace detail;

namespace {

class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::report::Receipt)
};

constexpr qreal kMarginMm = 20;
const QColor kMuted(95, 95, 95);
const QColor kWarning(160, 30, 30);

QString dateTime(const QLocale& locale, const QDateTime& when)
{
    return when.isValid() ? locale.toString(when.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

ReportResult<int> renderReceipt(QPagedPaintDevice& device, const ReceiptData& data)
{
    if (auto gui = requireGuiApplication(); !gui) {
        return fail(gui.error());
    }
    const QSizeF pageMm = QPageSize(reportPageSize(data.locale)).size(QPageSize::Millimeter);
    setFullPage(device, pageMm);
    QPainter p;
    if (!p.begin(&device)) {
        return fail(ReportErrc::PaintFailed, "QPainter::begin failed");
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Units u(device);
    const qreal left = u.x(kMarginMm);
    const qreal width = u.x(pageMm.width() - 2 * kMarginMm);
    qreal y = u.y(kMarginMm);

    auto block = [&](const QString& text, const QFont& font, const QColor& color = Qt::black,
                     Qt::Alignment align = Qt::AlignLeft, qreal after = 2) {
        const TextBlock b(text, font, &device, width, align);
        b.draw(p, QPointF(left, y), color);
        y += b.height() + u.y(after);
    };

    block(data.organisation.isEmpty() ? ReceiptText::tr("Payment receipt")
                                      : ReceiptText::tr("Payment receipt \u2014 %1").arg(data.organisation),
          makeFont(18, FontRole::SansBold), Qt::black, Qt::AlignLeft, 1);
    block(data.addon ? ReceiptText::tr("Pet Info add-on, paid once") : ReceiptText::tr("Pet Info subscription"),
          makeFont(11), kMuted, Qt::AlignLeft, 6);
    p.setPen(QPen(kMuted, u.len(0.3)));
    p.drawLine(QPointF(left, y), QPointF(left + width, y));
    y += u.y(6);

    // The amount first and large: it is what the reader looks for.
    block(ReceiptText::tr("Amount"), makeFont(10), kMuted, Qt::AlignLeft, 0.5);
    block(data.amountText, makeFont(24, FontRole::SansBold), Qt::black, Qt::AlignLeft, 2);
    if (data.reversed) {
        block(data.addon ? ReceiptText::tr("This payment was returned (%1): what the add-on granted was taken back.")
                               .arg(data.stateText)
                         : ReceiptText::tr("This payment was returned (%1): it no longer pays for the plan.")
                               .arg(data.stateText),
              makeFont(12, FontRole::SansBold), kWarning, Qt::AlignLeft, 2);
    }
    y += u.y(4);

    const std::vector<std::pair<QString, QString>> rows{
        {ReceiptText::tr("Receipt number"), data.receiptNumber},
        {ReceiptText::tr("Paid on"), dateTime(data.locale, data.paidAt)},
        {data.addon ? ReceiptText::tr("Add-on") : ReceiptText::tr("Plan"), data.planName},
        {ReceiptText::tr("Grants"), data.addon ? data.grantText : QString()},
        {ReceiptText::tr("Period"), data.addon ? QString() : data.periodText},
        {ReceiptText::tr("Currency"), data.currency},
        {ReceiptText::tr("Paid through"), data.provider},
        {ReceiptText::tr("Provider's reference"), data.providerReference},
        {ReceiptText::tr("State"), data.stateText},
    };
    const QFont labelFont = makeFont(10);
    const QFont valueFont = makeFont(11);
    const qreal labelWidth = u.x(50);
    for (const auto& [label, value] : rows) {
        if (value.isEmpty()) {
            continue;
        }
        const TextBlock l(label, labelFont, &device, labelWidth);
        const TextBlock v(value, valueFont, &device, width - labelWidth);
        l.draw(p, QPointF(left, y), kMuted);
        v.draw(p, QPointF(left + labelWidth, y));
        y += std::max(l.height(), v.height()) + u.y(3);
    }

    const QDateTime generated = data.generatedAt.isValid() ? data.generatedAt : QDateTime::currentDateTime();
    const TextBlock footer(ReceiptText::tr("Generated %1 by Pet Info.").arg(dateTime(data.locale, generated)),
                           makeFont(8), &device, width);
    footer.draw(p, QPointF(left, u.y(pageMm.height() - kMarginMm) - footer.height()), kMuted);
    p.end();
    return 1;
}

ReportResult<QByteArray> receiptPdf(const ReceiptData& data)
{
    return renderPdfToBytes(ReceiptText::tr("Receipt %1").arg(data.receiptNumber),
                            [&](QPdfWriter& writer) { return renderReceipt(writer, data); });
}

ReportResult<int> writeReceiptPdf(const ReceiptData& data, const QString& path)
{
    return renderPdfToFile(path, ReceiptText::tr("Receipt %1").arg(data.receiptNumber),
                           [&](QPdfWriter& writer) { return renderReceipt(writer, data); });
}

} // namespace petinfo::report
