// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "io/Backup.h"
#include "io/CsvImport.h"
#include "io/Export.h"
#include "petinfo/common/WireCodec.h"
#include "secrets/SecretStore.h"
#include "services/ValidationText.h"
#include "storage/BackupPaths.h"
#include "storage/Database.h"
#include "sync/SyncAccount.h"
#include "sync/SyncStore.h"
#include "sync/Synchronizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>
#if defined(_WIN32)
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace petinfo::client::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("petinfo-cli", text);
}

Unexpected<Failure> failWith(const QString& message, bool usage = false)
{
    return fail(Failure{message, usage});
}

Unexpected<Failure> failWith(const StorageError& error, const Context& ctx)
{
    if (error.code == StorageErrc::Invalid) {
        return fail(Failure{tr("invalid input: %1").arg(QString::fromStdString(error.detail))});
    }
    return fail(Failure{describe(error, ctx.databasePath)});
}

QString opt(const Context& ctx, const char* name)
{
    return ctx.parser.value(QString::fromLatin1(name)).trimmed();
}

template <typename E>
Result<E, Failure> choice(const Context& ctx, const char* name, E fallback)
{
    const QString value = opt(ctx, name);
    if (value.isEmpty()) {
        return fallback;
    }
    if (auto parsed = enumFromString<E>(value.toLower().toStdString())) {
        return *parsed;
    }
    QStringList allowed;
    for (const auto& n : EnumNames<E>::names) {
        allowed << QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size()));
    }
    return failWith(
        tr("--%1: \"%2\" is not one of %3").arg(QLatin1String(name), value, allowed.join(QStringLiteral(", "))), true);
}

Result<std::optional<Date>, Failure> dateOption(const Context& ctx, const char* name)
{
    const QString value = opt(ctx, name);
    if (value.isEmpty()) {
        return std::optional<Date>();
    }
    auto date = Date::fromIso(value.toStdString());
    if (!date) {
        return failWith(tr("--%1: \"%2\" is not a date YYYY-MM-DD").arg(QLatin1String(name), value), true);
    }
    return std::optional<Date>(*date);
}

/** The pet named by an id, a microchip or a tag id. */
Result<QString, Failure> resolvePet(Context& ctx, const QString& key)
{
    if (key.isEmpty()) {
        return failWith(tr("which pet? give its id or microchip"), true);
    }
    if (auto pet = ctx.service->loadPet(key)) {
        return key;
    }
    if (auto byChip = ctx.service->findPetByMicrochip(key); byChip && byChip->has_value()) {
        return **byChip;
    }
    if (auto byTag = ctx.service->findPetByTagId(key); byTag && byTag->has_value()) {
        return **byTag;
    }
    return failWith(tr("no pet with id or microchip \"%1\"").arg(key));
}

ProgressFn stderrProgress(const QString& what)
{
    // A progress line on a terminal only; scripts and CI logs stay clean.
    if (!qEnvironmentVariableIsEmpty("CI") || !isatty(fileno(stderr))) {
        return {};
    }
    return [what, last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        if (percent != last) {
            last = percent;
            std::fprintf(stderr, "\r%s %3d%%%s", qUtf8Printable(what), percent, percent == 100 ? "\n" : "");
        }
        return true;
    };
}

} // namespace

