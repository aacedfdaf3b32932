// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

namespace petinfo::client {

class Database;

/** The schema version this build writes. A database with a higher version is refused (TooNew). */
int latestSchemaVersion();

/** Brings the database to `target` (default: latest), one numbered migration per transaction, so an
 *  interrupted upgrade leaves the database at the last completed version. */
StorageResult<void> migrate(Database& db, int target = -1);

} // namespace petinfo::client
