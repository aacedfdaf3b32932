// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/Request.h"

#include "http/HttpError.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/URI.h>

#include <charconv>

namespace petinfo::server {

namespace {

constexpr int kMaxJsonDepth = 32;

/** Nesting depth of JSON text, counted without parsing (the parser recurses; this does not). */
bool nestingWithin(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) {
                return false;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

bool hasEscapedNul(std::string_view text)
{
    for (std::size_t pos = text.find("\\u"); pos != std::string_view::npos; pos = text.find("\\u", pos + 2)) {
        // Skip an escaped backslash before the "u": "\\u0000" is the text \u0000, not NUL.
        std::size_t slashes = 0;
        for (std::size_t j = pos; j > 0 && text[j - 1] == '\\'; --j) {
            ++slashes;
        }
        if (slashes % 2 == 0 && text.substr(pos + 2, 4) == "0000") {
            return true;
        }
    }
    return false;
}

} // namespace

Request::Request(Poco::Net::HTTPServerRequest& request, std::string requestId, std::string path, std::string query,
                 std::map<std::string, std::string> params, std::string body)
    : m_request(request)
    , m_requestId(std::move(requestId))
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_params(std::move(params))
    , m_body(std::move(body))
{}

const std::string& Request::method() const
{
    return m_request.getMethod();
}

std::string Request::header(const std::string& name) const
{
    return m_request.get(name, "");
}

std::string Request::contentType() const
{
    return m_request.getContentType();
}

std::string Request::clientIp(bool trustProxy) const
{
    if (trustProxy) {
        const std::string forwarded = m_request.get("X-Forwarded-For", "");
        if (!forwarded.empty()) {
            const auto comma = forwarded.find(',');
            std::string first = forwarded.substr(0, comma);
            while (!first.empty() && first.front() == ' ') {
                first.erase(0, 1);
            }
            while (!first.empty() && first.back() == ' ') {
                first.pop_back();
            }
            if (!first.empty() && first.size() <= 64) {
                return first;
            }
        }
    }
    return m_request.clientAddress().host().toString();
}

const std::string& Request::param(const std::string& name) const
{
    static const std::string empty;
    const auto it = m_params.find(name);
    return it == m_params.end() ? empty : it->second;
}

std::optional<std::string> Request::query(const std::string& name) const
{
    if (!m_queryParams) {
        try {
            Poco::URI uri;
            uri.setRawQuery(m_query);
            m_queryParams = uri.getQueryParameters();
        } catch (const Poco::Exception&) {
            throw ApiError::badRequest("invalid_query", "the query string is malformed");
        }
    }
    for (const auto& [key, value] : *m_queryParams) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::int64_t Request::queryInt(const std::string& name, std::int64_t fallback, std::int64_t min, std::int64_t max) const
{
    const auto text = query(name);
    if (!text) {
        return fallback;
    }
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || ptr != text->data() + text->size() || value < min || value > max) {
        throw ApiError::badRequest("invalid_query", "query parameter '" + name + "' must be an integer from " +
                                                        std::to_string(min) + " to " + std::to_string(max));
    }
    return value;
}

nlohmann::json Request::jsonBody() const
{
    const std::string type = contentType();
    if (type.rfind("application/json", 0) != 0) {
        throw ApiError(415, "unsupported_media_type", "the body must be application/json");
    }
    return parseJsonBody(m_body);
}

nlohmann::json parseJsonBody(std::string_view text)
{
    if (!nestingWithin(text, kMaxJsonDepth)) {
        throw ApiError::badRequest("malformed_json", "the body nests too deeply");
    }
    if (hasEscapedNul(text)) {
        throw ApiError::badRequest("malformed_json", "the body contains a NUL character");
    }
    nlohmann::json body = nlohmann::json::parse(text, nullptr, false);
    if (body.is_discarded()) {
        throw ApiError::badRequest("malformed_json", "the body is not valid JSON");
    }
    if (!body.is_object()) {
        throw ApiError::badRequest("malformed_json", "the body must be a JSON object");
    }
    return body;
}

const Principal& Request::principal() const
{
    if (!m_principal) {
        throw ApiError::unauthorized("unauthorized", "sign in first");
    }
    return *m_principal;
}

Response Response::json(int status, const nlohmann::json& body)
{
    Response r;
    r.status = status;
    r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

std::optional<std::string> optionalString(const nlohmann::json& body, const char* key, std::size_t maxLength)
{
    const auto it = body.find(key);
    if (it == body.end() || it->is_null()) {
        return std::nullopt;
    }
    if (!it->is_string()) {
        throw ApiError::badRequest("invalid_request", std::string("'") + key + "' must be a string", {{"field", key}});
    }
    const std::string& value = it->get_ref<const std::string&>();
    if (value.size() > maxLength) {
        throw ApiError::badRequest("invalid_request", std::string("'") + key + "' is too long", {{"field", key}});
    }
    return value;
}

std::string requireString(const nlohmann::json& body, const char* key, std::size_t maxLength)
{
    auto value = optionalString(body, key, maxLength);
    if (!value) {
        throw ApiError::badRequest("invalid_request", std::string("'") + key + "' is required", {{"field", key}});
    }
    return *value;
}

std::int64_t requireInt(const nlohmann::json& body, const char* key, std::int64_t min, std::int64_t max)
{
    const auto it = body.find(key);
    if (it == body.end() || !it->is_number_integer()) {
        throw ApiError::badRequest("invalid_request", std::string("'") + key + "' must be an integer",
                                   {{"field", key}});
    }
    const auto value = it->get<std::int64_t>();
    if (value < min || value > max) {
        throw ApiError::badRequest("invalid_request", std::string("'") + key + "' is out of range", {{"field", key}});
    }
    return value;
}

} // namespace petinfo::server
