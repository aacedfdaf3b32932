// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QCommandLineParser;

namespace petinfo::client {

class Prompts;
class SecretStore;

/** What sets one GUI executable (the desktop app, the kiosk) apart at start-up. */
struct AppStartup
{
    const char* executable;      ///< as --version prints it: "petinfo"
    const char* version;         ///< PETINFO_VERSION
    const char* displayName;     ///< "Pet Info"
    const char* desktopFileName; ///< "petinfo"
    /** Adds the description and the executable's own options (--help and --version are added for
     *  it). Called twice: once before the application object and its translations exist, to see
     *  whether a display is needed at all, then for real. */
    std::function<void(QCommandLineParser&)> describeCommandLine;
};

/** What the start-up hands the executable: the parsed command line, the system keychain and
 *  dialog prompts. */
struct AppContext
{
    const QCommandLineParser& commandLine;
    SecretStore& secrets;
    Prompts& prompts;
};

/** The start-up the GUI executables share. Disables core dumps before anything holds key
 *  material; answers --version, --help and a wrong option where there is no display (a package
 *  check, an ssh session); makes the application with the app's names (so every executable finds
 *  the same database folder and settings) and icon; installs the language chosen in Preferences
 *  with the country's formats; then runs `run`, whose result is the exit code. */
int runGuiApp(int& argc, char* argv[], const AppStartup& startup, const std::function<int(const AppContext&)>& run);

} // namespace petinfo::client
