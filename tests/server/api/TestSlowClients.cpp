// SPDX-License-Identifier: GPL-3.0-or-later
// Requests that arrive slowly or not at all: an empty body without Content-Length, clients that
// trickle their headers or body, and many idle connections from one address. None of them may
// hold the server's workers away from other clients.
#include "support/RawConnection.h"
#include "support/ServerTest.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>

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

// A chunked body (what a client sends when it does not know the length up front) is read whole,
// and the connection stays usable after it.
TEST_P(SlowClients, ChunkedBodiesAreRead)
{
    const Account admin = signUp(*server, "Clinic");
    const std::string signin = json{{"email", admin.email}, {"password", admin.password}}.dump();
    const std::string pull = R"({"schemaVersion":2,"cursor":0,"limit":10})";
    auto chunked = [](const std::string& body) {
        std::string out;
        for (std::size_t offset = 0; offset < body.size(); offset += 7) {
            const std::string piece = body.substr(offset, 7);
            char size[16];
            std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
            out += size + piece + "\r\n";
        }
        return out + "0\r\n\r\n";
    };
    RawConnection connection(server->port());
    ASSERT_TRUE(connection.send("POST /api/v1/auth/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n" +
                                chunked(signin)));
    const auto signedIn = connection.readResponse();
    ASSERT_TRUE(signedIn.has_value());
    EXPECT_EQ(signedIn->status, 201) << signedIn->body;
    ASSERT_TRUE(connection.send("POST /api/v1/sync/pull HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Authorization: Bearer " +
                                admin.token + "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(pull)));
    const auto pulled = connection.readResponse();
    ASSERT_TRUE(pulled.has_value());
    EXPECT_EQ(pulled->status, 200) << pulled->body;
}

namespace {

/** Sends one more byte on each connection every `interval` until stopped (slowloris). */
class Trickler
{
public:
    Trickler(std::vector<std::unique_ptr<RawConnection>>& connections, std::chrono::milliseconds interval)
        : m_thread([this, &connections, interval] {
            std::unique_lock lock(m_mutex);
            while (!m_wake.wait_for(lock, interval, [this] { return m_stop; })) {
                for (auto& c : connections) {
                    (void)c->send(" ");
                }
            }
        })
    {}
    ~Trickler()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

int countAnswers(std::vector<std::unique_ptr<RawConnection>>& connections, int status)
{
    int n = 0;
    for (auto& c : connections) {
        if (auto answer = c->readResponse(10ms); answer && answer->status == status) {
            ++n;
        }
    }
    return n;
}

} // namespace

class SlowFlood : public ServerTest
{
protected:
    std::map<std::string, std::string> config() const override
    {
        // The production worker count (the test default is 32); a third of it per address.
        return {{"server.threads", "96"}, {"http.headerTimeoutSeconds", "4"}, {"http.bodyTimeoutSeconds", "4"}};
    }
};

// Issue 15: while 300 idle or trickling connections are open from one address, another client's
// /healthz answers in under a second and a sign-in succeeds.
TEST_P(SlowFlood, ConnectionsFromOneAddressCannotStopOtherClients)
{
    const Account account = signUp(*server, "Clinic");
    const std::string signinBody = json{{"email", account.email}, {"password", account.password}}.dump();

    std::vector<std::unique_ptr<RawConnection>> idle;
    std::vector<std::unique_ptr<RawConnection>> trickling;
    for (int i = 0; i < 300; ++i) {
        auto c = std::make_unique<RawConnection>(server->port(), "127.0.0.1");
        switch (i % 3) {
        case 0: // connected, says nothing
            idle.push_back(std::move(c));
            break;
        case 1: // headers that never end
            ASSERT_TRUE(c->send("POST /api/v1/auth/signin HTTP/1.1\r\nHost: x\r\nX-Slow: "));
            trickling.push_back(std::move(c));
            break;
        default: // a body that never ends
            ASSERT_TRUE(c->send("POST /api/v1/auth/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Content-Length: 100000\r\n\r\n{\"email\":\""));
            trickling.push_back(std::move(c));
            break;
        }
    }
    Trickler trickler(trickling, 500ms);
    std::this_thread::sleep_for(300ms); // the server has taken them all

    for (int round = 0; round < 3; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        RawConnection other(server->port(), "127.0.0.2");
        const auto start = std::chrono::steady_clock::now();
        ASSERT_TRUE(other.send(requestText(HttpRequest{"GET", "/healthz", {}, {}, {}, {}})));
        const auto health = other.readResponse(10s);
        const double seconds = secondsSince(start);
        ASSERT_TRUE(health.has_value()) << "no answer to /healthz";
        EXPECT_EQ(health->status, 200);
        EXPECT_LT(seconds, 1.0);

        ASSERT_TRUE(other.send(
            requestText(HttpRequest{"POST", "/api/v1/auth/signin", signinBody, "application/json", {}, {}})));
        const auto signin = other.readResponse(10s);
        ASSERT_TRUE(signin.has_value()) << "no answer to the sign-in";
        EXPECT_EQ(signin->status, 201) << signin->body;
        std::this_thread::sleep_for(1s);
    }

    // One address holds at most a third of the workers; its other connections were refused.
    RawConnection other(server->port(), "127.0.0.2");
    ASSERT_TRUE(other.send(requestText(HttpRequest{"GET", "/metrics", {}, {}, {}, {}})));
    const auto metrics = other.readResponse(10s).value_or(HttpResponse{});
    EXPECT_NE(metrics.body.find("petinfo_http_connections_refused_total{reason=\"per_address\"} 268"),
              std::string::npos)
        << metrics.body.substr(0, 4000);
    EXPECT_EQ(countAnswers(idle, 429) + countAnswers(trickling, 429), 268);
}

// The slow connections that were let in do not keep their worker: each phase has a deadline.
TEST_P(SlowFlood, SlowHeadersAndBodiesAreCutAtTheirDeadline)
{
    RawConnection idle(server->port());
    RawConnection slowHeaders(server->port());
    RawConnection slowBody(server->port());
    ASSERT_TRUE(slowHeaders.send("GET /healthz HTTP/1.1\r\nHost: x\r\n"));
    ASSERT_TRUE(slowBody.send("POST /api/v1/auth/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              "Content-Length: 100000\r\n\r\n{"));
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 5; ++i) {
        std::this_thread::sleep_for(500ms);
        (void)slowHeaders.send("X");
        (void)slowBody.send(" ");
    }
    const auto headersAnswer = slowHeaders.readResponse(10s);
    ASSERT_TRUE(headersAnswer.has_value());
    EXPECT_EQ(headersAnswer->status, 408);
    EXPECT_EQ(headersAnswer->errorCode(), "request_timeout");
    const auto bodyAnswer = slowBody.readResponse(10s);
    ASSERT_TRUE(bodyAnswer.has_value());
    EXPECT_EQ(bodyAnswer->status, 408);
    EXPECT_EQ(bodyAnswer->errorCode(), "request_timeout");
    EXPECT_TRUE(idle.closedByServer(10s));
    EXPECT_TRUE(slowHeaders.closedByServer(5s));
    EXPECT_TRUE(slowBody.closedByServer(5s));
    // 4 s each (plus up to the checker's quarter second and a second for the body's bytes).
    EXPECT_LT(secondsSince(start), 9.0);

    // A large body sent slowly but steadily (1 KiB/s and more) is not cut: its deadline grows
    // with what arrives.
    const std::string body = json{{"email", "nobody@example.org"}, {"password", std::string(12000, 'p')}}.dump();
    RawConnection steady(server->port());
    ASSERT_TRUE(steady.send("POST /api/v1/auth/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: " +
                            std::to_string(body.size()) + "\r\n\r\n"));
    for (std::size_t offset = 0; offset < body.size(); offset += 3000) {
        ASSERT_TRUE(steady.send(body.substr(offset, 3000)));
        std::this_thread::sleep_for(1500ms);
    }
    const auto steadyAnswer = steady.readResponse(10s);
    ASSERT_TRUE(steadyAnswer.has_value());
    EXPECT_EQ(steadyAnswer->status, 400) << steadyAnswer->body; // password too long: the body was read whole
    EXPECT_EQ(steadyAnswer->errorCode(), "invalid_request");
}

PETINFO_INSTANTIATE_FOR_ENGINES(SlowClients);
PETINFO_INSTANTIATE_FOR_ENGINES(SlowFlood);
