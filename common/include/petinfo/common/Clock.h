// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"

#include <cstdint>

namespace petinfo {

/** Wall-clock time, injectable so tests can pin "today" (overdue vaccines depend on it). */
class Clock
{
public:
    virtual ~Clock() = default;
    /** Milliseconds since the Unix epoch, UTC. */
    virtual std::int64_t nowMs() const = 0;
    /** Today's date in the local time zone. */
    virtual Date today() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override;
    Date today() const override;
    /** A process-wide instance for production code. */
    static const Clock& instance();
};

/** A clock that only moves when told to; for tests. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t nowMs, Date today)
        : m_nowMs(nowMs)
        , m_today(today)
    {}
    std::int64_t nowMs() const override { return m_nowMs; }
    Date today() const override { return m_today; }
    void advanceMs(std::int64_t ms) { m_nowMs += ms; }
    void setToday(Date today) { m_today = today; }

private:
    std::int64_t m_nowMs;
    Date m_today;
};

} // namespace petinfo
