// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"

#include <array>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace petinfo::sync {

/** The id of the node that made an event, held in place when it is no longer than a valid id
 *  (kMaxLength): every field of a pulled row carries a copy of its clock, and a heap string per
 *  copy was a third of the allocations of reading a first sync. A longer text (never valid, see
 *  isValidNodeId) is kept whole on the heap, so comparisons stay exact. */
class NodeId
{
public:
    static constexpr std::size_t kMaxLength = 64;

    NodeId() = default;
    NodeId(std::string_view text) { assign(text); }
    NodeId(const std::string& text) { assign(text); }
    NodeId(const char* text) { assign(text ? std::string_view(text) : std::string_view()); }

    std::string_view view() const
    {
        return m_size <= kMaxLength ? std::string_view(m_chars.data(), m_size) : std::string_view(m_long);
    }
    operator std::string_view() const { return view(); }
    std::string str() const { return std::string(view()); }
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return view().size(); }

    friend bool operator==(const NodeId& a, const NodeId& b) { return a.view() == b.view(); }
    friend bool operator!=(const NodeId& a, const NodeId& b) { return !(a == b); }
    friend bool operator<(const NodeId& a, const NodeId& b) { return a.view() < b.view(); }
    friend bool operator==(const NodeId& a, std::string_view b) { return a.view() == b; }
    friend bool operator==(const NodeId& a, const char* b) { return a.view() == std::string_view(b); }
    friend std::ostream& operator<<(std::ostream& out, const NodeId& id);

private:
    void assign(std::string_view text);

    std::array<char, kMaxLength> m_chars{};
    std::size_t m_size = 0; ///< kMaxLength + 1 when the text is in m_long
    std::string m_long;
};

/** A hybrid logical clock timestamp (Kulkarni et al., "Logical Physical Clocks", 2014): the
 *  physical time in ms, a counter that orders events within one ms, and the id of the node that
 *  made the event, which breaks the remaining ties so that the order is total. */
struct Hlc
{
    std::int64_t wallMs = 0;
    std::uint32_t counter = 0;
    NodeId node;

    /** The largest counter the string encoding carries; the clock moves wallMs on instead. */
    static constexpr std::uint32_t kMaxCounter = 0xFFFF;
    /** Node ids: 1 to 64 characters from [A-Za-z0-9_-] (UUIDs and "server" fit). */
    static constexpr std::size_t kMaxNodeLength = NodeId::kMaxLength;

    /** A fixed-width prefix and the node id: "018f3a2b4c5d-0001-<node>". Byte-wise string order
     *  equals the order of the timestamps (compare with COLLATE "C" in PostgreSQL). */
    std::string encode() const;
    static std::optional<Hlc> parse(std::string_view text);

    bool isNull() const { return wallMs == 0 && counter == 0 && node.empty(); }

    // Explicit operators rather than <=>: Qt 6.4's moc cannot parse <compare> from GCC 12.
    friend bool operator==(const Hlc& a, const Hlc& b)
    {
        return a.wallMs == b.wallMs && a.counter == b.counter && a.node == b.node;
    }
    friend bool operator!=(const Hlc& a, const Hlc& b) { return !(a == b); }
    friend bool operator<(const Hlc& a, const Hlc& b);
    friend bool operator>(const Hlc& a, const Hlc& b) { return b < a; }
    friend bool operator<=(const Hlc& a, const Hlc& b) { return !(b < a); }
    friend bool operator>=(const Hlc& a, const Hlc& b) { return !(a < b); }
};

bool isValidNodeId(std::string_view node);

/** The clock of one node. Not thread-safe: guard it when several threads stamp events. */
class HlcClock
{
public:
    /** `maxDriftMs`: a remote timestamp further than this ahead of the local physical clock is
     *  refused, so one device with a wrong clock cannot drag every copy into the future. */
    HlcClock(const Clock& clock, std::string_view node, std::int64_t maxDriftMs = kDefaultMaxDriftMs);

    static constexpr std::int64_t kDefaultMaxDriftMs = 60LL * 60 * 1000;

    /** A local or send event: a timestamp greater than every one this clock has issued or seen. */
    Hlc now();
    /** A receive event: advances past `remote`. False (clock unchanged) when `remote` is too far
     *  ahead of the physical clock. */
    [[nodiscard]] bool receive(const Hlc& remote);
    /** Restores the last issued timestamp (persisted by the caller) after a restart. */
    void restore(const Hlc& last);

    const Hlc& last() const { return m_last; }
    const NodeId& node() const { return m_last.node; }

private:
    const Clock& m_clock;
    std::int64_t m_maxDriftMs;
    Hlc m_last;
};

} // namespace petinfo::sync
