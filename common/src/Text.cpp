// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Text.h"

#include <cstdint>

namespace petinfo {

namespace {

/** Decodes one UTF-8 sequence at `i` (RFC 3629: no overlong forms, no surrogates, at most
 *  U+10FFFF); advances `i`. Returns -1 for an invalid sequence. */
std::int32_t decode(std::string_view text, std::size_t& i)
{
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(text[k]);
    };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    int length = 0;
    std::int32_t cp = 0;
    std::int32_t min = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
        min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
        min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
        min = 0x10000;
    } else {
        return -1;
    }
    if (i + static_cast<std::size_t>(length) > text.size()) {
        return -1;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char next = byte(i + static_cast<std::size_t>(k));
        if ((next & 0xC0) != 0x80) {
            return -1;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return -1;
    }
    i += static_cast<std::size_t>(length);
    return cp;
}

} // namespace

bool isCleanText(std::string_view text, bool multiLine)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::int32_t cp = decode(text, i);
        if (cp < 0) {
            return false;
        }
        const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
        if (control && !(multiLine && (cp == '\t' || cp == '\n' || cp == '\r'))) {
            return false;
        }
    }
    return true;
}

} // namespace petinfo
