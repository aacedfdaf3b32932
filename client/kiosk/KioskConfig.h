// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "storage/StorageError.h"
#include "sync/SyncAccount.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace petinfo::client {

class Database;
class SecretStore;

/** What enrolment leaves in the kiosk's encrypted database: the staff PIN's hash and the event the
 *  kiosk stands at (the server URL and device token are the sync account's). */
struct KioskConfig
{
    QByteArray pinHash;
    QString eventName;

    bool isEnrolled() const { return !pinHash.isEmpty(); }

    static StorageResult<KioskConfig> load(Database& db);
};

/** What an admin types once to set a kiosk up. */
struct EnrolmentRequest
{
    QUrl serverUrl;
    QByteArray deviceToken; ///< from POST /api/v1/kiosk-devices
    SecureBytes pin;
    QString eventName;
    int pinIterations = 0; ///< 0: kDefaultPinIterations
};

/** Enrols the kiosk (slow: asks the server and hashes the PIN; call it off the GUI thread with a
 *  connection of that thread): checks that the token is a kiosk's, binds the database to it and
 *  stores the PIN's hash. Nothing is stored unless everything worked. */
Result<AccountInfo, AccountError> enrolKiosk(Database& db, SecretStore& secrets, const QString& databaseId,
                                             EnrolmentRequest request);

} // namespace petinfo::client
