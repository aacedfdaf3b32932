// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"

#include <cstdint>
#include <optional>
#include <string>

namespace petinfo::server {

class Database;

/** Photo and document bytes, content-addressed by SHA-256 and kept per organisation (the same
 *  photo in two organisations is two rows: no cross-tenant existence oracle). Stored in the
 *  database so that every replica sees every blob. */
class BlobService
{
public:
    BlobService(Database& db, const Clock& clock);

    /** True when stored now, false when it was already there. The caller verified hash and type. */
    bool put(const std::string& orgId, const std::string& sha256, const std::string& mime, const std::string& data);

    struct Blob
    {
        std::string mime;
        std::string data;
    };
    std::optional<Blob> get(const std::string& orgId, const std::string& sha256);

    struct Info
    {
        std::string mime;
        std::int64_t size = 0;
    };
    std::optional<Info> head(const std::string& orgId, const std::string& sha256);

private:
    Database& m_db;
    const Clock& m_clock;
};

bool isSha256Hex(const std::string& text);

} // namespace petinfo::server