CommandResult addPet(Context& ctx)
{
    PetRecord record;
    Pet& pet = record.pet;
    pet.name = opt(ctx, "name").toStdString();
    if (pet.name.empty()) {
        return failWith(tr("add-pet needs --name"), true);
    }
    auto species = choice(ctx, "species", Species::Dog);
    auto sex = choice(ctx, "sex", Sex::Unknown);
    auto neutered = choice(ctx, "neutered", Neutered::Unknown);
    auto status = choice(ctx, "status", PetStatus::Owned);
    auto birth = dateOption(ctx, "birth-date");
    for (const Failure* f :
         {species ? nullptr : &species.error(), sex ? nullptr : &sex.error(), neutered ? nullptr : &neutered.error(),
          status ? nullptr : &status.error(), birth ? nullptr : &birth.error()}) {
        if (f) {
            return fail(*f);
        }
    }
    pet.species = *species;
    pet.sex = *sex;
    pet.neutered = *neutered;
    pet.status = *status;
    pet.birthDate = *birth;
    pet.birthDateEstimated = ctx.parser.isSet(QStringLiteral("estimated"));
    pet.breed = opt(ctx, "breed").toStdString();
    pet.colour = opt(ctx, "colour").toStdString();
    pet.microchip = opt(ctx, "microchip").toStdString();
    pet.microchip2 = opt(ctx, "microchip2").toStdString();
    pet.notes = opt(ctx, "notes").toStdString();
    const QString owner = opt(ctx, "owner");
    const QStringList phones = ctx.parser.values(QStringLiteral("phone"));
    if (!owner.isEmpty() || !phones.isEmpty()) {
        ContactEntry entry;
        entry.primary = true;
        entry.person.name = owner.isEmpty() ? tr("Owner").toStdString() : owner.toStdString();
        for (const QString& phone : phones) {
            entry.person.phones.push_back(phone.toStdString());
        }
        entry.person.email = opt(ctx, "email").toStdString();
        record.contacts.push_back(std::move(entry));
    }
    const ValidationReport report = ctx.service->validate(record);
    if (report.hasErrors()) {
        return failWith(describeErrors(report));
    }
    auto created = ctx.service->createPet(record);
    if (!created) {
        return failWith(created.error(), ctx);
    }
    for (const ValidationIssue& issue : report.issues) {
        std::fprintf(stderr, "petinfo-cli: warning: %s\n", qUtf8Printable(describeIssue(issue)));
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromStdString(toJson(*created).dump()) << '\n';
    } else {
        ctx.out << QString::fromStdString(created->id) << '\n';
    }
    return {};
}

CommandResult addRecord(Context& ctx)
{
    auto petId = resolvePet(ctx, opt(ctx, "pet"));
    if (!petId) {
        return fail(petId.error());
    }
    auto kind = choice(ctx, "kind", HealthKind::Vaccine);
    auto date = dateOption(ctx, "date");
    auto due = dateOption(ctx, "next-due");
    for (const Failure* f :
         {kind ? nullptr : &kind.error(), date ? nullptr : &date.error(), due ? nullptr : &due.error()}) {
        if (f) {
            return fail(*f);
        }
    }
    HealthRecord record;
    record.petId = petId->toStdString();
    record.kind = *kind;
    record.date = date->value_or(ctx.service->clock().today());
    record.nextDue = *due;
    record.product = opt(ctx, "product").toStdString();
    record.batch = opt(ctx, "batch").toStdString();
    record.givenBy = opt(ctx, "given-by").toStdString();
    record.notes = opt(ctx, "notes").toStdString();
    auto added = ctx.service->addHealthRecord(record);
    if (!added) {
        return failWith(added.error(), ctx);
    }
    ctx.out << QString::fromStdString(added->id) << '\n';
    return {};
}

CommandResult list(Context& ctx)
{
    const bool trash = ctx.parser.isSet(QStringLiteral("trash"));
    auto pets = trash ? ctx.service->trashedPets() : ctx.service->petSummaries();
    if (!pets) {
        return failWith(pets.error(), ctx);
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        nlohmann::json array = nlohmann::json::array();
        for (const PetSummary& s : *pets) {
            array.push_back({{"id", s.id.toStdString()},
                             {"name", s.name.toStdString()},
                             {"species", enumName(s.species)},
                             {"breed", s.breed.toStdString()},
                             {"status", enumName(s.status)},
                             {"microchip", s.microchip.toStdString()},
                             {"microchip2", s.microchip2.toStdString()},
                             {"ownerName", s.ownerName.toStdString()},
                             {"ownerPhones", s.ownerPhones.toStdString()},
                             {"tagId", s.tagId.toStdString()},
                             {"birthDate", s.birthDate ? nlohmann::json(s.birthDate->toIso()) : nlohmann::json()}});
        }
        ctx.out << QString::fromStdString(array.dump(2)) << '\n';
        return {};
    }
    for (const PetSummary& s : *pets) {
        ctx.out << s.id << '\t' << s.name << '\t' << QLatin1String(enumName(s.species)) << '\t'
                << QLatin1String(enumName(s.status)) << '\t' << s.microchip << '\t' << s.ownerName << '\n';
    }
    return {};
}

