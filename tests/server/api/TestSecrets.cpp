// SPDX-License-Identifier: GPL-3.0-or-later
// Stored secrets (two-factor secrets) are sealed with the server's key: not in plain text in the
// database, readable across a key rotation, and sealed at start-up when an older server stored
// them in plain text.
#include "db/Database.h"
#include "security/Crypto.h"
#include "security/Totp.h"
#include "support/ServerTest.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;

namespace {

std::int64_t nowSeconds()
{
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

const std::string kKey1 = "k1:" + std::string(64, '1');
const std::string kKey2 = "k2:" + std::string(64, '2');

/** The database of a (possibly stopped) test server. */
std::unique_ptr<server::Database> databaseOf(const ServerProcess& s)
{
    server::DatabaseSettings settings;
    if (!s.databaseUrl().empty()) {
        settings.engine = server::Engine::Postgres;
        settings.postgresConninfo = server::postgresConninfoFromUrl(s.databaseUrl()).value();
    } else {
        settings.sqlitePath = s.dataDir() + "/petinfo.db";
    }
    settings.poolSize = 1;
    return std::make_unique<server::Database>(settings);
}

std::string storedSecret(const ServerProcess& s, const std::string& userId)
{
    auto db = databaseOf(s);
    server::Lease c = db->acquire();
    return c->rows("SELECT totp_secret FROM users WHERE id = ?", userId).text(0, 0);
}

/** Turns on two-factor sign-in for the account; returns the secret. */
std::string enableTotp(const ServerProcess& s, const Account& a)
{
    const auto setup = s.post("/api/v1/auth/totp/setup", nullptr, a.token);
    EXPECT_EQ(setup.status, 200) << setup.body;
    const std::string secret = server::crypto::base32Decode(setup.json()["secret"].get<std::string>()).value();
    const auto enabled =
        s.post("/api/v1/auth/totp/enable", {{"code", server::totpCode(secret, nowSeconds())}}, a.token);
    EXPECT_EQ(enabled.status, 204) << enabled.body;
    return secret;
}

/** Signs in with a fresh code (the last used step is reset first: each code is single-use). */
HttpResponse signInWithCode(const ServerProcess& s, const Account& a, const std::string& secret)
{
    {
        auto db = databaseOf(s);
        server::Lease c = db->acquire();
        c->exec("UPDATE users SET totp_last_step = 0 WHERE id = ?", a.userId);
    }
    return s.post("/api/v1/auth/signin",
                  {{"email", a.email}, {"password", a.password}, {"totpCode", server::totpCode(secret, nowSeconds())}});
}

} // namespace

class Secrets : public ServerTest
{
protected:
    /** Another server on the same database (and data directory) as `first`, which is stopped. */
    std::unique_ptr<ServerProcess> restart(const ServerProcess& first, const std::string& keys) const
    {
        ServerOptions options;
        options.backend = GetParam();
        options.databaseUrl = first.databaseUrl();
        options.dataDir = first.dataDir();
        if (!keys.empty()) {
            options.config["security.secretKeys"] = keys;
        }
        return std::make_unique<ServerProcess>(options);
    }
};

TEST_P(Secrets, TotpSecretsAreNotStoredInPlainText)
{
    const Account a = signUp(*server, "Clinic");
    const std::string secret = enableTotp(*server, a);
    const std::string stored = storedSecret(*server, a.userId);
    EXPECT_EQ(stored.rfind("sb1:", 0), 0u) << stored;
    EXPECT_EQ(stored.find(server::crypto::toHex(secret)), std::string::npos);
    EXPECT_EQ(stored.find(server::crypto::base32Encode(secret)), std::string::npos);
    const auto signedIn = signInWithCode(*server, a, secret);
    EXPECT_EQ(signedIn.status, 201) << signedIn.body;
}

TEST_P(Secrets, KeysRotateAndPlainSecretsAreSealedAtStartUp)
{
    ServerOptions options;
    options.backend = GetParam();
    options.config["security.secretKeys"] = kKey1;
    ServerProcess first(options);
    const Account a = signUp(first, "Clinic A");
    const std::string secretA = enableTotp(first, a);
    EXPECT_EQ(storedSecret(first, a.userId).rfind("sb1:k1:", 0), 0u);
    // B's secret as a server from before sealing stored it: hex.
    const Account b = signUp(first, "Clinic B");
    const std::string secretB = server::crypto::randomBytes(20);
    {
        auto db = databaseOf(first);
        server::Lease c = db->acquire();
        c->exec("UPDATE users SET totp_secret = ?, totp_enabled = 1 WHERE id = ?", server::crypto::toHex(secretB),
                b.userId);
    }
    first.stop();

    // Step 1 of a rotation: the new key first, the old one still listed. Start-up reseals.
    auto second = restart(first, kKey2 + "," + kKey1);
    EXPECT_NE(second->log().find("two-factor secrets sealed with the current key"), std::string::npos) << second->log();
    EXPECT_NE(second->log().find("\"secrets\":2"), std::string::npos);
    EXPECT_EQ(storedSecret(first, a.userId).rfind("sb1:k2:", 0), 0u);
    EXPECT_EQ(storedSecret(first, b.userId).rfind("sb1:k2:", 0), 0u);
    EXPECT_EQ(signInWithCode(*second, a, secretA).status, 201);
    EXPECT_EQ(signInWithCode(*second, b, secretB).status, 201);
    second->stop();

    // Step 2: the old key is dropped.
    auto third = restart(first, kKey2);
    EXPECT_EQ(signInWithCode(*third, a, secretA).status, 201);
    EXPECT_EQ(signInWithCode(*third, b, secretB).status, 201);
    third->stop();

    // Without the key that sealed them, the secrets cannot be read: said at start-up, and the
    // codes are refused (never accepted without a check).
    auto wrong = restart(first, kKey1);
    EXPECT_NE(wrong->log().find("two-factor secrets sealed with a key that is not configured"), std::string::npos);
    const auto refused = signInWithCode(*wrong, a, secretA);
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.errorCode(), "invalid_totp");
}

TEST_P(Secrets, SqliteMakesAPrivateKeyFileOnce)
{
    if (GetParam() != Backend::Sqlite) {
        GTEST_SKIP() << "SQLite only: PostgreSQL needs a configured key";
    }
    const std::string path = server->dataDir() + "/secret-keys";
    struct stat info
    {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    std::string key;
    std::getline(std::ifstream(path), key);
    EXPECT_EQ(key.rfind("local:", 0), 0u);
    EXPECT_EQ(key.size(), 6u + 64u);

    const Account a = signUp(*server, "Clinic");
    const std::string secret = enableTotp(*server, a);
    server->stop();
    auto again = restart(*server, {});
    std::string keyAgain;
    std::getline(std::ifstream(path), keyAgain);
    EXPECT_EQ(keyAgain, key);
    EXPECT_EQ(signInWithCode(*again, a, secret).status, 201);
}

TEST_P(Secrets, PostgresWithoutAKeyDoesNotStart)
{
    if (GetParam() != Backend::Postgres) {
        GTEST_SKIP() << "PostgreSQL only";
    }
    ServerOptions options;
    options.backend = Backend::Postgres;
    options.config["security.secretKeys"] = "";
    try {
        ServerProcess unkeyed(options);
        ADD_FAILURE() << "started without a key";
    } catch (const std::exception& e) {
        EXPECT_NE(std::string(e.what()).find("PETINFO_SECRET_KEYS"), std::string::npos) << e.what();
    }
}

PETINFO_INSTANTIATE_FOR_ENGINES(Secrets);
