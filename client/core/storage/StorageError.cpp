// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StorageError.h"

#include "storage/BackupPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

#include <sqlite3.h>

namespace petinfo::client {

StorageError toStorageError(const QSqlError& error)
{
    const int native = error.nativeErrorCode().toInt();
    const int primary = native & 0xFF;
    const std::string detail = error.text().toStdString();
    switch (primary) {
    case SQLITE_CONSTRAINT:
        return {StorageErrc::Constraint, detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {StorageErrc::Damaged, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {StorageErrc::Busy, detail};
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {StorageErrc::Io, detail};
    default:
        return {StorageErrc::Sql, detail};
    }
}

QString stableName(StorageErrc code)
{
    switch (code) {
    case StorageErrc::FileNotFound:
        return QStringLiteral("file_not_found");
    case StorageErrc::AlreadyExists:
        return QStringLiteral("already_exists");
    case StorageErrc::MetaMissing:
        return QStringLiteral("meta_missing");
    case StorageErrc::MetaInvalid:
        return QStringLiteral("meta_invalid");
    case StorageErrc::WrongKey:
        return QStringLiteral("wrong_key");
    case StorageErrc::KeyUnavailable:
        return QStringLiteral("key_unavailable");
    case StorageErrc::PassphraseRequired:
        return QStringLiteral("passphrase_required");
    case StorageErrc::Damaged:
        return QStringLiteral("damaged");
    case StorageErrc::TooNew:
        return QStringLiteral("too_new");
    case StorageErrc::Io:
        return QStringLiteral("io");
    case StorageErrc::Sql:
        return QStringLiteral("sql");
    case StorageErrc::Constraint:
        return QStringLiteral("constraint");
    case StorageErrc::NotFound:
        return QStringLiteral("not_found");
    case StorageErrc::Invalid:
        return QStringLiteral("invalid");
    case StorageErrc::Cancelled:
        return QStringLiteral("cancelled");
    case StorageErrc::Busy:
        return QStringLiteral("busy");
    }
    return QStringLiteral("unknown");
}

QString describe(const StorageError& error, const QString& databasePath)
{
    const char* ctx = "StorageError";
    const QString path = QDir::toNativeSeparators(databasePath);
    const QString backups = databasePath.isEmpty() ? QString() : QDir::toNativeSeparators(backupDirFor(databasePath));
    switch (error.code) {
    case StorageErrc::FileNotFound:
        return QCoreApplication::translate(ctx, "There is no Pet Info database at %1.").arg(path);
    case StorageErrc::AlreadyExists:
        return QCoreApplication::translate(ctx, "A database already exists at %1; it was left untouched.").arg(path);
    case StorageErrc::MetaMissing:
        return QCoreApplication::translate(ctx, "The key information file for %1 (%1.meta) is missing, so the "
                                                "database cannot be unlocked. Restore it, or restore a backup from %2.")
            .arg(path, backups);
    case StorageErrc::MetaInvalid:
        return QCoreApplication::translate(ctx, "The key information file %1.meta cannot be read. Restore it, or "
                                                "restore a backup from %2.")
            .arg(path, backups);
    case StorageErrc::WrongKey:
        return QCoreApplication::translate(ctx, "Wrong passphrase or key for %1. Nothing was changed.").arg(path);
    case StorageErrc::KeyUnavailable:
        return QCoreApplication::translate(ctx, "The key for %1 is kept in the system keychain, which could not "
                                                "provide it (%2). Unlock your keychain and try again.")
            .arg(path, QString::fromStdString(error.detail));
    case StorageErrc::PassphraseRequired:
        return QCoreApplication::translate(ctx, "This database is protected by a passphrase. Enter it to continue "
                                                "(scripts: set PETINFO_PASSPHRASE).");
    case StorageErrc::Damaged:
        return QCoreApplication::translate(ctx, "The database %1 is damaged or truncated and was not opened. "
                                                "Automatic backups are in %2; restore the newest one with "
                                                "File > Restore Backup or `petinfo-cli restore`.")
            .arg(path, backups);
    case StorageErrc::TooNew:
        return QCoreApplication::translate(ctx, "The database %1 was written by a newer version of Pet Info. "
                                                "Update the app to open it.")
            .arg(path);
    case StorageErrc::Io:
        return QCoreApplication::translate(ctx, "Could not read or write the database (%1). Check the disk has "
                                                "free space and the file is writable.")
            .arg(QString::fromStdString(error.detail));
    case StorageErrc::Constraint:
        return QCoreApplication::translate(ctx, "This would duplicate or break a link to an existing record (%1).")
            .arg(QString::fromStdString(error.detail));
    case StorageErrc::NotFound:
        return QCoreApplication::translate(ctx, "The record no longer exists.");
    case StorageErrc::Invalid:
        return QCoreApplication::translate(ctx, "Some values are not valid: %1")
            .arg(QString::fromStdString(error.detail));
    case StorageErrc::Cancelled:
        return QCoreApplication::translate(ctx, "Cancelled; nothing was changed.");
    case StorageErrc::Busy:
        return QCoreApplication::translate(ctx, "The database is busy in another window or program. Try again.");
    case StorageErrc::Sql:
        break;
    }
    return QCoreApplication::translate(ctx, "Unexpected database error: %1").arg(QString::fromStdString(error.detail));
}

} // namespace petinfo::client
