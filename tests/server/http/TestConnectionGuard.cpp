// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ConnectionGuard.h"

#include <gtest/gtest.h>

using petinfo::server::ConnectionGuard;

TEST(ConnectionGuard, CountsIpv4ByAddressAndIpv6ByPrefix)
{
    EXPECT_EQ(ConnectionGuard::addressKey("192.0.2.7"), "192.0.2.7");
    EXPECT_EQ(ConnectionGuard::addressKey("::ffff:192.0.2.7"), "192.0.2.7");
    // Every address of one /64 counts as one client: a host picks any of them at will.
    EXPECT_EQ(ConnectionGuard::addressKey("2001:db8:1:2::1"), "2001:0db8:0001:0002::/64");
    EXPECT_EQ(ConnectionGuard::addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"), "2001:0db8:0001:0002::/64");
    EXPECT_NE(ConnectionGuard::addressKey("2001:db8:1:3::1"), ConnectionGuard::addressKey("2001:db8:1:2::1"));
    EXPECT_EQ(ConnectionGuard::addressKey("not an address"), "not an address");
}

TEST(ConnectionGuard, PhasesAreNoOpsOutsideAGuardedConnection)
{
    ConnectionGuard::enter(ConnectionGuard::Phase::Body);
    ConnectionGuard::progress(100);
    EXPECT_FALSE(ConnectionGuard::timedOut());
}
