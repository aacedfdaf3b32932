// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace petinfo::server {

/** The type of a photo or document from its first bytes (JPEG, PNG, GIF, WebP, HEIC, PDF);
 *  nullopt for anything else. The declared Content-Type of an upload must agree with it. */
std::optional<std::string> sniffContentType(std::string_view data);

} // namespace petinfo::server
