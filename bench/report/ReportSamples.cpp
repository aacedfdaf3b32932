// SPDX-License-Identifier: GPL-3.0-or-later
// report-samples OUTPUT_DIR: writes every tag layout and a sample health report as PDFs, for
// looking at (pdftoppm -png -r 100) and for the docs.
#include "SampleData.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

using namespace petinfo;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(dir);
    for (const report::TagLayout& layout : report::TagLayout::builtIn()) {
        report::TagSheetJob job;
        job.layout = layout;
        const int count = layout.style == report::TagStyle::KennelCard ? 3 : layout.sheet.labelsPerPage() + 2;
        job.items = bench::sampleTags(count);
        job.publicBaseUrl = bench::kBaseUrl;
        job.today = Date{2025, 3, 1};
        const QString path = dir + QLatin1Char('/') + layout.id + QStringLiteral(".pdf");
        auto pages = report::writeTagSheetPdf(job, path);
        out << path << ": "
            << (pages ? QString::number(*pages) + QStringLiteral(" pages") : report::describe(pages.error()))
            << Qt::endl;
    }
    for (int records : {12, 200}) {
        const QString path = dir + QStringLiteral("/health-report-%1.pdf").arg(records);
        auto pages = report::writeHealthReportPdf(bench::sampleReport(records), path);
        out << path << ": "
            << (pages ? QString::number(*pages) + QStringLiteral(" pages") : report::describe(pages.error()))
            << Qt::endl;
    }
    return 0;
}
