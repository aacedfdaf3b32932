// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace petinfo::sync {

/** A hybrid logical clock timestamp (Kulkarni et al., "Logical Physical Clocks", 2014): the
 *  physical time in ms, a counter that orders events within one ms, and the id of the node that
 *  made the event, which breaks the remaining ties so that the order is total. */
struct Hlc
{
    std::int64_t wallMs = 0;
    std::uint32_t counter = 0;
    std::string node;

    /** The largest counter the string encoding carries; the clock moves wallMs on instead. */
    static constexpr std::uint32_t kMaxCounter = 0xFFFF;
    /** Node ids: 1 to 64 characters from [A-Za-z0-9_-] (UUIDs and "server" fit). */
    static constexpr std::size_t kMaxNodeLength = 64;

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
    HlcClock(const Clock& clock, std::string node, std::int64_t maxDriftMs = kDefaultMaxDriftMs);

    static constexpr std::int64_t kDefaultMaxDriftMs = 60LL * 60 * 1000;

    /** A local or send event: a timestamp greater than every one this clock has issued or seen. */
    Hlc now();
    /** A receive event: advances past `remote`. False (clock unchanged) when `remote` is too far
     *  ahead of the physical clock. */
    [[nodiscard]] bool receive(const Hlc& remote);
    /** Restores the last issued timestamp (persisted by the caller) after a restart. */
    void restore(const Hlc& last);

    const Hlc& last() const { return m_last; }
    const std::string& node() const { return m_last.node; }

private:
    const Clock& m_clock;
    std::int64_t m_maxDriftMs;
    Hlc m_last;
};

} // namespace petinfo::sync
