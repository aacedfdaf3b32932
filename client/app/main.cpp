// SPDX-License-Identifier: GPL-3.0-or-later
// petinfo: the desktop app. Everything lives in petinfo::client_gui; this only parses arguments.
#include "crypto/SecureBytes.h"
#include "gui/AppController.h"
#include "gui/AppIcon.h"
#include "gui/Prompts.h"
#include "gui/Translations.h"
#include "petinfo/common/Clock.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "storage/BackupPaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/** The app's options; made twice: once before the application object exists (no translations
 *  yet) to see whether a display is needed at all, then for real. */
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "The database file (default: %1).")
                              .arg(QDir::toNativeSeparators(petinfo::client::defaultDatabasePath())),
                          QCoreApplication::translate("main", "path")};
    QCommandLineOption serverUrl{QStringLiteral("server-url"),
                                 QCoreApplication::translate("main", "The sync server, e.g. https://sync.example.org."),
                                 QCoreApplication::translate("main", "url")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Pet Info: offline pet records."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(db);
        parser.addOption(serverUrl);
    }
};

/** Whether the command line only asks for text (--help, --version) or is wrong (an unknown
 *  option): that must be answered where there is no display too (a terminal over SSH, a package
 *  check), so it is, before any GUI exists. */
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
    // Before anything holds key material.
    disableCoreDumps();
    // Answered before QApplication, which needs a display: package checks and ssh sessions have none.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("petinfo %s\n", PETINFO_VERSION);
            return 0;
        }
    }

    // QApplication connects to the display at once and aborts without one.
    const std::unique_ptr<QCoreApplication> app = needsNoDisplay(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    const bool gui = qobject_cast<QApplication*>(app.get()) != nullptr;
    // The same names as petinfo-cli, so both find the same default database.
    QCoreApplication::setApplicationName(QStringLiteral("petinfo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pet Info"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PETINFO_VERSION));
    if (gui) {
        QApplication::setApplicationDisplayName(QStringLiteral("Pet Info"));
        QApplication::setDesktopFileName(QStringLiteral("petinfo"));
        QApplication::setWindowIcon(appIcon());
    }
    // The language chosen in Preferences, with the chosen country's formats; else the system's.
    if (const QString language = Settings::instance().text(Settings::Key::Language); !language.isEmpty()) {
        QLocale::setDefault(chosenLocale(language, Settings::instance().country()));
    }
    installTranslations(QLocale());

    CommandLine commandLine;
    // Answers --help and --version, or says what is wrong, and exits.
    commandLine.parser.process(*app);
    if (!gui) {
        return 1; // not reached: needsNoDisplay() only lets through what process() ends
    }

    KeychainSecretStore secrets;
    DialogPrompts prompts;
    AppController controller(
        {commandLine.parser.isSet(commandLine.db) ? commandLine.parser.value(commandLine.db) : defaultDatabasePath(),
         commandLine.parser.value(commandLine.serverUrl)},
        secrets, prompts, petinfo::SystemClock::instance());
    if (!controller.start()) {
        return 1;
    }
    return QCoreApplication::exec();
}
