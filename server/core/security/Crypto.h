// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server::crypto {

enum class HashAlgorithm
{
    Sha1,
    Sha256,
    Sha512
};

std::string sha256(std::string_view data); ///< raw 32 bytes
std::string sha256Hex(std::string_view data);
std::string hmac(HashAlgorithm algorithm, std::string_view key, std::string_view message); ///< raw bytes
std::string pbkdf2Sha256(std::string_view password, std::string_view salt, int iterations, std::size_t length);

/** Compares in time that depends only on the lengths. */
bool constantTimeEquals(std::string_view a, std::string_view b);

std::string randomBytes(std::size_t count);
/** `prefix` + base64url of `bytes` random bytes (tokens: 32 bytes = 256 bits). */
std::string randomToken(std::string_view prefix, std::size_t bytes = 32);

std::string toHex(std::string_view bytes);
std::optional<std::string> fromHex(std::string_view hex);
/** RFC 4648 base32 without padding (TOTP secrets for authenticator apps). */
std::string base32Encode(std::string_view bytes);
std::optional<std::string> base32Decode(std::string_view text);

} // namespace petinfo::server::crypto
