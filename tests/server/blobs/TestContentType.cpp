// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobs/BlobService.h"
#include "blobs/ContentType.h"

#include <gtest/gtest.h>

using namespace petinfo::server;
using namespace std::string_literals;

TEST(ContentType, SniffsByMagicBytes)
{
    EXPECT_EQ(sniffContentType("\xFF\xD8\xFF\xE0rest"s).value(), "image/jpeg");
    EXPECT_EQ(sniffContentType("\x89PNG\r\n\x1A\n...."s).value(), "image/png");
    EXPECT_EQ(sniffContentType("GIF89a..."s).value(), "image/gif");
    EXPECT_EQ(sniffContentType("RIFF\x10\0\0\0WEBPVP8 "s).value(), "image/webp");
    EXPECT_EQ(sniffContentType("\0\0\0\x18"
                               "ftypheic...."s)
                  .value(),
              "image/heic");
    EXPECT_EQ(sniffContentType("%PDF-1.7\n"s).value(), "application/pdf");
}

TEST(ContentType, RefusesEverythingElse)
{
    for (const std::string& bad :
         {""s, "\xFF\xD8"s, "<html><script>"s, "<svg xmlns="s, "MZ\x90\0"s, "PK\x03\x04"s, "RIFF\x10\0\0\0WAVEfmt "s,
          "\0\0\0\x18"
          "ftypmp42"s,
          "%PDF"s, "#!/bin/sh"s}) {
        EXPECT_FALSE(sniffContentType(bad).has_value()) << bad;
    }
}

TEST(ContentType, Sha256Paths)
{
    EXPECT_TRUE(isSha256Hex(std::string(64, 'a')));
    EXPECT_FALSE(isSha256Hex(std::string(64, 'A')));
    EXPECT_FALSE(isSha256Hex(std::string(63, 'a')));
    EXPECT_FALSE(isSha256Hex(std::string(63, 'a') + "g"));
}
