// SPDX-License-Identifier: GPL-3.0-or-later
// Reading pull answers, the CPU work a first sync does off the writing thread (issue 4); prints a
// table, never run as a timed test.
//   bench-pullread [--pets 10000] [--records-per-pet 10] [--runs 5] [--pages DIR]
// The answers come from a real petinfo-server (embedded SQLite) that the clinic is pushed to; with
// --pages they are kept in DIR and read from there next time.
#include "BenchCommon.h"
#include "DataGenerator.h"
#include "SyncDevice.h"
#include "TestServer.h"

#include "sync/PreparedRow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace petinfo;
using namespace petinfo::client;

namespace {

const QString kEmail = QStringLiteral("bench@clinic.example");
const QString kPassword = QStringLiteral("correct horse battery staple");

/** Every pull answer of the clinic, in order, as the server sends them. */
std::vector<QByteArray> fetchPages(int pets, int perPet)
{
    test::TestServer server(test::TestServer::Options{});
    if (!server.start() || !server.signUp(kEmail, kPassword, QStringLiteral("Bench"))) {
        std::fprintf(stderr, "server did not start:\n%s\n", qPrintable(server.log()));
        return {};
    }
    ManualClock clock(QDateTime::currentMSecsSinceEpoch(), Date{2026, 11, 22});
    test::SyncDevice source(clock);
    if (!source.open() || !source.signIn(server.url(), kEmail, kPassword) ||
        !source.service->importBatch(bench::generateClinic(pets, perPet, 4, Date{2026, 11, 22})) || !source.sync()) {
        return {};
    }
    std::vector<QByteArray> pages;
    sync::PullRequest request;
    request.limit = sync::kMaxPullLimit;
    while (true) {
        auto answer = source.api->pullBody(request);
        if (!answer) {
            std::fprintf(stderr, "pull failed: %s\n", answer.error().message.c_str());
            return {};
        }
        const auto head = sync::readPullHead(std::string_view(answer->body.constData(), answer->body.size()));
        if (!head) {
            return {};
        }
        pages.push_back(std::move(answer->body));
        if (!head->hasMore) {
            return pages;
        }
        request.cursor = head->cursor;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addClinicOptions(parser);
    parser.addOptions(
        {{QStringLiteral("runs"), QStringLiteral("Passes over all answers."), QStringLiteral("n"), QStringLiteral("5")},
         {QStringLiteral("pages"), QStringLiteral("Folder that keeps the answers."), QStringLiteral("dir")}});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString folder = parser.value(QStringLiteral("pages"));

    std::vector<QByteArray> pages;
    if (!folder.isEmpty()) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                pages.push_back(file.readAll());
            }
        }
    }
    if (pages.empty()) {
        pages = fetchPages(parser.value(QStringLiteral("pets")).toInt(),
                           parser.value(QStringLiteral("records-per-pet")).toInt());
        if (pages.empty()) {
            return 1;
        }
        if (!folder.isEmpty() && QDir().mkpath(folder)) {
            for (std::size_t i = 0; i < pages.size(); ++i) {
                QFile file(QDir(folder).filePath(QStringLiteral("%1.json").arg(i, 5, 10, QLatin1Char('0'))));
                if (file.open(QIODevice::WriteOnly)) {
                    file.write(pages[i]);
                }
            }
        }
    }

    std::vector<double> readSeconds;
    std::vector<double> prepareSeconds;
    std::vector<double> freeSeconds;
    std::size_t rows = 0;
    std::size_t textBytes = 0;
    std::size_t chunkBytes = 0;
    for (int run = 0; run < runs; ++run) {
        double read = 0;
        double prepared = 0;
        double freed = 0;
        rows = 0;
        for (const QByteArray& body : pages) {
            QElapsedTimer timer;
            timer.start();
            auto pulled = SyncApi::readPull(SyncApi::PullAnswer{200, body});
            read += timer.nsecsElapsed() / 1e9;
            if (!pulled) {
                std::fprintf(stderr, "a page does not read: %s\n", pulled.error().message.c_str());
                return 1;
            }
            timer.restart();
            std::optional<PreparedPage> page = prepare(std::move(*pulled));
            prepared += timer.nsecsElapsed() / 1e9;
            rows += page->rows.size();
            if (run == 0) {
                for (const PreparedRow& row : page->rows) {
                    textBytes += row.chunkSlot >= 0 ? row.text.size() : 0;
                }
                for (const std::string& chunk : page->chunks) {
                    chunkBytes += chunk.size();
                }
            }
            timer.restart();
            page.reset();
            freed += timer.nsecsElapsed() / 1e9;
        }
        readSeconds.push_back(read);
        prepareSeconds.push_back(prepared);
        freeSeconds.push_back(freed);
    }
    const double total = bench::median(readSeconds) + bench::median(prepareSeconds) + bench::median(freeSeconds);
    std::printf("\n%zu answers, %zu rows; %d runs, medians\n\n", pages.size(), rows, runs);
    std::printf("| %-28s | %10s |\n", "stage", "seconds");
    std::printf("|%s|%s|\n", std::string(30, '-').c_str(), std::string(12, '-').c_str());
    std::printf("| %-28s | %10.3f |\n", "read (JSON to rows)", bench::median(readSeconds));
    std::printf("| %-28s | %10.3f |\n", "prepare (decode, chunks)", bench::median(prepareSeconds));
    std::printf("| %-28s | %10.3f |\n", "free", bench::median(freeSeconds));
    std::printf("| %-28s | %10.3f |\n", "total", total);
    std::printf("| %-28s | %10.0f |\n", "rows/s", static_cast<double>(rows) / total);
    std::printf("\nrow texts kept in chunks: %.1f MB, as chunks %.1f MB\n", static_cast<double>(textBytes) / 1e6,
                static_cast<double>(chunkBytes) / 1e6);
    return 0;
}
