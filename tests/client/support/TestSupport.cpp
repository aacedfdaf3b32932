// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>

namespace petinfo::test {

bool TempDatabase::create()
{
    if (!dir.isValid()) {
        return false;
    }
    auto created = client::DatabaseFile::create(path(), secrets, client::CreateOptions{});
    if (!created) {
        qWarning("create failed: %s", created.error().detail.c_str());
        return false;
    }
    file = *created;
    auto connection = file->connect();
    if (!connection) {
        qWarning("connect failed: %s", connection.error().detail.c_str());
        return false;
    }
    db = std::move(*connection);
    return true;
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace petinfo::test
