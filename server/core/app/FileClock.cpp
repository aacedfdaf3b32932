// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FileClock.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <sys/stat.h>

namespace petinfo::server {

FileClock::FileClock(std::string path)
    : m_path(std::move(path))
{
    if (nowMs() <= 0) {
        throw std::runtime_error("debug.clockFile must hold a time in milliseconds since the epoch");
    }
}

std::int64_t FileClock::nowMs() const
{
    struct stat info
    {};
    std::lock_guard lock(m_mutex);
    if (::stat(m_path.c_str(), &info) != 0) {
        return m_value; // being replaced: the last time read
    }
    const std::int64_t modified = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    if (info.st_ino != m_inode || modified != m_modifiedNs) {
        std::ifstream in(m_path);
        std::int64_t value = 0;
        if (in >> value && value > 0) {
            m_value = value;
            m_inode = info.st_ino;
            m_modifiedNs = modified;
        }
    }
    return m_value;
}

Date FileClock::today() const
{
    return Date::fromDays(nowMs() / 86400000);
}

void FileClock::write(const std::string& path, std::int64_t ms)
{
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << ms << '\n';
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        throw std::runtime_error("cannot replace " + path);
    }
}

} // namespace petinfo::server
