// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"
#include "storage/DatabaseFile.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace petinfo::test {

/** Passphrase KDF cost for tests: production uses 600,000 iterations. */
inline constexpr int kTestKdfIterations = 1000;

/** A fresh database in a temp dir with its key in an in-memory secret store. */
struct TempDatabase
{
    QTemporaryDir dir;
    client::MemorySecretStore secrets;
    std::shared_ptr<client::DatabaseFile> file;
    std::unique_ptr<client::Database> db;

    QString path() const { return dir.filePath(QStringLiteral("petinfo.db")); }
    /** Creates, unlocks and connects; QVERIFY-style failures are reported by the caller. */
    bool create();
};

QByteArray fileSha256(const QString& path);
QByteArray readAll(const QString& path);

} // namespace petinfo::test
