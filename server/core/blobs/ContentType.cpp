// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobs/ContentType.h"

#include <array>

namespace petinfo::server {

std::optional<std::string> sniffContentType(std::string_view d)
{
    using namespace std::string_view_literals;
    if (d.size() >= 3 && d.substr(0, 3) == "\xFF\xD8\xFF"sv) {
        return "image/jpeg";
    }
    if (d.size() >= 8 && d.substr(0, 8) == "\x89PNG\r\n\x1A\n"sv) {
        return "image/png";
    }
    if (d.size() >= 6 && (d.substr(0, 6) == "GIF87a"sv || d.substr(0, 6) == "GIF89a"sv)) {
        return "image/gif";
    }
    if (d.size() >= 12 && d.substr(0, 4) == "RIFF"sv && d.substr(8, 4) == "WEBP"sv) {
        return "image/webp";
    }
    if (d.size() >= 12 && d.substr(4, 4) == "ftyp"sv) {
        static constexpr std::array brands{"heic"sv, "heix"sv, "hevc"sv, "mif1"sv, "msf1"sv};
        for (std::string_view brand : brands) {
            if (d.substr(8, 4) == brand) {
                return "image/heic";
            }
        }
    }
    if (d.size() >= 5 && d.substr(0, 5) == "%PDF-"sv) {
        return "application/pdf";
    }
    return std::nullopt;
}

} // namespace petinfo::server
