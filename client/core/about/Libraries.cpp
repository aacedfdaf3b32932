// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/Libraries.h"

#include <QtGlobal>

#include <lz4.h>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <sqlite3.h>

namespace petinfo::client {

QString sqlCipherVersion()
{
    // A private in-memory database: no file, no key, nothing shared with the app's connections.
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_PRIVATECACHE,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    // "4.5.6 community": the edition is not part of the version.
    return version.section(QLatin1Char(' '), 0, 0);
}

QList<Library> coreLibraries()
{
    const auto json = QStringLiteral("%1.%2.%3")
                          .arg(NLOHMANN_JSON_VERSION_MAJOR)
                          .arg(NLOHMANN_JSON_VERSION_MINOR)
                          .arg(NLOHMANN_JSON_VERSION_PATCH);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io")},
        {QStringLiteral("SQLCipher"), sqlCipherVersion(), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://www.zetetic.net/sqlcipher/")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing"),
         QStringLiteral("https://sqlite.org")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         QStringLiteral("Apache-2.0"), QStringLiteral("https://www.openssl.org")},
        {QStringLiteral("LZ4"), QString::fromLatin1(LZ4_versionString()), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://lz4.org")},
        {QStringLiteral("QtKeychain"), QStringLiteral(PETINFO_QTKEYCHAIN_VERSION), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("libphonenumber"), QStringLiteral(PETINFO_PHONENUMBER_VERSION), QStringLiteral("Apache-2.0"),
         QStringLiteral("https://github.com/google/libphonenumber")},
        {QStringLiteral("JSON for Modern C++"), json, QStringLiteral("MIT"),
         QStringLiteral("https://json.nlohmann.me")},
    };
}

} // namespace petinfo::client
