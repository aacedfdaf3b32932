// SPDX-License-Identifier: GPL-3.0-or-later
// The process: start-up on port 0, health, metrics, JSON errors, logging, TLS and SIGTERM.
#include "support/RawConnection.h"
#include "support/ServerTest.h"

#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>

using namespace petinfo::test;
using nlohmann::json;

class Basics : public ServerTest
{};

TEST_P(Basics, HealthReadinessAndMetrics)
{
    const auto health = server->get("/healthz");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json()["status"], "ok");
    EXPECT_EQ(server->get("/readyz").status, 200);
    const auto metrics = server->get("/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_EQ(metrics.header("content-type").rfind("text/plain", 0), 0u);
    EXPECT_NE(metrics.body.find("petinfo_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1"),
              std::string::npos)
        << metrics.body;
    EXPECT_NE(metrics.body.find("petinfo_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 1"),
              std::string::npos);
    EXPECT_NE(metrics.body.find("process_resident_memory_bytes "), std::string::npos);
    EXPECT_NE(metrics.body.find("petinfo_db_connections_in_use "), std::string::npos);
}

TEST_P(Basics, ErrorsAreJsonWithTheRequestId)
{
    const auto missing = server->get("/no/such/thing");
    EXPECT_EQ(missing.status, 404);
    const json body = missing.json();
    ASSERT_TRUE(body.contains("error")) << missing.body;
    EXPECT_EQ(body["error"]["code"], "not_found");
    EXPECT_TRUE(body["error"]["message"].is_string());
    EXPECT_EQ(body["error"]["requestId"], missing.header("x-request-id"));
    EXPECT_EQ(missing.header("content-type"), "application/json");

    HttpRequest put;
    put.method = "PUT";
    put.path = "/healthz";
    put.headers.emplace_back("X-Request-Id", "trace-42");
    const auto wrongMethod = server->request(put);
    EXPECT_EQ(wrongMethod.status, 405);
    EXPECT_EQ(wrongMethod.errorCode(), "method_not_allowed");
    EXPECT_EQ(wrongMethod.header("allow"), "GET");
    EXPECT_EQ(wrongMethod.json()["error"]["requestId"], "trace-42");
    EXPECT_EQ(wrongMethod.header("x-request-id"), "trace-42");

    const auto noToken = server->get("/api/v1/pets");
    EXPECT_EQ(noToken.status, 401);
    EXPECT_EQ(noToken.errorCode(), "unauthorized");
    const auto badToken = server->get("/api/v1/pets", "pit_" + std::string(43, 'A'));
    EXPECT_EQ(badToken.status, 401);
    EXPECT_EQ(badToken.errorCode(), "invalid_token");
}

TEST_P(Basics, StatusLinesCarryTheStandardReasonPhrase)
{
    const Account admin = signUp(*server, "Clinic");
    RawConnection connection(server->port());
    const std::vector<std::pair<HttpRequest, std::string>> cases{
        {HttpRequest{"GET", "/healthz", {}, {}, {}, {}}, "HTTP/1.1 200 OK"},
        {HttpRequest{"GET", "/no/such/thing", {}, {}, {}, {}}, "HTTP/1.1 404 Not Found"},
        {HttpRequest{"GET", "/api/v1/pets", {}, {}, {}, {}}, "HTTP/1.1 401 Unauthorized"},
        {HttpRequest{"PUT", "/healthz", {}, {}, {}, {}}, "HTTP/1.1 405 Method Not Allowed"},
        {HttpRequest{"POST", "/api/v1/auth/signin", "{", "application/json", {}, {}}, "HTTP/1.1 400 Bad Request"},
        {HttpRequest{"POST", "/api/v1/auth/signin", "{}", "text/plain", {}, {}}, "HTTP/1.1 415 Unsupported Media Type"},
        {HttpRequest{"POST", "/api/v1/auth/signout", "{}", "application/json", admin.token, {}},
         "HTTP/1.1 204 No Content"},
    };
    for (const auto& [request, statusLine] : cases) {
        SCOPED_TRACE(request.method + " " + request.path);
        ASSERT_TRUE(connection.send(requestText(request)));
        const auto answer = connection.readResponse();
        ASSERT_TRUE(answer.has_value());
        EXPECT_EQ(answer->header("(status line)"), statusLine);
    }
}

