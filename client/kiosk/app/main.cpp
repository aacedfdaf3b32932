// SPDX-License-Identifier: GPL-3.0-or-later
// petinfo-kiosk: the adoption kiosk. Everything lives in petinfo::client_kiosk; this only parses
// arguments.
#include "crypto/SecureBytes.h"
#include "gui/AppIcon.h"
#include "gui/Prompts.h"
#include "gui/Translations.h"
#include "kiosk/KioskController.h"
#include "petinfo/common/Clock.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/** The kiosk's options; made twice, as in the desktop app: once before the application object
 *  exists to see whether a display is needed at all, then for real. */
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "The kiosk's database file (default: %1).")
                              .arg(QDir::toNativeSeparators(petinfo::client::defaultKioskDatabasePath())),
                          QCoreApplication::translate("main", "path")};
    QCommandLineOption serverUrl{QStringLiteral("server-url"),
                                 QCoreApplication::translate("main", "The server offered at enrolment."),
                                 QCoreApplication::translate("main", "url")};
    QCommandLineOption windowed{QStringLiteral("windowed"),
                                QCoreApplication::translate("main", "Show the kiosk in a window (to try it out); it "
                                                                    "stays locked otherwise.")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Pet Info adoption kiosk: visitors browse adoptable animals and "
                                                "apply, offline too. Leaving it needs the staff PIN."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(db);
        parser.addOption(serverUrl);
        parser.addOption(windowed);
    }
};

/** Whether the command line only asks for text (--help, --version) or is wrong: answered where
 *  there is no display too (a package check, an ssh session). */
bool needsNoDisplay(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    CommandLine probe;
    if (!probe.parser.parse(arguments)) {
        return true;
    }
    return probe.parser.isSet(QStringLiteral("help")) || probe.parser.isSet(QStringLiteral("help-all")) ||
           probe.parser.isSet(QStringLiteral("version"));
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace petinfo::client;
    disableCoreDumps();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("petinfo-kiosk %s\n", PETINFO_VERSION);
            return 0;
        }
    }

    const std::unique_ptr<QCoreApplication> app = needsNoDisplay(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    const bool gui = qobject_cast<QApplication*>(app.get()) != nullptr;
    // The app's names, so the kiosk's database sits next to the app's and settings are shared.
    QCoreApplication::setApplicationName(QStringLiteral("petinfo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pet Info"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PETINFO_VERSION));
    if (gui) {
        QApplication::setApplicationDisplayName(QStringLiteral("Pet Info Kiosk"));
        QApplication::setDesktopFileName(QStringLiteral("petinfo-kiosk"));
        QApplication::setWindowIcon(appIcon());
    }
    if (const QString language = Settings::instance().text(Settings::Key::Language); !language.isEmpty()) {
        const QString country = Settings::instance().country();
        QLocale::setDefault(QLocale(country.isEmpty() ? language : language + QLatin1Char('_') + country));
    }
    installTranslations(QLocale());

    CommandLine commandLine;
    commandLine.parser.process(*app);
    if (!gui) {
        return 1; // not reached: needsNoDisplay() only lets through what process() ends
    }

    KeychainSecretStore secrets;
    DialogPrompts prompts;
    KioskController::Options options;
    options.databasePath = commandLine.parser.isSet(commandLine.db) ? commandLine.parser.value(commandLine.db)
                                                                    : defaultKioskDatabasePath();
    options.serverUrl = commandLine.parser.value(commandLine.serverUrl);
    options.fullScreen = !commandLine.parser.isSet(commandLine.windowed);
    KioskController controller(options, secrets, prompts, petinfo::SystemClock::instance());
    QObject::connect(&controller, &KioskController::finished, app.get(), &QCoreApplication::quit);
    if (!controller.start()) {
        return 1;
    }
    return QCoreApplication::exec();
}
