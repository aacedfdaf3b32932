// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SecretBox.h"

#include "security/Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace petinfo::server {

namespace {

constexpr std::string_view kPrefix = "sb1:";
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(std::string_view s)
{
    return reinterpret_cast<const unsigned char*>(s.data());
}

unsigned char* bytes(std::string& s)
{
    return reinterpret_cast<unsigned char*>(s.data());
}

bool isKeyId(std::string_view id)
{
    if (id.empty() || id.size() > 16) {
        return false;
    }
    for (char c : id) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            return false;
        }
    }
    return true;
}

/** Splits "sb1:<id>:<hex>"; false when it is not that shape. */
bool split(std::string_view stored, std::string_view& id, std::string_view& hex)
{
    if (stored.substr(0, kPrefix.size()) != kPrefix) {
        return false;
    }
    const std::string_view rest = stored.substr(kPrefix.size());
    const auto colon = rest.find(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    id = rest.substr(0, colon);
    hex = rest.substr(colon + 1);
    return isKeyId(id);
}

} // namespace

SecretBox::SecretBox(std::vector<SecretKey> keys)
    : m_keys(std::move(keys))
{
    if (m_keys.empty()) {
        throw std::invalid_argument("a secret box needs a key");
    }
    for (const SecretKey& k : m_keys) {
        if (k.bytes.size() != kKeyBytes || !isKeyId(k.id)) {
            throw std::invalid_argument("secret keys are 32 bytes with an id of 1-16 characters");
        }
    }
}

SecretBox::~SecretBox()
{
    for (SecretKey& k : m_keys) {
        OPENSSL_cleanse(k.bytes.data(), k.bytes.size());
    }
}

const SecretKey* SecretBox::key(std::string_view id) const
{
    for (const SecretKey& k : m_keys) {
        if (k.id == id) {
            return &k;
        }
    }
    return nullptr;
}

std::string SecretBox::seal(std::string_view plaintext, std::string_view context) const
{
    const SecretKey& k = m_keys.front();
    std::string sealed = crypto::randomBytes(kNonceBytes);
    sealed.resize(kNonceBytes + plaintext.size() + kTagBytes);
    unsigned char* nonce = bytes(sealed);
    unsigned char* cipher = nonce + kNonceBytes;
    unsigned char* tag = cipher + plaintext.size();
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(k.bytes), nonce) == 1;
    ok = ok && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(context), static_cast<int>(context.size())) == 1;
    ok = ok && EVP_EncryptUpdate(ctx.get(), cipher, &length, bytes(plaintext), static_cast<int>(plaintext.size())) == 1;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), cipher + length, &length) == 1; // GCM: nothing more
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes), tag) == 1;
    if (!ok) {
        throw std::runtime_error("AES-256-GCM encryption failed");
    }
    return std::string(kPrefix) + k.id + ":" + crypto::toHex(sealed);
}

std::optional<std::string> SecretBox::open(std::string_view stored, std::string_view context) const
{
    std::string_view id;
    std::string_view hex;
    if (!split(stored, id, hex)) {
        return std::nullopt;
    }
    const SecretKey* k = key(id);
    const auto sealed = crypto::fromHex(hex);
    if (!k || !sealed || sealed->size() < kNonceBytes + kTagBytes) {
        return std::nullopt;
    }
    const std::size_t cipherBytes = sealed->size() - kNonceBytes - kTagBytes;
    std::string plaintext(cipherBytes, '\0');
    std::string tag = sealed->substr(kNonceBytes + cipherBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(k->bytes), bytes(*sealed)) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(context), static_cast<int>(context.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), bytes(plaintext), &length, bytes(*sealed) + kNonceBytes,
                          static_cast<int>(cipherBytes)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), bytes(tag)) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), bytes(plaintext) + length, &length) == 1;
    if (!ok) {
        OPENSSL_cleanse(plaintext.data(), plaintext.size());
        return std::nullopt;
    }
    return plaintext;
}

bool SecretBox::isSealed(std::string_view stored)
{
    std::string_view id;
    std::string_view hex;
    return split(stored, id, hex);
}

bool SecretBox::sealedWithOldKey(std::string_view stored) const
{
    std::string_view id;
    std::string_view hex;
    return split(stored, id, hex) && id != currentKeyId();
}

std::optional<std::vector<SecretKey>> SecretBox::parseKeys(std::string_view text, std::string* error)
{
    auto fail = [&](std::string message) -> std::optional<std::vector<SecretKey>> {
        if (error) {
            *error = std::move(message);
        }
        return std::nullopt;
    };
    std::vector<SecretKey> keys;
    while (!text.empty()) {
        const auto comma = text.find(',');
        std::string_view item = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        while (!item.empty() && item.front() == ' ') {
            item.remove_prefix(1);
        }
        while (!item.empty() && item.back() == ' ') {
            item.remove_suffix(1);
        }
        const auto colon = item.find(':');
        if (colon == std::string_view::npos || !isKeyId(item.substr(0, colon))) {
            return fail("each key is id:<64 hex digits>, the id 1-16 of A-Z a-z 0-9 _ -");
        }
        auto key = crypto::fromHex(item.substr(colon + 1));
        if (!key || key->size() != kKeyBytes) {
            return fail("key '" + std::string(item.substr(0, colon)) + "' is not 64 hex digits (32 bytes)");
        }
        for (const SecretKey& k : keys) {
            if (k.id == item.substr(0, colon)) {
                return fail("key id '" + k.id + "' appears twice");
            }
        }
        keys.push_back(SecretKey{std::string(item.substr(0, colon)), std::move(*key)});
    }
    if (keys.empty()) {
        return fail("no key");
    }
    return keys;
}

std::string SecretBox::newKeyText(std::string_view id)
{
    std::string key = crypto::randomBytes(kKeyBytes);
    std::string text = std::string(id) + ":" + crypto::toHex(key);
    OPENSSL_cleanse(key.data(), key.size());
    return text;
}

} // namespace petinfo::server