CommandResult show(Context& ctx)
{
    auto petId = resolvePet(ctx, ctx.args.value(0));
    if (!petId) {
        return fail(petId.error());
    }
    auto record = ctx.service->loadPet(*petId);
    auto health = ctx.service->healthRecords(*petId);
    auto weights = ctx.service->weights(*petId);
    if (!record || !health || !weights) {
        return failWith(!record ? record.error() : !health ? health.error() : weights.error(), ctx);
    }
    nlohmann::json json = toJson(record->pet);
    json["contacts"] = nlohmann::json::array();
    for (const auto& c : record->contacts) {
        json["contacts"].push_back({{"role", enumName(c.role)}, {"primary", c.primary}, {"person", toJson(c.person)}});
    }
    json["healthRecords"] = nlohmann::json::array();
    for (const auto& h : *health) {
        nlohmann::json item = toJson(h);
        item["due"] = std::string(
            h.nextDue ? (dueState(h.nextDue, ctx.service->clock().today()) == DueState::Overdue ? "overdue" : "ok")
                      : "none");
        json["healthRecords"].push_back(std::move(item));
    }
    json["weights"] = nlohmann::json::array();
    for (const auto& w : *weights) {
        json["weights"].push_back(toJson(w));
    }
    ctx.out << QString::fromStdString(json.dump(2)) << '\n';
    return {};
}

CommandResult importCsv(Context& ctx)
{
    if (ctx.args.size() != 1) {
        return failWith(tr("usage: petinfo-cli --db PATH import FILE.csv [--dry-run] [--skip-invalid]"), true);
    }
    auto table = Csv::readFile(ctx.args.front());
    if (!table) {
        return failWith(tr("%1: %2").arg(ctx.args.front(), QString::fromStdString(table.error().detail)));
    }
    const ImportPreview preview = CsvImport::preview(*table, CsvImport::guessMapping(table->headers), *ctx.service);
    for (const ImportIssue& i : preview.issues) {
        ctx.out << tr("row %1 (line %2) %3: %4")
                       .arg(i.row)
                       .arg(i.line)
                       .arg(i.issue.severity == Severity::Error ? tr("error") : tr("warning"), describeIssue(i.issue))
                << '\n';
    }
    if (const QString reportPath = opt(ctx, "report"); !reportPath.isEmpty()) {
        QFile report(reportPath);
        if (!report.open(QIODevice::WriteOnly) || report.write(CsvImport::issuesAsCsv(preview)) < 0) {
            return failWith(tr("cannot write the report %1: %2").arg(reportPath, report.errorString()));
        }
    }
    const int rejected = preview.rejectedRows();
    if (ctx.parser.isSet(QStringLiteral("dry-run"))) {
        ctx.out << tr("%1 rows: %2 would be imported, %3 have errors (dry run: nothing written)\n")
                       .arg(preview.totalRows)
                       .arg(preview.validRows())
                       .arg(rejected);
        return rejected > 0 ? failWith(tr("%1 of %2 rows have errors").arg(rejected).arg(preview.totalRows))
                            : CommandResult();
    }
    if (rejected > 0 && !ctx.parser.isSet(QStringLiteral("skip-invalid"))) {
        return failWith(tr("%1 of %2 rows have errors; nothing was imported (fix them, or use --skip-invalid)")
                            .arg(rejected)
                            .arg(preview.totalRows));
    }
    auto written = CsvImport::commit(*ctx.service, preview, stderrProgress(tr("Importing")));
    if (!written) {
        return failWith(written.error(), ctx);
    }
    ctx.out << tr("Imported %1 pets (%2 rows skipped)\n").arg(preview.validRows()).arg(rejected);
    return {};
}

CommandResult exportData(Context& ctx)
{
    const QString format = opt(ctx, "format").isEmpty() ? QStringLiteral("json") : opt(ctx, "format").toLower();
    const QString output = opt(ctx, "output");
    if (output.isEmpty()) {
        return failWith(tr("export needs --output FILE"), true);
    }
    StorageResult<qint64> written = fail(StorageErrc::Invalid, "format");
    if (format == QStringLiteral("csv")) {
        written = Export::petsCsv(*ctx.service, output, stderrProgress(tr("Exporting")));
    } else if (format == QStringLiteral("json")) {
        written = Export::fullJson(*ctx.service, output, !ctx.parser.isSet(QStringLiteral("no-files")),
                                   stderrProgress(tr("Exporting")));
    } else {
        return failWith(tr("--format must be csv or json"), true);
    }
    if (!written) {
        return failWith(written.error(), ctx);
    }
    ctx.out << tr("Exported %1 pets to %2\n").arg(*written).arg(output);
    return {};
}

