// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Kdf.h"

#include "petinfo/common/Random.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <span>

namespace petinfo::client {

SecureBytes derivePassphraseKey(const SecureBytes& passphrase, const QByteArray& salt, int iterations)
{
    SecureBytes key(kDatabaseKeyBytes);
    const int ok =
        PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(passphrase.data()), static_cast<int>(passphrase.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), static_cast<int>(key.size()), key.data());
    if (ok != 1) {
        return SecureBytes();
    }
    return key;
}

SecureBytes randomKey()
{
    SecureBytes key(kDatabaseKeyBytes);
    secureRandomBytes(std::span<std::uint8_t>(key.data(), key.size()));
    return key;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    secureRandomBytes(std::span<std::uint8_t>(reinterpret_cast<std::uint8_t*>(bytes.data()), bytes.size()));
    return bytes;
}

QByteArray keyCheckValue(const SecureBytes& key)
{
    static constexpr char label[] = "petinfo key check v1";
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(label),
         sizeof(label) - 1, out, &outLen);
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(outLen));
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace petinfo::client
