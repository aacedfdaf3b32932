// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Result.h"

#include <QString>

class QSqlError;

namespace petinfo::client {

enum class StorageErrc
{
    FileNotFound,       ///< no database at the path
    AlreadyExists,      ///< refusing to overwrite an existing database
    MetaMissing,        ///< the key-information file next to the database is missing
    MetaInvalid,        ///< that file cannot be read
    WrongKey,           ///< wrong passphrase, or a keychain key that does not fit this file
    KeyUnavailable,     ///< the keychain has no key for this database or cannot be reached
    PassphraseRequired, ///< the database is passphrase-protected and none was given
    Damaged,            ///< truncated or corrupted file
    TooNew,             ///< written by a newer version of the app
    Io,                 ///< disk full, permissions, I/O error
    Sql,                ///< a statement failed (a bug or an unexpected state)
    Constraint,         ///< a uniqueness or reference rule would be broken
    NotFound,           ///< the record does not exist
    Invalid,            ///< input failed validation
    Cancelled,
    Busy, ///< another program holds the database
};
using StorageError = Error<StorageErrc>;
template <typename T>
using StorageResult = Result<T, StorageError>;

/** Maps a failed statement to a storage error (constraint, damaged, busy, I/O, other). */
StorageError toStorageError(const QSqlError& error);

/** Text for people, translated; `databasePath` lets damaged-file messages point at the backups. */
QString describe(const StorageError& error, const QString& databasePath = {});

QString stableName(StorageErrc code);

} // namespace petinfo::client
