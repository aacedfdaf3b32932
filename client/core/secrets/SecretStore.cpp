// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "petinfo.client.secrets")

namespace petinfo::client {

namespace {

constexpr int kKeychainTimeoutMs = 30000; // a keychain may ask the user to unlock it

/** What a finished job reported, copied out before QtKeychain deletes the job. */
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

/** Runs one job to its end on the calling thread, which must be the application's thread.
 *  The job lives on the heap and deletes itself when it finishes: QtKeychain's job queue keeps a
 *  pointer to every job it was given and touches it again after `finished`, so a job must never be
 *  destroyed by us (a stack job gone before the queue's posted events ran crashed the first start).
 *  After a timeout the job is left to finish and delete itself; its late result goes nowhere. */
JobOutcome runJobHere(QKeychain::Job* job)
{
    job->setAutoDelete(true);
    // Never store secrets in a plain file when no keychain exists.
    job->setInsecureFallback(false);
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, waiting](QKeychain::Job* done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->errorString = done->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done)) {
            outcome->data = read->binaryData();
        }
        if (waiting) {
            waiting->quit();
        }
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished) {
        loop.exec();
    }
    JobOutcome result = std::move(*outcome); // no second copy of the secret stays behind
    if (!result.finished) {
        result.error = QKeychain::OtherError;
        result.errorString = QStringLiteral("the keychain did not answer within %1 s").arg(kKeychainTimeoutMs / 1000);
    }
    return result;
}

/** QtKeychain's jobs and its queue belong to the application's thread. Slow work (creating or
 *  unlocking a database on a worker thread behind a progress dialog) reaches the keychain from
 *  another thread: the job is then created and run on the application's thread while the caller
 *  waits. The application's thread keeps its event loop running during such work. */
JobOutcome runJob(const std::function<QKeychain::Job*()>& makeJob)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr || QThread::currentThread() == app->thread()) {
        return runJobHere(makeJob());
    }
    JobOutcome outcome;
    QMetaObject::invokeMethod(
        app, [&] { outcome = runJobHere(makeJob()); }, Qt::BlockingQueuedConnection);
    return outcome;
}

SecretError toSecretError(const JobOutcome& outcome)
{
    const std::string detail = outcome.errorString.toStdString();
    if (!outcome.finished) {
        return {SecretErrc::Unavailable, detail};
    }
    switch (outcome.error) {
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
    JobOutcome outcome = runJob([&] {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(name);
        return job;
    });
    if (outcome.error != QKeychain::NoError) {
        qCInfo(lcSecrets) << "keychain read failed:" << outcome.error << outcome.errorString;
        return fail(toSecretError(outcome));
    }
    SecureBytes secret{QByteArrayView(outcome.data)};
    wipe(outcome.data);
    return secret;
}

Result<void, SecretError> KeychainSecretStore::write(const QString& name, const SecureBytes& secret)
{
    const JobOutcome outcome = runJob([&] {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(name);
        QByteArray data = secret.view().toByteArray();
        job->setBinaryData(data);
        wipe(data);
        return job;
    });
    if (outcome.error != QKeychain::NoError) {
        qCInfo(lcSecrets) << "keychain write failed:" << outcome.error << outcome.errorString;
        return fail(toSecretError(outcome));
    }
    return {};
}

Result<void, SecretError> KeychainSecretStore::remove(const QString& name)
{
    const JobOutcome outcome = runJob([&] {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(name);
        return job;
    });
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
        return fail(toSecretError(outcome));
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
