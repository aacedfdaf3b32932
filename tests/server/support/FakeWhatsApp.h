// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/ServerProcess.h"

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServer;
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace petinfo::test {

/** A local stand-in for the WhatsApp Cloud API: a real HTTP server on a loopback port that checks
 *  what the real one checks (path /<version>/<phone-number-id>/messages, the bearer token, JSON
 *  shape, `to` in international digits, template name, language and parameter count) and answers
 *  as told: 200 with a message id, 400, 429, 500, or no answer at all. It also sends signed status
 *  and message webhooks to a server. */
class FakeWhatsApp
{
public:
    struct Options
    {
        std::string version = "v22.0";
        std::string phoneNumberId = "106540352242922";
        std::string accessToken = "EAAtest-access-token";
        std::string appSecret = "test-app-secret";
        /** Approved templates: "name/language" -> number of body parameters. */
        std::map<std::string, int> templates{{"vaccine_reminder/es", 3},
                                             {"vaccine_reminder/pt_BR", 3},
                                             {"vaccine_reminder/en_US", 3},
                                             {"vaccine_overdue/es", 3},
                                             {"vaccine_overdue/en_US", 3},
                                             {"found_pet_alert/es", 4},
                                             {"found_pet_alert/pt_BR", 4},
                                             {"found_pet_alert/en_US", 4},
                                             {"petinfo_verification_code/es", 2},
                                             {"petinfo_verification_code/pt_BR", 2},
                                             {"petinfo_verification_code/en_US", 2},
                                             {"petinfo_custom_reminder/es", 2},
                                             {"petinfo_custom_reminder/pt_BR", 2},
                                             {"petinfo_custom_reminder/en_US", 2}};
    };

    enum class Answer
    {
        Ok,
        Undeliverable, ///< 400, code 131026 (the number is not on WhatsApp)
        TooMany,       ///< 429, code 130429, Retry-After: 2
        ServerError,   ///< 500, code 131000
        Hang           ///< reads the request and never answers (until released or destroyed)
    };

    explicit FakeWhatsApp(Options options);
    FakeWhatsApp()
        : FakeWhatsApp(Options{})
    {}
    ~FakeWhatsApp();

    const Options& options() const { return m_options; }
    int port() const;
    std::string baseUrl() const;
    /** Server config keys (whatsapp.*) pointing at this fake, with `verifyToken`. */
    std::map<std::string, std::string> serverConfig(const std::string& verifyToken = "test-verify-token") const;

    /** Decides the answer to each valid request (default: Ok). */
    void setPolicy(std::function<Answer(const nlohmann::json& body)> policy);
    /** Fails this share of valid requests with 500 or 429 (seeded), the rest Ok. */
    void failRandomly(double share, unsigned seed);
    /** Lets hung requests end (their connections are then closed without an answer). */
    void releaseHung();

    struct Received
    {
        nlohmann::json body;   ///< the parsed request (null when it was not JSON)
        int status = 0;        ///< what the fake answered (0: no answer)
        std::string messageId; ///< for 200
        std::string problem;   ///< why a request was refused as invalid
    };
    std::vector<Received> received() const;
    /** The 200-answered requests. */
    std::vector<Received> accepted() const;
    /** Waits until `count` requests have arrived (any answer); false after `timeoutMs`. */
    bool waitForRequests(std::size_t count, int timeoutMs = 10000) const;

    /** A status webhook body for one message, as Meta sends it. */
    std::string statusPayload(const std::string& messageId, const std::string& status, std::int64_t timestamp,
                              const std::string& recipientDigits, const std::string& errorTitle = {}) const;
    /** An inbound text message webhook body. */
    std::string inboundTextPayload(const std::string& fromDigits, const std::string& text) const;
    /** POSTs a webhook body to the server, signed with `secret` (default: the app secret). */
    HttpResponse deliver(const ServerProcess& server, const std::string& body, const std::string& secret = {}) const;
    /** The same, to a server on a local port (one this process did not start). */
    HttpResponse deliver(int port, const std::string& body) const;

    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);

private:
    Options m_options;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::function<Answer(const nlohmann::json&)> m_policy;
    std::vector<Received> m_received;
    bool m_releaseHung = false;
    bool m_closing = false;
    std::uint64_t m_nextId = 1;
};

/** HMAC-SHA256 of `body` with `secret` computed by the openssl command line tool (lower-case
 *  hex), an implementation independent of the server's. */
std::string opensslHmacSha256(const std::string& secret, const std::string& body);

} // namespace petinfo::test
