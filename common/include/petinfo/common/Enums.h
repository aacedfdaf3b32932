// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace petinfo {

/** Stable wire names of an enum, in declaration order. Specialised next to each enum. */
template <typename E>
struct EnumNames;

/** Named enumName rather than toString so that QTest's and other libraries' unqualified toString()
 *  calls never find it through argument-dependent lookup. */
template <typename E>
constexpr std::string_view enumName(E value)
{
    const auto& names = EnumNames<E>::names;
    const auto index = static_cast<std::size_t>(value);
    return index < names.size() ? names[index] : std::string_view{};
}

template <typename E>
constexpr std::optional<E> enumFromString(std::string_view text)
{
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

template <typename E>
constexpr std::size_t enumCount()
{
    return EnumNames<E>::names.size();
}

} // namespace petinfo
