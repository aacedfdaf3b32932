// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace petinfo::server {
class DbConnection;
}

namespace petinfo::server::publicforms {

/** A limit on what public forms may do, counted in the database so that it holds across replicas
 *  (the per-process token bucket of PublicForms does not): at most `limit` per subject (a client
 *  address, an organisation) in each fixed window of `windowMs` (1 s to a day). */
struct Quota
{
    int limit = 10;
    std::int64_t windowMs = 3600 * 1000;
};

/** Counts one use of `subject` inside the caller's write transaction; false (nothing counted)
 *  when the window's limit is reached, with the seconds until the window ends. Old windows are
 *  forgotten as it goes. Two replicas counting the same subject at once are serialised by the
 *  row's lock (PostgreSQL) or the write lock (SQLite), so the limit is exact. */
bool takeQuota(DbConnection& db, const std::string& subject, const Quota& quota, std::int64_t nowMs,
               std::int64_t* retryAfterSeconds = nullptr);

} // namespace petinfo::server::publicforms
