// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QByteArray>
#include <QString>

namespace petinfo::client {

enum class KeySource
{
    Keychain,
    Passphrase
};

/** SQLCipher settings stored with each database and set explicitly on open, because SQLCipher 3
 *  (Debian) and 4 (vcpkg) have different defaults. SQLCipher always gets a raw 256-bit key, so its
 *  own page-key KDF is skipped; `kdfIter` is recorded for completeness. */
struct CipherParams
{
    int compatibility = 3; ///< SQLCipher major version whose format the file uses
    int pageSize = 4096;   // fewer pages to encrypt and authenticate than SQLCipher 3's 1024
    int kdfIter = 64000;
    bool hmac = true;
};

/** The plain-text JSON file next to a database (`<db>.meta`). It holds no secret: an id, where the
 *  key comes from, the passphrase KDF salt and cost, cipher settings, and a key-check value that
 *  lets a wrong key be told apart from a damaged file without touching the database. */
struct DatabaseMeta
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QString databaseId;
    KeySource keySource = KeySource::Keychain;
    QByteArray kdfSalt;
    int kdfIterations = 0;
    CipherParams cipher;
    QByteArray keyCheck;

    QString keychainEntry() const { return QStringLiteral("database-key/") + databaseId; }

    QByteArray toJson() const;
    static StorageResult<DatabaseMeta> fromJson(const QByteArray& json);
    static StorageResult<DatabaseMeta> load(const QString& metaPath);
    StorageResult<void> save(const QString& metaPath) const;
};

} // namespace petinfo::client
