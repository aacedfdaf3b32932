// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Random.h"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <set>

TEST(Random, Base64UrlMatchesRfc4648Vectors)
{
    auto enc = [](std::string_view s) {
        return petinfo::base64UrlEncode(
            std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()));
    };
    EXPECT_EQ(enc(""), "");
    EXPECT_EQ(enc("f"), "Zg");
    EXPECT_EQ(enc("fo"), "Zm8");
    EXPECT_EQ(enc("foo"), "Zm9v");
    EXPECT_EQ(enc("foob"), "Zm9vYg");
    EXPECT_EQ(enc("fooba"), "Zm9vYmE");
    EXPECT_EQ(enc("foobar"), "Zm9vYmFy");
    const std::array<std::uint8_t, 3> high{0xfb, 0xff, 0xfe};
    EXPECT_EQ(petinfo::base64UrlEncode(high), "-__-");
}

TEST(Random, UuidsAreVersion7DistinctAndRising)
{
    std::set<std::string> seen;
    std::string previous;
    const auto before =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    for (int i = 0; i < 20000; ++i) { // many share a millisecond: the counter keeps them in order
        const std::string id = petinfo::newUuid();
        ASSERT_TRUE(petinfo::isUuid(id)) << id;
        EXPECT_EQ(id[14], '7');
        EXPECT_TRUE(id[19] == '8' || id[19] == '9' || id[19] == 'a' || id[19] == 'b');
        EXPECT_LT(previous, id);
        previous = id;
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 20000u);
    // The first 48 bits are the time of creation in ms.
    const std::string id = petinfo::newUuid();
    const long long ms = std::stoll(id.substr(0, 8) + id.substr(9, 4), nullptr, 16);
    EXPECT_GE(ms, before);
    EXPECT_LT(ms, before + 60000);
    EXPECT_FALSE(petinfo::isUuid("not-a-uuid"));
    EXPECT_FALSE(petinfo::isUuid("0000000G-0000-4000-8000-000000000000"));
    EXPECT_TRUE(petinfo::isUuid("0000000a-0000-4000-8000-000000000000")); // other versions still read
}

TEST(Random, TagIdsCarry128BitsUrlSafe)
{
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string id = petinfo::newTagId();
        ASSERT_EQ(id.size(), 22u);
        ASSERT_TRUE(petinfo::isTagId(id)) << id;
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 1000u);
    EXPECT_FALSE(petinfo::isTagId("short"));
    EXPECT_FALSE(petinfo::isTagId("AAAAAAAAAAAAAAAAAAAAA/"));
    EXPECT_FALSE(petinfo::isTagId("AAAAAAAAAAAAAAAAAAAAAB")); // low bits of the last character set
    EXPECT_TRUE(petinfo::isTagId("AAAAAAAAAAAAAAAAAAAAAQ"));
}
