// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Roles.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Poco::Net {
class HTTPServerRequest;
}

namespace petinfo::server {

/** The authenticated caller: one device token, bound to one organisation. */
struct Principal
{
    std::string deviceId;
    std::string orgId;
    std::string userId;
    std::string clientId;
    Role role = Role::Kiosk;
};

/** What a handler sees of one HTTP request. */
class Request
{
public:
    Request(Poco::Net::HTTPServerRequest& request, std::string requestId, std::string path, std::string query,
            std::map<std::string, std::string> params, std::string body);

    const std::string& method() const;
    const std::string& path() const { return m_path; }
    const std::string& requestId() const { return m_requestId; }
    const std::string& body() const { return m_body; }
    std::string header(const std::string& name) const;
    std::string contentType() const;
    /** The peer address, or the first X-Forwarded-For hop when behind a trusted proxy. */
    std::string clientIp(bool trustProxy) const;

    /** A path parameter ({petId} …). */
    const std::string& param(const std::string& name) const;
    /** A query parameter; 400 when the query string is malformed. */
    std::optional<std::string> query(const std::string& name) const;
    /** An integer query parameter within [min, max]; 400 otherwise. */
    std::int64_t queryInt(const std::string& name, std::int64_t fallback, std::int64_t min, std::int64_t max) const;

    /** The body as a JSON object: 415 when not declared JSON, 400 when malformed, not an object,
     *  too deeply nested or containing NUL characters. */
    nlohmann::json jsonBody() const;

    void setPrincipal(Principal p) { m_principal = std::move(p); }
    bool authenticated() const { return m_principal.has_value(); }
    const Principal& principal() const;

private:
    Poco::Net::HTTPServerRequest& m_request;
    std::string m_requestId;
    std::string m_path;
    std::string m_query;
    std::map<std::string, std::string> m_params;
    std::string m_body;
    std::optional<Principal> m_principal;
    mutable std::optional<std::vector<std::pair<std::string, std::string>>> m_queryParams;
};

/** What a handler returns. */
struct Response
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    std::int64_t headLength = -1; ///< Content-Length for a HEAD answer that carries no body

    static Response json(int status, const nlohmann::json& body);
    static Response noContent();
    Response& header(std::string name, std::string value)
    {
        headers.emplace_back(std::move(name), std::move(value));
        return *this;
    }
};

/** Parses a request body as the server reads every JSON body: 400 when malformed, not an
 *  object, nested deeper than 32 or containing an escaped NUL. (Request::jsonBody checks the
 *  content type first.) */
nlohmann::json parseJsonBody(std::string_view text);

/** Reads a string member of a JSON body: 400 when missing (if required) or not a string. */
std::string requireString(const nlohmann::json& body, const char* key, std::size_t maxLength = 1000);
std::optional<std::string> optionalString(const nlohmann::json& body, const char* key, std::size_t maxLength = 1000);
std::int64_t requireInt(const nlohmann::json& body, const char* key, std::int64_t min, std::int64_t max);

} // namespace petinfo::server
