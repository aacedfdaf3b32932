// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "petinfo/common/Clock.h"
#include "services/Progress.h"
#include "storage/DatabaseMeta.h"
#include "storage/StorageError.h"

#include <QString>

#include <optional>
#include <vector>

namespace petinfo::client {

class DatabaseFile;
class SecretStore;

/** What a backup file says about itself (readable without its key). */
struct BackupInfo
{
    QString path;
    qint64 createdAtMs = 0;
    qint64 size = 0;
    int schemaVersion = 0;
    DatabaseMeta meta; ///< how the backup is keyed
};

/** Encrypted backups: one self-contained file (`.petinfo-backup`) holding a header (format, date,
 *  schema version, SHA-256 of the payload, and the key information — never the key) followed by
 *  a SQLCipher copy of the database. Automatic backups use the database's own key; an exported
 *  backup can use its own passphrase so it can be restored on another machine. */
class Backup final
{
public:
    static constexpr const char* kSuffix = ".petinfo-backup";
    static constexpr int kKeepAutomatic = 7;
    static constexpr qint64 kAutomaticIntervalMs = 24LL * 3600 * 1000;

    /** Writes a verified backup of `file` to `target`. With `passphrase`, the backup gets its own
     *  passphrase-derived key (portable); otherwise it shares the database's key. */
    static StorageResult<BackupInfo> create(const DatabaseFile& file, const QString& target, const Clock& clock,
                                            const SecureBytes* passphrase = nullptr, int kdfIterations = 600000,
                                            const ProgressFn& progress = {});

    /** Reads a backup's header and checks the payload's hash (finds truncated or damaged files). */
    static StorageResult<BackupInfo> inspect(const QString& path);

    /** Replaces the database at `databasePath` with the backup's content. The current database is
     *  kept first: backed up to `pre-restore-….petinfo-backup` if it still opens, or renamed to
     *  `….damaged-<time>` if it does not. All connections to it must be closed. Returns the path
     *  where the previous database was kept (empty if there was none). `passphrase` unlocks a
     *  passphrase-protected backup. */
    static StorageResult<QString> restore(const QString& backupPath, const QString& databasePath, SecretStore& secrets,
                                          const Clock& clock, const SecureBytes* passphrase = nullptr,
                                          const ProgressFn& progress = {});

    /** Makes the daily automatic backup if the newest one is older than a day, and keeps the
     *  newest seven. Returns the new backup, or nullopt when none was due. */
    static StorageResult<std::optional<BackupInfo>> runAutomatic(const DatabaseFile& file, const Clock& clock,
                                                                 int keep = kKeepAutomatic,
                                                                 qint64 intervalMs = kAutomaticIntervalMs);

    /** Backups in a folder, newest first. Damaged files are listed with size 0 and no meta. */
    static std::vector<BackupInfo> list(const QString& folder);
};

} // namespace petinfo::client
