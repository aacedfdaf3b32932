// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "CliCommands.h"
#include "crypto/SecureBytes.h"
#include "io/Backup.h"
#include "secrets/SecretStore.h"
#include "storage/BackupPaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <map>

namespace petinfo::client {

namespace {

using cli::CommandResult;
using cli::Context;
using cli::Failure;

QString tr(const char* text)
{
    return QCoreApplication::translate("petinfo-cli", text);
}

struct CommandInfo
{
    CommandResult (*run)(Context&);
    const char* summary;
};

const std::map<QString, CommandInfo>& commands()
{
    static const std::map<QString, CommandInfo> map = {
        {QStringLiteral("add-pet"),
         {cli::addPet, QT_TRANSLATE_NOOP("petinfo-cli", "add a pet (--name, --species, ...)")}},
        {QStringLiteral("add-record"),
         {cli::addRecord, QT_TRANSLATE_NOOP("petinfo-cli", "add a health record (--pet, --kind, --date, ...)")}},
        {QStringLiteral("list"), {cli::list, QT_TRANSLATE_NOOP("petinfo-cli", "list pets (--json, --trash)")}},
        {QStringLiteral("show"), {cli::show, QT_TRANSLATE_NOOP("petinfo-cli", "show one pet as JSON: show ID")}},
        {QStringLiteral("import"),
         {cli::importCsv, QT_TRANSLATE_NOOP("petinfo-cli", "import pets from CSV: import FILE [--dry-run]")}},
        {QStringLiteral("export"),
         {cli::exportData, QT_TRANSLATE_NOOP("petinfo-cli", "export: --format csv|json --output FILE")}},
        {QStringLiteral("backup"), {cli::backup, QT_TRANSLATE_NOOP("petinfo-cli", "write an encrypted backup")}},
        {QStringLiteral("verify"), {cli::verify, QT_TRANSLATE_NOOP("petinfo-cli", "check the database file")}},
        {QStringLiteral("signin"),
         {cli::signIn, QT_TRANSLATE_NOOP("petinfo-cli", "sign in to a server (--server, --email; PETINFO_PASSWORD)")}},
        {QStringLiteral("signout"),
         {cli::signOut, QT_TRANSLATE_NOOP("petinfo-cli", "sign out (--wipe also removes the local copy)")}},
        {QStringLiteral("sync"), {cli::syncNow, QT_TRANSLATE_NOOP("petinfo-cli", "send and receive changes now")}},
        {QStringLiteral("status"), {cli::status, QT_TRANSLATE_NOOP("petinfo-cli", "sign-in and sync state as JSON")}},
        {QStringLiteral("kiosk-device"),
         {cli::kioskDevice,
          QT_TRANSLATE_NOOP("petinfo-cli", "admins: create a kiosk device (--name); prints its token as JSON")}},
        {QStringLiteral("tags"),
         {cli::tags, QT_TRANSLATE_NOOP("petinfo-cli", "print QR tags to PDF: --blank N | --pet ID | --all, --output")}},
        {QStringLiteral("report"),
         {cli::healthReport, QT_TRANSLATE_NOOP("petinfo-cli", "health report PDF: --pet ID --output FILE")}},
        {QStringLiteral("claim-tag"),
         {cli::claimTag, QT_TRANSLATE_NOOP("petinfo-cli", "give a pet a printed tag: --pet ID --tag ID")}},
        {QStringLiteral("scan"), {cli::scan, QT_TRANSLATE_NOOP("petinfo-cli", "find the pet of a QR tag in a photo")}},
        {QStringLiteral("conflicts"), {cli::conflicts, QT_TRANSLATE_NOOP("petinfo-cli", "the conflict log as JSON")}},
    };
    return map;
}

void printError(const QString& message)
{
    // Exactly one line, whatever the message contains.
    const QString line = QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    std::fprintf(stderr, "petinfo-cli: %s\n", qUtf8Printable(line));
}

/** The passphrase from PETINFO_PASSPHRASE (never from an argument, where `ps` would show it). */
std::optional<SecureBytes> passphraseFromEnv(const char* name = "PETINFO_PASSPHRASE")
{
    if (!qEnvironmentVariableIsSet(name)) {
        return std::nullopt;
    }
    QByteArray value = qgetenv(name);
    SecureBytes secret{QByteArrayView(value)};
    value.fill('\0');
    return secret;
}

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(tr("Pet Info command line. The database key comes from the system keychain, "
                                   "or from a passphrase in the PETINFO_PASSPHRASE environment variable."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(
        QStringLiteral("command"),
        tr("init, add-pet, add-record, list, show, import, export, backup, restore, verify, "
           "signin, sync, status, conflicts, signout, kiosk-device, tags, report, claim-tag, scan"));
    p.addOptions({
        {QStringLiteral("db"), tr("Database file (default: %1).").arg(defaultDatabasePath()), tr("path")},
        {QStringLiteral("json"), tr("Print JSON.")},
        {QStringLiteral("trash"), tr("list: pets in the trash.")},
        {QStringLiteral("name"), tr("Pet name (kiosk-device: the kiosk's name)."), tr("text")},
        {QStringLiteral("species"), tr("dog, cat, rabbit, bird, reptile or other."), tr("species")},
        {QStringLiteral("breed"), tr("Breed."), tr("text")},
        {QStringLiteral("sex"), tr("male, female or unknown."), tr("sex")},
        {QStringLiteral("neutered"), tr("yes, no or unknown."), tr("value")},
        {QStringLiteral("birth-date"), tr("Birth date, YYYY-MM-DD."), tr("date")},
        {QStringLiteral("estimated"), tr("The birth date is estimated.")},
        {QStringLiteral("colour"), tr("Colour and markings."), tr("text")},
        {QStringLiteral("microchip"), tr("Microchip number."), tr("number")},
        {QStringLiteral("microchip2"), tr("Second microchip number."), tr("number")},
        {QStringLiteral("status"), tr("owned, in_care, adoptable, adopted, lost or deceased."), tr("status")},
        {QStringLiteral("owner"), tr("Owner name."), tr("text")},
        {QStringLiteral("phone"), tr("Owner phone, with country code (repeatable)."), tr("number")},
        {QStringLiteral("email"), tr("Owner e-mail."), tr("address")},
        {QStringLiteral("pet"), tr("add-record: the pet's id or microchip."), tr("id")},
        {QStringLiteral("kind"), tr("vaccine, deworming, flea_tick, treatment, surgery, check_up or lab."), tr("kind")},
        {QStringLiteral("date"), tr("Date, YYYY-MM-DD (default: today)."), tr("date")},
        {QStringLiteral("product"), tr("Product or vaccine."), tr("text")},
        {QStringLiteral("batch"), tr("Batch / lot number."), tr("text")},
        {QStringLiteral("next-due"), tr("Next due date, YYYY-MM-DD."), tr("date")},
        {QStringLiteral("given-by"), tr("Given by."), tr("text")},
        {QStringLiteral("notes"), tr("Notes."), tr("text")},
        {QStringLiteral("format"), tr("export: csv or json."), tr("format")},
        {QStringLiteral("output"), tr("Output file."), tr("path")},
        {QStringLiteral("no-files"), tr("export json: leave out photo and document bytes.")},
        {QStringLiteral("dry-run"), tr("import: check and report, write nothing.")},
        {QStringLiteral("skip-invalid"), tr("import: write the good rows even if others have errors.")},
        {QStringLiteral("report"), tr("import: write the per-row report to this CSV file."), tr("path")},
        {QStringLiteral("server"), tr("signin: the server address, e.g. https://sync.example.org"), tr("url")},
        {QStringLiteral("totp"), tr("signin: the two-factor code."), tr("code")},
        {QStringLiteral("organisation"), tr("signin: the organisation id when the account has several."), tr("id")},
        {QStringLiteral("wipe"), tr("signout: also remove the database, its key and its backups from this computer.")},
        {QStringLiteral("force"), tr("signout --wipe: even with changes the server has not received.")},
        {QStringLiteral("blank"), tr("tags: this many new blank tags."), tr("count")},
        {QStringLiteral("all"), tr("tags: every pet.")},
        {QStringLiteral("tag"), tr("claim-tag: the tag id or its scanned address."), tr("id")},
        {QStringLiteral("layout"),
         tr("tags: avery-l7160 (default), avery-5160, dymo-89x36, round-25, round-30, collar, "
            "kennel-card-a6."),
         tr("id")},
        {QStringLiteral("offset-x"), tr("tags: printer calibration, millimetres to the right."), tr("mm")},
        {QStringLiteral("offset-y"), tr("tags: printer calibration, millimetres down."), tr("mm")},
        {QStringLiteral("base-url"), tr("tags, report: the server's public address (default: the signed-in server)."),
         tr("url")},
        {QStringLiteral("portable"),
         tr("backup: protect it with the passphrase in PETINFO_BACKUP_PASSPHRASE so it can be restored elsewhere.")},
    });
}

CommandResult init(const QString& path)
{
    KeychainSecretStore secrets;
    CreateOptions options;
    std::optional<SecureBytes> passphrase = passphraseFromEnv();
    if (passphrase) {
        if (passphrase->size() < 8) {
            return fail(Failure{tr("PETINFO_PASSPHRASE must have at least 8 characters.")});
        }
        options.source = CreateOptions::Source::Passphrase;
        options.passphrase = std::move(*passphrase);
    }
    auto created = DatabaseFile::create(path, secrets, options);
    if (!created) {
        if (created.error().code == StorageErrc::PassphraseRequired) {
            return fail(Failure{tr("No system keychain is available here; set PETINFO_PASSPHRASE to protect the "
                                   "database with a passphrase.")});
        }
        return fail(Failure{describe(created.error(), path)});
    }
    QTextStream(stdout) << tr("Created %1 (key in %2)\n")
                               .arg(QFileInfo(path).absoluteFilePath(),
                                    (*created)->meta().keySource == KeySource::Keychain ? tr("the system keychain")
                                                                                        : tr("a passphrase"));
    return {};
}

CommandResult restore(const QString& path, const QStringList& args)
{
    if (args.size() != 1) {
        return fail(Failure{tr("usage: petinfo-cli --db PATH restore BACKUP-FILE"), true});
    }
    KeychainSecretStore secrets;
    std::optional<SecureBytes> passphrase = passphraseFromEnv();
    std::optional<SecureBytes> backupPassphrase = passphraseFromEnv("PETINFO_BACKUP_PASSPHRASE");
    const SecureBytes* pass = backupPassphrase ? &*backupPassphrase : (passphrase ? &*passphrase : nullptr);
    auto kept = Backup::restore(args.front(), path, secrets, SystemClock::instance(), pass);
    if (!kept) {
        return fail(Failure{describe(kept.error(), path)});
    }
    QTextStream out(stdout);
    out << tr("Restored %1 from %2\n").arg(path, args.front());
    if (!kept->isEmpty()) {
        out << tr("The previous database was kept at %1\n").arg(*kept);
    }
    return {};
}

} // namespace

int runCli(const QStringList& arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("petinfo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pet Info"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PETINFO_VERSION));
    disableCoreDumps();
    // Informational logs are for the app's log file, not a script's stderr.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("petinfo.*.info=false"));
    }

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream out(stdout);
        out << parser.helpText() << '\n' << tr("Commands:") << '\n';
        out << QStringLiteral("  %1  %2\n").arg(QStringLiteral("init"), -12).arg(tr("create a new encrypted database"));
        for (const auto& [name, info] : commands()) {
            out << QStringLiteral("  %1  %2\n").arg(name, -12).arg(tr(info.summary));
        }
        out << QStringLiteral("  %1  %2\n").arg(QStringLiteral("restore"), -12).arg(tr("restore a backup file"));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "petinfo-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(tr("no command given; try --help"));
        return 2;
    }
    const QString command = positional.takeFirst();
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();

    CommandResult result;
    if (command == QStringLiteral("init")) {
        result = init(path);
    } else if (command == QStringLiteral("restore")) {
        result = restore(path, positional);
    } else {
        const auto it = commands().find(command);
        if (it == commands().end()) {
            printError(tr("unknown command \"%1\"; try --help").arg(command));
            return 2;
        }
        KeychainSecretStore secrets;
        std::optional<SecureBytes> passphrase = passphraseFromEnv();
        auto file = DatabaseFile::unlock(path, secrets, passphrase ? &*passphrase : nullptr);
        if (!file) {
            if (file.error().code == StorageErrc::FileNotFound) {
                printError(tr("there is no database at %1; create one with: petinfo-cli --db %1 init").arg(path));
            } else {
                printError(describe(file.error(), path));
            }
            return 1;
        }
        auto connection = (*file)->connect();
        if (!connection) {
            printError(describe(connection.error(), path));
            return 1;
        }
        QTextStream out(stdout);
        Context ctx{parser,
                    positional,
                    path,
                    *file,
                    std::make_unique<PetService>(std::move(*connection), SystemClock::instance()),
                    out};
        result = it->second.run(ctx);
        out.flush();
    }
    if (!result) {
        printError(result.error().message);
        return result.error().usage ? 2 : 1;
    }
    return 0;
}

} // namespace petinfo::client
