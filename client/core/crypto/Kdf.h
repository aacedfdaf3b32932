// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace petinfo::client {

/** PBKDF2-HMAC-SHA256 iterations for a passphrase-derived database key (OWASP 2023 guidance). */
inline constexpr int kDefaultPassphraseIterations = 600000;
inline constexpr int kDatabaseKeyBytes = 32;

/** Derives a 256-bit key from a passphrase (UTF-8) with PBKDF2-HMAC-SHA256. Slow on purpose. */
SecureBytes derivePassphraseKey(const SecureBytes& passphrase, const QByteArray& salt, int iterations);

/** A new random 256-bit key from the OS CSPRNG. */
SecureBytes randomKey();
QByteArray randomBytes(int size);

/** HMAC-SHA256(key, label): a value that tells whether a key is the right one without revealing it. */
QByteArray keyCheckValue(const SecureBytes& key);

/** SHA-256 of data, lower-case hex. */
QByteArray sha256Hex(QByteArrayView data);

} // namespace petinfo::client
