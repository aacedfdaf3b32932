// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

namespace petinfo::server::sqlbatch {

/** Writes and reads of many rows go in statements of at most 64 rows, in the fixed sizes 64, 8
 *  and 1, so that PostgreSQL prepares each shape once per connection (and SQLite's limit of 999
 *  parameters holds for up to 15 columns). */
inline constexpr std::size_t kSizes[] = {64, 8, 1};

/** `rows` groups of `columns` placeholders: placeholders(2, 2) is "(?, ?), (?, ?)". */
inline std::string placeholders(int columns, int rows)
{
    std::string group = "(";
    for (int c = 0; c < columns; ++c) {
        group += c == 0 ? "?" : ", ?";
    }
    group += ")";
    std::string out;
    for (int r = 0; r < rows; ++r) {
        out += r == 0 ? group : ", " + group;
    }
    return out;
}

/** Splits `count` items into statements of the sizes above, calling `each(offset, size)`. */
template <typename F>
void inChunks(std::size_t count, F&& each)
{
    std::size_t offset = 0;
    for (const std::size_t size : kSizes) {
        while (count - offset >= size) {
            each(offset, size);
            offset += size;
        }
    }
}

} // namespace petinfo::server::sqlbatch
