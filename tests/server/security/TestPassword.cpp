// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Config.h"
#include "security/Crypto.h"
#include "security/PasswordHasher.h"
#include "security/RateLimiter.h"

#include <gtest/gtest.h>

#include <set>

using namespace petinfo::server;

TEST(Pbkdf2, Rfc7914Vector)
{
    // RFC 7914 §11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64.
    EXPECT_EQ(crypto::toHex(crypto::pbkdf2Sha256("passwd", "salt", 1, 64)),
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
              "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
}

TEST(PasswordHasher, ProductionDefaultIsAtLeast600kIterations)
{
    EXPECT_GE(PasswordHasher::kDefaultIterations, 600000);
    EXPECT_GE(ServerConfig{}.pbkdf2Iterations, 600000);
    // The real thing, once: the stored hash names its iteration count.
    PasswordHasher hasher;
    const std::string hash = hasher.hash("correct horse battery staple");
    EXPECT_EQ(hash.rfind("pbkdf2-sha256$600000$", 0), 0u) << hash;
    EXPECT_TRUE(hasher.verify("correct horse battery staple", hash));
}

TEST(PasswordHasher, VerifiesAndRefuses)
{
    PasswordHasher hasher(1000);
    const std::string hash = hasher.hash("a long enough password");
    EXPECT_TRUE(hasher.verify("a long enough password", hash));
    EXPECT_FALSE(hasher.verify("a long enough passwore", hash));
    EXPECT_FALSE(hasher.verify("", hash));
    // Salted: the same password hashes differently each time.
    EXPECT_NE(hasher.hash("a long enough password"), hash);
    // Tampered or foreign formats never verify.
    std::string tampered = hash;
    tampered.back() = tampered.back() == '0' ? '1' : '0';
    EXPECT_FALSE(hasher.verify("a long enough password", tampered));
    EXPECT_FALSE(hasher.verify("a long enough password", "plain"));
    EXPECT_FALSE(hasher.verify("a long enough password", "pbkdf2-sha256$x$00$00"));
    EXPECT_FALSE(hasher.verify("a long enough password", ""));
    // A hash made with another iteration count still verifies (the count is stored with it).
    PasswordHasher other(2000);
    EXPECT_TRUE(other.verify("a long enough password", hash));
}

TEST(Crypto, TokensAreLongRandomAndUrlSafe)
{
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string t = crypto::randomToken("pit_");
        EXPECT_EQ(t.size(), 4u + 43u); // 256 bits
        EXPECT_EQ(t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 4),
                  std::string::npos);
        EXPECT_TRUE(seen.insert(t).second);
    }
}

TEST(Crypto, HexAndConstantTimeCompare)
{
    EXPECT_EQ(crypto::toHex("\x01\xab"), "01ab");
    EXPECT_EQ(crypto::fromHex("01AB").value(), "\x01\xab");
    EXPECT_FALSE(crypto::fromHex("0").has_value());
    EXPECT_FALSE(crypto::fromHex("zz").has_value());
    EXPECT_TRUE(crypto::constantTimeEquals("abc", "abc"));
    EXPECT_FALSE(crypto::constantTimeEquals("abc", "abd"));
    EXPECT_FALSE(crypto::constantTimeEquals("abc", "abcd"));
    EXPECT_EQ(crypto::sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(RateLimiter, EmptiesAndRefills)
{
    RateLimiter limiter(3, 1000.0);
    EXPECT_TRUE(limiter.allow("a"));
    EXPECT_TRUE(limiter.allow("a"));
    EXPECT_TRUE(limiter.allow("a"));
    std::int64_t retry = 0;
    RateLimiter slow(2, 0.01);
    EXPECT_TRUE(slow.allow("x"));
    EXPECT_TRUE(slow.allow("x"));
    EXPECT_FALSE(slow.allow("x", &retry));
    EXPECT_GT(retry, 0);
    EXPECT_TRUE(slow.allow("y")); // per key
}
