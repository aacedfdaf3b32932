// SPDX-License-Identifier: GPL-3.0-or-later
// petinfo-kiosk: the adoption kiosk. Everything lives in petinfo::client_kiosk (the start-up it
// shares with the desktop app in gui/AppStartup); this only names its options.
#include "gui/AppStartup.h"
#include "kiosk/KioskController.h"
#include "petinfo/common/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {

const QString kDb = QStringLiteral("db");
const QString kServerUrl = QStringLiteral("server-url");
const QString kWindowed = QStringLiteral("windowed");

void describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Pet Info adoption kiosk: visitors browse adoptable animals and "
                                            "apply, offline too. Leaving it needs the staff PIN."));
    parser.addOption({kDb,
                      QCoreApplication::translate("main", "The kiosk's database file (default: %1).")
                          .arg(QDir::toNativeSeparators(petinfo::client::defaultKioskDatabasePath())),
                      QCoreApplication::translate("main", "path")});
    parser.addOption({kServerUrl, QCoreApplication::translate("main", "The server offered at enrolment."),
                      QCoreApplication::translate("main", "url")});
    parser.addOption({kWindowed, QCoreApplication::translate("main", "Show the kiosk in a window (to try it out); it "
                                                                     "stays locked otherwise.")});
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace petinfo::client;
    const AppStartup startup{"petinfo-kiosk", PETINFO_VERSION, "Pet Info Kiosk", "petinfo-kiosk", describeCommandLine};
    return runGuiApp(argc, argv, startup, [](const AppContext& context) {
        const QCommandLineParser& options = context.commandLine;
        KioskController::Options kiosk;
        kiosk.databasePath = options.isSet(kDb) ? options.value(kDb) : defaultKioskDatabasePath();
        kiosk.serverUrl = options.value(kServerUrl);
        kiosk.fullScreen = !options.isSet(kWindowed);
        KioskController controller(kiosk, context.secrets, context.prompts, petinfo::SystemClock::instance());
        QObject::connect(&controller, &KioskController::finished, QCoreApplication::instance(),
                         &QCoreApplication::quit);
        if (!controller.start()) {
            return 1;
        }
        return QCoreApplication::exec();
    });
}
