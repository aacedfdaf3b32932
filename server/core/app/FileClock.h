// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"

#include <mutex>
#include <string>
#include <sys/types.h>

namespace petinfo::server {

/** The clock of a server under test (config debug.clockFile): the time is the number of
 *  milliseconds since the epoch written in a file, and it only moves when the file is rewritten.
 *  Tests of time-driven work (reminders at the start of a send window, backoff, leases) use it to
 *  move a real server process's time. The server warns in its log when it is set. */
class FileClock final : public Clock
{
public:
    explicit FileClock(std::string path);
    std::int64_t nowMs() const override;
    /** The UTC date of nowMs(). */
    Date today() const override;

    /** Writes `ms` to `path` atomically (for tests and tools). */
    static void write(const std::string& path, std::int64_t ms);

private:
    std::string m_path;
    mutable std::mutex m_mutex;
    mutable ino_t m_inode = 0;
    mutable std::int64_t m_modifiedNs = -1;
    mutable std::int64_t m_value = 0;
};

} // namespace petinfo::server
