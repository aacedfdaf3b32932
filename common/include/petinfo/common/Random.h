// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace petinfo {

/** Fills `out` from the operating system's CSPRNG (getrandom, BCryptGenRandom, getentropy).
 *  Aborts if the OS cannot provide randomness: there is no safe fallback. */
void secureRandomBytes(std::span<std::uint8_t> out);

/** RFC 4648 §5 base64url without padding. */
std::string base64UrlEncode(std::span<const std::uint8_t> bytes);

/** A time-ordered (version 7, RFC 9562) UUID in lower-case canonical form: ids made later
 *  compare greater, so B-tree indexes keyed by them are appended to (a first sync of 100,000
 *  records wrote the same index pages again at every commit with random ids). It reveals when
 *  the record was created, which its own fields say anyway; public tag ids (newTagId) are fully
 *  random. isUuid() accepts every version. */
std::string newUuid();
bool isUuid(std::string_view text);

/** Public pet-tag ids: 128 bits from the CSPRNG, base64url, 22 characters. The same format is
 *  produced offline by the client and by the server. */
std::string newTagId();
bool isTagId(std::string_view text);

} // namespace petinfo
