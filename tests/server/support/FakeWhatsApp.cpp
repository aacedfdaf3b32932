// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeWhatsApp.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <openssl/hmac.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace petinfo::test {

using nlohmann::json;

namespace {

class Handler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(FakeWhatsApp& fake)
        : m_fake(fake)
    {}
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        m_fake.handle(request, response);
    }

private:
    FakeWhatsApp& m_fake;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(FakeWhatsApp& fake)
        : m_fake(fake)
    {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(m_fake);
    }

private:
    FakeWhatsApp& m_fake;
};

std::string hexHmac(const std::string& secret, const std::string& body)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(body.data()), body.size(), digest.data(), &length);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

/** The error object of the Graph API. */
json graphError(int code, const std::string& message, const std::string& details = {})
{
    json e{{"message", message}, {"type", "OAuthException"}, {"code", code}, {"fbtrace_id", "AbCdEfGh"}};
    if (!details.empty()) {
        e["error_data"] = {{"messaging_product", "whatsapp"}, {"details", details}};
    }
    return json{{"error", e}};
}

} // namespace

FakeWhatsApp::FakeWhatsApp(Options options)
    : m_options(std::move(options))
    , m_policy([](const json&) { return Answer::Ok; })
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0), 256);
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(32);
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(60, 0));
    m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), socket, params);
    m_server->start();
}

FakeWhatsApp::~FakeWhatsApp()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_server->stopAll(true);
}

int FakeWhatsApp::port() const
{
    return m_server->port();
}

std::string FakeWhatsApp::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(port());
}

std::map<std::string, std::string> FakeWhatsApp::serverConfig(const std::string& verifyToken) const
{
    return {{"whatsapp.baseUrl", baseUrl()},
            {"whatsapp.apiVersion", m_options.version},
            {"whatsapp.phoneNumberId", m_options.phoneNumberId},
            {"whatsapp.accessToken", m_options.accessToken},
            {"whatsapp.appSecret", m_options.appSecret},
            {"whatsapp.verifyToken", verifyToken},
            {"whatsapp.timeoutMilliseconds", "1500"}};
}

void FakeWhatsApp::setPolicy(std::function<Answer(const json&)> policy)
{
    std::lock_guard lock(m_mutex);
    m_policy = std::move(policy);
}

void FakeWhatsApp::failRandomly(double share, unsigned seed)
{
    auto random = std::make_shared<std::mt19937>(seed);
    auto mutex = std::make_shared<std::mutex>();
    setPolicy([=](const json&) {
        std::lock_guard lock(*mutex);
        std::uniform_real_distribution<double> roll(0.0, 1.0);
        if (roll(*random) >= share) {
            return Answer::Ok;
        }
        return roll(*random) < 0.5 ? Answer::ServerError : Answer::TooMany;
    });
}

void FakeWhatsApp::releaseHung()
{
    {
        std::lock_guard lock(m_mutex);
        m_releaseHung = true;
    }
    m_changed.notify_all();
}

std::vector<FakeWhatsApp::Received> FakeWhatsApp::received() const
{
    std::lock_guard lock(m_mutex);
    return m_received;
}

std::vector<FakeWhatsApp::Received> FakeWhatsApp::accepted() const
{
    std::vector<Received> out;
    for (Received& r : received()) {
        if (r.status == 200) {
            out.push_back(std::move(r));
        }
    }
    return out;
}

bool FakeWhatsApp::waitForRequests(std::size_t count, int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_received.size() >= count; });
}

