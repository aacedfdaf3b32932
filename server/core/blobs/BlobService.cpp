// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobs/BlobService.h"

#include "db/Database.h"

#include <algorithm>
#include <array>

namespace petinfo::server {

bool isSha256Hex(const std::string& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(),
                                            [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

BlobService::BlobService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

bool BlobService::put(const std::string& orgId, const std::string& sha256, const std::string& mime,
                      const std::string& data)
{
    Lease db = m_db.acquire();
    const std::array<SqlParam, 6> params{SqlParam(orgId),      SqlParam(sha256),
                                         SqlParam(mime),       SqlParam(static_cast<std::int64_t>(data.size())),
                                         SqlParam::blob(data), SqlParam(m_clock.nowMs())};
    return db->execute("INSERT INTO blobs (org_id, sha256, mime_type, size, data, created_ms) VALUES (?, ?, ?, ?, ?, "
                       "?) ON CONFLICT (org_id, sha256) DO NOTHING",
                       params) == 1;
}

std::optional<BlobService::Blob> BlobService::get(const std::string& orgId, const std::string& sha256)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT mime_type, data FROM blobs WHERE org_id = ? AND sha256 = ?", orgId, sha256);
    if (rows.empty()) {
        return std::nullopt;
    }
    return Blob{rows.text(0, 0), rows.text(0, 1)};
}

std::optional<BlobService::Info> BlobService::head(const std::string& orgId, const std::string& sha256)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT mime_type, size FROM blobs WHERE org_id = ? AND sha256 = ?", orgId, sha256);
    if (rows.empty()) {
        return std::nullopt;
    }
    return Info{rows.text(0, 0), rows.integer(0, 1)};
}

} // namespace petinfo::server
