# SPDX-License-Identifier: GPL-3.0-or-later
# `format` rewrites sources in place; `format-check` fails when any file would change (CI runs it).
find_program(PETINFO_CLANG_FORMAT NAMES clang-format clang-format-14 clang-format-15)
if(PETINFO_CLANG_FORMAT)
    set(_fmt_script "${PROJECT_SOURCE_DIR}/scripts/format.sh")
    add_custom_target(format
        COMMAND "${_fmt_script}" --fix
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" VERBATIM)
    add_custom_target(format-check
        COMMAND "${_fmt_script}" --check
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" VERBATIM)
endif()
