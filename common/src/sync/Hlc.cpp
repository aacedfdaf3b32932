// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/sync/Hlc.h"

#include <algorithm>
#include <ostream>

namespace petinfo::sync {

namespace {

constexpr std::size_t kWallDigits = 12;   // 48 bits of milliseconds: until the year 10889
constexpr std::size_t kCounterDigits = 4; // up to kMaxCounter
constexpr std::size_t kPrefix = kWallDigits + 1 + kCounterDigits + 1;
constexpr std::int64_t kMaxWall = (std::int64_t{1} << 48) - 1;

void appendHex(std::string& out, std::uint64_t value, std::size_t digits)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (std::size_t i = digits; i-- > 0;) {
        out += hex[(value >> (i * 4)) & 0xF];
    }
}

std::optional<std::uint64_t> parseHex(std::string_view text)
{
    std::uint64_t value = 0;
    for (char c : text) {
        value <<= 4;
        if (c >= '0' && c <= '9') {
            value |= static_cast<std::uint64_t>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            value |= static_cast<std::uint64_t>(c - 'a' + 10);
        } else {
            return std::nullopt;
        }
    }
    return value;
}

} // namespace

void NodeId::assign(std::string_view text)
{
    if (text.size() <= kMaxLength) {
        std::copy(text.begin(), text.end(), m_chars.begin());
        m_size = text.size();
        m_long.clear();
    } else {
        m_long.assign(text);
        m_size = kMaxLength + 1;
    }
}

std::ostream& operator<<(std::ostream& out, const NodeId& id)
{
    return out << id.view();
}

bool isValidNodeId(std::string_view node)
{
    if (node.empty() || node.size() > Hlc::kMaxNodeLength) {
        return false;
    }
    return std::all_of(node.begin(), node.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

bool operator<(const Hlc& a, const Hlc& b)
{
    if (a.wallMs != b.wallMs) {
        return a.wallMs < b.wallMs;
    }
    if (a.counter != b.counter) {
        return a.counter < b.counter;
    }
    return a.node < b.node;
}

std::string Hlc::encode() const
{
    std::string out;
    out.reserve(kPrefix + node.size());
    appendHex(out, static_cast<std::uint64_t>(std::clamp<std::int64_t>(wallMs, 0, kMaxWall)), kWallDigits);
    out += '-';
    appendHex(out, std::min(counter, kMaxCounter), kCounterDigits);
    out += '-';
    out += node.view();
    return out;
}

std::optional<Hlc> Hlc::parse(std::string_view text)
{
    if (text.size() <= kPrefix || text[kWallDigits] != '-' || text[kPrefix - 1] != '-') {
        return std::nullopt;
    }
    const auto wall = parseHex(text.substr(0, kWallDigits));
    const auto counter = parseHex(text.substr(kWallDigits + 1, kCounterDigits));
    const std::string_view node = text.substr(kPrefix);
    if (!wall || !counter || !isValidNodeId(node)) {
        return std::nullopt;
    }
    return Hlc{static_cast<std::int64_t>(*wall), static_cast<std::uint32_t>(*counter), NodeId(node)};
}

HlcClock::HlcClock(const Clock& clock, std::string_view node, std::int64_t maxDriftMs)
    : m_clock(clock)
    , m_maxDriftMs(maxDriftMs)
{
    m_last.node = NodeId(node);
}

Hlc HlcClock::now()
{
    const std::int64_t physical = m_clock.nowMs();
    if (physical > m_last.wallMs) {
        m_last.wallMs = physical;
        m_last.counter = 0;
    } else if (m_last.counter < Hlc::kMaxCounter) {
        ++m_last.counter;
    } else {
        // The counter is bounded by its encoding; borrow the next millisecond, which keeps the
        // order total and only runs ahead of the physical clock by as much as the burst needs.
        ++m_last.wallMs;
        m_last.counter = 0;
    }
    return m_last;
}

bool HlcClock::receive(const Hlc& remote)
{
    const std::int64_t physical = m_clock.nowMs();
    if (remote.wallMs - physical > m_maxDriftMs) {
        return false;
    }
    const std::int64_t previous = m_last.wallMs;
    const std::int64_t wall = std::max({previous, remote.wallMs, physical});
    std::uint64_t counter = 0;
    if (wall == previous && wall == remote.wallMs) {
        counter = std::uint64_t{std::max(m_last.counter, remote.counter)} + 1;
    } else if (wall == previous) {
        counter = std::uint64_t{m_last.counter} + 1;
    } else if (wall == remote.wallMs) {
        counter = std::uint64_t{remote.counter} + 1;
    }
    m_last.wallMs = wall;
    if (counter > Hlc::kMaxCounter) {
        ++m_last.wallMs;
        counter = 0;
    }
    m_last.counter = static_cast<std::uint32_t>(counter);
    return true;
}

void HlcClock::restore(const Hlc& last)
{
    if (last.wallMs > m_last.wallMs || (last.wallMs == m_last.wallMs && last.counter > m_last.counter)) {
        m_last.wallMs = last.wallMs;
        m_last.counter = std::min(last.counter, Hlc::kMaxCounter);
    }
}

} // namespace petinfo::sync
