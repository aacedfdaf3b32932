// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Backup.h"

#include "petinfo/common/Random.h"
#include "secrets/SecretStore.h"
#include "storage/BackupPaths.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QtEndian>

#include <filesystem>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace petinfo::client {

namespace {

const QByteArray kMagic = QByteArrayLiteral("PETINFO-BACKUP\n");
constexpr qint64 kMaxHeader = 64 * 1024;
constexpr qint64 kChunk = 1024 * 1024;

QString timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString tempPathIn(const QString& folder, const char* what)
{
    return folder + QStringLiteral("/.petinfo-%1-%2.tmp").arg(QLatin1String(what), QString::fromStdString(newUuid()));
}

void removeDatabaseFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

/** Removes a temporary database file when it goes out of scope. */
struct TempFile
{
    QString path;
    ~TempFile()
    {
        if (!path.isEmpty()) {
            removeDatabaseFiles(path);
        }
    }
};

/** Reads the header; leaves `file` positioned at the payload. */
StorageResult<BackupInfo> readHeader(QFile& file)
{
    BackupInfo info;
    info.path = file.fileName();
    info.size = file.size();
    if (file.read(kMagic.size()) != kMagic) {
        return fail(StorageErrc::Invalid, "not a Pet Info backup file");
    }
    const QByteArray lengthBytes = file.read(4);
    if (lengthBytes.size() != 4) {
        return fail(StorageErrc::Damaged, "backup header truncated");
    }
    const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
    if (length == 0 || length > kMaxHeader) {
        return fail(StorageErrc::Damaged, "backup header length out of range");
    }
    const QByteArray json = file.read(length);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject root = doc.object();
    if (json.size() != static_cast<qsizetype>(length) ||
        root.value(QStringLiteral("format")) != QStringLiteral("petinfo-backup")) {
        return fail(StorageErrc::Damaged, "backup header unreadable");
    }
    if (root.value(QStringLiteral("formatVersion")).toInt() != 1) {
        return fail(StorageErrc::TooNew, "backup format version");
    }
    info.createdAtMs = static_cast<qint64>(root.value(QStringLiteral("createdAt")).toDouble());
    info.schemaVersion = root.value(QStringLiteral("schemaVersion")).toInt();
    auto meta = DatabaseMeta::fromJson(QJsonDocument(root.value(QStringLiteral("meta")).toObject()).toJson());
    if (!meta) {
        return fail(StorageErrc::Damaged, "backup key information: " + meta.error().detail);
    }
    info.meta = std::move(*meta);
    const qint64 payloadSize = static_cast<qint64>(root.value(QStringLiteral("payloadSize")).toDouble());
    if (payloadSize != file.size() - file.pos()) {
        return fail(StorageErrc::Damaged, "backup payload is " + std::to_string(file.size() - file.pos()) +
                                              " bytes, expected " + std::to_string(payloadSize));
    }
    info.meta.formatVersion = DatabaseMeta::kFormatVersion;
    // Stash the expected hash in the path-independent part of the struct for the caller.
    info.path = file.fileName();
    file.setProperty("payloadSha256", root.value(QStringLiteral("payloadSha256")).toString());
    return info;
}

/** Streams the payload to `out` (may be null), checking its SHA-256 against the header. */
StorageResult<void> copyPayload(QFile& in, QIODevice* out, const ProgressFn& progress)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = in.size() - in.pos();
    qint64 done = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty()) {
            return fail(StorageErrc::Io, in.errorString().toStdString());
        }
        hash.addData(chunk);
        if (out && out->write(chunk) != chunk.size()) {
            return fail(StorageErrc::Io, out->errorString().toStdString());
        }
        done += chunk.size();
        if (progress && !progress(done, total)) {
            return fail(StorageErrc::Cancelled, "cancelled");
        }
    }
    if (hash.result().toHex() != in.property("payloadSha256").toString().toLatin1()) {
        return fail(StorageErrc::Damaged, "backup content does not match its checksum");
    }
    return {};
}

} // namespace

