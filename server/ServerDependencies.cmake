# SPDX-License-Identifier: GPL-3.0-or-later
# Finds Poco and libpq for the server, its tests and its benchmark. Imported targets are
# directory-scoped, so each of those directories includes this file.
include_guard(DIRECTORY)
find_package(OpenSSL 3 REQUIRED)
find_package(PostgreSQL REQUIRED)
# Poco's DataPostgreSQL config names a PostgreSQL::client target that nothing defines.
if(NOT TARGET PostgreSQL::client)
    add_library(PostgreSQL::client INTERFACE IMPORTED)
    target_link_libraries(PostgreSQL::client INTERFACE PostgreSQL::PostgreSQL)
endif()
find_package(Poco REQUIRED COMPONENTS Foundation Net NetSSL Util JSON Data DataSQLite DataPostgreSQL Crypto)
