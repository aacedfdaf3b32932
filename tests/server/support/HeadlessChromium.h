// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace petinfo::test {

/** What one headless Chromium run printed: its exit code, its standard output (the DOM with
 *  --dump-dom) and its log (CSP violations show there). */
struct Chromium
{
    int exitCode = -1;
    std::string output;
    std::string log;
};

/** Headless Chromium at a phone's size (390x844), with no network beyond loopback and no
 *  background traffic; `mode` is e.g. "--dump-dom" or "--screenshot=<file>". Files go in `dir`. */
Chromium runChromium(const std::filesystem::path& dir, const std::string& mode, const std::string& url);

/** A whole file's bytes (empty when it cannot be read). */
std::string readWholeFile(const std::filesystem::path& path);

} // namespace petinfo::test
