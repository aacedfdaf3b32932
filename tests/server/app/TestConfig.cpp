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
    c.secretKeys = "k1:" + std::string(64, 'a');
    EXPECT_EQ(c.problems().size(), 4u);
}

TEST(Config, SecretKeysAreRequiredWithPostgresAndMustParse)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> file(new Poco::Util::MapConfiguration);
    file->setString("database.url", "postgresql://app@db/petinfo");
    const ServerConfig unkeyed = ServerConfig::load(*file, noEnv);
    ASSERT_EQ(unkeyed.problems().size(), 1u);
    EXPECT_NE(unkeyed.problems()[0].find("PETINFO_SECRET_KEYS"), std::string::npos);

    const ServerConfig keyed = ServerConfig::load(*file, [](const std::string& name) -> std::optional<std::string> {
        if (name == "PETINFO_SECRET_KEYS") {
            return "k2:" + std::string(64, 'b') + ",k1:" + std::string(64, 'a');
        }
        return std::nullopt;
    });
    EXPECT_TRUE(keyed.problems().empty());

    ServerConfig sqlite; // SQLite makes a key file of its own
    EXPECT_TRUE(sqlite.problems().empty());
    sqlite.secretKeys = "k1:not-hex";
    EXPECT_EQ(sqlite.problems().size(), 1u);
}

TEST(Config, ConnectionLimitsDefaultToAThirdOfTheWorkers)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> file(new Poco::Util::MapConfiguration);
    ServerConfig c = ServerConfig::load(*file, noEnv);
    EXPECT_EQ(c.connectionsPerAddress(), 32); // of 96 threads
    EXPECT_EQ(c.headerTimeoutSeconds, 10);
    EXPECT_EQ(c.bodyTimeoutSeconds, 20);
    c.trustProxy = true; // every connection comes from the proxy's address
    EXPECT_EQ(c.connectionsPerAddress(), 0);

    file->setString("server.threads", "30");
    file->setString("http.maxConnectionsPerAddress", "8");
    file->setString("http.headerTimeoutSeconds", "3");
    file->setString("http.bodyTimeoutSeconds", "4");
    file->setString("http.minBytesPerSecond", "500");
    file->setString("http.keepAliveSeconds", "5");
    const ServerConfig set = ServerConfig::load(*file, noEnv);
    EXPECT_EQ(set.connectionsPerAddress(), 8);
    EXPECT_EQ(set.headerTimeoutSeconds, 3);
    EXPECT_EQ(set.bodyTimeoutSeconds, 4);
    EXPECT_EQ(set.minBytesPerSecond, 500);
    EXPECT_EQ(set.keepAliveSeconds, 5);
    EXPECT_TRUE(set.problems().empty());

    ServerConfig bad;
    bad.threads = 16;
    bad.maxConnectionsPerAddress = 16; // one address could hold every worker
    EXPECT_EQ(bad.problems().size(), 1u);
    bad.maxConnectionsPerAddress = 0;
    bad.headerTimeoutSeconds = 0;
    bad.minBytesPerSecond = 0;
    EXPECT_EQ(bad.problems().size(), 2u);
}
