// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/BatchReport.h"

#include "DomainText.h"
#include "HealthReportSections.h"
#include "PdfOutput.h"
#include "petinfo/report/TagUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <set>

namespace petinfo::report {

using namespace detail;

namespace {

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

/** `<name>-<short id>.pdf` with characters that are unsafe in file names replaced; a number is
 *  appended when two pets would share a name. */
QString fileNameFor(const ReportData& data, std::set<QString>& used)
{
    QString name = qs(data.pet.name).simplified();
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        name.prepend(QStringLiteral("pet"));
    }
    name = name.left(60);
    const QString id = QString::fromStdString(data.pet.id).left(8);
    QString base = id.isEmpty() ? name : name + QLatin1Char('-') + id;
    QString candidate = base + QStringLiteral(".pdf");
    for (int n = 2; used.count(candidate.toCaseFolded()) > 0; ++n) {
        candidate = base + QStringLiteral("-%1.pdf").arg(n);
    }
    used.insert(candidate.toCaseFolded());
    return candidate;
}

ReportResult<BatchOutcome> oneFile(int count, const ReportSource& source, const QString& output,
                                   const ReportOptions& options, const BatchProgressFn& progress,
                                   const std::atomic<bool>* cancel)
{
    BatchOutcome outcome;
    auto pages = renderPdfToFile(output, QStringLiteral("Pet Info health reports"),
                                 [&](QPdfWriter& writer) -> ReportResult<int> {
                                     QPainter painter;
                                     int total = 0;
                                     for (int i = 0; i < count; ++i) {
                                         if (cancelled(cancel)) {
                                             return fail(ReportErrc::Cancelled);
                                         }
                                         const ReportData data = source(i);
                                         auto prepared = prepareReport(data, options);
                                         if (!prepared) {
                                             return fail(prepared.error());
                                         }
                                         if (i == 0) {
                                             setFullPage(writer, reportPageSizeMm(data, options));
                                             if (!painter.begin(&writer)) {
                                                 return fail(ReportErrc::PaintFailed, "QPainter::begin failed");
                                             }
                                             painter.setRenderHint(QPainter::Antialiasing);
                                         }
                                         total += paintReport(painter, writer, *prepared, i == 0);
                                         ++outcome.reports;
                                         if (progress) {
                                             progress(i + 1, count);
                                         }
                                     }
                                     painter.end();
                                     return total;
                                 });
    if (!pages) {
        return fail(pages.error());
    }
    outcome.pages = *pages;
    outcome.files << output;
    return outcome;
}

ReportResult<BatchOutcome> filePerPet(int count, const ReportSource& source, const QString& output,
                                      const ReportOptions& options, const BatchProgressFn& progress,
                                      const std::atomic<bool>* cancel)
{
    const QDir dir(output);
    if (!dir.exists()) {
        return fail(ReportErrc::WriteFailed, (output + QLatin1String(": no such directory")).toStdString());
    }
    BatchOutcome outcome;
    std::set<QString> used;
    const auto undo = [&outcome] {
        for (const QString& file : outcome.files) {
            QFile::remove(file);
        }
    };
    for (int i = 0; i < count; ++i) {
        if (cancelled(cancel)) {
            undo();
            return fail(ReportErrc::Cancelled);
        }
        const ReportData data = source(i);
        const QString path = dir.filePath(fileNameFor(data, used));
        auto pages = writeHealthReportPdf(data, path, options);
        if (!pages) {
            undo();
            return fail(pages.error());
        }
        outcome.files << path;
        outcome.pages += *pages;
        ++outcome.reports;
        if (progress) {
            progress(i + 1, count);
        }
    }
    return outcome;
}

} // namespace

ReportResult<BatchOutcome> renderHealthReports(int count, const ReportSource& source, BatchMode mode,
                                               const QString& output, const ReportOptions& options,
                                               const BatchProgressFn& progress, const std::atomic<bool>* cancel)
{
    if (count <= 0 || !source) {
        return fail(ReportErrc::EmptyJob);
    }
    if (auto gui = requireGuiApplication(); !gui) {
        return fail(gui.error());
    }
    return mode == BatchMode::OneFile ? oneFile(count, source, output, options, progress, cancel)
                                      : filePerPet(count, source, output, options, progress, cancel);
}

ReportResult<BatchOutcome> renderHealthReports(const std::vector<ReportData>& reports, BatchMode mode,
                                               const QString& output, const ReportOptions& options,
                                               const BatchProgressFn& progress, const std::atomic<bool>* cancel)
{
    return renderHealthReports(
        static_cast<int>(reports.size()), [&reports](int i) { return reports[static_cast<std::size_t>(i)]; }, mode,
        output, options, progress, cancel);
}

} // namespace petinfo::report
