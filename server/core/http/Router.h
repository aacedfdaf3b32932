// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Roles.h"
#include "http/Request.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server {

class AccessLog;
class Metrics;

using Handler = std::function<Response(Request&)>;

struct Route
{
    std::string method;  ///< GET, POST, PUT, PATCH, DELETE, HEAD
    std::string pattern; ///< "/api/v1/pets/{petId}": a {name} matches one non-empty path segment
    RoleSet roles;       ///< empty: public; otherwise a bearer token of one of these roles
    Handler handler;
    std::size_t maxBody = 0; ///< 0: the server default
};

/** Method + path to route. One route per resource operation, registered by each module. */
class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        std::vector<std::string> allowedMethods; ///< when the path exists but not for this method
    };
    Match match(std::string_view method, std::string_view path) const;
    const std::vector<Route>& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

/** Resolves a bearer token to its principal (nullopt: unknown or revoked). */
using Authenticator = std::function<std::optional<Principal>(const std::string& token)>;

struct DispatchSettings
{
    std::size_t maxBodyBytes = 1024 * 1024;
    bool trustProxy = false;
};

/** Creates the one handler type that serves every request: request id, routing, body limit,
 *  authentication and roles, the handler, error mapping, the access log line and metrics. */
class Dispatcher final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Dispatcher(const Router& router, Authenticator authenticate, Metrics& metrics, AccessLog& log,
               DispatchSettings settings);
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);

private:
    const Router& m_router;
    Authenticator m_authenticate;
    Metrics& m_metrics;
    AccessLog& m_log;
    DispatchSettings m_settings;
};

/** A caller-supplied X-Request-Id when it is short and plain, else a new random one. */
std::string requestIdFor(const std::string& supplied);

} // namespace petinfo::server
