// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile server's pull answer on the desktop: SyncApi::readPull (the fast reader, then the full
// parser for any other shape) and prepare() (each row decoded into its domain object, row texts
// cut out and packed into chunks), all that happens before the database is touched.
#include "sync/PreparedRow.h"
#include "sync/SyncApi.h"

#include <QByteArray>

#include <cstdint>

using namespace petinfo::client;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    SyncApi::PullAnswer answer{200, QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))};
    auto page = SyncApi::readPull(answer);
    if (!page) {
        return 0;
    }
    const PreparedPage prepared = prepare(std::move(*page));
    (void)prepared;
    return 0;
}
