// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

namespace petinfo::server {

class ConnectionGuard;

/** Serves the requests of one TCP connection, as Poco's HTTPServerConnection does, under a
 *  ConnectionGuard: an address over its connection limit gets 429, a request whose headers are
 *  not complete in time gets 408, and every phase of the exchange has a deadline. Requests Poco
 *  cannot parse get a JSON 400 like every other error. */
class HttpConnection final : public Poco::Net::TCPServerConnection
{
public:
    HttpConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                   Poco::Net::HTTPRequestHandlerFactory::Ptr factory, ConnectionGuard& guard);
    void run() override;

private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_factory;
    ConnectionGuard& m_guard;
};

/** Creates an HttpConnection per accepted socket (for Poco::Net::TCPServer). */
class HttpConnectionFactory final : public Poco::Net::TCPServerConnectionFactory
{
public:
    HttpConnectionFactory(Poco::Net::HTTPServerParams::Ptr params, Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                          ConnectionGuard& guard);
    Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override;

private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_factory;
    ConnectionGuard& m_guard;
};

} // namespace petinfo::server
