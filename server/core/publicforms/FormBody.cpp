// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicforms/FormBody.h"

#include <algorithm>
#include <cstdint>

namespace petinfo::server::publicforms {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/** Percent-decodes one name or value; nullopt on a broken escape or when longer than `limit`. */
std::optional<std::string> percentDecode(std::string_view raw, std::size_t limit, bool& tooLong)
{
    std::string out;
    out.reserve(std::min(raw.size(), limit));
    for (std::size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '+') {
            c = ' ';
        } else if (c == '%') {
            if (i + 2 >= raw.size()) {
                return std::nullopt;
            }
            const int hi = hexValue(raw[i + 1]);
            const int lo = hexValue(raw[i + 2]);
            if (hi < 0 || lo < 0) {
                return std::nullopt;
            }
            c = static_cast<char>(hi * 16 + lo);
            i += 2;
        }
        if (out.size() == limit) {
            tooLong = true;
            return std::nullopt;
        }
        out += c;
    }
    return out;
}

bool isPlainName(std::string_view name)
{
    if (name.empty() || name.size() > 40) {
        return false;
    }
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            return false;
        }
    }
    return true;
}

} // namespace

DecodedBody decodeFormBody(std::string_view body, std::size_t maxFields,
                           const std::function<std::size_t(std::string_view name)>& maxBytes)
{
    DecodedBody out;
    std::size_t fields = 0;
    std::size_t start = 0;
    while (start <= body.size()) {
        const std::size_t end = std::min(body.find('&', start), body.size());
        const std::string_view pair = body.substr(start, end - start);
        start = end + 1;
        if (pair.empty()) {
            if (end == body.size()) {
                break;
            }
            continue;
        }
        if (++fields > maxFields) {
            out.problem = BodyProblem::Malformed;
            return out;
        }
        const std::size_t eq = pair.find('=');
        bool tooLong = false;
        const auto name = percentDecode(pair.substr(0, eq), 40, tooLong);
        if (!name || !isPlainName(*name)) {
            out.problem = BodyProblem::Malformed;
            return out;
        }
        const std::string_view rawValue = eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
        const auto value = percentDecode(rawValue, maxBytes(*name), tooLong);
        if (!value) {
            out.problem = tooLong ? BodyProblem::FieldTooLong : BodyProblem::Malformed;
            out.field = *name;
            return out;
        }
        if (!isValidUtf8(*value)) {
            out.problem = BodyProblem::Malformed;
            out.field = *name;
            return out;
        }
        if (!out.values.try_emplace(*name, *value).second) {
            // None of our forms repeats a name; a repeated one could slip a filled honeypot past
            // an empty first copy, or smuggle a second value past the one that was checked.
            out.problem = BodyProblem::Repeated;
            out.field = *name;
            return out;
        }
    }
    return out;
}

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        std::uint32_t code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto d = static_cast<unsigned char>(text[i + k]);
            if ((d & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (d & 0x3F);
        }
        const bool overlong =
            (length == 2 && code < 0x80) || (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

std::string cleanText(std::string_view text, bool multiline)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                continue;
            }
            out += multiline ? '\n' : ' ';
            continue;
        }
        if (c == '\n') {
            out += multiline ? '\n' : ' ';
            continue;
        }
        if (c == '\t') {
            out += ' ';
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            continue;
        }
        // U+0080..U+009F (C1 controls): C2 80..C2 9F.
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            ++i;
            continue;
        }
        // Bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069) make a name read
        // differently from what it is; zero-width spaces hide text.
        if (c == 0xE2 && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]);
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) ||
                (b1 == 0x80 && b2 >= 0x8B && b2 <= 0x8F)) {
                i += 2;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    const auto first = out.find_first_not_of(" \n");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = out.find_last_not_of(" \n");
    return out.substr(first, last - first + 1);
}

std::string urlEncode(std::string_view text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace petinfo::server::publicforms
