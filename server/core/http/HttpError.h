// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <exception>
#include <string>

namespace petinfo::server {

/** Thrown by handlers; the dispatcher turns it into the status and the JSON body
 *  {"error": {"code", "message", "requestId", …extra}}. Codes are stable and documented in the
 *  OpenAPI file; messages are English for developers and logs. */
class ApiError : public std::exception
{
public:
    ApiError(int status, std::string code, std::string message, nlohmann::json extra = nlohmann::json::object())
        : m_status(status)
        , m_code(std::move(code))
        , m_message(std::move(message))
        , m_extra(std::move(extra))
    {}

    int status() const { return m_status; }
    const std::string& code() const { return m_code; }
    const std::string& message() const { return m_message; }
    const nlohmann::json& extra() const { return m_extra; }
    const char* what() const noexcept override { return m_code.c_str(); }

    static ApiError badRequest(std::string code, std::string message, nlohmann::json extra = nlohmann::json::object())
    {
        return ApiError(400, std::move(code), std::move(message), std::move(extra));
    }
    static ApiError unauthorized(std::string code, std::string message)
    {
        return ApiError(401, std::move(code), std::move(message));
    }
    static ApiError forbidden(std::string message = "your role does not allow this")
    {
        return ApiError(403, "forbidden", std::move(message));
    }
    static ApiError notFound(std::string message = "not found")
    {
        return ApiError(404, "not_found", std::move(message));
    }
    static ApiError conflict(std::string code, std::string message, nlohmann::json extra = nlohmann::json::object())
    {
        return ApiError(409, std::move(code), std::move(message), std::move(extra));
    }

private:
    int m_status;
    std::string m_code;
    std::string m_message;
    nlohmann::json m_extra;
};

/** The error body for a status and code. */
nlohmann::json errorBody(const ApiError& error, const std::string& requestId);

} // namespace petinfo::server
