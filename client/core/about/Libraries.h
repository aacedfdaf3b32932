// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace petinfo::client {

/** A library Pet Info is built on, as the About dialog and support reports name it. */
struct Library
{
    QString name;
    QString version; ///< the one in use where the library can say at run time, else the one built against
    QString licence; ///< an SPDX licence expression
    QString url;     ///< the project's home page
};

/** The libraries of the core: Qt, SQLCipher and the SQLite inside it, OpenSSL, LZ4, QtKeychain,
 *  libphonenumber and nlohmann/json. The SQLCipher version is asked of the loaded library, so a
 *  plain SQLite in its place shows as an empty version. */
QList<Library> coreLibraries();

/** The SQLCipher version of the loaded library (`PRAGMA cipher_version`), empty if it is plain SQLite. */
QString sqlCipherVersion();

} // namespace petinfo::client
