// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace petinfo {
class Clock;
}

namespace petinfo::client {

/** PBKDF2-HMAC-SHA256 iterations for a staff PIN. The PIN is short, so the cost mainly slows an
 *  attacker who has already got past the database encryption; it is the same cost as a database
 *  passphrase (about half a second here), paid once per unlock attempt, off the GUI thread. */
inline constexpr int kDefaultPinIterations = 600000;
inline constexpr int kMinPinLength = 4;
inline constexpr int kMaxPinLength = 12;

/** A staff PIN stored only as a slow salted hash: `pbkdf2-sha256$<iterations>$<salt>$<hash>` with
 *  base64 salt (16 random bytes) and hash (32 bytes). */
class StaffPin final
{
public:
    /** Whether `pin` is acceptable as a new PIN: kMinPinLength..kMaxPinLength digits. */
    static bool isWellFormed(const QString& pin);
    /** The stored form of a new PIN (new random salt). Slow on purpose. */
    static QByteArray hash(const SecureBytes& pin, int iterations = kDefaultPinIterations);
    /** Whether `pin` matches a stored hash (constant-time compare). False for a malformed hash. Slow. */
    static bool verify(const SecureBytes& pin, const QByteArray& stored);
};

/** Counts wrong PINs: after kMaxTries wrong ones in a row, every attempt is refused for kLockMs
 *  (measured with the injectable clock); a right PIN resets the count. */
class PinGuard final
{
public:
    static constexpr int kMaxTries = 5;
    static constexpr std::int64_t kLockMs = 60'000;

    explicit PinGuard(const Clock& clock)
        : m_clock(clock)
    {}

    /** Milliseconds until attempts are allowed again; 0 when they are. */
    std::int64_t lockedForMs() const;
    bool isLocked() const { return lockedForMs() > 0; }
    /** Records the outcome of one attempt (made while not locked). */
    void recordAttempt(bool right);
    /** Wrong tries since the last right one or the last lock. */
    int wrongTries() const { return m_wrong; }

private:
    const Clock& m_clock;
    int m_wrong = 0;
    std::int64_t m_lockedUntilMs = 0;
};

} // namespace petinfo::client
