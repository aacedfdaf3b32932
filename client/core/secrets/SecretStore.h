// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "petinfo/common/Result.h"

#include <QHash>
#include <QString>

namespace petinfo::client {

enum class SecretErrc
{
    NotFound,    ///< no entry under that name
    Unavailable, ///< no keychain service on this machine (headless, kiosk)
    Denied,      ///< the user or the system refused access
    Failed,      ///< any other failure
};
using SecretError = Error<SecretErrc>;

/** Where device secrets (database key, sync token) are kept. The production implementation is the
 *  OS keychain; there is deliberately no plain-file fallback. */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual Result<SecureBytes, SecretError> read(const QString& name) = 0;
    virtual Result<void, SecretError> write(const QString& name, const SecureBytes& secret) = 0;
    virtual Result<void, SecretError> remove(const QString& name) = 0;
};

/** The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager).
 *  Calls block on a local event loop; they take milliseconds, or as long as the user takes to answer
 *  an unlock prompt (30 s at most). They may come from any thread: the work itself always runs on
 *  the application's thread, which must keep its event loop running meanwhile. */
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Pet Info"));
    Result<SecureBytes, SecretError> read(const QString& name) override;
    Result<void, SecretError> write(const QString& name, const SecureBytes& secret) override;
    Result<void, SecretError> remove(const QString& name) override;

private:
    QString m_service;
};

/** Secrets held only in memory for the life of the process (tests, and `--ephemeral` demo runs). */
class MemorySecretStore final : public SecretStore
{
public:
    Result<SecureBytes, SecretError> read(const QString& name) override;
    Result<void, SecretError> write(const QString& name, const SecureBytes& secret) override;
    Result<void, SecretError> remove(const QString& name) override;
    void setAvailable(bool available) { m_available = available; }

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
};

} // namespace petinfo::client
