// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Poco/Util/ServerApplication.h>

#include <map>
#include <string>

namespace petinfo::server {

/** `petinfo-server --port N --data-dir DIR [--config FILE] [--port-file FILE] [--tls-cert F --tls-key F]`.
 *  Serves until SIGTERM/SIGINT, then stops accepting, lets requests in flight finish and exits. */
class ServerApp final : public Poco::Util::ServerApplication
{
protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

private:
    void help() const;

    bool m_helpRequested = false;
    bool m_versionRequested = false;
    std::string m_configFile;
    std::map<std::string, std::string> m_overrides; ///< command-line options, the highest priority
};

} // namespace petinfo::server
