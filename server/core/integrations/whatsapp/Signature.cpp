// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrations/whatsapp/Signature.h"

#include "security/Crypto.h"

namespace petinfo::server::whatsapp {

std::string signatureHeader(std::string_view appSecret, std::string_view rawBody)
{
    return "sha256=" + crypto::toHex(crypto::hmac(crypto::HashAlgorithm::Sha256, appSecret, rawBody));
}

bool verifySignature(std::string_view appSecret, std::string_view rawBody, std::string_view header)
{
    if (appSecret.empty()) {
        return false;
    }
    // Compared as text of fixed length: a header of another length is refused by the compare
    // itself, which depends only on the lengths.
    std::string given(header);
    for (char& c : given) {
        if (c >= 'A' && c <= 'F') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return crypto::constantTimeEquals(signatureHeader(appSecret, rawBody), given);
}

} // namespace petinfo::server::whatsapp
