// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace petinfo::client {

/** Where the key-information file of a database lives: next to it, `<db>.meta`. */
QString metaPathFor(const QString& databasePath);
/** Where automatic backups of a database go: a `backups` folder next to it. */
QString backupDirFor(const QString& databasePath);
/** The default database path under the platform's application data folder. */
QString defaultDatabasePath();

} // namespace petinfo::client
