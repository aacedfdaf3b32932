// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrations/http/HttpsCall.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/URI.h>

#include <array>
#include <memory>

namespace petinfo::server::integrations {

namespace {

constexpr std::size_t kMaxAnswerBytes = 256 * 1024;

Poco::Net::Context::Ptr tlsContext()
{
    static Poco::Net::Context::Ptr context = [] {
        Poco::Net::initializeSSL();
        Poco::Net::Context::Ptr c =
            new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_RELAXED, 9, true);
        c->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
        return c;
    }();
    return context;
}

std::string readLimited(std::istream& in)
{
    std::string out;
    std::array<char, 4096> buffer{};
    while (in && out.size() < kMaxAnswerBytes) {
        in.read(buffer.data(), buffer.size());
        out.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    return out;
}

} // namespace

CallAnswer call(const CallRequest& r)
{
    CallAnswer answer;
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    std::string target;
    try {
        const Poco::URI uri(r.url);
        target = uri.getPathEtc();
        if (uri.getScheme() == "https") {
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), tlsContext());
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        }
    } catch (const Poco::Exception& e) {
        answer.kind = CallAnswer::Kind::Unreachable;
        answer.error = std::string("bad provider URL (") + e.className() + ")";
        return answer;
    }
    const Poco::Timespan timeout(r.timeoutMs * 1000);
    session->setTimeout(timeout, timeout, timeout);
    session->setKeepAlive(false);
    Poco::Net::HTTPRequest request(r.method, target.empty() ? "/" : target, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : r.headers) {
        request.set(name, value);
    }
    request.set("Accept", "application/json");
    if (!r.contentType.empty()) {
        request.setContentType(r.contentType);
        request.setContentLength64(static_cast<Poco::Int64>(r.body.size()));
    }
    try {
        std::ostream& out = session->sendRequest(request);
        out.write(r.body.data(), static_cast<std::streamsize>(r.body.size()));
        out.flush();
        if (!out.good()) {
            answer.kind = CallAnswer::Kind::Unreachable;
            answer.error = "the request could not be written";
            return answer;
        }
    } catch (const Poco::Exception& e) {
        answer.kind = CallAnswer::Kind::Unreachable;
        answer.error = std::string("cannot reach the provider (") + e.className() + ")";
        return answer;
    }
    try {
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        answer.body = readLimited(in);
        answer.status = static_cast<int>(response.getStatus());
        answer.kind = CallAnswer::Kind::Answered;
    } catch (const Poco::Exception& e) {
        answer.kind = CallAnswer::Kind::NoAnswer;
        answer.error = std::string("no answer from the provider (") + e.className() + ")";
    }
    return answer;
}

std::string formEncode(const std::string& text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace petinfo::server::integrations
