// SPDX-License-Identifier: GPL-3.0-or-later
// What a QR code or a person hands the app as a tag: tagIdFromScan (a tag URL or a bare id, with
// and without the organisation's server), and the server address typed in the settings
// (normalizedBaseUrl, tagUrl). The input is "<base URL>\n<scanned text>". A tag id taken from a
// scan makes a URL that scans back to the same id.
#include "FuzzCheck.h"
#include "petinfo/report/TagUrl.h"

#include <QString>

#include <cstdint>
#include <string_view>

using namespace petinfo::report;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto newline = text.find('\n');
    const QString base = QString::fromUtf8(text.substr(0, newline));
    const QString scanned = newline == std::string_view::npos ? QString() : QString::fromUtf8(text.substr(newline + 1));

    (void)normalizedBaseUrl(base);
    (void)tagIdFromScan(scanned);
    const auto id = tagIdFromScan(scanned, base);
    if (id) {
        (void)shortTagId(*id);
        if (const auto url = tagUrl(base, *id)) {
            const auto back = tagIdFromScan(*url, base);
            FUZZ_CHECK(back.hasValue() && *back == *id);
        }
    }
    return 0;
}
