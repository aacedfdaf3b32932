# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_PRE_BUILD_SCRIPTS on macOS: signs the staged "Pet Info.app" (after macdeployqt changed it,
# before the disk image is made) with the hardened runtime, as notarization requires. Runs only
# when the build was configured with -DPETINFO_MACOS_SIGN_IDENTITY="Developer ID Application: …".
if(NOT CPACK_PETINFO_SIGN_IDENTITY)
    message(STATUS "petinfo: PETINFO_MACOS_SIGN_IDENTITY not set, the app is not signed")
    return()
endif()
file(GLOB_RECURSE _apps LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app")
list(FILTER _apps INCLUDE REGEX "\\.app$")
foreach(_app IN LISTS _apps)
    # Inside out: petinfo-cli and the frameworks and plugins macdeployqt copied, then the bundle.
    execute_process(
        COMMAND codesign --force --deep --timestamp --options runtime
                --entitlements "${CPACK_PETINFO_ENTITLEMENTS}" --sign "${CPACK_PETINFO_SIGN_IDENTITY}" "${_app}"
        RESULT_VARIABLE _status)
    if(NOT _status EQUAL 0)
        message(FATAL_ERROR "petinfo: codesign failed for ${_app}")
    endif()
    execute_process(COMMAND codesign --verify --deep --strict "${_app}" RESULT_VARIABLE _status)
    if(NOT _status EQUAL 0)
        message(FATAL_ERROR "petinfo: the signature of ${_app} does not verify")
    endif()
endforeach()
