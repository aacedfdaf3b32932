// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace petinfo::client {

/** Key material: a fixed buffer that is wiped when it is destroyed or moved from, never copied
 *  implicitly and locked in RAM where the platform allows it (no swap-out). */
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    explicit SecureBytes(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    /** An explicit copy, so that copying key material is visible in the code. */
    SecureBytes clone() const { return SecureBytes(view()); }

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
    }
    /** Lower-case hex in a SecureBytes (for SQLCipher's raw-key syntax). */
    SecureBytes toHex() const;

    friend bool operator==(const SecureBytes& a, const SecureBytes& b);

private:
    void release();

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

/** Disables core dumps for this process so key material cannot end up in a dump file. */
void disableCoreDumps();

} // namespace petinfo::client
