// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpConnection.h"

#include "http/ConnectionGuard.h"
#include "http/HttpError.h"
#include "http/Router.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Timestamp.h>

#include <memory>

namespace petinfo::server {

namespace {

/** An error answered by the connection itself (no request reached the dispatcher): the JSON
 *  error body of every other answer, and the connection closes. */
void answerAndClose(Poco::Net::HTTPServerSession& session, const ApiError& error,
                    const std::vector<std::pair<std::string, std::string>>& headers = {})
{
    try {
        ConnectionGuard::enter(ConnectionGuard::Phase::Answering);
        const std::string body = errorBody(error, requestIdFor({})).dump();
        Poco::Net::HTTPServerResponseImpl response(session);
        response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
        response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(error.status()));
        response.setKeepAlive(false);
        response.setContentType("application/json");
        response.set("X-Content-Type-Options", "nosniff");
        response.set("Cache-Control", "no-store");
        for (const auto& [name, value] : headers) {
            response.set(name, value);
        }
        response.setContentLength64(static_cast<Poco::Int64>(body.size()));
        response.send().write(body.data(), static_cast<std::streamsize>(body.size()));
    } catch (const Poco::Exception&) {
        // The client is gone.
    }
    session.setKeepAlive(false);
}

} // namespace

HttpConnection::HttpConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                               Poco::Net::HTTPRequestHandlerFactory::Ptr factory, ConnectionGuard& guard)
    : TCPServerConnection(socket)
    , m_params(std::move(params))
    , m_factory(std::move(factory))
    , m_guard(guard)
{}

void HttpConnection::run()
{
    // The session closes the socket when it is destroyed; the registration, declared after it,
    // ends first, so that the guard never shuts down a descriptor that is closed and reused.
    Poco::Net::HTTPServerSession session(socket(), m_params);
    ConnectionGuard::Registration registration(m_guard, socket());
    if (!registration.admitted()) {
        answerAndClose(session, ApiError(429, "too_many_connections", "too many open connections from this address"),
                       {{"Retry-After", "5"}});
        return;
    }
    const std::string serverName = m_params->getSoftwareVersion();
    bool first = true;
    while (!m_guard.stopping()) {
        ConnectionGuard::enter(ConnectionGuard::Phase::Waiting, first);
        if (!session.hasMoreRequests()) {
            break;
        }
        first = false;
        ConnectionGuard::enter(ConnectionGuard::Phase::Headers);
        try {
            Poco::Net::HTTPServerResponseImpl response(session);
            std::unique_ptr<Poco::Net::HTTPServerRequestImpl> parsed;
            try {
                parsed = std::make_unique<Poco::Net::HTTPServerRequestImpl>(response, session, m_params.get());
            } catch (const Poco::Net::NoMessageException&) {
                break; // closed (or shut down by the guard) before a request began
            } catch (const Poco::Net::MessageException&) {
                if (ConnectionGuard::timedOut()) {
                    answerAndClose(session, ApiError(408, "request_timeout", "the request headers took too long"));
                } else {
                    answerAndClose(session, ApiError::badRequest("malformed_request", "the request is not valid HTTP"));
                }
                break;
            } catch (const Poco::DataException&) {
                // A header Poco reads as a number, such as Content-Length, that is not one.
                answerAndClose(session, ApiError::badRequest("malformed_request", "a header has a malformed value"));
                break;
            }
            Poco::Net::HTTPServerRequestImpl& request = *parsed;
            const std::string& version = request.getVersion();
            if (version != Poco::Net::HTTPMessage::HTTP_1_1 && version != Poco::Net::HTTPMessage::HTTP_1_0) {
                answerAndClose(session, ApiError::badRequest("unsupported_http_version", "HTTP/1.1 or HTTP/1.0 only"));
                break;
            }
            ConnectionGuard::enter(ConnectionGuard::Phase::Working);
            response.setDate(Poco::Timestamp());
            response.setVersion(request.getVersion());
            response.setKeepAlive(m_params->getKeepAlive() && request.getKeepAlive() && session.canKeepAlive() &&
                                  !m_guard.stopping());
            if (!serverName.empty()) {
                response.set("Server", serverName);
            }
            std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(m_factory->createRequestHandler(request));
            handler->handleRequest(request, response);
            // A chunked body that was refused may not have been read to its real end (a chunk
            // size that is not hex reads as the last chunk): what follows must not be taken for
            // the next request, so the connection ends with the error.
            const bool unreadBody = request.getChunkedTransferEncoding() && response.getStatus() >= 400;
            session.setKeepAlive(m_params->getKeepAlive() && response.getKeepAlive() && session.canKeepAlive() &&
                                 !unreadBody);
        } catch (const Poco::Exception&) {
            break; // reset, timeout, broken TLS: nothing left to answer
        }
    }
}

HttpConnectionFactory::HttpConnectionFactory(Poco::Net::HTTPServerParams::Ptr params,
                                             Poco::Net::HTTPRequestHandlerFactory::Ptr factory, ConnectionGuard& guard)
    : m_params(std::move(params))
    , m_factory(std::move(factory))
    , m_guard(guard)
{}

Poco::Net::TCPServerConnection* HttpConnectionFactory::createConnection(const Poco::Net::StreamSocket& socket)
{
    return new HttpConnection(socket, m_params, m_factory, m_guard);
}

} // namespace petinfo::server
