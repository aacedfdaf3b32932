# SPDX-License-Identifier: GPL-3.0-or-later
# Found at the top level: imported targets are directory-scoped, and client, tests and bench all use them.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Concurrent Sql Network Gui Widgets Charts PrintSupport Pdf
                                           PdfWidgets Test LinguistTools)
# The GUI's "Scan with Camera" needs Qt Multimedia; without it the app builds and scans image files only.
find_package(Qt6 6.4 QUIET OPTIONAL_COMPONENTS Multimedia MultimediaWidgets)
find_package(Qt6Keychain REQUIRED)
find_package(OpenSSL 3 REQUIRED)
find_package(PkgConfig)

# SQLCipher: Debian ships a pkg-config file; vcpkg ships a CMake config.
if(PkgConfig_FOUND)
    pkg_check_modules(SQLCIPHER IMPORTED_TARGET sqlcipher)
endif()
if(TARGET PkgConfig::SQLCIPHER)
    add_library(petinfo_sqlcipher INTERFACE)
    target_link_libraries(petinfo_sqlcipher INTERFACE PkgConfig::SQLCIPHER)
else()
    find_package(unofficial-sqlcipher CONFIG REQUIRED)
    add_library(petinfo_sqlcipher INTERFACE)
    target_link_libraries(petinfo_sqlcipher INTERFACE unofficial::sqlcipher::sqlcipher)
endif()
# sqlite3_key() and friends are only declared with SQLITE_HAS_CODEC.
target_compile_definitions(petinfo_sqlcipher INTERFACE SQLITE_HAS_CODEC)
add_library(petinfo::sqlcipher ALIAS petinfo_sqlcipher)

# LZ4 (the compressed sync-row chunks in the client's database): pkg-config on Debian, a CMake
# config in vcpkg.
if(PkgConfig_FOUND)
    pkg_check_modules(LZ4 IMPORTED_TARGET liblz4)
endif()
add_library(petinfo_lz4 INTERFACE)
if(TARGET PkgConfig::LZ4)
    target_link_libraries(petinfo_lz4 INTERFACE PkgConfig::LZ4)
else()
    find_package(lz4 CONFIG REQUIRED)
    target_link_libraries(petinfo_lz4 INTERFACE lz4::lz4)
endif()
add_library(petinfo::lz4 ALIAS petinfo_lz4)
