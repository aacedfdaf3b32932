// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Random.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#if defined(_WIN32)
#include <bcrypt.h>
#include <windows.h>
#pragma comment(lib, "bcrypt.lib")
#elif defined(__linux__)
#include <cerrno>
#include <sys/random.h>
#else
#include <unistd.h>
#endif

namespace petinfo {

void secureRandomBytes(std::span<std::uint8_t> out)
{
#if defined(_WIN32)
    if (BCryptGenRandom(nullptr, out.data(), static_cast<ULONG>(out.size()), BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) {
        std::fputs("petinfo: the system random number generator failed\n", stderr);
        std::abort();
    }
#elif defined(__linux__)
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = getrandom(out.data() + done, out.size() - done, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            std::fputs("petinfo: getrandom() failed\n", stderr);
            std::abort();
        }
        done += static_cast<std::size_t>(n);
    }
#else
    std::size_t done = 0;
    while (done < out.size()) {
        const std::size_t chunk = out.size() - done > 256 ? 256 : out.size() - done;
        if (getentropy(out.data() + done, chunk) != 0) {
            std::fputs("petinfo: getentropy() failed\n", stderr);
            std::abort();
        }
        done += chunk;
    }
#endif
}

std::string base64UrlEncode(std::span<const std::uint8_t> bytes)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8) | bytes[i + 2];
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += alphabet[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t v = std::uint32_t{bytes[i]} << 16;
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
    } else if (rest == 2) {
        const std::uint32_t v = (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8);
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
    }
    return out;
}

std::string newUuid()
{
    // RFC 9562 version 7: 48 bits of Unix time in ms, then 12 bits that count within the ms
    // (method 1, "fixed bit-length dedicated counter", started at a random value), then 62
    // random bits. Ids made later sort later, so the indexes they key grow at their end.
    std::array<std::uint8_t, 16> b{};
    secureRandomBytes(b);
    static std::mutex mutex;
    static std::uint64_t lastMs = 0;
    static std::uint32_t counter = 0;
    const auto now = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    std::uint64_t ms = 0;
    std::uint32_t count = 0;
    {
        std::lock_guard lock(mutex);
        if (now > lastMs) {
            lastMs = now;
            counter = ((std::uint32_t{b[6]} << 8) | b[7]) & 0x7FF; // leaves room to count up
        } else if (++counter > 0xFFF) { // more than ~2,000 ids in one ms, or the clock went back
            ++lastMs;
            counter = 0;
        }
        ms = lastMs;
        count = counter;
    }
    for (int i = 0; i < 6; ++i) {
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (40 - 8 * i));
    }
    b[6] = static_cast<std::uint8_t>(0x70 | ((count >> 8) & 0x0F));
    b[7] = static_cast<std::uint8_t>(count & 0xFF);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out += '-';
        }
        out += hex[b[i] >> 4];
        out += hex[b[i] & 0x0F];
    }
    return out;
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') {
                return false;
            }
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

std::string newTagId()
{
    std::array<std::uint8_t, 16> b{};
    secureRandomBytes(b);
    return base64UrlEncode(b);
}

bool isTagId(std::string_view text)
{
    if (text.size() != 22) {
        return false;
    }
    for (char c : text) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) {
            return false;
        }
    }
    // 22 base64url characters carry 132 bits; a 128-bit id leaves the low 4 bits of the last one zero.
    static constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    return (alphabet.find(text.back()) & 0x0F) == 0;
}

} // namespace petinfo
