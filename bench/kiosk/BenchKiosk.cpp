// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk benchmark (issue 17): prints a table; never run as a timed test.
//   bench-kiosk [--animals 500] [--photos 3] [--width 1920 --height 1080] [--db path]
// The database is made first (not timed); then the driver runs itself again on it (--db), so the
// measuring process holds only what the kiosk holds. Measured on the real widgets (offscreen
// when there is no display): "start" runs from opening the database to a gallery whose visible
// cards show their photos.
#include "ShelterSeed.h"

#include "kiosk/AdoptionFlow.h"
#include "kiosk/AnimalModel.h"
#include "kiosk/GalleryPage.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PhotoCache.h"
#include "kiosk/StaffPin.h"
#include "petinfo/common/Clock.h"
#include "secrets/SecretStore.h"
#include "storage/DatabaseFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace petinfo;
using namespace petinfo::client;

namespace {

double rssMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qsizetype(std::strlen(field))).trimmed().split(' ').front().toDouble() / 1024.0;
        }
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<std::size_t>(p * double(values.size())))];
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** Whether every card in view has its photo decoded. */
bool visibleCardsReady(GalleryPage* gallery)
{
    QListView* view = gallery->view();
    const QRect area = view->viewport()->rect();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (!view->visualRect(index).intersects(area)) {
            continue;
        }
        if (index.data(Qt::DecorationRole).value<QImage>().isNull()) {
            return false;
        }
    }
    return true;
}

