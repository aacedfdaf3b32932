// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/DatabaseMeta.h"
#include "storage/StorageError.h"

#include <QString>

#include <memory>

namespace petinfo::client {

class SecretStore;

/** How a new database gets its key. */
struct CreateOptions
{
    enum class Source
    {
        Auto,       ///< the keychain if there is one, else PassphraseRequired
        Keychain,   ///< the keychain or an error
        Passphrase, ///< derived from `passphrase` with a slow KDF
    };
    Source source = Source::Auto;
    SecureBytes passphrase;
    int kdfIterations = kDefaultPassphraseIterations;
};

/** An encrypted database file whose key has been obtained (from the keychain or a passphrase) and
 *  verified. It keeps the key in wiped memory so that background jobs can open their own
 *  connections, and runs the schema migrations once when unlocked. */
class DatabaseFile final
{
public:
    /** Creates a new, empty, migrated database at `path` plus its `.meta` file. */
    static StorageResult<std::shared_ptr<DatabaseFile>> create(const QString& path, SecretStore& secrets,
                                                               const CreateOptions& options);
    /** Unlocks an existing database. `passphrase` may be null when the key is in the keychain. */
    static StorageResult<std::shared_ptr<DatabaseFile>> unlock(const QString& path, SecretStore& secrets,
                                                               const SecureBytes* passphrase);
    /** Reads the key-information file and tells how the database is keyed, without unlocking it. */
    static StorageResult<DatabaseMeta> inspect(const QString& path);

    /** A new connection for the calling thread. */
    StorageResult<std::unique_ptr<Database>> connect() const;

    const QString& path() const { return m_path; }
    const DatabaseMeta& meta() const { return m_meta; }
    const SecureBytes& key() const { return m_key; }

    DatabaseFile(QString path, DatabaseMeta meta, SecureBytes key);

private:
    QString m_path;
    DatabaseMeta m_meta;
    SecureBytes m_key;
};

/** The key for `meta`: read from the keychain or derived from the passphrase, then verified. */
StorageResult<SecureBytes> obtainKey(const DatabaseMeta& meta, SecretStore& secrets, const SecureBytes* passphrase);

/** New key material and the matching meta for a new database or backup. */
StorageResult<std::pair<DatabaseMeta, SecureBytes>> makeKey(SecretStore& secrets, const CreateOptions& options);

} // namespace petinfo::client
