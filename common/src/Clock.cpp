// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Clock.h"

#include <chrono>
#include <ctime>

namespace petinfo {

std::int64_t SystemClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Date SystemClock::today() const
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return Date{local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1), static_cast<unsigned>(local.tm_mday)};
}

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace petinfo
