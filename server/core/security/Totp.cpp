// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Totp.h"

#include <array>

namespace petinfo::server {

namespace {

std::string hotp(std::string_view secret, std::uint64_t counter, const TotpParams& params)
{
    std::array<char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<std::size_t>(i)] = static_cast<char>(counter & 0xFF);
        counter >>= 8;
    }
    const std::string mac = crypto::hmac(params.algorithm, secret, std::string_view(message.data(), message.size()));
    const auto offset = static_cast<std::size_t>(static_cast<unsigned char>(mac.back()) & 0x0F);
    const std::uint32_t binary = (static_cast<std::uint32_t>(static_cast<unsigned char>(mac[offset]) & 0x7F) << 24) |
                                 (static_cast<std::uint32_t>(static_cast<unsigned char>(mac[offset + 1])) << 16) |
                                 (static_cast<std::uint32_t>(static_cast<unsigned char>(mac[offset + 2])) << 8) |
                                 static_cast<std::uint32_t>(static_cast<unsigned char>(mac[offset + 3]));
    std::uint32_t modulus = 1;
    for (int i = 0; i < params.digits; ++i) {
        modulus *= 10;
    }
    std::string code = std::to_string(binary % modulus);
    while (static_cast<int>(code.size()) < params.digits) {
        code.insert(code.begin(), '0');
    }
    return code;
}

std::string percentEncode(std::string_view text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || c == '@') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    return out;
}

} // namespace

std::string totpCode(std::string_view secret, std::int64_t unixSeconds, const TotpParams& params)
{
    return hotp(secret, static_cast<std::uint64_t>(unixSeconds / params.stepSeconds), params);
}

std::optional<std::int64_t> verifyTotp(std::string_view secret, std::string_view code, std::int64_t unixSeconds,
                                       std::int64_t lastUsedStep, const TotpParams& params)
{
    if (static_cast<int>(code.size()) != params.digits) {
        return std::nullopt;
    }
    const std::int64_t current = unixSeconds / params.stepSeconds;
    std::optional<std::int64_t> matched;
    // Check every step of the window (no early exit) so timing does not reveal which one matched.
    for (std::int64_t step = current - params.window; step <= current + params.window; ++step) {
        if (step <= lastUsedStep || step < 0) {
            continue;
        }
        if (crypto::constantTimeEquals(hotp(secret, static_cast<std::uint64_t>(step), params), code) && !matched) {
            matched = step;
        }
    }
    return matched;
}

std::string totpUri(std::string_view issuer, std::string_view account, std::string_view secret)
{
    return "otpauth://totp/" + percentEncode(issuer) + ":" + percentEncode(account) +
           "?secret=" + crypto::base32Encode(secret) + "&issuer=" + percentEncode(issuer) +
           "&algorithm=SHA1&digits=6&period=30";
}

} // namespace petinfo::server
