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

    QApplication app(argc, argv);
    // The same names as petinfo-cli, so both find the same default database.
    QApplication::setApplicationName(QStringLiteral("petinfo"));
    QApplication::setOrganizationName(QStringLiteral("Pet Info"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pet Info"));
    QApplication::setApplicationVersion(QStringLiteral(PETINFO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("petinfo"));
    QApplication::setWindowIcon(appIcon());
    // The language chosen in Preferences, with the chosen country's formats; else the system's.
    if (const QString language = Settings::instance().text(Settings::Key::Language); !language.isEmpty()) {
        const QString country = Settings::instance().country();
        QLocale::setDefault(QLocale(country.isEmpty() ? language : language + QLatin1Char('_') + country));
    }
    installTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Pet Info: offline pet records."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database file (default: %1).")
                                          .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                      QApplication::translate("main", "path"));
    const QCommandLineOption serverOption(
        QStringLiteral("server-url"),
        QApplication::translate("main", "The sync server, e.g. https://sync.example.org."),
        QApplication::translate("main", "url"));
    parser.addOption(dbOption);
    parser.addOption(serverOption);
    parser.process(app);

    KeychainSecretStore secrets;
    DialogPrompts prompts;
    AppController controller(
        {parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath(), parser.value(serverOption)}, secrets,
        prompts, petinfo::SystemClock::instance());
    if (!controller.start()) {
        return 1;
    }
    return app.exec();
}
