// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Config.h"

#include <Poco/Util/MapConfiguration.h>

#include <gtest/gtest.h>

using namespace petinfo::server;

namespace {
std::optional<std::string> noEnv(const std::string&)
{
    return std::nullopt;
}
} // namespace

TEST(Config, DefaultsAreSafeForProduction)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> empty(new Poco::Util::MapConfiguration);
    const ServerConfig c = ServerConfig::load(*empty, noEnv);
    EXPECT_GE(c.pbkdf2Iterations, 600000);
    EXPECT_EQ(c.tombstoneRetentionSeconds, 90 * 24 * 3600);
    EXPECT_FALSE(c.usesPostgres());
    EXPECT_TRUE(c.problems().empty());
    EXPECT_FALSE(c.trustProxy);
}

TEST(Config, FileThenEnvironment)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> file(new Poco::Util::MapConfiguration);
    file->setString("server.port", "9000");
    file->setString("database.url", "postgresql://file@h/d");
    file->setString("auth.pbkdf2Iterations", "1000");
    const ServerConfig fromFile = ServerConfig::load(*file, noEnv);
    EXPECT_EQ(fromFile.port, 9000);
    EXPECT_EQ(fromFile.databaseUrl, "postgresql://file@h/d");
    EXPECT_FALSE(fromFile.warnings().empty()); // low iteration count is reported

    const ServerConfig withEnv = ServerConfig::load(*file, [](const std::string& name) -> std::optional<std::string> {
        if (name == "PETINFO_DATABASE_URL") {
            return "postgresql://env@h/d";
        }
        if (name == "PETINFO_PORT") {
            return "7000";
        }
        if (name == "PETINFO_DATABASE_PASSWORD") {
            return "from-secrets-manager";
        }
        if (name == "PETINFO_TRUST_PROXY") {
            return "true";
        }
        return std::nullopt;
    });
    EXPECT_EQ(withEnv.databaseUrl, "postgresql://env@h/d");
    EXPECT_EQ(withEnv.port, 7000);
    EXPECT_EQ(withEnv.databasePassword, "from-secrets-manager");
    EXPECT_TRUE(withEnv.trustProxy);
}

TEST(Config, ProblemsStopStartUp)
{
    ServerConfig c;
    c.port = 70000;
    c.databaseUrl = "mysql://x";
    c.tlsCertificate = "cert.pem";
    c.pbkdf2Iterations = 10;
    EXPECT_EQ(c.problems().size(), 4u);
}
