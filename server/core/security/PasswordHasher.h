// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>

namespace petinfo::server {

/** PBKDF2-HMAC-SHA256 password hashes, stored as "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>".
 *  The iteration count of each hash is stored with it, so raising the default later still verifies
 *  old hashes. At most a few hashes run at once, so a burst of sign-ins cannot take every core. */
class PasswordHasher
{
public:
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Lower values are for tests only (config). */
    static constexpr int kDefaultIterations = 600000;
    static constexpr std::size_t kMinPasswordLength = 10;
    static constexpr std::size_t kMaxPasswordLength = 256;

    explicit PasswordHasher(int iterations = kDefaultIterations, int concurrent = 2);

    int iterations() const { return m_iterations; }
    std::string hash(std::string_view password);
    bool verify(std::string_view password, std::string_view encoded);
    /** The same work as a verification, for an unknown account (no timing difference). */
    void burn(std::string_view password);

private:
    std::string derive(std::string_view password, std::string_view salt, int iterations);

    int m_iterations;
    int m_slots;
    std::mutex m_mutex;
    std::condition_variable m_free;
};

} // namespace petinfo::server
