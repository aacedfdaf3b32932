// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::test {

enum class Backend
{
    Sqlite,
    Postgres
};
std::string backendName(Backend backend);

/** A fresh PostgreSQL database on the server of PETINFO_TEST_PG_URL (set by scripts/test-env.sh),
 *  dropped when destroyed. */
class PgDatabase
{
public:
    /** nullopt when PETINFO_TEST_PG_URL is not set. */
    static std::unique_ptr<PgDatabase> create();
    ~PgDatabase();
    const std::string& url() const { return m_url; }

private:
    PgDatabase(std::string adminUrl, std::string name, std::string url);
    std::string m_adminUrl;
    std::string m_name;
    std::string m_url;
};

/** True when the PostgreSQL variant cannot run; it then either skips (developer machine) or
 *  fails (CI=true), so CI never passes without having run it. Call through PETINFO_REQUIRE_BACKEND. */
bool backendUnavailable(Backend backend, std::string& why);

#define PETINFO_REQUIRE_BACKEND(backend)                                                                               \
    do {                                                                                                               \
        std::string why_;                                                                                              \
        if (::petinfo::test::backendUnavailable((backend), why_)) {                                                    \
            if (::petinfo::test::inCi()) {                                                                             \
                FAIL() << why_ << " (CI=true: the PostgreSQL variant must run)";                                       \
            }                                                                                                          \
            GTEST_SKIP() << why_;                                                                                      \
        }                                                                                                              \
    } while (false)

bool inCi();

struct HttpResponse
{
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers; ///< names in lower case

    nlohmann::json json() const;
    std::string header(const std::string& lowerName) const;
    /** The error code of an error body, or "". */
    std::string errorCode() const;
};

struct HttpRequest
{
    std::string method = "GET";
    std::string path = "/";
    std::string body;
    std::string contentType;
    std::string token;
    std::vector<std::pair<std::string, std::string>> headers;
};

/** One HTTP exchange on a new connection (raw socket, so tests can send anything). */
HttpResponse httpExchange(int port, const HttpRequest& request, bool tls = false);
/** Sends bytes as they are and reads the answer until the server closes or sends a full response. */
HttpResponse rawExchange(int port, const std::string& bytes);

/** The key that seals stored secrets in test servers on PostgreSQL (security.secretKeys). */
inline constexpr std::string_view kTestSecretKeys =
    "test:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

struct ServerOptions
{
    Backend backend = Backend::Sqlite;
    /** Extra config keys (server.properties syntax), over the test defaults. */
    std::map<std::string, std::string> config;
    /** Share a PostgreSQL database between servers (two replicas); empty: a new one. */
    std::string databaseUrl;
    std::string tlsCertificate;
    std::string tlsPrivateKey;
    /** The SQLite data directory to use (kept afterwards); empty: a new one in the process's
     *  temporary directory. A test restarts a server on the same data with it. */
    std::string dataDir;
};

/** The real petinfo-server binary on port 0, with its own data directory and log file. */
class ServerProcess
{
public:
    explicit ServerProcess(ServerOptions options = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    int port() const { return m_port; }
    bool running();
    /** Sends `signal` and waits; returns the exit status (or 128 + signal). */
    int stop(int signal = 15, int timeoutMs = 15000);
    std::string log() const;
    const std::string& databaseUrl() const { return m_databaseUrl; }
    const std::string& dataDir() const { return m_dataDir; }

    HttpResponse request(const HttpRequest& request) const;
    HttpResponse get(const std::string& path, const std::string& token = {}) const;
    HttpResponse post(const std::string& path, const nlohmann::json& body, const std::string& token = {}) const;
    HttpResponse send(const std::string& method, const std::string& path, const nlohmann::json& body,
                      const std::string& token = {}) const;

private:
    ServerOptions m_options;
    std::unique_ptr<PgDatabase> m_pg;
    std::string m_dir;
    std::string m_dataDir;
    std::string m_databaseUrl;
    int m_pid = -1;
    int m_port = 0;
    bool m_tls = false;
};

/** A signed-up organisation with its admin's token. */
struct Account
{
    std::string token;
    std::string orgId;
    std::string userId;
    std::string clientId;
    std::string email;
    std::string password;
};

/** Signs up a new user and organisation and signs in (throws on failure). */
Account signUp(const ServerProcess& server, const std::string& orgName, const std::string& kind = "clinic");
/** Signs in an existing user on a new device. */
Account signIn(const ServerProcess& server, const std::string& email, const std::string& password,
               const std::string& clientId = {}, const std::string& organisationId = {});

std::string uniqueEmail();
/** A real 48×48 PNG (115 bytes). */
std::string samplePng();
std::string sha256Hex(const std::string& data);
std::string uuid();

} // namespace petinfo::test