TEST_P(Basics, OneJsonLogLinePerRequestWithoutSecrets)
{
    const Account a = signUp(*server, "Log Clinic");
    HttpRequest r;
    r.path = "/api/v1/auth/me";
    r.token = a.token;
    r.headers.emplace_back("X-Request-Id", "log-check-1");
    ASSERT_EQ(server->request(r).status, 200);
    const auto totp = server->post("/api/v1/auth/totp/setup", json::object(), a.token);
    ASSERT_EQ(totp.status, 200);
    const std::string secret = totp.json()["secret"];

    std::istringstream lines(server->log());
    std::string line;
    int requestLines = 0;
    bool sawTrace = false;
    while (std::getline(lines, line)) {
        const json j = json::parse(line, nullptr, false);
        ASSERT_TRUE(j.is_object()) << "not a JSON line: " << line;
        EXPECT_TRUE(j.contains("ts") && j.contains("level") && j.contains("logger") && j.contains("msg")) << line;
        if (j["msg"] == "request") {
            ++requestLines;
            EXPECT_TRUE(j["requestId"].is_string());
            EXPECT_TRUE(j["status"].is_number_integer());
            sawTrace = sawTrace || (j["requestId"] == "log-check-1" && j["path"] == "/api/v1/auth/me");
        }
    }
    EXPECT_EQ(requestLines, 4); // sign-up, sign-in, me, totp setup
    EXPECT_TRUE(sawTrace);
    const std::string log = server->log();
    EXPECT_EQ(log.find(a.token), std::string::npos);
    EXPECT_EQ(log.find(a.token.substr(4)), std::string::npos);
    EXPECT_EQ(log.find(a.password), std::string::npos);
    EXPECT_EQ(log.find(secret), std::string::npos);
    if (GetParam() == Backend::Postgres) {
        EXPECT_NE(log.find("\"engine\":\"postgresql\""), std::string::npos);
    }
}

TEST_P(Basics, SqliteNeedsNoSetUp)
{
    if (GetParam() != Backend::Sqlite) {
        GTEST_SKIP() << "SQLite only";
    }
    EXPECT_TRUE(std::filesystem::exists(server->dataDir() + "/petinfo.db"));
}

TEST_P(Basics, SigtermFinishesTheRequestInFlightAndExitsCleanly)
{
    // A real 600k-iteration hash keeps a sign-in busy long enough to signal during it.
    auto slow = start({{"auth.pbkdf2Iterations", "600000"}});
    const Account a = signUp(*slow, "Slow Clinic");
    const int port = slow->port();
    auto inFlight = std::async(std::launch::async, [port, &a] {
        HttpRequest r;
        r.method = "POST";
        r.path = "/api/v1/auth/signin";
        r.contentType = "application/json";
        r.body = json{{"email", a.email}, {"password", a.password}}.dump();
        return httpExchange(port, r);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
    const int status = slow->stop(SIGTERM);
    const HttpResponse answer = inFlight.get();
    EXPECT_EQ(answer.status, 201) << answer.body;
    EXPECT_EQ(status, 0);
    EXPECT_NE(slow->log().find("\"msg\":\"stopped\""), std::string::npos);
}

TEST_P(Basics, ServesHttpsWithACertificateAndKey)
{
    const auto dir = std::filesystem::temp_directory_path() / ("petinfo-tls-" + uuid());
    std::filesystem::create_directories(dir);
    const std::string cert = (dir / "cert.pem").string();
    const std::string key = (dir / "key.pem").string();
    const std::string command = "openssl req -x509 -newkey rsa:2048 -nodes -keyout " + key + " -out " + cert +
                                " -days 1 -subj /CN=localhost >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0);
    ServerOptions options;
    options.backend = GetParam();
    options.tlsCertificate = cert;
    options.tlsPrivateKey = key;
    {
        ServerProcess tls(options);
        const auto health = tls.get("/healthz");
        EXPECT_EQ(health.status, 200);
        // Plain HTTP on the TLS port gets no answer.
        EXPECT_NE(rawExchange(tls.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").status, 200);
        EXPECT_EQ(tls.stop(SIGTERM), 0);
    }
    std::filesystem::remove_all(dir);
}

TEST_P(Basics, BadConfigurationStopsStartUp)
{
    EXPECT_THROW(start({{"server.threads", "1"}}), std::runtime_error);
    EXPECT_THROW(start({{"auth.pbkdf2Iterations", "10"}}), std::runtime_error);
}

PETINFO_INSTANTIATE_FOR_ENGINES(Basics);

TEST_P(Basics, ServerInfoGivesThePublicAddressOfTheTagPages)
{
    // Not configured: guessed from the Host header, and said so (the client refuses loopback).
    const auto guessed = server->get("/api/v1/server-info");
    ASSERT_EQ(guessed.status, 200);
    EXPECT_EQ(guessed.json()["publicBaseUrl"], "http://127.0.0.1:" + std::to_string(server->port()));
    EXPECT_EQ(guessed.json()["publicBaseUrlConfigured"], false);

    // Configured: exactly that address (without a trailing slash), as the tag pages use it.
    auto configured = start({{"server.publicBaseUrl", "https://pets.example.org/"}});
    const auto info = configured->get("/api/v1/server-info");
    ASSERT_EQ(info.status, 200);
    EXPECT_EQ(info.json()["publicBaseUrl"], "https://pets.example.org");
    EXPECT_EQ(info.json()["publicBaseUrlConfigured"], true);
}
