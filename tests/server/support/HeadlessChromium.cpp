// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/HeadlessChromium.h"

#include "support/ServerProcess.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace petinfo::test {

namespace fs = std::filesystem;

std::string readWholeFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

Chromium runChromium(const fs::path& dir, const std::string& mode, const std::string& url)
{
    const fs::path profile = dir / ("profile-" + uuid());
    const fs::path out = dir / "out.txt";
    const fs::path log = dir / "chromium.log";
    const std::string command =
        "timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync --disable-extensions "
        "--hide-scrollbars --user-data-dir=" +
        profile.string() + " --enable-logging=stderr --v=0 --window-size=390,844 " + mode + " '" + url + "' > " +
        out.string() + " 2> " + log.string();
    Chromium c;
    c.exitCode = std::system(command.c_str());
    c.output = readWholeFile(out);
    c.log = readWholeFile(log);
    return c;
}

} // namespace petinfo::test
