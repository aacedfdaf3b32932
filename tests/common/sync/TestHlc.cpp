// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/sync/Hlc.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <vector>

using namespace petinfo;
using namespace petinfo::sync;

namespace {
constexpr std::int64_t kT0 = 1700000000000;
}

TEST(Hlc, EncodesToFixedWidthAndParsesBack)
{
    const Hlc h{kT0, 7, "node-a"};
    EXPECT_EQ(h.encode(), "018bcfe56800-0007-node-a");
    const auto back = Hlc::parse(h.encode());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, h);
}

TEST(Hlc, ParseRejectsMalformedText)
{
    for (const char* bad : {"", "018bcfe56800-0007-", "018bcfe56800-0007", "018BCFE56800-0007-a", "18bcfe56800-0007-a",
                            "018bcfe56800_0007-a", "018bcfe56800-007-aa", "018bcfe56800-0007-no/slash",
                            "018bcfe56800-0007-sp ace", "zzzzzzzzzzzz-0007-a"}) {
        EXPECT_FALSE(Hlc::parse(bad).has_value()) << bad;
    }
    EXPECT_FALSE(Hlc::parse("018bcfe56800-0007-" + std::string(65, 'a')).has_value());
    EXPECT_TRUE(Hlc::parse("018bcfe56800-0007-" + std::string(64, 'a')).has_value());
}

TEST(Hlc, NodeIdsCompareExactlyAtAnyLength)
{
    // Held in place up to 64 characters, on the heap beyond: both compare and print whole.
    const std::string longest(64, 'x');
    const std::string overlongA = std::string(70, 'y') + "a";
    const std::string overlongB = std::string(70, 'y') + "b";
    EXPECT_EQ(NodeId(longest).view(), longest);
    EXPECT_EQ(NodeId(overlongA).view(), overlongA);
    EXPECT_NE(NodeId(overlongA), NodeId(overlongB));
    EXPECT_LT(NodeId(overlongA), NodeId(overlongB));
    EXPECT_NE(NodeId(longest), NodeId(longest + "x"));
    EXPECT_FALSE(isValidNodeId(NodeId(overlongA)));
    EXPECT_TRUE(isValidNodeId(NodeId(longest)));
    EXPECT_TRUE(NodeId().empty());
    EXPECT_TRUE(NodeId(static_cast<const char*>(nullptr)).empty());
    EXPECT_FALSE(NodeId("a").empty());
    NodeId reused(overlongA);
    reused = NodeId("short");
    EXPECT_EQ(reused, "short");
    EXPECT_EQ(reused.size(), 5u);
    const Hlc h{kT0, 1, longest};
    EXPECT_EQ(Hlc::parse(h.encode()), std::optional<Hlc>(h));
    std::ostringstream printed;
    printed << NodeId(overlongB);
    EXPECT_EQ(printed.str(), overlongB);
}

TEST(Hlc, StringOrderEqualsTimestampOrder)
{
    std::mt19937_64 rng(42);
    const std::vector<std::string> nodes{"a", "ab", "b", "server", "0f3e", "Z", "a-b", "a_b"};
    std::vector<Hlc> clocks;
    for (int i = 0; i < 2000; ++i) {
        clocks.push_back(Hlc{kT0 + static_cast<std::int64_t>(rng() % 5), static_cast<std::uint32_t>(rng() % 3),
                             nodes[rng() % nodes.size()]});
    }
    for (std::size_t i = 0; i + 1 < clocks.size(); ++i) {
        const Hlc& a = clocks[i];
        const Hlc& b = clocks[i + 1];
        EXPECT_EQ(a < b, a.encode() < b.encode()) << a.encode() << " vs " << b.encode();
        EXPECT_EQ(a == b, a.encode() == b.encode());
    }
}

