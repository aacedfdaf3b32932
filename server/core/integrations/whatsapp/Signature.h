// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace petinfo::server::whatsapp {

/** The X-Hub-Signature-256 header Meta sends with each webhook POST: "sha256=" and the lower-case
 *  hex HMAC-SHA256 of the raw body with the app secret. */
std::string signatureHeader(std::string_view appSecret, std::string_view rawBody);

/** Whether `header` is the signature of `rawBody` (compared in constant time; an empty secret
 *  never verifies). */
bool verifySignature(std::string_view appSecret, std::string_view rawBody, std::string_view header);

} // namespace petinfo::server::whatsapp
