// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Totp.h"

#include <gtest/gtest.h>

using namespace petinfo::server;
using crypto::HashAlgorithm;

namespace {

struct Vector
{
    std::int64_t time;
    const char* code;
    HashAlgorithm algorithm;
};

// RFC 6238 Appendix B: 8 digits, 30 s steps; the seed is the ASCII digits repeated to the hash size.
const Vector kVectors[] = {
    {59, "94287082", HashAlgorithm::Sha1},
    {59, "46119246", HashAlgorithm::Sha256},
    {59, "90693936", HashAlgorithm::Sha512},
    {1111111109, "07081804", HashAlgorithm::Sha1},
    {1111111109, "68084774", HashAlgorithm::Sha256},
    {1111111109, "25091201", HashAlgorithm::Sha512},
    {1111111111, "14050471", HashAlgorithm::Sha1},
    {1111111111, "67062674", HashAlgorithm::Sha256},
    {1111111111, "99943326", HashAlgorithm::Sha512},
    {1234567890, "89005924", HashAlgorithm::Sha1},
    {1234567890, "91819424", HashAlgorithm::Sha256},
    {1234567890, "93441116", HashAlgorithm::Sha512},
    {2000000000, "69279037", HashAlgorithm::Sha1},
    {2000000000, "90698825", HashAlgorithm::Sha256},
    {2000000000, "38618901", HashAlgorithm::Sha512},
    {20000000000, "65353130", HashAlgorithm::Sha1},
    {20000000000, "77737706", HashAlgorithm::Sha256},
    {20000000000, "47863826", HashAlgorithm::Sha512},
};

std::string seedFor(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "12345678901234567890";
    case HashAlgorithm::Sha256:
        return "12345678901234567890123456789012";
    case HashAlgorithm::Sha512:
        return "1234567890123456789012345678901234567890123456789012345678901234";
    }
    return {};
}

const std::string kSeed = seedFor(HashAlgorithm::Sha1);

} // namespace

TEST(Totp, Rfc6238AppendixBVectors)
{
    for (const Vector& v : kVectors) {
        TotpParams params;
        params.algorithm = v.algorithm;
        params.digits = 8;
        EXPECT_EQ(totpCode(seedFor(v.algorithm), v.time, params), v.code) << "T=" << v.time;
        EXPECT_TRUE(verifyTotp(seedFor(v.algorithm), v.code, v.time, 0, params).has_value()) << "T=" << v.time;
    }
}

TEST(Totp, SixDigitsAreTheLastSixOfTheRfcCodes)
{
    EXPECT_EQ(totpCode(kSeed, 59), "287082");
    EXPECT_EQ(totpCode(kSeed, 1111111109), "081804");
}

TEST(Totp, CodesAreSingleUse)
{
    const std::int64_t now = 1111111109;
    const std::string code = totpCode(kSeed, now);
    const auto step = verifyTotp(kSeed, code, now, 0);
    ASSERT_TRUE(step.has_value());
    EXPECT_EQ(*step, now / 30);
    // The same code again, with the step stored, is refused.
    EXPECT_FALSE(verifyTotp(kSeed, code, now, *step).has_value());
    EXPECT_FALSE(verifyTotp(kSeed, code, now + 10, *step).has_value());
}

TEST(Totp, AcceptsOneStepOfDriftAndNoMore)
{
    const std::int64_t now = 1234567890;
    EXPECT_TRUE(verifyTotp(kSeed, totpCode(kSeed, now - 30), now, 0).has_value());
    EXPECT_TRUE(verifyTotp(kSeed, totpCode(kSeed, now + 30), now, 0).has_value());
    EXPECT_FALSE(verifyTotp(kSeed, totpCode(kSeed, now - 90), now, 0).has_value());
    EXPECT_FALSE(verifyTotp(kSeed, totpCode(kSeed, now + 90), now, 0).has_value());
}

TEST(Totp, RefusesMalformedCodes)
{
    const std::int64_t now = 1234567890;
    for (const char* bad : {"", "12345", "1234567", "abcdef", "89005924"}) {
        EXPECT_FALSE(verifyTotp(kSeed, bad, now, 0).has_value()) << bad;
    }
}

TEST(Totp, UriForAuthenticatorApps)
{
    const std::string uri = totpUri("Pet Info", "ana@example.org", kSeed);
    EXPECT_EQ(uri, "otpauth://totp/Pet%20Info:ana@example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Pet%20Info"
                   "&algorithm=SHA1&digits=6&period=30");
}

TEST(Base32, Rfc4648Vectors)
{
    EXPECT_EQ(crypto::base32Encode(""), "");
    EXPECT_EQ(crypto::base32Encode("f"), "MY");
    EXPECT_EQ(crypto::base32Encode("fo"), "MZXQ");
    EXPECT_EQ(crypto::base32Encode("foo"), "MZXW6");
    EXPECT_EQ(crypto::base32Encode("foob"), "MZXW6YQ");
    EXPECT_EQ(crypto::base32Encode("fooba"), "MZXW6YTB");
    EXPECT_EQ(crypto::base32Encode("foobar"), "MZXW6YTBOI");
    EXPECT_EQ(crypto::base32Decode("MZXW6YTBOI======").value(), "foobar");
    EXPECT_EQ(crypto::base32Decode("mzxw6ytboi").value(), "foobar");
    EXPECT_FALSE(crypto::base32Decode("MZ1W").has_value());
}
