// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI prints through QPrinter (print dialog, QPrintPreviewDialog). QPrinter is a
// QPagedPaintDevice, so it gets the same render calls as QPdfWriter; its PDF output format lets the
// test check that the printer path puts every code where the PDF path does. This test alone links
// Qt6::PrintSupport (which brings Qt6::Widgets); the library does not.
#include "ReportTestSupport.h"
#include "petinfo/report/HealthReport.h"
#include "petinfo/report/QrDecoder.h"
#include "petinfo/report/TagSheet.h"

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace petinfo;
using namespace petinfo::report;
using namespace petinfo::report::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::map<QString, QPointF> centresMm(const PdfFile& pdf, int page)
{
    DecodeOptions options;
    options.findAll = true;
    std::map<QString, QPointF> out;
    for (const DecodedQr& qr : decodeQrCodes(pdf.render(page, 300), options)) {
        out[qr.text] = qr.center() * 25.4 / 300;
    }
    return out;
}

} // namespace

class TestPrinterOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testPrinterPlacesCodesLikeThePdfWriter_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("Avery L7160") << "avery-l7160";
        QTest::newRow("Avery 5160") << "avery-5160";
        QTest::newRow("Dymo 89x36") << "dymo-89x36";
    }

    void testPrinterPlacesCodesLikeThePdfWriter()
    {
        QFETCH(QString, layout);
        TagSheetJob job;
        job.layout = *TagLayout::byId(layout);
        job.items = blankTags(job.layout.sheet.labelsPerPage());
        job.publicBaseUrl = kBaseUrl;
        job.calibration = {0.8, 0.4};

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFileName(path);
        // A margin the printer would normally keep: the render call must switch to full page.
        printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        auto pages = renderTags(printer, job);
        QVERIFY(pages.hasValue());
        QVERIFY(printer.fullPage());
        const PdfFile printed(readAll(path));
        QCOMPARE(printed.pageCount(), *pages);
        QVERIFY(std::abs(printed.pageSizeMm(0).width() - job.layout.sheet.pageSizeMm.width()) < 0.5);
        QVERIFY(std::abs(printed.pageSizeMm(0).height() - job.layout.sheet.pageSizeMm.height()) < 0.5);

        auto bytes = tagSheetPdf(job);
        QVERIFY(bytes.hasValue());
        const auto viaPrinter = centresMm(printed, 0);
        const auto viaWriter = centresMm(PdfFile(*bytes), 0);
        QCOMPARE(viaPrinter.size(), job.items.size());
        QCOMPARE(viaWriter.size(), job.items.size());
        for (const auto& [text, centre] : viaWriter) {
            QVERIFY(viaPrinter.count(text) == 1);
            QVERIFY2(QLineF(viaPrinter.at(text), centre).length() < 0.3, qPrintable(text));
        }
    }

    void testPrinterPrintsTheReport()
    {
        ReportData data;
        data.pet.name = "Luna";
        data.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        data.today = Date{2025, 3, 1};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFileName(path);
        auto pages = renderHealthReport(printer, data);
        QVERIFY(pages.hasValue());
        const PdfFile printed(readAll(path));
        QCOMPARE(printed.pageCount(), *pages);
        QVERIFY(std::abs(printed.pageSizeMm(0).width() - 215.9) < 0.5); // Letter for en_US
        QVERIFY(printed.text(0).contains(QStringLiteral("Luna")));
    }
};

QTEST_MAIN(TestPrinterOutput)
#include "TestPrinterOutput.moc"