void row(const char* what, double value, const char* unit, const char* goal, bool met)
{
    std::printf("| %-38s | %10.1f %-3s | %-8s | %-4s |\n", what, value, unit, goal, met ? "yes" : "NO");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption animalsOption(QStringLiteral("animals"), QStringLiteral("Adoptable animals."),
                                     QStringLiteral("n"), QStringLiteral("500"));
    QCommandLineOption photosOption(QStringLiteral("photos"), QStringLiteral("Photos per animal."), QStringLiteral("n"),
                                    QStringLiteral("3"));
    QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Window width."), QStringLiteral("px"),
                                   QStringLiteral("1920"));
    QCommandLineOption heightOption(QStringLiteral("height"), QStringLiteral("Window height."), QStringLiteral("px"),
                                    QStringLiteral("1080"));
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Measure on this database (made by the driver)."),
                                QStringLiteral("path"));
    parser.addHelpOption();
    parser.addOptions({animalsOption, photosOption, widthOption, heightOption, dbOption});
    parser.process(app);
    const int animals = parser.value(animalsOption).toInt();
    const int photos = parser.value(photosOption).toInt();
    const QSize size(parser.value(widthOption).toInt(), parser.value(heightOption).toInt());

    const SecureBytes passphrase(QByteArrayView("bench passphrase"));
    MemorySecretStore secrets;
    ManualClock clock(1'796'000'000'000, Date{2026, 12, 7});
    if (!parser.isSet(dbOption)) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        QElapsedTimer setup;
        setup.start();
        {
            CreateOptions options;
            options.source = CreateOptions::Source::Passphrase;
            options.passphrase = passphrase.clone();
            options.kdfIterations = 1000;
            auto file = DatabaseFile::create(path, secrets, options);
            auto db = file ? (*file)->connect() : decltype((*file)->connect())(fail(file.error()));
            if (!db) {
                std::fprintf(stderr, "cannot create the database: %s\n", db.error().detail.c_str());
                return 1;
            }
            if (test::seedKioskGallery(**db, clock, animals, photos, {1024, 768}).size() != animals) {
                std::fprintf(stderr, "seeding failed\n");
                return 1;
            }
        }
        std::printf("Made %d adoptable animals with %d photos each (1024x768 JPEG) in %.1f s; database %.0f MB.\n",
                    animals, photos, ms(setup) / 1000.0, double(QFile(path).size()) / 1e6);
        std::fflush(stdout);
        QStringList arguments = QCoreApplication::arguments().mid(1);
        arguments << QStringLiteral("--db") << path;
        QProcess measure;
        measure.setProcessChannelMode(QProcess::ForwardedChannels);
        measure.start(QCoreApplication::applicationFilePath(), arguments);
        measure.waitForFinished(-1);
        return measure.exitCode();
    }
    const QString path = parser.value(dbOption);
    const double rssBefore = rssMb("VmRSS:");

    // Start: unlock, read the animals, build and show the window, decode the visible cards.
    QElapsedTimer start;
    start.start();
    auto file = DatabaseFile::unlock(path, secrets, &passphrase);
    auto db = file ? (*file)->connect() : decltype((*file)->connect())(fail(file.error()));
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", db.error().detail.c_str());
        return 1;
    }
    KioskTiming timing;
    timing.idleResetMs = 3'600'000;
    timing.slideshowAfterMs = 3'600'000;
    KioskWindow window(StaffPin::hash(SecureBytes(QByteArrayView("2468")), 1000), clock, timing);
    AdoptionFlow flow(window, **db, clock, QStringLiteral("Bench"));
    window.resize(size);
    window.show();
    QApplication::processEvents();
    GalleryPage* gallery = flow.gallery();
    while (!visibleCardsReady(gallery)) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    gallery->view()->viewport()->repaint();
    const double startMs = ms(start);

    // Filter changes: each click until the view has repainted.
    const char* buttons[] = {"dogsButton",
                             "catsButton",
                             "otherSpeciesButton",
                             "allSpeciesButton",
                             "goodWithChildrenButton",
                             "goodWithDogsButton",
                             "goodWithCatsButton",
                             "goodWithChildrenButton",
                             "goodWithDogsButton",
                             "goodWithCatsButton"};
    std::vector<double> filterMs;
    for (int round = 0; round < 5; ++round) {
        for (const char* name : buttons) {
            auto* button = window.findChild<QPushButton*>(QString::fromLatin1(name));
            QElapsedTimer t;
            t.start();
            button->click();
            gallery->view()->viewport()->repaint();
            filterMs.push_back(ms(t));
        }
    }
    gallery->resetFilters();
    QApplication::processEvents();

    // Scrolling: 60 px per frame, each frame painted at once; photos decode in the background as
    // cards come into view (a card without its photo yet shows its initial).
    QScrollBar* bar = gallery->view()->verticalScrollBar();
    std::vector<double> frameMs;
    for (int pass = 0; pass < 2; ++pass) {
        bar->setValue(0);
        QApplication::processEvents();
        while (bar->value() < bar->maximum()) {
            QElapsedTimer t;
            t.start();
            bar->setValue(bar->value() + 60);
            gallery->view()->viewport()->repaint();
            frameMs.push_back(ms(t));
            QApplication::processEvents(); // decoded photos arrive between frames, as in the app
        }
    }
    flow.cardPhotos().waitForDecodes();
    QApplication::processEvents();
    const double rss = rssMb("VmRSS:");
    const double peak = rssMb("VmHWM:");

    std::printf("\nKiosk at %dx%d, %d animals x %d photos (%d cards rendered per pass)\n\n", size.width(),
                size.height(), animals, photos, gallery->view()->model()->rowCount());
    std::printf("| %-38s | %14s | %-8s | %-4s |\n", "Measure", "Value", "Goal", "Met");
    std::printf("|%s|%s|%s|%s|\n", "----------------------------------------", "----------------", "----------",
                "------");
    row("Start to usable gallery", startMs, "ms", "< 1500", startMs < 1500);
    row("Filter change, median", percentile(filterMs, 0.5), "ms", "< 50", percentile(filterMs, 0.5) < 50);
    row("Filter change, worst", percentile(filterMs, 1.0), "ms", "< 50", percentile(filterMs, 1.0) < 50);
    row("Scroll frame, median", percentile(frameMs, 0.5), "ms", "< 16", percentile(frameMs, 0.5) < 16);
    row("Scroll frame, 95th percentile", percentile(frameMs, 0.95), "ms", "< 16", percentile(frameMs, 0.95) < 16);
    row("Scroll frame, worst", percentile(frameMs, 1.0), "ms", "-", true);
    row("Memory (RSS) after scrolling all", rss, "MB", "< 300", rss < 300);
    row("Memory (peak RSS)", peak, "MB", "< 300", peak < 300);
    row("Memory before start (Qt loaded)", rssBefore, "MB", "-", true);
    std::printf("\n%zu filter changes, %zu scroll frames.\n", filterMs.size(), frameMs.size());
    return 0;
}
