// SPDX-License-Identifier: GPL-3.0-or-later
// The `.meta` file next to a database, read before the database is opened: whatever it holds,
// DatabaseMeta::fromJson answers a meta or an error, and a meta it takes writes and reads back
// the same.
#include "FuzzCheck.h"
#include "storage/DatabaseMeta.h"

#include <QByteArray>

#include <cstdint>

using namespace petinfo::client;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto meta =
        DatabaseMeta::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!meta) {
        return 0;
    }
    const auto again = DatabaseMeta::fromJson(meta->toJson());
    FUZZ_CHECK(again.hasValue());
    FUZZ_CHECK(again->toJson() == meta->toJson());
    return 0;
}
