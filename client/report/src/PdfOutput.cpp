// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfOutput.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

namespace petinfo::report::detail {

namespace {
// Device units for PDFs: fine enough that placing a 0.3 mm QR module is exact to 0.02 mm.
constexpr int kPdfResolution = 1200;

void configureWriter(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("Pet Info"));
    writer.setTitle(title);
}
} // namespace

ReportResult<void> requireGuiApplication()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return fail(ReportErrc::NoGuiApplication, "construct a QGuiApplication (QT_QPA_PLATFORM=offscreen works)");
    }
    return {};
}

void setFullPage(QPagedPaintDevice& device, const QSizeF& sizeMm)
{
    const bool landscape = sizeMm.width() > sizeMm.height();
    const QSizeF portrait = landscape ? sizeMm.transposed() : sizeMm;
    const QPageSize pageSize(portrait, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    QPageLayout layout(pageSize, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(layout);
}

ReportResult<QByteArray> renderPdfToBytes(const QString& title, const PdfRenderFn& render)
{
    if (auto gui = requireGuiApplication(); !gui) {
        return fail(gui.error());
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        configureWriter(writer, title);
        auto pages = render(writer);
        if (!pages) {
            return fail(pages.error());
        }
    } // the writer finishes the file when the painter ends, inside render
    return bytes;
}

ReportResult<int> renderPdfToFile(const QString& path, const QString& title, const PdfRenderFn& render)
{
    if (auto gui = requireGuiApplication(); !gui) {
        return fail(gui.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ReportErrc::WriteFailed, (path + QLatin1String(": ") + file.errorString()).toStdString());
    }
    ReportResult<int> pages = fail(ReportErrc::PaintFailed);
    {
        QPdfWriter writer(&file);
        configureWriter(writer, title);
        pages = render(writer);
    }
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit()) {
        return fail(ReportErrc::WriteFailed, (path + QLatin1String(": ") + file.errorString()).toStdString());
    }
    return pages;
}

} // namespace petinfo::report::detail
