// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchProbe.h"

#include "models/PetFilterProxyModel.h"
#include "models/PetListModel.h"
#include "secrets/SecretStore.h"
#include "services/PetService.h"
#include "storage/DatabaseFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace petinfo::bench {

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace

int launchProbe(const QString& databasePath)
{
    using namespace petinfo::client;
    // The key arrives the way the keychain would hand it over.
    QElapsedTimer phase;
    phase.start();
    QStringList phases; // where the launch time goes, for the table's footnote
    auto mark = [&](const char* name) {
        phases << QStringLiteral("%1 %2 ms").arg(QLatin1String(name)).arg(phase.nsecsElapsed() / 1e6, 0, 'f', 0);
        phase.restart();
    };
    MemorySecretStore secrets;
    const QByteArray keyHex = qgetenv("PETINFO_BENCH_KEY");
    const QString entry = QStringLiteral("database-key/") + qEnvironmentVariable("PETINFO_BENCH_DBID");
    (void)secrets.write(entry, SecureBytes(QByteArrayView(QByteArray::fromHex(keyHex))));
    auto file = DatabaseFile::unlock(databasePath, secrets, nullptr);
    if (!file) {
        std::fprintf(stderr, "unlock: %s\n", file.error().detail.c_str());
        return 1;
    }
    auto db = (*file)->connect();
    if (!db) {
        return 1;
    }
    PetService service(std::move(*db), SystemClock::instance());
    mark("unlock+open");
    // What PetListModel::reload() does, in two timed steps.
    auto summaries = service.petSummaries();
    if (!summaries) {
        return 1;
    }
    mark("query");
    PetListModel model(&service);
    model.setSummaries(std::move(*summaries));
    mark("model rows");
    PetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PetListModel::Name);
    mark("sort");
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* filter = new QLineEdit(&window);
    auto* view = new QTableView(&window);
    view->setModel(&proxy);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(filter);
    layout->addWidget(view);
    QObject::connect(filter, &QLineEdit::textChanged, &proxy, &PetFilterProxyModel::setFilterText);
    window.resize(1200, 800);
    window.show();
    QApplication::processEvents();
    view->viewport()->repaint();
    mark("window+paint");
    std::printf("usable\n");
    std::fflush(stdout);

    // Phones are found the local ways once their forms are worked out on a worker thread (the
    // list is usable before); typing is measured after that, the state people type in.
    QElapsedTimer formsWait;
    formsWait.start();
    while (!model.phoneSearchComplete() && formsWait.elapsed() < 60000) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    mark("phone search forms (after usable)");

    // Typing, one key at a time, as people search: a name, then a microchip, then a phone.
    std::vector<double> keystrokes;
    QString slowestKey;
    for (const QString& text : {QStringLiteral("luna 12"), QStringLiteral("9820000000012"), QStringLiteral("54911")}) {
        filter->clear();
        QApplication::processEvents();
        for (qsizetype i = 1; i <= text.size(); ++i) {
            const int rowsBefore = proxy.rowCount();
            QElapsedTimer t;
            t.start();
            filter->setText(text.left(i));
            view->viewport()->repaint();
            QApplication::processEvents();
            keystrokes.push_back(t.nsecsElapsed() / 1e6);
            if (keystrokes.back() >= *std::max_element(keystrokes.begin(), keystrokes.end())) {
                slowestKey = QStringLiteral("\"%1\", %2 ms, %3 to %4 rows shown")
                                 .arg(text.left(i))
                                 .arg(keystrokes.back(), 0, 'f', 2)
                                 .arg(rowsBefore)
                                 .arg(proxy.rowCount());
            }
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    const double median = keystrokes[keystrokes.size() / 2];
    const double p95 = keystrokes[std::min(keystrokes.size() - 1, keystrokes.size() * 95 / 100)];
    const QJsonObject result{
        {QStringLiteral("rows"), model.rowCount()}, {QStringLiteral("filterMedianMs"), median},
        {QStringLiteral("filterP95Ms"), p95},       {QStringLiteral("filterMaxMs"), keystrokes.back()},
        {QStringLiteral("peakRssMb"), peakRssMb()}, {QStringLiteral("launchPhases"), phases.join(QStringLiteral(", "))},
        {QStringLiteral("slowestKey"), slowestKey}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace petinfo::bench
