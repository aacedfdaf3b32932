// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace petinfo::server {

class DbConnection;

/** One schema step. The SQL is the same for both engines apart from the {BLOB} token. */
struct Migration
{
    int version;
    std::string_view description;
    std::string_view sql; ///< statements separated by ";\n"
    /** Run after the SQL, in the same transaction: a repair of data that SQL alone cannot judge. */
    void (*repair)(DbConnection&) = nullptr;
};

/** Every migration, in order; versions are 1, 2, 3 … and never change once released. */
std::span<const Migration> migrations();

} // namespace petinfo::server
