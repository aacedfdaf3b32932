// SPDX-License-Identifier: GPL-3.0-or-later
// Requests that arrive slowly or not at all: an empty body without Content-Length, clients that
// trickle their headers or body, and many idle connections from one address. None of them may
// hold the server's workers away from other clients.
#include "support/RawConnection.h"
#include "support/ServerTest.h"

#include <chrono>

using namespace petinfo::test;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

class SlowClients : public ServerTest
{};

// RFC 9112 §6.3: a request without Content-Length and without Transfer-Encoding has an empty
// body. It used to wait for the body until the 30 s receive timeout.
TEST_P(SlowClients, BodyWithoutLengthIsEmptyAndAnsweredAtOnce)
{
    const Account admin = signUp(*server, "Clinic");
    struct Case
    {
        std::string method;
        std::string path;
        std::string token;
        int status;
    };
    const std::vector<Case> cases{
        {"POST", "/api/v1/auth/signin", {}, 400},
        {"PATCH", "/api/v1/organisation", admin.token, 400},
        {"PUT", "/api/v1/blobs/" + std::string(64, 'a'), admin.token, 400},
        {"POST", "/api/v1/sync/pull", admin.token, 400},
    };
    RawConnection connection(server->port());
    for (const Case& c : cases) {
        SCOPED_TRACE(c.method + " " + c.path);
        std::string text = c.method + " " + c.path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
        if (!c.token.empty()) {
            text += "Authorization: Bearer " + c.token + "\r\n";
        }
        const auto start = std::chrono::steady_clock::now();
        ASSERT_TRUE(connection.send(text + "\r\n"));
        const auto answer = connection.readResponse(20s);
        ASSERT_TRUE(answer.has_value()) << "no answer within 20 s";
        EXPECT_LT(secondsSince(start), 5.0) << "the server waited for a body that was never announced";
        EXPECT_EQ(answer->status, c.status) << answer->body;
        EXPECT_FALSE(answer->errorCode().empty()) << answer->body;
    }
    // The connection is still usable: the empty body was not taken for the start of another request.
    ASSERT_TRUE(connection.send(requestText(HttpRequest{"GET", "/healthz", {}, {}, {}, {}})));
    const auto health = connection.readResponse(5s);
    ASSERT_TRUE(health.has_value());
    EXPECT_EQ(health->status, 200);
}

PETINFO_INSTANTIATE_FOR_ENGINES(SlowClients);