CommandResult backup(Context& ctx)
{
    QString output = opt(ctx, "output");
    if (output.isEmpty()) {
        output = backupDirFor(ctx.databasePath) + QStringLiteral("/manual-") +
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                 QLatin1String(Backup::kSuffix);
    }
    std::optional<SecureBytes> passphrase;
    if (ctx.parser.isSet(QStringLiteral("portable"))) {
        QByteArray value = qgetenv("PETINFO_BACKUP_PASSPHRASE");
        if (value.size() < 8) {
            return failWith(tr("--portable needs a passphrase of 8 or more characters in PETINFO_BACKUP_PASSPHRASE"),
                            true);
        }
        passphrase.emplace(QByteArrayView(value));
        value.fill('\0');
    }
    // The database connection is closed first so that the copy sees every committed change.
    ctx.service.reset();
    auto made = Backup::create(*ctx.file, output, SystemClock::instance(), passphrase ? &*passphrase : nullptr,
                               kDefaultPassphraseIterations, stderrProgress(tr("Backing up")));
    if (!made) {
        return failWith(made.error(), ctx);
    }
    ctx.out << made->path << '\n';
    return {};
}

CommandResult verify(Context& ctx)
{
    if (auto r = ctx.service->database().quickCheck(); !r) {
        return failWith(r.error(), ctx);
    }
    auto pets = ctx.service->petSummaries();
    if (!pets) {
        return failWith(pets.error(), ctx);
    }
    ctx.out << tr("OK: %1 pets, schema version %2\n")
                   .arg(pets->size())
                   .arg(ctx.service->database().userVersion().valueOr(-1));
    return {};
}

namespace {

QString describeNet(const NetError& e)
{
    switch (e.code) {
    case NetErrc::Offline:
        return tr("cannot reach the server (%1)").arg(QString::fromStdString(e.message));
    case NetErrc::InvalidCredentials:
        return tr("wrong e-mail or password");
    case NetErrc::TotpRequired:
        return tr("this account uses two-factor sign-in: add --totp CODE");
    case NetErrc::InvalidTotp:
        return tr("the two-factor code is wrong, expired or already used");
    case NetErrc::RateLimited:
        return tr("too many attempts; wait a minute and try again");
    case NetErrc::Unauthorized:
        return tr("the server no longer accepts this device; sign in again");
    default:
        return tr("the server refused: %1 (%2)")
            .arg(QString::fromStdString(e.message), QString::fromStdString(e.apiCode));
    }
}

} // namespace

CommandResult signIn(Context& ctx)
{
    const QString server = opt(ctx, "server");
    const QString email = opt(ctx, "email");
    if (server.isEmpty() || email.isEmpty()) {
        return failWith(tr("usage: petinfo-cli --db PATH signin --server URL --email ADDRESS [--totp CODE] "
                           "[--organisation ID]  (password in PETINFO_PASSWORD)"),
                        true);
    }
    const QUrl url(server);
    if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))) {
        return failWith(tr("--server must be an http:// or https:// address"), true);
    }
    QByteArray password = qgetenv("PETINFO_PASSWORD");
    if (password.isEmpty()) {
        return failWith(tr("set the password in the PETINFO_PASSWORD environment variable"), true);
    }
    SigninRequest request;
    request.email = email;
    request.password = QString::fromUtf8(password);
    password.fill('\0');
    request.totpCode = opt(ctx, "totp");
    request.organisationId = opt(ctx, "organisation");
    KeychainSecretStore secrets;
    SyncAccount account(ctx.service->database(), secrets, ctx.file->meta().databaseId);
    auto signedIn = account.signIn(url, request);
    if (!signedIn) {
        const AccountError& e = signedIn.error();
        if (e.code == AccountErrc::Network && e.network.code == NetErrc::OrganisationRequired) {
            QStringList choices;
            for (const auto& o : e.network.details.value("organisations", nlohmann::json::array())) {
                choices << QStringLiteral("%1 (%2)").arg(QString::fromStdString(o.value("name", "")),
                                                         QString::fromStdString(o.value("id", "")));
            }
            return failWith(
                tr("choose an organisation with --organisation ID: %1").arg(choices.join(QStringLiteral(", "))));
        }
        return failWith(e.code == AccountErrc::Network ? describeNet(e.network)
                                                       : describe(e.storage, ctx.databasePath));
    }
    ctx.out << tr("Signed in to %1 as %2 (%3)\n").arg(signedIn->organisationName, signedIn->userEmail, signedIn->role);
    return {};
}