void FakeWhatsApp::handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    std::ostringstream raw;
    Poco::StreamCopier::copyStream(request.stream(), raw);
    Received r;
    r.body = json::parse(raw.str(), nullptr, false);
    if (r.body.is_discarded()) {
        r.body = nullptr;
    }

    auto answer = [&](int status, const json& body, const std::string& problem = {}) {
        r.status = status;
        r.problem = problem;
        {
            std::lock_guard lock(m_mutex);
            m_received.push_back(r);
        }
        m_changed.notify_all();
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        if (status == 429) {
            response.set("Retry-After", "2");
        }
        response.setContentType("application/json");
        const std::string text = body.dump();
        response.setContentLength64(static_cast<Poco::Int64>(text.size()));
        response.send() << text;
    };

    const std::string path = "/" + m_options.version + "/" + m_options.phoneNumberId + "/messages";
    if (request.getURI() != path || request.getMethod() != "POST") {
        return answer(404, graphError(100, "Unsupported post request."), "path " + request.getURI());
    }
    if (request.get("Authorization", "") != "Bearer " + m_options.accessToken) {
        return answer(401, graphError(190, "Invalid OAuth access token - Cannot parse access token"), "token");
    }
    if (request.getContentType().rfind("application/json", 0) != 0 || !r.body.is_object()) {
        return answer(400, graphError(100, "Invalid parameter", "the body must be a JSON object"), "not JSON");
    }
    const json& b = r.body;
    static const std::regex digits("[1-9][0-9]{7,14}");
    if (b.value("messaging_product", "") != "whatsapp") {
        return answer(400, graphError(100, "Invalid parameter", "messaging_product must be whatsapp"), "product");
    }
    if (!b.contains("to") || !b["to"].is_string() || !std::regex_match(b["to"].get<std::string>(), digits)) {
        return answer(400, graphError(100, "Invalid parameter", "to must be the number's international digits"), "to");
    }
    const std::string type = b.value("type", "");
    if (type == "template") {
        const json& t = b.value("template", json::object());
        const std::string name = t.value("name", "");
        const std::string language =
            t.contains("language") && t["language"].is_object() ? t["language"].value("code", "") : "";
        const auto known = m_options.templates.find(name + "/" + language);
        if (known == m_options.templates.end()) {
            return answer(400,
                          graphError(132001, "Template name does not exist in the translation",
                                     "template name (" + name + ") does not exist in " + language),
                          "template " + name + "/" + language);
        }
        int parameters = 0;
        for (const json& c : t.value("components", json::array())) {
            if (c.value("type", "") != "body") {
                continue;
            }
            for (const json& p : c.value("parameters", json::array())) {
                if (p.value("type", "") != "text" || !p.contains("text") || !p["text"].is_string() ||
                    p["text"].get<std::string>().empty()) {
                    return answer(400, graphError(131008, "Required parameter is missing"), "parameter");
                }
                ++parameters;
            }
        }
        if (parameters != known->second) {
            return answer(400, graphError(132000, "Number of parameters does not match the expected number of params"),
                          "parameter count " + std::to_string(parameters));
        }
    } else if (type == "text") {
        const json& t = b.value("text", json::object());
        if (!t.contains("body") || !t["body"].is_string() || t["body"].get<std::string>().empty() ||
            t["body"].get<std::string>().size() > 4096) {
            return answer(400, graphError(100, "Invalid parameter", "text.body must be 1-4096 characters"), "text");
        }
    } else {
        return answer(400, graphError(131051, "Unsupported message type"), "type " + type);
    }

    Answer decision = Answer::Ok;
    {
        std::lock_guard lock(m_mutex);
        decision = m_policy(b);
    }
    switch (decision) {
    case Answer::Ok: {
        std::string id;
        {
            std::lock_guard lock(m_mutex);
            id = "wamid.HBgN" + std::to_string(m_nextId++) + "FQIAERgS";
        }
        r.messageId = id;
        return answer(200, json{{"messaging_product", "whatsapp"},
                                {"contacts", {{{"input", b["to"]}, {"wa_id", b["to"]}}}},
                                {"messages", {{{"id", id}}}}});
    }
    case Answer::Undeliverable:
        return answer(400, graphError(131026, "Message undeliverable", "the recipient is not a WhatsApp user"));
    case Answer::TooMany:
        return answer(429, graphError(130429, "Rate limit hit", "Cloud API message throughput has been reached"));
    case Answer::ServerError:
        return answer(500, graphError(131000, "Something went wrong"));
    case Answer::Hang: {
        {
            std::lock_guard lock(m_mutex);
            m_received.push_back(r);
        }
        m_changed.notify_all();
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, std::chrono::seconds(60), [&] { return m_releaseHung || m_closing; });
        // No answer: the connection closes with nothing written.
        response.setKeepAlive(false);
        return;
    }
    }
}

