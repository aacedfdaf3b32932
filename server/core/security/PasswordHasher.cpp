// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHasher.h"

#include "security/Crypto.h"

#include <charconv>
#include <vector>

namespace petinfo::server {

namespace {
constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
} // namespace

PasswordHasher::PasswordHasher(int iterations, int concurrent)
    : m_iterations(iterations < 1 ? 1 : iterations)
    , m_slots(concurrent < 1 ? 1 : concurrent)
{}

std::string PasswordHasher::derive(std::string_view password, std::string_view salt, int iterations)
{
    {
        std::unique_lock lock(m_mutex);
        m_free.wait(lock, [&] { return m_slots > 0; });
        --m_slots;
    }
    std::string out;
    try {
        out = crypto::pbkdf2Sha256(password, salt, iterations, kHashBytes);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        ++m_slots;
        m_free.notify_one();
        throw;
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_slots;
    }
    m_free.notify_one();
    return out;
}

std::string PasswordHasher::hash(std::string_view password)
{
    const std::string salt = crypto::randomBytes(kSaltBytes);
    return std::string(kScheme) + "$" + std::to_string(m_iterations) + "$" + crypto::toHex(salt) + "$" +
           crypto::toHex(derive(password, salt, m_iterations));
}

bool PasswordHasher::verify(std::string_view password, std::string_view encoded)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = encoded.find('$', start);
        parts.push_back(encoded.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    int iterations = 0;
    if (parts.size() != 4 || parts[0] != kScheme ||
        std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), iterations).ec != std::errc() ||
        iterations < 1) {
        burn(password);
        return false;
    }
    const auto salt = crypto::fromHex(parts[2]);
    const auto expected = crypto::fromHex(parts[3]);
    if (!salt || !expected) {
        burn(password);
        return false;
    }
    return crypto::constantTimeEquals(derive(password, *salt, iterations), *expected);
}

void PasswordHasher::burn(std::string_view password)
{
    (void)derive(password, "petinfo-no-such-user", m_iterations);
}

} // namespace petinfo::server
