// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace Poco::Net {
class HTTPServer;
}

namespace petinfo::test {

/** What a fake provider receives: method, path, query, lower-case headers, raw body. */
struct FakeRequest
{
    std::string method;
    std::string path;
    std::string query;
    std::map<std::string, std::string> headers;
    std::string body;
    std::string header(const std::string& lowerName) const;
};

struct FakeAnswer
{
    int status = 200;
    std::string body;
    std::string contentType = "application/json";
};

/** A real HTTP server on a loopback port that hands each request to a function (the fakes of
 *  the payment providers are built on it). */
class FakeHttpServer
{
public:
    explicit FakeHttpServer(std::function<FakeAnswer(const FakeRequest&)> handler);
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer&) = delete;
    FakeHttpServer& operator=(const FakeHttpServer&) = delete;

    int port() const;
    std::string baseUrl() const;

private:
    std::function<FakeAnswer(const FakeRequest&)> m_handler;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

/** Lower-case hex HMAC-SHA256 (OpenSSL's library; the tests check it against the command line). */
std::string hmacSha256Hex(const std::string& key, const std::string& message);
/** Splits an x-www-form-urlencoded body (percent and '+' decoding); nullopt when malformed. */
std::optional<std::map<std::string, std::string>> parseForm(const std::string& body);

} // namespace petinfo::test