std::string FakeWhatsApp::statusPayload(const std::string& messageId, const std::string& status, std::int64_t timestamp,
                                        const std::string& recipientDigits, const std::string& errorTitle) const
{
    json s{{"id", messageId},
           {"status", status},
           {"timestamp", std::to_string(timestamp)},
           {"recipient_id", recipientDigits}};
    if (status == "sent" || status == "delivered") {
        s["conversation"] = {{"id", "c0ffee"}, {"origin", {{"type", "utility"}}}};
        s["pricing"] = {{"billable", true}, {"pricing_model", "CBP"}, {"category", "utility"}};
    }
    if (status == "failed") {
        s["errors"] = {{{"code", 131026},
                        {"title", errorTitle.empty() ? "Message undeliverable" : errorTitle},
                        {"message", "Message undeliverable"},
                        {"error_data", {{"details", "Message Undeliverable."}}}}};
    }
    const json body{
        {"object", "whatsapp_business_account"},
        {"entry",
         {{{"id", "102290129340398"},
           {"changes",
            {{{"field", "messages"},
              {"value",
               {{"messaging_product", "whatsapp"},
                {"metadata", {{"display_phone_number", "15550783881"}, {"phone_number_id", m_options.phoneNumberId}}},
                {"statuses", {s}}}}}}}}}}};
    return body.dump();
}

std::string FakeWhatsApp::inboundTextPayload(const std::string& fromDigits, const std::string& text) const
{
    const json body{
        {"object", "whatsapp_business_account"},
        {"entry",
         {{{"id", "102290129340398"},
           {"changes",
            {{{"field", "messages"},
              {"value",
               {{"messaging_product", "whatsapp"},
                {"metadata", {{"display_phone_number", "15550783881"}, {"phone_number_id", m_options.phoneNumberId}}},
                {"contacts", {{{"profile", {{"name", "Owner"}}}, {"wa_id", fromDigits}}}},
                {"messages",
                 {{{"from", fromDigits},
                   {"id", "wamid.IN" + fromDigits},
                   {"timestamp", "1780000000"},
                   {"type", "text"},
                   {"text", {{"body", text}}}}}}}}}}}}}}};
    return body.dump();
}

HttpResponse FakeWhatsApp::deliver(const ServerProcess& server, const std::string& body,
                                   const std::string& secret) const
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/api/v1/webhooks/whatsapp";
    r.body = body;
    r.contentType = "application/json";
    r.headers.emplace_back("X-Hub-Signature-256",
                           "sha256=" + hexHmac(secret.empty() ? m_options.appSecret : secret, body));
    return server.request(r);
}

HttpResponse FakeWhatsApp::deliver(int port, const std::string& body) const
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/api/v1/webhooks/whatsapp";
    r.body = body;
    r.contentType = "application/json";
    r.headers.emplace_back("X-Hub-Signature-256", "sha256=" + hexHmac(m_options.appSecret, body));
    return httpExchange(port, r);
}

std::string opensslHmacSha256(const std::string& secret, const std::string& body)
{
    const auto file = std::filesystem::temp_directory_path() / ("petinfo-hmac-" + uuid());
    {
        std::ofstream out(file, std::ios::binary);
        out << body;
    }
    // The key goes on the command line: fine for a test secret, never for a real one.
    const std::string command = "openssl dgst -sha256 -hmac '" + secret + "' < '" + file.string() + "'";
    std::string output;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        std::array<char, 256> buffer{};
        while (fgets(buffer.data(), buffer.size(), pipe)) {
            output += buffer.data();
        }
        pclose(pipe);
    }
    std::filesystem::remove(file);
    const auto equals = output.rfind("= ");
    if (equals == std::string::npos) {
        throw std::runtime_error("openssl dgst gave no digest: " + output);
    }
    std::string hex = output.substr(equals + 2);
    while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r')) {
        hex.pop_back();
    }
    return hex;
}

} // namespace petinfo::test
