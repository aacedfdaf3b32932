// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicforms/FormQuota.h"

#include "db/Database.h"

#include <algorithm>

namespace petinfo::server::publicforms {

bool takeQuota(DbConnection& db, const std::string& subject, const Quota& quota, std::int64_t nowMs,
               std::int64_t* retryAfterSeconds)
{
    const std::int64_t window = std::clamp<std::int64_t>(quota.windowMs, 1000, 86400000);
    const std::int64_t start = nowMs - nowMs % window;
    // The upsert takes the row's lock first, so a second replica waits here until this
    // transaction ends and then sees its count.
    db.exec("INSERT INTO public_form_quota (subject, window_ms, hits) VALUES (?, ?, 0) ON CONFLICT (subject, "
            "window_ms) DO UPDATE SET hits = public_form_quota.hits",
            subject, start);
    const SqlRows rows =
        db.rows("SELECT hits FROM public_form_quota WHERE subject = ? AND window_ms = ?", subject, start);
    if (!rows.empty() && rows.integer(0, 0) >= quota.limit) {
        if (retryAfterSeconds) {
            *retryAfterSeconds = std::max<std::int64_t>(1, (start + window - nowMs + 999) / 1000);
        }
        return false;
    }
    db.exec("UPDATE public_form_quota SET hits = hits + 1 WHERE subject = ? AND window_ms = ?", subject, start);
    // Windows that ended a day ago or more cannot matter to any quota.
    db.exec("DELETE FROM public_form_quota WHERE window_ms < ?", start - std::max<std::int64_t>(window, 86400000));
    return true;
}

} // namespace petinfo::server::publicforms
