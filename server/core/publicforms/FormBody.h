// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace petinfo::server::publicforms {

/** Why a form body could not be read. */
enum class BodyProblem
{
    Malformed,    ///< bad percent escape, invalid UTF-8, or too many fields
    FieldTooLong, ///< one field's decoded value is over its limit
    Repeated      ///< a name appears twice (`field` says which)
};

struct DecodedBody
{
    std::map<std::string, std::string> values; ///< decoded, as sent
    std::optional<BodyProblem> problem;
    std::string field; ///< the field of a FieldTooLong
};

/** Decodes an application/x-www-form-urlencoded body. Each value may be at most `maxBytes(name)`
 *  bytes once decoded; names must be short ASCII and appear once; values must be valid UTF-8. Stops at the first
 *  problem. */
DecodedBody decodeFormBody(std::string_view body, std::size_t maxFields,
                           const std::function<std::size_t(std::string_view name)>& maxBytes);

/** Whether `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
bool isValidUtf8(std::string_view text);

/** A value as it may be stored and shown: control characters removed (newlines kept when
 *  `multiline`, else turned into spaces; CR LF becomes LF), invisible direction overrides
 *  removed, runs of spaces at the ends trimmed. Expects valid UTF-8. */
std::string cleanText(std::string_view text, bool multiline);

/** Percent-encodes for a URL query value (RFC 3986 unreserved characters stay as they are). */
std::string urlEncode(std::string_view text);

} // namespace petinfo::server::publicforms
