// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

#if defined(Q_OS_UNIX) || defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif
#endif

namespace petinfo::client {

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size ? new unsigned char[size]() : nullptr)
    , m_size(size)
{
#if defined(__unix__) || defined(__APPLE__)
    if (m_data) {
        mlock(m_data, m_size); // best effort: a failure only means the page may be swapped
    }
#endif
}

SecureBytes::SecureBytes(QByteArrayView bytes)
    : SecureBytes(static_cast<std::size_t>(bytes.size()))
{
    if (m_size) {
        std::memcpy(m_data, bytes.data(), m_size);
    }
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBytes hex(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        hex.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        hex.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0F]);
    }
    return hex;
}

bool operator==(const SecureBytes& a, const SecureBytes& b)
{
    return a.m_size == b.m_size && (a.m_size == 0 || CRYPTO_memcmp(a.m_data, b.m_data, a.m_size) == 0);
}

void SecureBytes::release()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_size);
#if defined(__unix__) || defined(__APPLE__)
        munlock(m_data, m_size);
#endif
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

void disableCoreDumps()
{
#if defined(__unix__) || defined(__APPLE__)
    struct rlimit limit
    {
        0, 0
    };
    setrlimit(RLIMIT_CORE, &limit);
#endif
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

} // namespace petinfo::client
