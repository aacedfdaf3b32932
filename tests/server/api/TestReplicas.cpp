// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
TEST(Placeholder, Todo)
{
    GTEST_SKIP();
}
