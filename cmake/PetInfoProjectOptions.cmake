# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and sanitizers are INTERFACE targets that every project target links, rather than global
# flags, so third-party code is not affected and each target states what it uses.

add_library(petinfo_warnings INTERFACE)
add_library(petinfo::warnings ALIAS petinfo_warnings)
if(MSVC)
    target_compile_options(petinfo_warnings INTERFACE /W4 /permissive-)
    if(PETINFO_WARNINGS_AS_ERRORS)
        target_compile_options(petinfo_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(petinfo_warnings INTERFACE
        -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2
        # GCC 12 at -O2/-O3 reports nlohmann::json members inside std::variant-like unions as
        # "maybe uninitialized" (false positives); Debug builds still check it.
        $<$<AND:$<CXX_COMPILER_ID:GNU>,$<NOT:$<CONFIG:Debug>>>:-Wno-maybe-uninitialized>
        # ... and, at -O3, a std::string built with `"x" + str` as a memcpy overlapping itself
        # (-Wrestrict, GCC bug 105329; fixed in GCC 13).
        $<$<AND:$<CXX_COMPILER_ID:GNU>,$<NOT:$<CONFIG:Debug>>>:-Wno-restrict>)
    if(PETINFO_WARNINGS_AS_ERRORS)
        target_compile_options(petinfo_warnings INTERFACE -Werror)
    endif()
endif()

add_library(petinfo_sanitizers INTERFACE)
add_library(petinfo::sanitizers ALIAS petinfo_sanitizers)
if((PETINFO_SANITIZE OR PETINFO_FUZZ) AND NOT MSVC)
    target_compile_options(petinfo_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(petinfo_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
if(PETINFO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PETINFO_FUZZ needs clang (libFuzzer): use the \"fuzz\" preset")
    endif()
    # Coverage feedback from all project code; the fuzz_ executables add -fsanitize=fuzzer.
    # -O1: a fuzzer lives on executions per second, and still reports exact lines.
    target_compile_options(petinfo_sanitizers INTERFACE -fsanitize=fuzzer-no-link -O1 -gline-tables-only)
    target_link_options(petinfo_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()

# One target to link for both.
add_library(petinfo_project_options INTERFACE)
add_library(petinfo::project_options ALIAS petinfo_project_options)
target_link_libraries(petinfo_project_options INTERFACE petinfo_warnings petinfo_sanitizers)
