// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark (issue 4); prints a table, never run as a timed test.
//   bench-sync [--pets 10000] [--records-per-pet 10] [--runs 5]
// Uses the real petinfo-server (embedded SQLite, or PostgreSQL when PETINFO_TEST_PG_URL is set).
#include "BenchCommon.h"
#include "DataGenerator.h"
#include "SyncDevice.h"
#include "TestServer.h"

#include "sync/SyncStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::SyncDevice;

namespace {

const QString kEmail = QStringLiteral("bench@clinic.example");
const QString kPassword = QStringLiteral("correct horse battery staple");

/** The rows the initial sync wrote into the domain tables, inserted again with bare prepared
 *  statements into a fresh encrypted database: the baseline for the same rows. */
double rawInsertSeconds(SyncDevice& source, test::TempDatabase& target)
{
    sqlite3* from = source.db().handle();
    sqlite3* to = target.db->handle();
    struct Table
    {
        const char* name = nullptr;
        int columns = 0;
        std::vector<std::vector<QByteArray>> rows; // text form; a null QByteArray is SQL NULL
    };
    std::vector<Table> tables(4);
    tables[0].name = "pets";
    tables[1].name = "persons";
    tables[2].name = "pet_contacts";
    tables[3].name = "health_records";
    for (Table& t : tables) { // read first, not timed
        sqlite3_stmt* stmt = nullptr;
        const QByteArray sql = QByteArray("SELECT * FROM ") + t.name;
        sqlite3_prepare_v2(from, sql.constData(), -1, &stmt, nullptr);
        t.columns = sqlite3_column_count(stmt);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            std::vector<QByteArray> values;
            for (int c = 0; c < t.columns; ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
                values.push_back(text ? QByteArray(text) : QByteArray());
            }
            t.rows.push_back(std::move(values));
        }
        sqlite3_finalize(stmt);
    }
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(to, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (const Table& t : tables) {
        QByteArray sql = QByteArray("INSERT INTO ") + t.name + " VALUES (";
        for (int c = 0; c < t.columns; ++c) {
            sql += c ? ",?" : "?";
        }
        sql += ")";
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(to, sql.constData(), -1, &stmt, nullptr);
        for (const auto& values : t.rows) {
            for (int c = 0; c < t.columns; ++c) {
                if (values[static_cast<std::size_t>(c)].isNull()) {
                    sqlite3_bind_null(stmt, c + 1);
                } else {
                    const QByteArray& v = values[static_cast<std::size_t>(c)];
                    sqlite3_bind_text(stmt, c + 1, v.constData(), static_cast<int>(v.size()), SQLITE_STATIC);
                }
            }
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                std::fprintf(stderr, "raw insert into %s: %s\n", t.name, sqlite3_errmsg(to));
            }
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_exec(to, "COMMIT", nullptr, nullptr, nullptr);
    return timer.nsecsElapsed() / 1e9;
}

void row(const char* what, const QString& value, const char* goal, bool met)
{
    std::printf("| %-50s | %20s | %-10s | %-4s |\n", what, qPrintable(value), goal, met ? "yes" : "NO");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addClinicOptions(parser);
    parser.addOptions({{QStringLiteral("runs"),
                        QStringLiteral("Initial syncs, each into a new empty client and each followed by the "
                                       "baseline (medians are reported)."),
                        QStringLiteral("n"), QStringLiteral("5")}});
    parser.process(app);
    const int pets = parser.value(QStringLiteral("pets")).toInt();
    const int perPet = parser.value(QStringLiteral("records-per-pet")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const QString postgres = test::createPostgresDatabase();
    test::TestServer server(test::TestServer::Options{postgres, {}, {}});
    if (!server.start() || !server.signUp(kEmail, kPassword, QStringLiteral("Bench"))) {
        std::fprintf(stderr, "server did not start:\n%s\n", qPrintable(server.log()));
        return 1;
    }
    ManualClock clock(QDateTime::currentMSecsSinceEpoch(), Date{2026, 11, 22});
    SyncDevice source(clock);
    if (!source.open() || !source.signIn(server.url(), kEmail, kPassword)) {
        return 1;
    }
    // The clinic's records reach the server from another desktop (not timed).
    ImportBatch batch = bench::generateClinic(pets, perPet, 4, Date{2026, 11, 22});
    if (!source.service->importBatch(std::move(batch))) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!source.sync()) {
        return 1;
    }
    const double pushSeconds = timer.nsecsElapsed() / 1e9;

    // The timed part: an empty desktop's first sync, with the app's page size, then the baseline
    // for the rows it wrote. Alternating the two exposes both to the same state of the machine.
    std::vector<double> syncSeconds;
    std::vector<double> rawSeconds;
    qint64 received = 0;
    std::unique_ptr<SyncDevice> target;
    for (int run = 0; run < runs; ++run) {
        target = std::make_unique<SyncDevice>(clock);
        if (!target->open() || !target->signIn(server.url(), kEmail, kPassword)) {
            return 1;
        }
        timer.restart();
        auto initial = target->sync();
        syncSeconds.push_back(timer.nsecsElapsed() / 1e9);
        if (!initial) {
            std::fprintf(stderr, "initial sync failed: %s\n", initial.error().detail.c_str());
            return 1;
        }
        received = initial->pulled;
        test::TempDatabase raw;
        if (!raw.create()) {
            return 1;
        }
        rawSeconds.push_back(rawInsertSeconds(*target, raw));
        std::fprintf(stderr, "run %d: initial sync %.2f s, raw inserts %.2f s\n", run + 1, syncSeconds.back(),
                     rawSeconds.back());
    }

    // One changed record on the other desktop, then an incremental sync here.
    auto someone = source.service->petSummaries()->front();
    std::vector<double> roundTrips;
    qint64 bytes = 0;
    for (int i = 0; i < 5; ++i) {
        auto again = source.service->loadPet(someone.id);
        again->pet.name = "Renamed " + std::to_string(i);
        (void)source.service->updatePet(*again);
        (void)source.sync();
        const qint64 before = target->api->bytesSent() + target->api->bytesReceived();
        timer.restart();
        auto incremental = target->sync();
        roundTrips.push_back(timer.nsecsElapsed() / 1e6);
        bytes = target->api->bytesSent() + target->api->bytesReceived() - before;
        if (!incremental || incremental->pulled != 1) {
            std::fprintf(stderr, "incremental sync did not bring exactly one row\n");
            return 1;
        }
    }
    const double medianMs = bench::median(roundTrips);
    const double syncRate = static_cast<double>(received) / bench::median(syncSeconds);
    const double rawRate = static_cast<double>(received) / bench::median(rawSeconds);
    const auto [fastest, slowest] = std::minmax_element(syncSeconds.begin(), syncSeconds.end());

    std::printf("\nserver: %s; %d pets, %d health records (%lld rows with people and links); push from the other "
                "desktop took %.1f s; %d runs, medians\n\n",
                postgres.isEmpty() ? "embedded SQLite" : "PostgreSQL", pets, pets * perPet,
                static_cast<long long>(received), pushSeconds, runs);
    std::printf("| %-50s | %20s | %-10s | %-4s |\n", "measure", "value", "goal", "met");
    std::printf("|%s|%s|%s|%s|\n", std::string(52, '-').c_str(), std::string(22, '-').c_str(),
                std::string(12, '-').c_str(), std::string(6, '-').c_str());
    row("initial sync into an empty client",
        QStringLiteral("%1 s (%2-%3)")
            .arg(bench::median(syncSeconds), 0, 'f', 2)
            .arg(*fastest, 0, 'f', 2)
            .arg(*slowest, 0, 'f', 2),
        "-", true);
    row("initial sync rate", QString::number(syncRate, 'f', 0) + QStringLiteral(" rows/s"), "-", true);
    row("raw SQLCipher inserts of the same rows", QString::number(rawRate, 'f', 0) + QStringLiteral(" rows/s"),
        "baseline", true);
    row("initial sync / raw insert rate", QString::number(syncRate / rawRate, 'f', 2), ">= 0.5",
        syncRate / rawRate >= 0.5);
    row("incremental sync of one change: bytes on the wire", QString::number(bytes) + QStringLiteral(" B"), "< 4096",
        bytes < 4096);
    row("incremental sync round trip (median of 5)", QString::number(medianMs, 'f', 1) + QStringLiteral(" ms"),
        "< 30 ms", medianMs < 30);
    return 0;
}
