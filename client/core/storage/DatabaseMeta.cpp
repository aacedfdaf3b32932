// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseMeta.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace petinfo::client {

QByteArray DatabaseMeta::toJson() const
{
    QJsonObject kdf{{QStringLiteral("algorithm"), QStringLiteral("pbkdf2-hmac-sha256")},
                    {QStringLiteral("iterations"), kdfIterations},
                    {QStringLiteral("salt"), QString::fromLatin1(kdfSalt.toBase64())}};
    QJsonObject cipherJson{{QStringLiteral("provider"), QStringLiteral("sqlcipher")},
                           {QStringLiteral("compatibility"), cipher.compatibility},
                           {QStringLiteral("pageSize"), cipher.pageSize},
                           {QStringLiteral("kdfIter"), cipher.kdfIter},
                           {QStringLiteral("hmac"), cipher.hmac}};
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("petinfo-database")},
                     {QStringLiteral("formatVersion"), formatVersion},
                     {QStringLiteral("databaseId"), databaseId},
                     {QStringLiteral("keySource"),
                      keySource == KeySource::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase")},
                     {QStringLiteral("cipher"), cipherJson},
                     {QStringLiteral("keyCheck"), QString::fromLatin1(keyCheck.toBase64())}};
    if (keySource == KeySource::Passphrase) {
        root.insert(QStringLiteral("kdf"), kdf);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

StorageResult<DatabaseMeta> DatabaseMeta::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return fail(StorageErrc::MetaInvalid, "not JSON: " + parseError.errorString().toStdString());
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("petinfo-database")) {
        return fail(StorageErrc::MetaInvalid, "not a Pet Info key-information file");
    }
    DatabaseMeta meta;
    meta.formatVersion = root.value(QStringLiteral("formatVersion")).toInt(-1);
    if (meta.formatVersion < 1) {
        return fail(StorageErrc::MetaInvalid, "missing formatVersion");
    }
    if (meta.formatVersion > kFormatVersion) {
        return fail(StorageErrc::TooNew, "key-information format " + std::to_string(meta.formatVersion));
    }
    meta.databaseId = root.value(QStringLiteral("databaseId")).toString();
    const QString source = root.value(QStringLiteral("keySource")).toString();
    if (source == QStringLiteral("keychain")) {
        meta.keySource = KeySource::Keychain;
    } else if (source == QStringLiteral("passphrase")) {
        meta.keySource = KeySource::Passphrase;
        const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
        meta.kdfIterations = kdf.value(QStringLiteral("iterations")).toInt();
        meta.kdfSalt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
        if (meta.kdfIterations < 1 || meta.kdfSalt.size() < 16) {
            return fail(StorageErrc::MetaInvalid, "bad passphrase KDF parameters");
        }
    } else {
        return fail(StorageErrc::MetaInvalid, "unknown keySource");
    }
    const QJsonObject c = root.value(QStringLiteral("cipher")).toObject();
    meta.cipher.compatibility = c.value(QStringLiteral("compatibility")).toInt(3);
    meta.cipher.pageSize = c.value(QStringLiteral("pageSize")).toInt(1024);
    meta.cipher.kdfIter = c.value(QStringLiteral("kdfIter")).toInt(64000);
    meta.cipher.hmac = c.value(QStringLiteral("hmac")).toBool(true);
    const int ps = meta.cipher.pageSize;
    if (ps < 512 || ps > 65536 || (ps & (ps - 1)) != 0) {
        return fail(StorageErrc::MetaInvalid, "bad cipher page size");
    }
    meta.keyCheck = QByteArray::fromBase64(root.value(QStringLiteral("keyCheck")).toString().toLatin1());
    if (meta.databaseId.isEmpty() || meta.keyCheck.size() != 32) {
        return fail(StorageErrc::MetaInvalid, "missing databaseId or keyCheck");
    }
    return meta;
}

StorageResult<DatabaseMeta> DatabaseMeta::load(const QString& metaPath)
{
    QFile file(metaPath);
    if (!file.exists()) {
        return fail(StorageErrc::MetaMissing, metaPath.toStdString());
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(StorageErrc::Io, file.errorString().toStdString());
    }
    // The file is tiny; anything large is not ours.
    return fromJson(file.read(64 * 1024));
}

StorageResult<void> DatabaseMeta::save(const QString& metaPath) const
{
    QSaveFile file(metaPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(StorageErrc::Io, file.errorString().toStdString());
    }
    file.write(toJson());
    if (!file.commit()) {
        return fail(StorageErrc::Io, file.errorString().toStdString());
    }
    return {};
}

} // namespace petinfo::client