CommandResult signOut(Context& ctx)
{
    KeychainSecretStore secrets;
    SyncAccount account(ctx.service->database(), secrets, ctx.file->meta().databaseId);
    auto pending = SyncStore(ctx.service->database()).outboxCount();
    if (pending && *pending > 0 && ctx.parser.isSet(QStringLiteral("wipe")) &&
        !ctx.parser.isSet(QStringLiteral("force"))) {
        return failWith(tr("%1 changes have not reached the server yet; run sync first, or add --force to lose them")
                            .arg(*pending));
    }
    if (auto r = account.signOut(); !r) {
        return failWith(describe(r.error().storage, ctx.databasePath));
    }
    if (ctx.parser.isSet(QStringLiteral("wipe"))) {
        ctx.service.reset();
        ctx.file.reset();
        if (auto r = wipeLocalCopy(ctx.databasePath, secrets); !r) {
            return failWith(describe(r.error(), ctx.databasePath));
        }
        ctx.out << tr("Signed out; the local copy was removed\n");
        return {};
    }
    ctx.out << tr("Signed out\n");
    return {};
}

CommandResult syncNow(Context& ctx)
{
    KeychainSecretStore secrets;
    SyncAccount account(ctx.service->database(), secrets, ctx.file->meta().databaseId);
    auto info = account.info();
    auto token = account.token();
    if (!info || !token) {
        return failWith(describe(!info ? info.error() : token.error(), ctx.databasePath));
    }
    if (!info->has_value() || token->isEmpty()) {
        return failWith(tr("not signed in; use: petinfo-cli --db PATH signin --server URL --email ADDRESS"));
    }
    SyncApi api((*info)->serverUrl);
    api.setToken(*token);
    Synchronizer synchronizer(ctx.service->database(), api, ctx.service->clock());
    auto report = synchronizer.runOnce(stderrProgress(tr("Syncing")));
    if (!report) {
        const SyncError& e = report.error();
        if (e.code == SyncErrc::SignedOut) {
            return failWith(tr("the server no longer accepts this device; sign in again"));
        }
        return failWith(tr("sync failed (%1); nothing was lost, run sync again").arg(QString::fromStdString(e.detail)));
    }
    ctx.out << tr("Synced: %1 sent, %2 received, %3 refused, %4 conflicts, %5 files up, %6 down%7\n")
                   .arg(report->pushed)
                   .arg(report->pulled)
                   .arg(report->rejected)
                   .arg(report->conflicts)
                   .arg(report->blobsUploaded)
                   .arg(report->blobsDownloaded)
                   .arg(report->resynced ? tr(" (full resync)") : QString());
    return {};
}

CommandResult status(Context& ctx)
{
    KeychainSecretStore secrets;
    SyncAccount account(ctx.service->database(), secrets, ctx.file->meta().databaseId);
    SyncStore store(ctx.service->database());
    auto info = account.info();
    auto pending = store.outboxCount();
    auto last = store.state(QStringLiteral("sync.lastSyncedAt"));
    if (!info || !pending || !last) {
        return failWith(tr("cannot read the sync state"));
    }
    nlohmann::json json = {{"signedIn", info->has_value()}, {"pendingChanges", *pending}};
    if (info->has_value()) {
        json["server"] = (*info)->serverUrl.toString().toStdString();
        json["organisation"] = (*info)->organisationName.toStdString();
        json["user"] = (*info)->userEmail.toStdString();
    }
    json["lastSyncedAt"] = last->isEmpty() ? nlohmann::json() : nlohmann::json(last->toLongLong());
    ctx.out << QString::fromStdString(json.dump(2)) << '\n';
    return {};
}

CommandResult conflicts(Context& ctx)
{
    auto list = SyncStore(ctx.service->database()).conflicts(1000, true);
    if (!list) {
        return failWith(list.error(), ctx);
    }
    nlohmann::json array = nlohmann::json::array();
    for (const ConflictRecord& c : *list) {
        array.push_back({{"id", c.id},
                         {"type", enumName(c.type)},
                         {"rowId", c.rowId.toStdString()},
                         {"field", c.field.toStdString()},
                         {"winningValue", c.winningValue},
                         {"winningDevice", c.winningClock.node.str()},
                         {"losingValue", c.losingValue},
                         {"losingDevice", c.losingClock.node.str()},
                         {"restored", c.restoredAtMs > 0}});
    }
    ctx.out << QString::fromStdString(array.dump(2)) << '\n';
    return {};
}

} // namespace petinfo::client::cli
