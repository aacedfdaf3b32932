// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncAccount.h"

#include "io/Backup.h"
#include "secrets/SecretStore.h"
#include "storage/BackupPaths.h"
#include "storage/Database.h"
#include "storage/DatabaseMeta.h"
#include "sync/ChangeTracker.h"
#include "sync/SyncStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <openssl/crypto.h>

namespace petinfo::client {

namespace {

const QString kAccountKey = QStringLiteral("account");
const QString kTokenKey = QStringLiteral("auth.token");

Unexpected<AccountError> storageError(const StorageError& e)
{
    return fail(AccountError{AccountErrc::Storage, {}, e});
}

} // namespace

SyncAccount::SyncAccount(Database& db, SecretStore& secrets, QString databaseId)
    : m_db(db)
    , m_secrets(secrets)
    , m_tokenEntry(QStringLiteral("sync-token/") + databaseId)
{}

StorageResult<void> SyncAccount::storeToken(const QByteArray& token)
{
    const SecureBytes secret{QByteArrayView(token)};
    auto written = m_secrets.write(m_tokenEntry, secret);
    if (written) {
        return SyncStore(m_db).removeState(kTokenKey);
    }
    if (written.error().code != SecretErrc::Unavailable) {
        return fail(StorageErrc::KeyUnavailable, written.error().detail);
    }
    // No keychain here: the encrypted database is the safest place left.
    return SyncStore(m_db).setState(kTokenKey, QString::fromLatin1(token));
}

StorageResult<void> SyncAccount::forgetToken()
{
    (void)m_secrets.remove(m_tokenEntry); // absent or no keychain: nothing to remove
    return SyncStore(m_db).removeState(kTokenKey);
}

StorageResult<QByteArray> SyncAccount::token()
{
    auto fromKeychain = m_secrets.read(m_tokenEntry);
    if (fromKeychain) {
        return fromKeychain->view().toByteArray();
    }
    auto stored = SyncStore(m_db).state(kTokenKey);
    if (!stored) {
        return fail(stored.error());
    }
    return stored->toLatin1();
}

StorageResult<std::optional<AccountInfo>> SyncAccount::info()
{
    return storedAccount(m_db);
}

StorageResult<std::optional<AccountInfo>> storedAccount(Database& db)
{
    auto text = SyncStore(db).state(kAccountKey);
    if (!text) {
        return fail(text.error());
    }
    if (text->isEmpty()) {
        return std::optional<AccountInfo>();
    }
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    AccountInfo info;
    info.serverUrl = QUrl(o.value(QStringLiteral("server")).toString());
    info.organisationId = o.value(QStringLiteral("organisationId")).toString();
    info.organisationName = o.value(QStringLiteral("organisationName")).toString();
    info.role = o.value(QStringLiteral("role")).toString();
    info.userEmail = o.value(QStringLiteral("userEmail")).toString();
    info.userName = o.value(QStringLiteral("userName")).toString();
    info.deviceId = o.value(QStringLiteral("deviceId")).toString();
    return std::optional<AccountInfo>(info);
}

Result<AccountInfo, AccountError> SyncAccount::signIn(const QUrl& serverUrl, SigninRequest request)
{
    ChangeTracker tracker(m_db, SystemClock::instance());
    if (auto enabled = tracker.enable(); !enabled) {
        return storageError(enabled.error());
    }
    auto clientId = tracker.clientId();
    if (!clientId) {
        return storageError(clientId.error());
    }
    request.clientId = *clientId;
    if (request.deviceName.isEmpty()) {
        request.deviceName = QSysInfo::machineHostName();
    }
    SyncApi api(serverUrl);
    auto result = api.signIn(request);
    request.password.fill(QChar(0));
    if (!result) {
        return fail(AccountError{AccountErrc::Network, result.error(), {}});
    }
    AccountInfo info{serverUrl,         result->organisationId, result->organisationName, result->role,
                     result->userEmail, result->userName,       result->deviceId};
    auto saved = saveAccount(info, result->token);
    if (result->token.size()) {
        OPENSSL_cleanse(result->token.data(), static_cast<std::size_t>(result->token.size()));
    }
    if (!saved) {
        return storageError(saved.error());
    }
    return info;
}

StorageResult<void> SyncAccount::saveAccount(const AccountInfo& info, const QByteArray& token)
{
    // A different organisation's data must never mix with this one's: the pull starts over.
    auto previous = this->info();
    const bool sameOrganisation =
        previous && previous->has_value() && (*previous)->organisationId == info.organisationId;
    return m_db.transaction([&]() -> StorageResult<void> {
        if (auto r = storeToken(token); !r) {
            return r;
        }
        SyncStore store(m_db);
        if (!sameOrganisation) {
            if (auto r = store.setState(QStringLiteral("pull.cursor"), QStringLiteral("0")); !r) {
                return r;
            }
        }
        const QJsonObject o{{QStringLiteral("server"), info.serverUrl.toString()},
                            {QStringLiteral("organisationId"), info.organisationId},
                            {QStringLiteral("organisationName"), info.organisationName},
                            {QStringLiteral("role"), info.role},
                            {QStringLiteral("userEmail"), info.userEmail},
                            {QStringLiteral("userName"), info.userName},
                            {QStringLiteral("deviceId"), info.deviceId}};
        return store.setState(kAccountKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    });
}

Result<AccountInfo, AccountError> SyncAccount::enrolDevice(const QUrl& serverUrl, const QByteArray& token,
                                                           const QString& requiredRole)
{
    SyncApi api(serverUrl);
    api.setToken(token);
    auto me = api.whoAmI();
    if (!me) {
        return fail(AccountError{AccountErrc::Network, me.error(), {}});
    }
    if (me->role != requiredRole || me->clientId.isEmpty()) {
        return fail(AccountError{
            AccountErrc::Network,
            NetError{NetErrc::Forbidden, 0, "wrong_role", "the token is for the role " + me->role.toStdString(), {}},
            {}});
    }
    SyncStore store(m_db);
    auto existing = store.state(QStringLiteral("client.id"));
    if (!existing) {
        return storageError(existing.error());
    }
    if (!existing->isEmpty() && *existing != me->clientId) {
        return storageError(StorageError{StorageErrc::Constraint,
                                         "this database already belongs to another sync client; use a new one"});
    }
    if (existing->isEmpty()) {
        if (auto r = store.setState(QStringLiteral("client.id"), me->clientId); !r) {
            return storageError(r.error());
        }
    }
    ChangeTracker tracker(m_db, SystemClock::instance());
    if (auto enabled = tracker.enable(); !enabled) {
        return storageError(enabled.error());
    }
    const AccountInfo info{serverUrl,     me->organisationId, me->organisationName, me->role,
                           me->userEmail, me->userName,       me->deviceId};
    if (auto saved = saveAccount(info, token); !saved) {
        return storageError(saved.error());
    }
    return info;
}

Result<void, AccountError> SyncAccount::signOut()
{
    auto current = info();
    auto tokenValue = token();
    if (current && current->has_value() && tokenValue && !tokenValue->isEmpty()) {
        SyncApi api((*current)->serverUrl, 10000);
        api.setToken(*tokenValue);
        (void)api.signOut(); // offline: the token is forgotten here and can be revoked from another device
    }
    auto done = m_db.transaction([&]() -> StorageResult<void> {
        if (auto r = forgetToken(); !r) {
            return r;
        }
        return SyncStore(m_db).removeState(kAccountKey);
    });
    if (!done) {
        return storageError(done.error());
    }
    return {};
}

StorageResult<void> wipeLocalCopy(const QString& databasePath, SecretStore& secrets)
{
    auto meta = DatabaseMeta::load(metaPathFor(databasePath));
    if (meta && meta->keySource == KeySource::Keychain) {
        (void)secrets.remove(meta->keychainEntry());
    }
    if (meta) {
        (void)secrets.remove(QStringLiteral("sync-token/") + meta->databaseId);
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".meta")}) {
        const QString file = databasePath + suffix;
        if (QFile::exists(file) && !QFile::remove(file)) {
            return fail(StorageErrc::Io, "cannot remove " + file.toStdString());
        }
    }
    // Only this database's backups: the folder may hold other files.
    if (meta) {
        for (const BackupInfo& backup : Backup::list(backupDirFor(databasePath))) {
            if (backup.meta.databaseId == meta->databaseId && !QFile::remove(backup.path)) {
                return fail(StorageErrc::Io, "cannot remove " + backup.path.toStdString());
            }
        }
    }
    return {};
}

} // namespace petinfo::client
