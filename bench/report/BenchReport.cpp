// SPDX-License-Identifier: GPL-3.0-or-later
// bench-report: the printing goals of issue 5. Build with the `release` preset and run
//   build-release/bench/report/bench-report
// Figures: a 200-record health report (goal < 250 ms), a 100-tag sheet (goal < 1.5 s), and the
// share of QR codes decoded from 100-tag sheets rasterised at 150 dpi (goal 100 %).
#include "SampleData.h"

#include "petinfo/report/QrDecoder.h"
#include "petinfo/report/TagUrl.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryFile>

#include <benchmark/benchmark.h>

#include <set>

using namespace petinfo;

namespace {

std::vector<QImage> rasterise(const QByteArray& pdf, int dpi)
{
    QTemporaryFile file;
    file.open();
    file.write(pdf);
    file.flush();
    QPdfDocument doc;
    doc.load(file.fileName());
    std::vector<QImage> pages;
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QSizeF points = doc.pagePointSize(i);
        const QSize pixels = (points * dpi / 72.0).toSize();
        QImage page(pixels, QImage::Format_RGB32);
        page.fill(Qt::white); // Qt PDF renders on transparent
        QPainter painter(&page);
        painter.drawImage(0, 0, doc.render(i, pixels));
        painter.end();
        pages.push_back(page);
    }
    return pages;
}

report::TagSheetJob tagJob(const report::TagLayout& layout, int count)
{
    report::TagSheetJob job;
    job.layout = layout;
    job.items = bench::sampleTags(count);
    job.publicBaseUrl = bench::kBaseUrl;
    job.today = Date{2025, 3, 1};
    return job;
}

void BM_HealthReport200(benchmark::State& state)
{
    const report::ReportData data = bench::sampleReport(200);
    int pages = 0;
    for (auto _ : state) {
        auto pdf = report::healthReportPdf(data);
        if (!pdf) {
            state.SkipWithError("report failed");
            return;
        }
        benchmark::DoNotOptimize(pdf->data());
        pages = static_cast<int>(pdf->count("/Type /Page\n")); // rough; the test checks it exactly
    }
    state.counters["pdf_pages"] = pages;
}
BENCHMARK(BM_HealthReport200)->Unit(benchmark::kMillisecond);

void BM_TagSheet100(benchmark::State& state)
{
    const auto layouts = report::TagLayout::builtIn();
    const report::TagSheetJob job = tagJob(layouts[static_cast<std::size_t>(state.range(0))], 100);
    state.SetLabel(job.layout.id.toStdString());
    for (auto _ : state) {
        auto pdf = report::tagSheetPdf(job);
        if (!pdf) {
            state.SkipWithError("tag sheet failed");
            return;
        }
        benchmark::DoNotOptimize(pdf->data());
    }
}
BENCHMARK(BM_TagSheet100)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

/** Renders a 100-tag sheet once, rasterises it at `dpi`, then times decoding every page and
 *  reports how many of the 100 expected URLs were found. */
void decodeRate(benchmark::State& state, int dpi, bool findAll = true)
{
    const auto layouts = report::TagLayout::builtIn();
    const report::TagSheetJob job = tagJob(layouts[static_cast<std::size_t>(state.range(0))], 100);
    state.SetLabel(job.layout.id.toStdString());
    auto pdf = report::tagSheetPdf(job);
    if (!pdf) {
        state.SkipWithError("tag sheet failed");
        return;
    }
    const std::vector<QImage> pages = rasterise(*pdf, dpi);
    std::set<QString> expected;
    for (const auto& item : job.items) {
        expected.insert(*report::tagUrl(job.publicBaseUrl, item.tagId));
    }
    std::size_t found = 0;
    report::DecodeOptions options;
    options.findAll = findAll;
    for (auto _ : state) {
        std::set<QString> decoded;
        for (const QImage& page : pages) {
            for (const auto& qr : report::decodeQrCodes(page, options)) {
                if (expected.count(qr.text) > 0) {
                    decoded.insert(qr.text);
                }
            }
        }
        found = decoded.size();
    }
    state.counters["decoded"] = static_cast<double>(found);
    state.counters["rate_pct"] = 100.0 * static_cast<double>(found) / static_cast<double>(expected.size());
    state.counters["pages"] = static_cast<double>(pages.size());
}

void BM_DecodeRate150dpi(benchmark::State& state)
{
    decodeRate(state, 150);
}
BENCHMARK(BM_DecodeRate150dpi)->DenseRange(0, 6)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_DecodeRate300dpi(benchmark::State& state)
{
    decodeRate(state, 300);
}
BENCHMARK(BM_DecodeRate300dpi)->DenseRange(0, 6)->Unit(benchmark::kMillisecond)->Iterations(1);

/** For comparison: ZXing's own multi-code search alone (DecodeOptions::findAll off). */
void BM_DecodeRate150dpiSinglePass(benchmark::State& state)
{
    decodeRate(state, 150, false);
}
BENCHMARK(BM_DecodeRate150dpiSinglePass)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv); // fonts need it
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
