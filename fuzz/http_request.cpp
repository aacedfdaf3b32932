// SPDX-License-Identifier: GPL-3.0-or-later
// One HTTP request through the server, from the bytes a client sends: the request line and
// headers parsed by Poco as HTTPServerRequestImpl does, the checks HttpConnection makes, then the
// dispatcher (routing, body reading, JSON, authentication, roles) and every handler, over a real
// SQLite store made once. In the input, TOKEN becomes an admin's device token, CLIENTID that
// device's client id, TAGID an issued tag and PETID a pet of the organisation, so that
// authenticated routes are reached; an X-Hub-Signature-256 header of SIGNATURE becomes the
// WhatsApp signature of the body, so that the webhook's parser is reached too.
#include "app/Config.h"
#include "app/ServerContext.h"
#include "http/AccessLog.h"
#include "http/Router.h"
#include "integrations/whatsapp/Signature.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SocketAddress.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

using namespace petinfo::server;

namespace {

class FakeResponse final : public Poco::Net::HTTPServerResponse
{
public:
    void sendContinue() override {}
    std::ostream& send() override
    {
        m_sent = true;
        return m_body;
    }
    void sendFile(const std::string&, const std::string&) override { m_sent = true; }
    void sendBuffer(const void*, std::size_t) override { m_sent = true; }
    void redirect(const std::string&, HTTPStatus) override { m_sent = true; }
    void requireAuthentication(const std::string&) override { m_sent = true; }
    bool sent() const override { return m_sent; }
    std::string body() const { return m_body.str(); }

private:
    std::ostringstream m_body;
    bool m_sent = false;
};

class FakeRequest final : public Poco::Net::HTTPServerRequest
{
public:
    explicit FakeRequest(FakeResponse& response)
        : m_response(response)
        , m_params(new Poco::Net::HTTPServerParams)
        , m_client("127.0.0.1", 50000)
        , m_server("127.0.0.1", 8080)
    {}
    void setBody(std::string body) { m_body.str(std::move(body)); }
    std::istream& stream() override { return m_body; }
    const Poco::Net::SocketAddress& clientAddress() const override { return m_client; }
    const Poco::Net::SocketAddress& serverAddress() const override { return m_server; }
    const Poco::Net::HTTPServerParams& serverParams() const override { return *m_params; }
    Poco::Net::HTTPServerResponse& response() const override { return m_response; }
    bool secure() const override { return false; }

private:
    FakeResponse& m_response;
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::SocketAddress m_client;
    Poco::Net::SocketAddress m_server;
    std::istringstream m_body;
};

constexpr std::string_view kAppSecret = "fuzz-app-secret";

struct Answer
{
    int status = 0;
    std::string body;
};

class Server
{
public:
    Server()
        : m_log("/dev/null", false)
        , m_context(config(), m_log)
    {
        m_context.openDatabase();
        m_dispatcher.reset(m_context.makeDispatcher());
        const std::string signup = R"({"email":"fuzz@example.org","password":"correct horse battery","name":"Fuzz",)"
                                   R"("organisation":{"name":"Fuzz Clinic","kind":"clinic"}})";
        exchange("POST /api/v1/auth/signup HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
                 std::to_string(signup.size()) + "\r\n\r\n" + signup);
        const std::string signin =
            R"({"email":"fuzz@example.org","password":"correct horse battery","clientId":"fuzz-device"})";
        const Answer session =
            exchange("POST /api/v1/auth/signin HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
                     std::to_string(signin.size()) + "\r\n\r\n" + signin);
        const auto j = nlohmann::json::parse(session.body, nullptr, false);
        if (session.status != 201 || !j.is_object()) {
            std::fprintf(stderr, "fuzz set-up: sign-in failed (%d): %s\n", session.status, session.body.c_str());
            std::abort();
        }
        m_token = j["token"].get<std::string>();
        const Answer tags = exchange("POST /api/v1/tags HTTP/1.1\r\nAuthorization: Bearer " + m_token +
                                     "\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"count\":1}");
        m_tagId = nlohmann::json::parse(tags.body)["items"][0]["tagId"].get<std::string>();
        m_petId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
        // A lost pet with an owner who takes WhatsApp messages: the webhook's opt-out finds them.
        const std::string personId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c";
        const std::string push =
            R"({"schemaVersion":3,"clientId":"fuzz-device","mutations":[{"id":1,"entity":"pet","rowId":")" + m_petId +
            R"(","fields":{"name":"Rex","tagId":")" + m_tagId +
            R"(","status":"lost"},"clock":"0190a1b2c3d4-0000-fuzz-device"},{"id":2,"entity":"person","rowId":")" +
            personId +
            R"(","fields":{"name":"Ana","phones":["+5491155550000"],"whatsappOptIn":true},)"
            R"("clock":"0190a1b2c3d4-0001-fuzz-device"},{"id":3,"entity":"petContact","rowId":")" +
            m_petId + "/" + personId + R"(","fields":{"petId":")" + m_petId + R"(","personId":")" + personId +
            R"(","role":"owner","primary":true},"clock":"0190a1b2c3d4-0002-fuzz-device"}]})";
        const Answer pushed = exchange(
            "POST /api/v1/sync/push HTTP/1.1\r\nAuthorization: Bearer " + m_token +
            "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(push.size()) + "\r\n\r\n" + push);
        if (pushed.status != 200 || pushed.body.find("\"rejected\"") != std::string::npos) {
            std::fprintf(stderr, "fuzz set-up: push failed (%d): %s\n", pushed.status, pushed.body.c_str());
            std::abort();
        }
    }

    /** The request as HttpConnection would serve it; status 0 when the connection itself would
     *  have answered (not HTTP, bad version or framing headers Poco cannot read). */
    Answer exchange(std::string text)
    {
        substitute(text, "TOKEN", m_token);
        substitute(text, "CLIENTID", "fuzz-device");
        substitute(text, "TAGID", m_tagId);
        substitute(text, "PETID", m_petId);
        std::istringstream in(text);
        FakeResponse response;
        FakeRequest request(response);
        try {
            request.read(in);
            const std::string& version = request.getVersion();
            if (version != Poco::Net::HTTPMessage::HTTP_1_1 && version != Poco::Net::HTTPMessage::HTTP_1_0) {
                return {};
            }
            std::string body(std::istreambuf_iterator<char>(in), {});
            if (request.hasContentLength() && request.getContentLength64() >= 0 &&
                static_cast<std::uint64_t>(request.getContentLength64()) < body.size()) {
                body.resize(static_cast<std::size_t>(request.getContentLength64()));
            }
            if (request.has("X-Hub-Signature-256") && request.get("X-Hub-Signature-256") == "SIGNATURE") {
                request.set("X-Hub-Signature-256", whatsapp::signatureHeader(kAppSecret, body));
            }
            request.setBody(std::move(body));
        } catch (const Poco::Exception&) {
            return {};
        }
        m_dispatcher->handle(request, response);
        return Answer{static_cast<int>(response.getStatus()), response.body()};
    }

