// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/StaffPin.h"

#include "crypto/Kdf.h"
#include "petinfo/common/Clock.h"

#include <QList>

#include <algorithm>

#include <openssl/crypto.h>

namespace petinfo::client {

namespace {

const QByteArray kScheme = QByteArrayLiteral("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
// A stored hash cannot ask for more work than this (a damaged or planted value must not hang the kiosk).
constexpr int kMaxIterations = 10'000'000;

} // namespace

bool StaffPin::isWellFormed(const QString& pin)
{
    if (pin.size() < kMinPinLength || pin.size() > kMaxPinLength) {
        return false;
    }
    return std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QByteArray StaffPin::hash(const SecureBytes& pin, int iterations)
{
    const QByteArray salt = randomBytes(kSaltBytes);
    const SecureBytes derived = derivePassphraseKey(pin, salt, iterations);
    if (derived.isEmpty()) {
        return {};
    }
    return kScheme + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
           derived.view().toByteArray().toBase64();
}

bool StaffPin::verify(const SecureBytes& pin, const QByteArray& stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts[0] != kScheme) {
        return false;
    }
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    if (!ok || iterations < 1 || iterations > kMaxIterations || salt.isEmpty() ||
        expected.size() != kDatabaseKeyBytes) {
        return false;
    }
    const SecureBytes derived = derivePassphraseKey(pin, salt, iterations);
    return derived.size() == static_cast<std::size_t>(expected.size()) &&
           CRYPTO_memcmp(derived.data(), expected.constData(), derived.size()) == 0;
}

std::int64_t PinGuard::lockedForMs() const
{
    const std::int64_t left = m_lockedUntilMs - m_clock.nowMs();
    return left > 0 ? left : 0;
}

void PinGuard::recordAttempt(bool right)
{
    if (right) {
        m_wrong = 0;
        m_lockedUntilMs = 0;
        return;
    }
    if (++m_wrong >= kMaxTries) {
        m_wrong = 0;
        m_lockedUntilMs = m_clock.nowMs() + kLockMs;
    }
}

} // namespace petinfo::client
