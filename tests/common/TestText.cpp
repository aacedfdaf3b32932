// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Text.h"

#include <gtest/gtest.h>

#include <string>

using petinfo::isCleanText;

TEST(Text, PlainTextInAnyScriptIsClean)
{
    EXPECT_TRUE(isCleanText(""));
    EXPECT_TRUE(isCleanText("Veterinaria San Roque"));
    EXPECT_TRUE(isCleanText("Clínica Ñandú – São Paulo"));
    EXPECT_TRUE(isCleanText("猫の病院 🐾"));
    EXPECT_TRUE(isCleanText(std::string("\xF4\x8F\xBF\xBF"))); // U+10FFFF, the last code point
}

TEST(Text, ControlCharactersAndEscapeSequencesAreNot)
{
    EXPECT_FALSE(isCleanText("\x1b[31mRED\x1b[0m"));     // ANSI escape sequence
    EXPECT_FALSE(isCleanText("bell\a"));                 // C0
    EXPECT_FALSE(isCleanText(std::string("nul\0x", 5))); // NUL
    EXPECT_FALSE(isCleanText("del\x7f"));                // DEL
    EXPECT_FALSE(isCleanText("csi\xc2\x9b"
                             "31m"));         // U+009B, the one-byte CSI
    EXPECT_FALSE(isCleanText("nel\xc2\x85")); // U+0085 (C1)
    EXPECT_FALSE(isCleanText("two\nlines"));
    EXPECT_FALSE(isCleanText("tab\tbed"));
}

TEST(Text, MultiLineTextMayBreakLines)
{
    EXPECT_TRUE(isCleanText("line one\r\nline two\n\tindented", true));
    EXPECT_FALSE(isCleanText("line one\n\x1b[2J", true));
    EXPECT_FALSE(isCleanText("form\ffeed", true));
}

TEST(Text, InvalidUtf8IsNotClean)
{
    EXPECT_FALSE(isCleanText("\xff"));
    EXPECT_FALSE(isCleanText("\xc3"));             // truncated
    EXPECT_FALSE(isCleanText("\xc0\xaf"));         // overlong '/'
    EXPECT_FALSE(isCleanText("\xe0\x80\xaf"));     // overlong '/'
    EXPECT_FALSE(isCleanText("\xed\xa0\x80"));     // a surrogate
    EXPECT_FALSE(isCleanText("\xf4\x90\x80\x80")); // above U+10FFFF
    EXPECT_FALSE(isCleanText("\xc3\x28"));         // bad continuation
}
