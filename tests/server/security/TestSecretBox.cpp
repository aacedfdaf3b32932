// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Crypto.h"
#include "security/SecretBox.h"

#include <gtest/gtest.h>

using namespace petinfo::server;

namespace {

SecretKey key(const std::string& id, char fill)
{
    return SecretKey{id, std::string(32, fill)};
}

} // namespace

TEST(SecretBox, SealsAndOpensWithinItsContext)
{
    const SecretBox box({key("k1", 'a')});
    const std::string secret = crypto::randomBytes(20);
    const std::string sealed = box.seal(secret, "users.totp_secret:u1");
    EXPECT_EQ(sealed.rfind("sb1:k1:", 0), 0u);
    EXPECT_EQ(sealed.find(crypto::toHex(secret)), std::string::npos);
    EXPECT_EQ(box.open(sealed, "users.totp_secret:u1"), secret);
    // Copied to another row, it does not open.
    EXPECT_FALSE(box.open(sealed, "users.totp_secret:u2").has_value());
    // A fresh nonce each time.
    EXPECT_NE(box.seal(secret, "c"), box.seal(secret, "c"));
    EXPECT_TRUE(SecretBox::isSealed(sealed));
    EXPECT_FALSE(SecretBox::isSealed(crypto::toHex(secret)));
}

TEST(SecretBox, AlteredOrForeignValuesDoNotOpen)
{
    const SecretBox box({key("k1", 'a')});
    std::string sealed = box.seal("secret", "c");
    std::string flipped = sealed;
    flipped.back() = flipped.back() == '0' ? '1' : '0';
    EXPECT_FALSE(box.open(flipped, "c").has_value());
    EXPECT_FALSE(box.open(sealed.substr(0, sealed.size() - 2), "c").has_value());
    EXPECT_FALSE(box.open("sb1:k1:", "c").has_value());
    EXPECT_FALSE(box.open("sb1:k1:zz", "c").has_value());
    EXPECT_FALSE(box.open("plain text", "c").has_value());
    const SecretBox other({key("k1", 'b')}); // same id, another key
    EXPECT_FALSE(other.open(sealed, "c").has_value());
    const SecretBox unknown({key("k9", 'a')});
    EXPECT_FALSE(unknown.open(sealed, "c").has_value());
}

TEST(SecretBox, RotationOpensWithOldKeysAndSealsWithTheFirst)
{
    const SecretBox before({key("k1", 'a')});
    const std::string old = before.seal("secret", "c");
    const SecretBox after({key("k2", 'b'), key("k1", 'a')});
    EXPECT_EQ(after.currentKeyId(), "k2");
    EXPECT_TRUE(after.sealedWithOldKey(old));
    EXPECT_EQ(after.open(old, "c"), "secret");
    const std::string resealed = after.seal("secret", "c");
    EXPECT_FALSE(after.sealedWithOldKey(resealed));
    EXPECT_EQ(resealed.rfind("sb1:k2:", 0), 0u);
    const SecretBox onlyNew({key("k2", 'b')});
    EXPECT_EQ(onlyNew.open(resealed, "c"), "secret");
    EXPECT_FALSE(onlyNew.open(old, "c").has_value());
}

TEST(SecretBox, KeysAreReadFromConfiguration)
{
    const std::string hex1(64, '1');
    const std::string hex2(64, 'f');
    const auto keys = SecretBox::parseKeys("k2:" + hex2 + ", k1:" + hex1);
    ASSERT_TRUE(keys.has_value());
    ASSERT_EQ(keys->size(), 2u);
    EXPECT_EQ((*keys)[0].id, "k2");
    EXPECT_EQ((*keys)[0].bytes, std::string(32, '\xff'));
    std::string why;
    EXPECT_FALSE(SecretBox::parseKeys("", &why).has_value());
    EXPECT_FALSE(SecretBox::parseKeys("k1", &why).has_value());
    EXPECT_FALSE(SecretBox::parseKeys("k1:" + hex1.substr(2), &why).has_value());
    EXPECT_NE(why.find("64 hex digits"), std::string::npos);
    EXPECT_FALSE(SecretBox::parseKeys("k1:" + hex1 + ",k1:" + hex2, &why).has_value());
    EXPECT_NE(why.find("twice"), std::string::npos);
    EXPECT_FALSE(SecretBox::parseKeys("bad id:" + hex1, &why).has_value());
    const auto made = SecretBox::parseKeys(SecretBox::newKeyText("local"));
    ASSERT_TRUE(made.has_value());
    EXPECT_EQ((*made)[0].id, "local");
    EXPECT_NE((*made)[0].bytes, SecretBox::parseKeys(SecretBox::newKeyText("local")).value()[0].bytes);
    EXPECT_THROW(SecretBox({}), std::invalid_argument);
    EXPECT_THROW(SecretBox({SecretKey{"k", "short"}}), std::invalid_argument);
}