StorageResult<BackupInfo> Backup::create(const DatabaseFile& file, const QString& target, const Clock& clock,
                                         const SecureBytes* passphrase, int kdfIterations, const ProgressFn& progress)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(StorageErrc::Io, "cannot create " + folder.toStdString());
    }
    DatabaseMeta meta = file.meta();
    SecureBytes key = file.key().clone();
    if (passphrase) {
        MemorySecretStore unused;
        CreateOptions options;
        options.source = CreateOptions::Source::Passphrase;
        options.passphrase = passphrase->clone();
        options.kdfIterations = kdfIterations;
        auto made = makeKey(unused, options);
        if (!made) {
            return fail(made.error());
        }
        meta = std::move(made->first);
        key = std::move(made->second);
    }
    if (progress && !progress(0, 1000)) {
        return fail(StorageErrc::Cancelled, "cancelled");
    }
    TempFile copy{tempPathIn(folder, "backup")};
    {
        auto db = file.connect();
        if (!db) {
            return fail(db.error());
        }
        qint64 ticks = 0;
        auto keepGoing = [&] {
            return !progress || progress(std::min<qint64>(++ticks, 900), 1000);
        };
        if (auto r = (*db)->exportTo(copy.path, key, meta.cipher, keepGoing); !r) {
            return fail(r.error());
        }
    }
    int schemaVersion = 0;
    {
        // A backup that cannot be read back is worse than none: verify it now.
        auto check = Database::open(copy.path, key, meta);
        if (!check) {
            return fail(check.error());
        }
        if (auto r = (*check)->quickCheck(); !r) {
            return fail(r.error());
        }
        schemaVersion = (*check)->userVersion().valueOr(0);
    }
    QFile payload(copy.path);
    if (!payload.open(QIODevice::ReadOnly)) {
        return fail(StorageErrc::Io, payload.errorString().toStdString());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&payload)) {
        return fail(StorageErrc::Io, "cannot read the backup copy");
    }
    payload.seek(0);
    BackupInfo info;
    info.path = target;
    info.createdAtMs = clock.nowMs();
    info.schemaVersion = schemaVersion;
    info.meta = meta;
    const QJsonObject header{{QStringLiteral("format"), QStringLiteral("petinfo-backup")},
                             {QStringLiteral("formatVersion"), 1},
                             {QStringLiteral("createdAt"), static_cast<double>(info.createdAtMs)},
                             {QStringLiteral("schemaVersion"), schemaVersion},
                             {QStringLiteral("payloadSize"), static_cast<double>(payload.size())},
                             {QStringLiteral("payloadSha256"), QString::fromLatin1(hash.result().toHex())},
                             {QStringLiteral("meta"), QJsonDocument::fromJson(meta.toJson()).object()}};
    const QByteArray headerJson = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(StorageErrc::Io, target.toStdString() + ": " + out.errorString().toStdString());
    }
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(headerJson.size()), length);
    out.write(kMagic);
    out.write(length, 4);
    out.write(headerJson);
    while (!payload.atEnd()) {
        const QByteArray chunk = payload.read(kChunk);
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return fail(StorageErrc::Io, out.errorString().toStdString());
        }
    }
    if (!out.commit()) {
        return fail(StorageErrc::Io, target.toStdString() + ": " + out.errorString().toStdString());
    }
    if (progress) {
        progress(1000, 1000);
    }
    info.size = QFileInfo(target).size();
    qCInfo(lcStorage) << "backup written:" << target;
    return info;
}

StorageResult<BackupInfo> Backup::inspect(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(StorageErrc::FileNotFound, path.toStdString() + ": " + file.errorString().toStdString());
    }
    auto info = readHeader(file);
    if (!info) {
        return info;
    }
    if (auto r = copyPayload(file, nullptr, {}); !r) {
        return fail(r.error());
    }
    return info;
}

