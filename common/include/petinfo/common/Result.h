// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace petinfo {

/** An error from one subsystem: a stable code (one enum per subsystem) and a technical detail for
 *  logs. Text for people is made from the code where it is shown, so it can be translated. */
template <typename Code>
struct Error
{
    Code code{};
    std::string detail;
};

/** Wraps an error so that `return fail(...)` converts into any Result with that error type. */
template <typename E>
class Unexpected
{
public:
    explicit Unexpected(E error)
        : m_error(std::move(error))
    {}
    E& error() & { return m_error; }
    E&& error() && { return std::move(m_error); }

private:
    E m_error;
};

template <typename E>
requires(!std::is_enum_v<std::decay_t<E>>) Unexpected<std::decay_t<E>> fail(E&& error)
{
    return Unexpected<std::decay_t<E>>(std::forward<E>(error));
}

template <typename Code>
requires std::is_enum_v<Code> Unexpected<Error<Code>> fail(Code code, std::string detail = {})
{
    return Unexpected<Error<Code>>(Error<Code>{code, std::move(detail)});
}

/** A value or an error; the only way errors cross module boundaries in client and common code. */
template <typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Unexpected<E> error)
        : m_state(std::in_place_index<1>, std::move(error).error())
    {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T& value() &
    {
        assert(hasValue());
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        assert(hasValue());
        return std::get<0>(m_state);
    }
    // By value on rvalues, so `for (auto& x : *makeResult())` cannot dangle.
    T value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_state));
    }
    T valueOr(T fallback) const { return hasValue() ? std::get<0>(m_state) : std::move(fallback); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }

    E& error() &
    {
        assert(!hasValue());
        return std::get<1>(m_state);
    }
    const E& error() const&
    {
        assert(!hasValue());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, E> m_state;
};

template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(Unexpected<E> error)
        : m_error(std::in_place, std::move(error).error())
    {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }

    E& error() &
    {
        assert(!hasValue());
        return *m_error;
    }
    const E& error() const&
    {
        assert(!hasValue());
        return *m_error;
    }

private:
    std::optional<E> m_error;
};

} // namespace petinfo