TEST(Hlc, NowIsMonotonicWhenThePhysicalClockStallsOrGoesBack)
{
    ManualClock clock(kT0, Date{2024, 1, 1});
    HlcClock hlc(clock, "a");
    const Hlc first = hlc.now();
    EXPECT_EQ(first, (Hlc{kT0, 0, "a"}));
    const Hlc second = hlc.now();
    EXPECT_EQ(second, (Hlc{kT0, 1, "a"}));
    clock.advanceMs(-5000);
    const Hlc third = hlc.now();
    EXPECT_LT(second, third);
    EXPECT_EQ(third, (Hlc{kT0, 2, "a"}));
    clock.advanceMs(6000);
    EXPECT_EQ(hlc.now(), (Hlc{kT0 + 1000, 0, "a"}));
}

TEST(Hlc, CounterOverflowBorrowsTheNextMillisecond)
{
    ManualClock clock(kT0, Date{2024, 1, 1});
    HlcClock hlc(clock, "a");
    Hlc previous = hlc.now();
    for (std::uint32_t i = 0; i < Hlc::kMaxCounter + 10; ++i) {
        const Hlc next = hlc.now();
        ASSERT_LT(previous, next);
        ASSERT_LE(next.counter, Hlc::kMaxCounter);
        ASSERT_LT(previous.encode(), next.encode());
        previous = next;
    }
    EXPECT_EQ(previous.wallMs, kT0 + 1);
}

TEST(Hlc, ReceiveFollowsThePaper)
{
    ManualClock clock(kT0, Date{2024, 1, 1});
    HlcClock hlc(clock, "a");
    (void)hlc.now(); // (kT0, 0)
    // Remote ahead of both: take its wall time, its counter + 1.
    ASSERT_TRUE(hlc.receive(Hlc{kT0 + 10, 4, "b"}));
    EXPECT_EQ(hlc.last(), (Hlc{kT0 + 10, 5, "a"}));
    // Same wall time on both sides: max of counters + 1.
    ASSERT_TRUE(hlc.receive(Hlc{kT0 + 10, 9, "b"}));
    EXPECT_EQ(hlc.last(), (Hlc{kT0 + 10, 10, "a"}));
    // Remote behind: local counter + 1.
    ASSERT_TRUE(hlc.receive(Hlc{kT0 - 100, 50, "b"}));
    EXPECT_EQ(hlc.last(), (Hlc{kT0 + 10, 11, "a"}));
    // Physical clock ahead of everything: counter resets.
    clock.advanceMs(1000);
    ASSERT_TRUE(hlc.receive(Hlc{kT0 + 20, 3, "b"}));
    EXPECT_EQ(hlc.last(), (Hlc{kT0 + 1000, 0, "a"}));
    // Every event after a receive is later than the received timestamp.
    ASSERT_TRUE(hlc.receive(Hlc{kT0 + 1000, 70, "zzz"}));
    EXPECT_LT((Hlc{kT0 + 1000, 70, "zzz"}), hlc.now());
}

TEST(Hlc, ReceiveRefusesTimestampsTooFarAhead)
{
    ManualClock clock(kT0, Date{2024, 1, 1});
    HlcClock hlc(clock, "a", 60000);
    const Hlc before = hlc.now();
    EXPECT_FALSE(hlc.receive(Hlc{kT0 + 60001, 0, "b"}));
    EXPECT_EQ(hlc.last(), before);
    EXPECT_TRUE(hlc.receive(Hlc{kT0 + 60000, 0, "b"}));
}

TEST(Hlc, RestoreNeverMovesBackwards)
{
    ManualClock clock(kT0, Date{2024, 1, 1});
    HlcClock hlc(clock, "a");
    hlc.restore(Hlc{kT0 + 500, 3, "a"});
    EXPECT_EQ(hlc.now(), (Hlc{kT0 + 500, 4, "a"}));
    hlc.restore(Hlc{kT0, 0, "a"});
    EXPECT_EQ(hlc.now(), (Hlc{kT0 + 500, 5, "a"}));
}

TEST(Hlc, NodeIds)
{
    EXPECT_TRUE(isValidNodeId("server"));
    EXPECT_TRUE(isValidNodeId("0b7f3a8e-3a0c-4b55-9f60-0a1d2c3b4e5f"));
    EXPECT_FALSE(isValidNodeId(""));
    EXPECT_FALSE(isValidNodeId("a b"));
    EXPECT_FALSE(isValidNodeId("é"));
}
