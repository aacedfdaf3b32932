// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupPaths.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace petinfo::client {

QString metaPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".meta");
}

QString backupDirFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/petinfo.db");
}

} // namespace petinfo::client
