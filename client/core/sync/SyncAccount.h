// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"
#include "sync/SyncApi.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace petinfo::client {

class Database;
struct DatabaseMeta;
class SecretStore;

/** Who this database is signed in as. */
struct AccountInfo
{
    QUrl serverUrl;
    QString organisationId;
    QString organisationName;
    QString role;
    QString userEmail;
    QString userName;
    QString deviceId;
};

enum class AccountErrc
{
    Network,
    Storage,
    NotSignedIn
};
struct AccountError
{
    AccountErrc code = AccountErrc::Network;
    NetError network;
    StorageError storage;
};

/** The sign-in of one database to a server. The device token goes to the OS keychain; on machines
 *  without one it is kept inside the encrypted database instead (never in a plain file). */
class SyncAccount final
{
public:
    SyncAccount(Database& db, SecretStore& secrets, QString databaseId);

    /** Signs in (enabling sync on the database, so local records are queued to merge up). An
     *  organisation_required answer comes back as a Network error with the choices in details. */
    Result<AccountInfo, AccountError> signIn(const QUrl& serverUrl, SigninRequest request);
    /** Enrols this database with a device token made elsewhere (an admin's kiosk-device token):
     *  asks the server who the token is, refuses it unless its role is `requiredRole`, then binds
     *  the database to the token's sync client id. Only a database that has no client id yet, or
     *  the same one, can be enrolled (mutation ids belong to one client id). */
    Result<AccountInfo, AccountError> enrolDevice(const QUrl& serverUrl, const QByteArray& token,
                                                  const QString& requiredRole);
    /** Revokes the token on the server (best effort when offline) and forgets it here. */
    Result<void, AccountError> signOut();

    StorageResult<std::optional<AccountInfo>> info();
    /** The device token; empty when signed out. */
    StorageResult<QByteArray> token();

private:
    StorageResult<void> saveAccount(const AccountInfo& info, const QByteArray& token);
    StorageResult<void> storeToken(const QByteArray& token);
    StorageResult<void> forgetToken();

    Database& m_db;
    SecretStore& m_secrets;
    QString m_tokenEntry;
};

/** Who the database is signed in as (what SyncAccount::info() says), without needing the keychain:
 *  e.g. to name the author of a note. Empty when signed out. */
StorageResult<std::optional<AccountInfo>> storedAccount(Database& db);

/** Removes a database and everything that could bring it back on this computer: the file, its
 *  WAL, its key-information file, its key in the keychain and its backups. */
StorageResult<void> wipeLocalCopy(const QString& databasePath, SecretStore& secrets);

} // namespace petinfo::client
