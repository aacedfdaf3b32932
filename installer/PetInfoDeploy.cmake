# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS: the installed app carries everything it loads, so the installer (NSIS) and the
# disk image (DragNDrop) run on a machine with nothing else installed. Included by
# installer/CMakeLists.txt; nothing here runs on Linux.
#
#   1. Qt's deployment tool (windeployqt / macdeployqt, through qt_generate_deploy_app_script) copies
#      the Qt libraries and the plugins Qt loads at run time (platform, styles, image formats, TLS,
#      print support, multimedia).
#   2. On Windows, the other DLLs the executables load (SQLCipher, OpenSSL, QtKeychain, ZXing-C++,
#      LZ4, libphonenumber and their own dependencies from vcpkg) are found with
#      file(GET_RUNTIME_DEPENDENCIES) and copied next to petinfo.exe; the MSVC runtime comes from
#      InstallRequiredSystemLibraries. On macOS, macdeployqt copies every non-system library into
#      the bundle's Frameworks (with vcpkg's default static triplets they are linked in already).
#   3. Qt's sqldrivers plugins are removed: the app uses its own SQLCipher driver, and Qt's SQLite
#      plugin carries a plain SQLite that must never be loaded next to SQLCipher.

# Icons: the executable's (Windows resource) and the bundle's (Resources/petinfo.icns).
if(WIN32)
    configure_file("${CMAKE_CURRENT_SOURCE_DIR}/windows/petinfo.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/petinfo.rc" @ONLY)
    target_sources(petinfo PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/petinfo.rc")
    set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/petinfo.rc" PROPERTIES
                                OBJECT_DEPENDS "${PETINFO_ICON_DIR}/petinfo.ico")
    add_dependencies(petinfo petinfo_icons)
elseif(APPLE)
    target_sources(petinfo PRIVATE "${PETINFO_ICON_DIR}/petinfo.icns")
    set_source_files_properties("${PETINFO_ICON_DIR}/petinfo.icns" PROPERTIES
                                MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
    add_dependencies(petinfo petinfo_icons)
    set_target_properties(petinfo PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "example.petinfo.PetInfo"
        MACOSX_BUNDLE_BUNDLE_NAME "Pet Info"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE petinfo.icns
        MACOSX_BUNDLE_COPYRIGHT "2026 Pet Info developers, GPL-3.0-or-later")
endif()

# 1. Qt and its plugins. Qt 6.5 renamed OUTPUT_SCRIPT to FILENAME_VARIABLE.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET petinfo FILENAME_VARIABLE _petinfo_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET petinfo OUTPUT_SCRIPT _petinfo_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT "${_petinfo_deploy}" COMPONENT client)
if(WIN32)
    # petinfo-cli sits next to petinfo.exe and uses the same Qt DLLs and plugins.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET petinfo-cli FILENAME_VARIABLE _cli_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET petinfo-cli OUTPUT_SCRIPT _cli_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${_cli_deploy}" COMPONENT client)
endif()

# 2. Everything else the executables load.
if(WIN32)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT client)
    include(InstallRequiredSystemLibraries)
    # vcpkg puts its DLLs in <installed>/<triplet>/bin; Qt's are left to windeployqt.
    set(_dll_dirs)
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND _dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:petinfo>\" \"$<TARGET_FILE:petinfo-cli>\"
            DIRECTORIES ${_dll_dirs}
            RESOLVED_DEPENDENCIES_VAR _petinfo_dlls
            UNRESOLVED_DEPENDENCIES_VAR _petinfo_missing
            PRE_EXCLUDE_REGEXES [[^api-ms-]] [[^ext-ms-]] [[^Qt6]]
            POST_EXCLUDE_REGEXES [[.*[/\\\\][Ss]ystem32[/\\\\].*]] [[.*[/\\\\][Ss]ys[Ww][Oo][Ww]64[/\\\\].*]])
        if(_petinfo_missing)
            message(FATAL_ERROR \"petinfo: DLLs not found: \${_petinfo_missing}\")
        endif()
        file(INSTALL \${_petinfo_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    " COMPONENT client)
    install(FILES "${PROJECT_SOURCE_DIR}/COPYING" DESTINATION . RENAME COPYING.txt COMPONENT client)
endif()

# 3. No Qt SQL driver plugins (they would carry a plain SQLite). windeployqt puts plugins in bin/ or,
#    from Qt 6.5 on, in plugins/ (with a qt.conf); macdeployqt in the bundle's PlugIns.
if(WIN32)
    set(_sqldrivers "${CMAKE_INSTALL_BINDIR}/sqldrivers" "plugins/sqldrivers")
else()
    set(_sqldrivers "Pet Info.app/Contents/PlugIns/sqldrivers")
endif()
foreach(_dir IN LISTS _sqldrivers)
    install(CODE "file(REMOVE_RECURSE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${_dir}\")" COMPONENT client)
endforeach()
