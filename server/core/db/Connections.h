// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"

#include <memory>
#include <mutex>
#include <string>

namespace petinfo::server {

/** SQLite through Poco::Data. `writeLock` serialises write transactions of one process (SQLite
 *  has one writer at a time; taking the lock up front avoids busy-upgrade deadlocks). */
std::unique_ptr<DbConnection> openSqliteConnection(const std::string& path, std::shared_ptr<std::mutex> writeLock);

/** PostgreSQL: the session is opened and owned by Poco::Data; statements are prepared once per
 *  connection and then run with one PQexecPrepared round trip on its libpq connection (see
 *  docs/server.md, "Storage"). */
std::unique_ptr<DbConnection> openPostgresConnection(const std::string& conninfo);

} // namespace petinfo::server