private:
    static ServerConfig config()
    {
        char pattern[] = "/tmp/petinfo-fuzz-server.XXXXXX";
        const char* dir = mkdtemp(pattern);
        if (!dir) {
            std::abort();
        }
        ServerConfig c;
        c.dataDir = dir;
        c.pbkdf2Iterations = 1000;
        c.signinIpBurst = 1000000000;
        c.signinPerIpPerMinute = 1e12;
        c.logRequests = false;
        c.logFile = "/dev/null";
        c.whatsapp.appSecret = std::string(kAppSecret);
        c.whatsapp.verifyToken = "fuzz-verify-token";
        return c;
    }

    static void substitute(std::string& text, std::string_view from, const std::string& to)
    {
        for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
            text.replace(pos, from.size(), to);
        }
    }

    AccessLog m_log;
    ServerContext m_context;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::string m_token;
    std::string m_tagId;
    std::string m_petId;
};

Server& server()
{
    static Server* instance = new Server; // lives as long as the process: its files stay for a replay
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    server();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Answer answer = server().exchange(std::string(reinterpret_cast<const char*>(data), size));
    static const bool trace = std::getenv("PETINFO_FUZZ_TRACE") != nullptr; // to check what seeds reach
    if (trace) {
        std::fprintf(stderr, "-> %d %.200s\n", answer.status, answer.body.c_str());
    }
    if (answer.status >= 500 && answer.status != 503) {
        std::fprintf(stderr, "server error %d: %s\n", answer.status, answer.body.c_str());
        std::abort(); // every bad request is the client's fault: 4xx
    }
    return 0;
}
