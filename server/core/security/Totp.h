// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Crypto.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace petinfo::server {

/** RFC 6238 time-based one-time passwords (HOTP of RFC 4226 over 30-second steps). Sign-in
 *  uses SHA-1, 6 digits, 30 s, ±1 step; other parameters exist for the RFC's test vectors. */
struct TotpParams
{
    crypto::HashAlgorithm algorithm = crypto::HashAlgorithm::Sha1;
    int digits = 6;
    std::int64_t stepSeconds = 30;
    int window = 1; ///< steps accepted on each side of the current one (clock drift)
};

std::string totpCode(std::string_view secret, std::int64_t unixSeconds, const TotpParams& params = {});

/** The step of the code when it is valid now and its step is after `lastUsedStep` (each code
 *  is single-use); nullopt otherwise. The caller stores the returned step. */
std::optional<std::int64_t> verifyTotp(std::string_view secret, std::string_view code, std::int64_t unixSeconds,
                                       std::int64_t lastUsedStep, const TotpParams& params = {});

/** otpauth://totp/… URI for authenticator apps (shown as a QR code by the client). */
std::string totpUri(std::string_view issuer, std::string_view account, std::string_view secret);

} // namespace petinfo::server
