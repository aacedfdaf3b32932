// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Kdf.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace petinfo::client {

class DatabaseFile;
class Prompts;
class SecretStore;

/** The first-run and unlock flow. A new database gets a random key in the system keychain; where
 *  there is no keychain the user chooses a passphrase. An existing passphrase-protected database
 *  asks for it, and a wrong one is said so plainly and asked again. Key derivation (slow on purpose)
 *  runs off the GUI thread. */
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    DatabaseOpener(SecretStore& secrets, Prompts& prompts, QWidget* parent = nullptr);

    /** Cost of new passphrase keys (tests lower it). */
    void setKdfIterations(int iterations) { m_kdfIterations = iterations; }

    /** Creates the database if there is none at `path`, else unlocks it. Cancelled when the user
     *  gave up; other errors are returned for the caller to explain (describe()). */
    StorageResult<std::shared_ptr<DatabaseFile>> open(const QString& path);

private:
    StorageResult<std::shared_ptr<DatabaseFile>> create(const QString& path);
    StorageResult<std::shared_ptr<DatabaseFile>> unlock(const QString& path);

    SecretStore& m_secrets;
    Prompts& m_prompts;
    QWidget* m_parent;
    int m_kdfIterations = kDefaultPassphraseIterations;
};

} // namespace petinfo::client
