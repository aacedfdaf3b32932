// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server {

/** One key of the server's keyring: an id (1-16 of A-Z a-z 0-9 _ -) and 32 bytes. */
struct SecretKey
{
    std::string id;
    std::string bytes;
};

/** Encrypts the secrets the server must read back (users' TOTP secrets; any per-organisation
 *  integration secret later) with AES-256-GCM under keys from the configuration, so that a copy
 *  of the database alone does not give them away. The first key seals; every key opens, which
 *  is how keys are rotated (docs/server.md). The stored form is
 *  `sb1:<key id>:<hex of nonce ‖ ciphertext ‖ tag>`. A context naming the column and row
 *  ("users.totp_secret:<user id>") is authenticated with the value, so a sealed value copied to
 *  another row does not open. Key bytes are wiped when the box is destroyed. */
class SecretBox
{
public:
    /** Throws std::invalid_argument without keys, or for a key that is not 32 bytes. */
    explicit SecretBox(std::vector<SecretKey> keys);
    ~SecretBox();
    SecretBox(const SecretBox&) = delete;
    SecretBox& operator=(const SecretBox&) = delete;

    std::string seal(std::string_view plaintext, std::string_view context) const;
    /** nullopt when the value is not sealed, its key is unknown, or it was altered or sealed for
     *  another context. */
    std::optional<std::string> open(std::string_view stored, std::string_view context) const;
    /** True for a value sealed with another key than the current one. */
    bool sealedWithOldKey(std::string_view stored) const;
    static bool isSealed(std::string_view stored);
    const std::string& currentKeyId() const { return m_keys.front().id; }

    /** Parses `id:<64 hex digits>[,id:<64 hex digits>…]` (the first is the current key); nullopt
     *  and `error` when malformed. */
    static std::optional<std::vector<SecretKey>> parseKeys(std::string_view text, std::string* error = nullptr);
    /** A new random key in the form parseKeys reads. */
    static std::string newKeyText(std::string_view id);

private:
    const SecretKey* key(std::string_view id) const;

    std::vector<SecretKey> m_keys;
};

} // namespace petinfo::server
