// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseFile.h"

#include "petinfo/common/Random.h"
#include "secrets/SecretStore.h"
#include "storage/BackupPaths.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace petinfo::client {

namespace {

StorageError fromSecretError(const SecretError& error)
{
    return {StorageErrc::KeyUnavailable, error.detail.empty() ? "keychain error" : error.detail};
}

} // namespace

DatabaseFile::DatabaseFile(QString path, DatabaseMeta meta, SecureBytes key)
    : m_path(std::move(path))
    , m_meta(std::move(meta))
    , m_key(std::move(key))
{}

StorageResult<std::pair<DatabaseMeta, SecureBytes>> makeKey(SecretStore& secrets, const CreateOptions& options)
{
    DatabaseMeta meta;
    meta.databaseId = QString::fromStdString(newUuid());
    SecureBytes key;
    if (options.source == CreateOptions::Source::Passphrase) {
        if (options.passphrase.isEmpty()) {
            return fail(StorageErrc::PassphraseRequired, "empty passphrase");
        }
        meta.keySource = KeySource::Passphrase;
        meta.kdfSalt = randomBytes(16);
        meta.kdfIterations = options.kdfIterations;
        key = derivePassphraseKey(options.passphrase, meta.kdfSalt, meta.kdfIterations);
        if (key.isEmpty()) {
            return fail(StorageErrc::Sql, "key derivation failed");
        }
    } else {
        meta.keySource = KeySource::Keychain;
        key = randomKey();
        // On a first start, any keychain that cannot keep the key (none at all, locked with its
        // unlock prompt dismissed, refusing access) means a passphrase instead, never a dead end.
        const bool passphraseInstead = options.source == CreateOptions::Source::Auto;
        if (auto written = secrets.write(meta.keychainEntry(), key); !written) {
            if (passphraseInstead) {
                return fail(StorageErrc::PassphraseRequired, "no usable keychain: " + written.error().detail);
            }
            return fail(fromSecretError(written.error()));
        }
        // Read it back: some keychains accept a write they cannot return later.
        auto readBack = secrets.read(meta.keychainEntry());
        if (!readBack || !(*readBack == key)) {
            (void)secrets.remove(meta.keychainEntry()); // best effort: the key is useless without the file
            if (passphraseInstead) {
                return fail(StorageErrc::PassphraseRequired, "the keychain did not return the stored key");
            }
            return fail(StorageErrc::KeyUnavailable, "the keychain did not return the stored key");
        }
    }
    meta.keyCheck = keyCheckValue(key);
    return std::pair{std::move(meta), std::move(key)};
}

StorageResult<SecureBytes> obtainKey(const DatabaseMeta& meta, SecretStore& secrets, const SecureBytes* passphrase)
{
    SecureBytes key;
    if (meta.keySource == KeySource::Keychain) {
        auto stored = secrets.read(meta.keychainEntry());
        if (!stored) {
            return fail(fromSecretError(stored.error()));
        }
        key = std::move(*stored);
    } else {
        if (!passphrase || passphrase->isEmpty()) {
            return fail(StorageErrc::PassphraseRequired, "passphrase required");
        }
        key = derivePassphraseKey(*passphrase, meta.kdfSalt, meta.kdfIterations);
    }
    if (keyCheckValue(key) != meta.keyCheck) {
        return fail(StorageErrc::WrongKey, "key check value does not match");
    }
    return key;
}

StorageResult<std::shared_ptr<DatabaseFile>> DatabaseFile::create(const QString& path, SecretStore& secrets,
                                                                  const CreateOptions& options)
{
    if (QFileInfo::exists(path)) {
        return fail(StorageErrc::AlreadyExists, path.toStdString());
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(StorageErrc::Io, "cannot create folder " + QFileInfo(path).absolutePath().toStdString());
    }
    auto made = makeKey(secrets, options);
    if (!made) {
        return fail(made.error());
    }
    // Named references, not a structured binding: clang before 16 cannot capture one in a lambda.
    DatabaseMeta& meta = made->first;
    auto& key = made->second;
    const QString metaPath = metaPathFor(path);
    if (auto saved = meta.save(metaPath); !saved) {
        return fail(saved.error());
    }
    auto rollbackFiles = [&] {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile::remove(metaPath);
        if (meta.keySource == KeySource::Keychain) {
            (void)secrets.remove(meta.keychainEntry()); // best effort: the key is useless without the file
        }
    };
    {
        auto db = Database::open(path, key, meta, Database::OpenMode::Create);
        if (!db) {
            rollbackFiles();
            return fail(db.error());
        }
        if (auto migrated = migrate(**db); !migrated) {
            db->reset();
            rollbackFiles();
            return fail(migrated.error());
        }
    }
    return std::make_shared<DatabaseFile>(path, std::move(meta), std::move(key));
}

StorageResult<DatabaseMeta> DatabaseFile::inspect(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return fail(StorageErrc::FileNotFound, path.toStdString());
    }
    return DatabaseMeta::load(metaPathFor(path));
}

StorageResult<std::shared_ptr<DatabaseFile>> DatabaseFile::unlock(const QString& path, SecretStore& secrets,
                                                                  const SecureBytes* passphrase)
{
    auto meta = inspect(path);
    if (!meta) {
        return fail(meta.error());
    }
    auto key = obtainKey(*meta, secrets, passphrase);
    if (!key) {
        return fail(key.error());
    }
    {
        auto db = Database::open(path, *key, *meta);
        if (!db) {
            return fail(db.error());
        }
        if (auto migrated = migrate(**db); !migrated) {
            return fail(migrated.error());
        }
    }
    return std::make_shared<DatabaseFile>(path, std::move(*meta), std::move(*key));
}

StorageResult<std::unique_ptr<Database>> DatabaseFile::connect() const
{
    return Database::open(m_path, m_key, m_meta);
}

} // namespace petinfo::client
