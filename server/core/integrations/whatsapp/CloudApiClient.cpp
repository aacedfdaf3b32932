// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrations/whatsapp/CloudApiClient.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <array>
#include <charconv>
#include <memory>
#include <sstream>

namespace petinfo::server::whatsapp {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxAnswerBytes = 64 * 1024;

/** Error codes of the Cloud API that mean "not now" rather than "never": throttling and
 *  temporary trouble on Meta's side. Everything else in a 4xx is about this message. */
bool isTransientCode(std::int64_t code)
{
    switch (code) {
    case 1:      // API unknown
    case 2:      // API service (temporarily unavailable)
    case 4:      // application request limit
    case 80007:  // rate limit of the WhatsApp Business Account
    case 130429: // throughput limit
    case 131000: // something went wrong
    case 131016: // service unavailable
    case 131048: // spam rate limit
    case 131056: // pair rate limit (too many messages to one person)
    case 133004: // server temporarily unavailable
        return true;
    default:
        return false;
    }
}

Poco::Net::Context::Ptr tlsContext()
{
    static Poco::Net::Context::Ptr context = [] {
        Poco::Net::initializeSSL();
        // The system's CA store, full chain and host name checks, TLS 1.2 or later.
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

std::optional<std::string> recipientDigits(std::string_view e164)
{
    if (e164.size() < 9 || e164.size() > 16 || e164.front() != '+' || e164[1] == '0') {
        return std::nullopt;
    }
    for (char c : e164.substr(1)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    return std::string(e164.substr(1));
}

CloudApiClient::CloudApiClient(WhatsAppSettings settings)
    : m_settings(std::move(settings))
{}

json CloudApiClient::templateBody(std::string_view digits, const Template& message)
{
    json parameters = json::array();
    for (const std::string& p : message.bodyParameters) {
        parameters.push_back(json{{"type", "text"}, {"text", p}});
    }
    json components = json::array();
    if (!parameters.empty()) {
        components.push_back(json{{"type", "body"}, {"parameters", std::move(parameters)}});
    }
    return json{
        {"messaging_product", "whatsapp"},
        {"recipient_type", "individual"},
        {"to", digits},
        {"type", "template"},
        {"template", {{"name", message.name}, {"language", {{"code", message.language}}}, {"components", components}}}};
}

json CloudApiClient::textBody(std::string_view digits, std::string_view body)
{
    return json{{"messaging_product", "whatsapp"},
                {"recipient_type", "individual"},
                {"to", digits},
                {"type", "text"},
                {"text", {{"preview_url", false}, {"body", body}}}};
}

SendOutcome CloudApiClient::sendTemplate(std::string_view to, const Template& message)
{
    const auto digits = recipientDigits(to);
    if (!digits) {
        return SendOutcome{SendOutcome::Kind::Permanent, {}, "not an international phone number", 0, std::nullopt};
    }
    return post(templateBody(*digits, message));
}

SendOutcome CloudApiClient::sendText(std::string_view to, std::string_view body)
{
    const auto digits = recipientDigits(to);
    if (!digits) {
        return SendOutcome{SendOutcome::Kind::Permanent, {}, "not an international phone number", 0, std::nullopt};
    }
    return post(textBody(*digits, body));
}

SendOutcome CloudApiClient::classify(int status, const std::string& retryAfter, const std::string& body)
{
    SendOutcome out;
    out.httpStatus = status;
    const json answer = json::parse(body, nullptr, false);
    if (status >= 200 && status < 300) {
        const json* id = nullptr;
        if (answer.is_object() && answer.contains("messages") && answer["messages"].is_array() &&
            !answer["messages"].empty() && answer["messages"][0].is_object()) {
            const auto it = answer["messages"][0].find("id");
            id = it != answer["messages"][0].end() && it->is_string() ? &*it : nullptr;
        }
        if (!id) {
            // Accepted, but nothing to follow it by: whether it goes out is not ours to know.
            out.kind = SendOutcome::Kind::Unknown;
            out.error = "HTTP " + std::to_string(status) + " without a message id";
            return out;
        }
        out.kind = SendOutcome::Kind::Accepted;
        out.messageId = id->get<std::string>();
        return out;
    }
    std::int64_t code = 0;
    std::string text = "HTTP " + std::to_string(status);
    if (answer.is_object() && answer.contains("error") && answer["error"].is_object()) {
        const json& e = answer["error"];
        if (e.contains("code") && e["code"].is_number_integer()) {
            code = e["code"].get<std::int64_t>();
        }
        std::string message = e.contains("message") && e["message"].is_string() ? e["message"].get<std::string>() : "";
        if (e.contains("error_data") && e["error_data"].is_object() && e["error_data"].contains("details") &&
            e["error_data"]["details"].is_string()) {
            message += (message.empty() ? "" : " (") + e["error_data"]["details"].get<std::string>() +
                       (message.empty() ? "" : ")");
        }
        if (code != 0 || !message.empty()) {
            text = std::to_string(code) + ": " + message.substr(0, 500);
        }
    }
    out.error = text;
    std::int64_t seconds = 0;
    const auto [ptr, ec] = std::from_chars(retryAfter.data(), retryAfter.data() + retryAfter.size(), seconds);
    if (ec == std::errc() && ptr == retryAfter.data() + retryAfter.size() && seconds > 0 && seconds < 86400) {
        out.retryAfterMs = seconds * 1000;
    }
    // A refused token (401/403, OAuth code 190) is the server's configuration, not the message:
    // keep the message and retry while someone fixes it.
    const bool transient =
        status == 429 || status >= 500 || status == 401 || status == 403 || code == 190 || isTransientCode(code);
    out.kind = transient ? SendOutcome::Kind::Transient : SendOutcome::Kind::Permanent;
    return out;
}

SendOutcome CloudApiClient::post(const json& body)
{
    const Poco::URI uri(m_settings.messagesUrl());
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (uri.getScheme() == "https") {
        session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), tlsContext());
    } else {
        session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    }
    const Poco::Timespan timeout(m_settings.timeoutMs * 1000);
    session->setTimeout(timeout, timeout, timeout);
    session->setKeepAlive(false);

    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, uri.getPathEtc(),
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + m_settings.accessToken);
    request.setContentType("application/json");
    request.set("Accept", "application/json");
    const std::string text = body.dump();
    request.setContentLength64(static_cast<Poco::Int64>(text.size()));

    // Until the whole request is written nothing can have been sent: any failure is "try again".
    try {
        std::ostream& out = session->sendRequest(request);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out.good()) {
            return SendOutcome{SendOutcome::Kind::Transient, {}, "the request could not be written", 0, std::nullopt};
        }
    } catch (const Poco::Exception& e) {
        return SendOutcome{SendOutcome::Kind::Transient,
                           {},
                           std::string("cannot reach the WhatsApp API (") + e.className() + ")",
                           0,
                           std::nullopt};
    }
    // From here the provider may have acted on it: no answer is an unknown outcome.
    try {
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        const std::string answer = readLimited(in);
        return classify(static_cast<int>(response.getStatus()), response.get("Retry-After", ""), answer);
    } catch (const Poco::Exception& e) {
        return SendOutcome{SendOutcome::Kind::Unknown,
                           {},
                           std::string("no answer from the WhatsApp API (") + e.className() + ")",
                           0,
                           std::nullopt};
    }
}

} // namespace petinfo::server::whatsapp
