# SPDX-License-Identifier: GPL-3.0-or-later
# Use ccache when it is installed; a fresh CI clone then rebuilds only what changed.
find_program(PETINFO_CCACHE_PROGRAM ccache)
if(PETINFO_CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${PETINFO_CCACHE_PROGRAM}" CACHE STRING "" FORCE)
    message(STATUS "Using ccache: ${PETINFO_CCACHE_PROGRAM}")
endif()
