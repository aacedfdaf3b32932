// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeHttpServer.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <openssl/hmac.h>

#include <array>
#include <sstream>

namespace petinfo::test {

namespace {

class Handler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(const std::function<FakeAnswer(const FakeRequest&)>& handler)
        : m_handler(handler)
    {}
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        FakeRequest r;
        r.method = request.getMethod();
        const std::string& uri = request.getURI();
        const auto q = uri.find('?');
        r.path = uri.substr(0, q);
        r.query = q == std::string::npos ? std::string() : uri.substr(q + 1);
        for (const auto& [name, value] : request) {
            r.headers[Poco::toLower(name)] = value;
        }
        std::ostringstream raw;
        Poco::StreamCopier::copyStream(request.stream(), raw);
        r.body = raw.str();
        const FakeAnswer a = m_handler(r);
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(a.status));
        response.setContentType(a.contentType);
        response.setContentLength64(static_cast<Poco::Int64>(a.body.size()));
        response.send() << a.body;
    }

private:
    const std::function<FakeAnswer(const FakeRequest&)>& m_handler;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(const std::function<FakeAnswer(const FakeRequest&)>& handler)
        : m_handler(handler)
    {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(m_handler);
    }

private:
    const std::function<FakeAnswer(const FakeRequest&)>& m_handler;
};

} // namespace

std::string FakeRequest::header(const std::string& lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

FakeHttpServer::FakeHttpServer(std::function<FakeAnswer(const FakeRequest&)> handler)
    : m_handler(std::move(handler))
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0), 256);
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(16);
    params->setKeepAlive(false);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(m_handler), socket, params);
    m_server->start();
}

FakeHttpServer::~FakeHttpServer()
{
    m_server->stopAll(true);
}

int FakeHttpServer::port() const
{
    return m_server->port();
}

std::string FakeHttpServer::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(port());
}

std::string hmacSha256Hex(const std::string& key, const std::string& message)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), digest.data(), &length);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

std::optional<std::map<std::string, std::string>> parseForm(const std::string& body)
{
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start < body.size()) {
        const std::size_t end = std::min(body.find('&', start), body.size());
        const std::string pair = body.substr(start, end - start);
        const auto eq = pair.find('=');
        if (eq == std::string::npos) {
            return std::nullopt;
        }
        std::string key = pair.substr(0, eq);
        std::string value = pair.substr(eq + 1);
        for (std::string* part : {&key, &value}) {
            for (char& c : *part) {
                if (c == '+') {
                    c = ' ';
                }
            }
            std::string decoded;
            try {
                Poco::URI::decode(*part, decoded);
            } catch (const std::exception&) {
                return std::nullopt;
            }
            *part = decoded;
        }
        out[key] = value;
        start = end + 1;
    }
    return out;
}

} // namespace petinfo::test
