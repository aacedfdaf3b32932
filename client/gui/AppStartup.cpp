// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AppStartup.h"

#include "crypto/SecureBytes.h"
#include "gui/AppIcon.h"
#include "gui/Prompts.h"
#include "gui/Translations.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>
#include <memory>

namespace petinfo::client {

namespace {

void describe(QCommandLineParser& parser, const AppStartup& startup)
{
    parser.addHelpOption();
    parser.addVersionOption();
    startup.describeCommandLine(parser);
}

/** Whether the command line only asks for text (--help, --version) or is wrong (an unknown
 *  option): answered before any GUI exists, since QApplication aborts without a display. */
bool needsNoDisplay(int argc, char* argv[], const AppStartup& startup)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser probe;
    describe(probe, startup);
    if (!probe.parse(arguments)) {
        return true;
    }
    return probe.isSet(QStringLiteral("help")) || probe.isSet(QStringLiteral("help-all")) ||
           probe.isSet(QStringLiteral("version"));
}

} // namespace

int runGuiApp(int& argc, char* argv[], const AppStartup& startup, const std::function<int(const AppContext&)>& run)
{
    // Before anything holds key material.
    disableCoreDumps();
    // Answered before any application object: package checks and ssh sessions have no display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("%s %s\n", startup.executable, startup.version);
            return 0;
        }
    }

    const std::unique_ptr<QCoreApplication> app = needsNoDisplay(argc, argv, startup)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    const bool gui = qobject_cast<QApplication*>(app.get()) != nullptr;
    // The same names for every executable and petinfo-cli: they find the same database folder and
    // share settings.
    QCoreApplication::setApplicationName(QStringLiteral("petinfo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pet Info"));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(startup.version));
    if (gui) {
        QApplication::setApplicationDisplayName(QString::fromUtf8(startup.displayName));
        QApplication::setDesktopFileName(QString::fromUtf8(startup.desktopFileName));
        QApplication::setWindowIcon(appIcon());
    }
    // The language chosen in Preferences, with the chosen country's formats; else the system's.
    if (const QString language = Settings::instance().text(Settings::Key::Language); !language.isEmpty()) {
        QLocale::setDefault(chosenLocale(language, Settings::instance().country()));
    }
    installTranslations(QLocale());

    QCommandLineParser commandLine;
    describe(commandLine, startup);
    // Answers --help and --version, or says what is wrong, and exits.
    commandLine.process(*app);
    if (!gui) {
        return 1; // not reached: needsNoDisplay() only lets through what process() ends
    }

    KeychainSecretStore secrets;
    DialogPrompts prompts;
    return run({commandLine, secrets, prompts});
}

} // namespace petinfo::client
