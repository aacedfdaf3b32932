// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcSecrets, "petinfo.client.secrets")

namespace petinfo::client {

namespace {

constexpr int kKeychainTimeoutMs = 30000; // a keychain may ask the user to unlock it

void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    // Never store secrets in a plain file when no keychain exists.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

SecretError toSecretError(const QKeychain::Job& job)
{
    const std::string detail = job.errorString().toStdString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {SecretErrc::NotFound, detail};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretErrc::Denied, detail};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {SecretErrc::Unavailable, detail};
    default:
        return {SecretErrc::Failed, detail};
    }
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

Result<SecureBytes, SecretError> KeychainSecretStore::read(const QString& name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        qCInfo(lcSecrets) << "keychain read failed:" << job.error() << job.errorString();
        return fail(toSecretError(job));
    }
    QByteArray data = job.binaryData();
    SecureBytes secret{QByteArrayView(data)};
    wipe(data);
    return secret;
}

Result<void, SecretError> KeychainSecretStore::write(const QString& name, const SecureBytes& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    QByteArray data = secret.view().toByteArray();
    job.setBinaryData(data);
    wipe(data);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        qCInfo(lcSecrets) << "keychain write failed:" << job.error() << job.errorString();
        return fail(toSecretError(job));
    }
    return {};
}

Result<void, SecretError> KeychainSecretStore::remove(const QString& name)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return fail(toSecretError(job));
    }
    return {};
}

Result<SecureBytes, SecretError> MemorySecretStore::read(const QString& name)
{
    if (!m_available) {
        return fail(SecretErrc::Unavailable, "memory store switched off");
    }
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.constEnd()) {
        return fail(SecretErrc::NotFound, name.toStdString());
    }
    return SecureBytes(QByteArrayView(*it));
}

Result<void, SecretError> MemorySecretStore::write(const QString& name, const SecureBytes& secret)
{
    if (!m_available) {
        return fail(SecretErrc::Unavailable, "memory store switched off");
    }
    m_secrets.insert(name, secret.view().toByteArray());
    return {};
}

Result<void, SecretError> MemorySecretStore::remove(const QString& name)
{
    if (!m_available) {
        return fail(SecretErrc::Unavailable, "memory store switched off");
    }
    m_secrets.remove(name);
    return {};
}

} // namespace petinfo::client
