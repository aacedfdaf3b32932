// SPDX-License-Identifier: GPL-3.0-or-later
// petinfo: the desktop app. Everything lives in petinfo::client_gui (the start-up it shares with
// the kiosk in gui/AppStartup); this only names its options.
#include "gui/AppController.h"
#include "gui/AppStartup.h"
#include "petinfo/common/Clock.h"
#include "storage/BackupPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {

const QString kDb = QStringLiteral("db");
const QString kServerUrl = QStringLiteral("server-url");

void describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Pet Info: offline pet records."));
    parser.addOption({kDb,
                      QCoreApplication::translate("main", "The database file (default: %1).")
                          .arg(QDir::toNativeSeparators(petinfo::client::defaultDatabasePath())),
                      QCoreApplication::translate("main", "path")});
    parser.addOption({kServerUrl,
                      QCoreApplication::translate("main", "The sync server, e.g. https://sync.example.org."),
                      QCoreApplication::translate("main", "url")});
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace petinfo::client;
    const AppStartup startup{"petinfo", PETINFO_VERSION, "Pet Info", "petinfo", describeCommandLine};
    return runGuiApp(argc, argv, startup, [](const AppContext& context) {
        const QCommandLineParser& options = context.commandLine;
        AppController controller(
            {options.isSet(kDb) ? options.value(kDb) : defaultDatabasePath(), options.value(kServerUrl)},
            context.secrets, context.prompts, petinfo::SystemClock::instance());
        if (!controller.start()) {
            return 1;
        }
        return QCoreApplication::exec();
    });
}
