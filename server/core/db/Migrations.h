// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace petinfo::server {

/** One schema step. The SQL is the same for both engines apart from the {BLOB} token. */
struct Migration
{
    int version;
    std::string_view description;
    std::string_view sql; ///< statements separated by ";\n"
};

/** Every migration, in order; versions are 1, 2, 3 … and never change once released. */
std::span<const Migration> migrations();

} // namespace petinfo::server