StorageResult<QString> Backup::restore(const QString& backupPath, const QString& databasePath, SecretStore& secrets,
                                       const Clock& clock, const SecureBytes* passphrase, const ProgressFn& progress)
{
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(StorageErrc::FileNotFound, backupPath.toStdString() + ": " + in.errorString().toStdString());
    }
    auto info = readHeader(in);
    if (!info) {
        return fail(info.error());
    }
    const QString folder = QFileInfo(databasePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(StorageErrc::Io, "cannot create " + folder.toStdString());
    }
    // 1. The payload, checked against its hash, into a temporary file next to the database.
    TempFile extracted{tempPathIn(folder, "restore")};
    {
        QFile out(extracted.path);
        if (!out.open(QIODevice::WriteOnly)) {
            return fail(StorageErrc::Io, out.errorString().toStdString());
        }
        auto half = [&](qint64 done, qint64 total) {
            return !progress || progress(done / 2, total);
        };
        if (auto r = copyPayload(in, &out, half); !r) {
            return fail(r.error());
        }
    }
    // 2. Unlock and verify it.
    auto backupKey = obtainKey(info->meta, secrets, passphrase);
    if (!backupKey) {
        return fail(backupKey.error());
    }
    // 3. Keep the current database's key when we can reach it, so the keychain entry (or the
    //    passphrase people know) still opens the restored file.
    std::optional<DatabaseMeta> currentMeta;
    SecureBytes currentKey;
    if (QFileInfo::exists(databasePath)) {
        if (auto meta = DatabaseMeta::load(metaPathFor(databasePath))) {
            if (meta->databaseId == info->meta.databaseId) {
                currentMeta = *meta;
                currentKey = backupKey->clone();
            } else if (auto key = obtainKey(*meta, secrets, nullptr)) {
                currentMeta = *meta;
                currentKey = std::move(*key);
            }
        }
    }
    DatabaseMeta finalMeta = currentMeta ? *currentMeta : info->meta;
    const SecureBytes& finalKey = currentMeta ? currentKey : *backupKey;
    TempFile rekeyed;
    QString finalPath = extracted.path;
    {
        auto db = Database::open(extracted.path, *backupKey, info->meta);
        if (!db) {
            return fail(db.error());
        }
        if (auto r = (*db)->quickCheck(); !r) {
            return fail(r.error());
        }
        auto version = (*db)->userVersion();
        if (!version || *version > latestSchemaVersion()) {
            return fail(StorageErrc::TooNew, "backup schema version");
        }
        if (currentMeta && currentMeta->databaseId != info->meta.databaseId) {
            rekeyed.path = tempPathIn(folder, "rekey");
            if (auto r = (*db)->exportTo(rekeyed.path, finalKey, finalMeta.cipher); !r) {
                return fail(r.error());
            }
            finalPath = rekeyed.path;
        }
    }
    {
        auto db = Database::open(finalPath, finalKey, finalMeta);
        if (!db) {
            return fail(db.error());
        }
        if (auto r = migrate(**db); !r) {
            return fail(r.error());
        }
    }
    if (progress && !progress(90, 100)) {
        return fail(StorageErrc::Cancelled, "cancelled");
    }
    // 4. Keep what is there now; nothing is ever thrown away by a restore.
    QString keptAt;
    if (QFileInfo::exists(databasePath)) {
        const QString stamp = timestamp(clock.nowMs());
        bool backedUp = false;
        if (currentMeta) {
            auto current = DatabaseFile::unlock(databasePath, secrets, nullptr);
            if (current) {
                keptAt = backupDirFor(databasePath) + QStringLiteral("/pre-restore-") + stamp + QLatin1String(kSuffix);
                backedUp = create(**current, keptAt, clock).hasValue();
            }
        }
        if (!backedUp) {
            keptAt = databasePath + QStringLiteral(".damaged-") + stamp;
            for (const char* suffix : {"", "-wal", "-shm"}) {
                const QString from = databasePath + QLatin1String(suffix);
                if (QFileInfo::exists(from) && !QFile::rename(from, keptAt + QLatin1String(suffix))) {
                    return fail(StorageErrc::Io, "cannot move the current database aside");
                }
            }
            QFile::copy(metaPathFor(databasePath), keptAt + QStringLiteral(".meta"));
        }
    }
    // 5. Swap in the restored file. Stale WAL files belong to the old database and must go first.
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(finalPath.toStdWString()),
                            std::filesystem::path(databasePath.toStdWString()), ec);
    if (ec) {
        return fail(StorageErrc::Io, "cannot put the restored database in place: " + ec.message());
    }
    if (finalPath == extracted.path) {
        extracted.path.clear();
    } else {
        rekeyed.path.clear();
    }
    if (auto r = finalMeta.save(metaPathFor(databasePath)); !r) {
        return fail(r.error());
    }
    if (progress) {
        progress(100, 100);
    }
    qCInfo(lcStorage) << "restored" << databasePath << "from" << backupPath;
    return keptAt;
}

std::vector<BackupInfo> Backup::list(const QString& folder)
{
    std::vector<BackupInfo> result;
    const QDir dir(folder);
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*") + QLatin1String(kSuffix)}, QDir::Files)) {
        QFile file(fi.absoluteFilePath());
        BackupInfo info;
        info.path = fi.absoluteFilePath();
        if (file.open(QIODevice::ReadOnly)) {
            if (auto header = readHeader(file)) {
                info = std::move(*header);
            }
        }
        if (info.createdAtMs == 0) {
            info.createdAtMs = fi.lastModified().toMSecsSinceEpoch();
        }
        result.push_back(std::move(info));
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.createdAtMs > b.createdAtMs; });
    return result;
}

StorageResult<std::optional<BackupInfo>> Backup::runAutomatic(const DatabaseFile& file, const Clock& clock, int keep,
                                                              qint64 intervalMs)
{
    const QString folder = backupDirFor(file.path());
    const QString prefix = QStringLiteral("petinfo-");
    std::vector<BackupInfo> automatic;
    for (auto& info : list(folder)) {
        if (QFileInfo(info.path).fileName().startsWith(prefix)) {
            automatic.push_back(std::move(info));
        }
    }
    const qint64 now = clock.nowMs();
    if (!automatic.empty() && now - automatic.front().createdAtMs < intervalMs) {
        return std::optional<BackupInfo>();
    }
    const QString target = folder + QLatin1Char('/') + prefix + timestamp(now) + QLatin1String(kSuffix);
    auto made = create(file, target, clock);
    if (!made) {
        return fail(made.error());
    }
    automatic.insert(automatic.begin(), *made);
    for (std::size_t i = static_cast<std::size_t>(keep); i < automatic.size(); ++i) {
        QFile::remove(automatic[i].path);
    }
    return std::optional<BackupInfo>(*made);
}

} // namespace petinfo::client
