// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/Router.h"

#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/ConnectionGuard.h"
#include "http/HttpError.h"
#include "http/Metrics.h"
#include "petinfo/common/Random.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>

#include <algorithm>
#include <array>
#include <chrono>

namespace petinfo::server {

namespace {

std::vector<std::string_view> segments(std::string_view path)
{
    std::vector<std::string_view> out;
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto end = path.find('/', start);
        out.push_back(path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    return out;
}

bool matches(const std::string& pattern, std::string_view path, std::map<std::string, std::string>& params)
{
    const auto want = segments(pattern);
    const auto have = segments(path);
    if (want.size() != have.size()) {
        return false;
    }
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}') {
            if (have[i].empty()) {
                return false;
            }
            found.emplace(std::string(want[i].substr(1, want[i].size() - 2)), std::string(have[i]));
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

class ForwardingHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit ForwardingHandler(Dispatcher& dispatcher)
        : m_dispatcher(dispatcher)
    {}
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        m_dispatcher.handle(request, response);
    }

private:
    Dispatcher& m_dispatcher;
};

/** Whether the request announces a body at all. RFC 9112 §6.3: a request with neither
 *  Content-Length nor Transfer-Encoding has none. Poco would read such a body until the client
 *  closes the connection, which held a worker thread for the whole receive timeout. */
bool announcesBody(const Poco::Net::HTTPServerRequest& request)
{
    return request.hasContentLength() || request.getChunkedTransferEncoding();
}

/** Refuses framings that could hide a second request in the body (RFC 9112 §6.1, §6.3): a
 *  transfer coding other than plain chunked, or chunked together with a Content-Length. */
void checkFraming(const Poco::Net::HTTPServerRequest& request)
{
    if (!request.has("Transfer-Encoding")) {
        return;
    }
    if (!request.getChunkedTransferEncoding()) {
        // 400 rather than 501: without chunked last the body's end cannot be found (§6.3), and
        // a client error should not count as the server's.
        throw ApiError::badRequest("unsupported_transfer_encoding", "only the chunked transfer coding is supported");
    }
    if (request.hasContentLength()) {
        throw ApiError::badRequest("malformed_request", "Content-Length and Transfer-Encoding together");
    }
}

/** Reads the body in the pieces that have arrived: one byte waits for the client, the rest of
 *  what is buffered is taken without waiting. The guard sees every piece, so a slow body is
 *  bounded by its rate, not by its size. `onPiece` returns false to stop. */
template <typename OnPiece>
void readPieces(std::istream& in, OnPiece&& onPiece)
{
    std::array<char, 16384> buffer{};
    for (int c = in.get(); c != std::char_traits<char>::eof(); c = in.get()) {
        buffer[0] = static_cast<char>(c);
        const auto more = in.readsome(buffer.data() + 1, static_cast<std::streamsize>(buffer.size() - 1));
        const auto n = static_cast<std::size_t>(more > 0 ? more : 0) + 1;
        ConnectionGuard::progress(n);
        if (!onPiece(std::string_view(buffer.data(), n))) {
            return;
        }
    }
}

/** Reads at most `limit` bytes of body; 413 beyond, 408 when the client sends it too slowly,
 *  400 when it ends before its Content-Length or its chunks are broken. */
std::string readBody(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response, std::size_t limit)
{
    if (!announcesBody(request)) {
        return {};
    }
    const bool sized = request.hasContentLength();
    const Poco::Int64 declared = sized ? request.getContentLength64() : -1;
    if (sized && declared > static_cast<Poco::Int64>(limit)) {
        throw ApiError(413, "payload_too_large", "the body exceeds " + std::to_string(limit) + " bytes");
    }
    if (sized && declared < 0) {
        throw ApiError::badRequest("malformed_request", "Content-Length is negative");
    }
    if (sized && declared == 0) {
        return {};
    }
    if (request.getExpectContinue()) {
        response.sendContinue();
    }
    ConnectionGuard::enter(ConnectionGuard::Phase::Body);
    std::string body;
    if (sized) {
        body.reserve(static_cast<std::size_t>(declared));
    }
    std::istream& in = request.stream();
    bool broken = false;
    try {
        readPieces(in, [&](std::string_view piece) {
            if (body.size() + piece.size() > limit) {
                throw ApiError(413, "payload_too_large", "the body exceeds " + std::to_string(limit) + " bytes");
            }
            body.append(piece);
            return true;
        });
    } catch (const Poco::Exception&) {
        // A broken chunked encoding, a reset, or the guard's shutdown mid-body.
        broken = true;
    }
    ConnectionGuard::enter(ConnectionGuard::Phase::Working);
    if (ConnectionGuard::timedOut()) {
        throw ApiError(408, "request_timeout", "the request body arrived too slowly");
    }
    if (broken || in.bad() || (sized && body.size() != static_cast<std::size_t>(declared))) {
        throw ApiError::badRequest("malformed_body", "the request body could not be read");
    }
    return body;
}

/** Reads and drops what is left of a refused body (bounded), so that the answer reaches a client
 *  that is still sending instead of being lost in a connection reset. */
void drainBody(Poco::Net::HTTPServerRequest& request)
{
    constexpr std::size_t kBudget = 64 * 1024 * 1024;
    ConnectionGuard::enter(ConnectionGuard::Phase::Body);
    try {
        std::size_t total = 0;
        readPieces(request.stream(), [&](std::string_view piece) {
            total += piece.size();
            return total < kBudget;
        });
    } catch (const Poco::Exception&) {
    }
    ConnectionGuard::enter(ConnectionGuard::Phase::Working);
}

std::string bearerToken(const Poco::Net::HTTPServerRequest& request)
{
    const std::string header = request.get("Authorization", "");
    constexpr std::string_view prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0) {
        return {};
    }
    return header.substr(prefix.size());
}

} // namespace

void Router::add(Route route)
{
    m_routes.push_back(std::move(route));
}

Router::Match Router::match(std::string_view method, std::string_view path) const
{
    Match result;
    for (const Route& route : m_routes) {
        std::map<std::string, std::string> params;
        if (!matches(route.pattern, path, params)) {
            continue;
        }
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            result.allowedMethods.clear();
            return result;
        }
        result.allowedMethods.push_back(route.method);
    }
    return result;
}

std::string requestIdFor(const std::string& supplied)
{
    const bool plain =
        !supplied.empty() && supplied.size() <= 64 && std::all_of(supplied.begin(), supplied.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                   c == '.';
        });
    if (plain) {
        return supplied;
    }
    std::array<std::uint8_t, 12> bytes{};
    secureRandomBytes(bytes);
    return base64UrlEncode(bytes);
}

Dispatcher::Dispatcher(const Router& router, Authenticator authenticate, Metrics& metrics, AccessLog& log,
                       DispatchSettings settings)
    : m_router(router)
    , m_authenticate(std::move(authenticate))
    , m_metrics(metrics)
    , m_log(log)
    , m_settings(settings)
{}

Poco::Net::HTTPRequestHandler* Dispatcher::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new ForwardingHandler(*this);
}

void Dispatcher::handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string requestId = requestIdFor(request.get("X-Request-Id", ""));
    const std::string& uri = request.getURI();
    const auto questionMark = uri.find('?');
    const std::string path = uri.substr(0, questionMark);
    const std::string query = questionMark == std::string::npos ? std::string() : uri.substr(questionMark + 1);
    std::string routeName = "unmatched";
    std::optional<Principal> principal;
    bool bodyConsumed = false;
    bool framingChecked = false;

    Response out;
    std::ostream* answer = nullptr; ///< flushed after the log line, as the stream's end would
    try {
        Router::Match match = m_router.match(request.getMethod(), path);
        if (!match.route) {
            if (!match.allowedMethods.empty()) {
                std::string allow;
                for (const std::string& m : match.allowedMethods) {
                    allow += (allow.empty() ? "" : ", ") + m;
                }
                throw ApiError(405, "method_not_allowed", "method not allowed here", {{"allow", allow}});
            }
            throw ApiError::notFound("no such resource");
        }
        routeName = match.route->pattern;
        framingChecked = true;
        checkFraming(request);
        std::string body =
            readBody(request, response, match.route->maxBody ? match.route->maxBody : m_settings.maxBodyBytes);
        bodyConsumed = true;
        Request req(request, requestId, path, query, std::move(match.params), std::move(body));
        if (!match.route->roles.empty()) {
            const std::string token = bearerToken(request);
            if (token.empty()) {
                throw ApiError::unauthorized("unauthorized", "a bearer token is required");
            }
            principal = m_authenticate(token);
            if (!principal) {
                throw ApiError::unauthorized("invalid_token", "the token is unknown or revoked");
            }
            if (!match.route->roles.contains(principal->role)) {
                throw ApiError::forbidden();
            }
            req.setPrincipal(*principal);
        }
        out = match.route->handler(req);
    } catch (const ApiError& e) {
        if (e.status() == 413 && !bodyConsumed && framingChecked) {
            drainBody(request);
        }
        out = Response::json(e.status(), errorBody(e, requestId));
        if (e.status() == 405 && e.extra().contains("allow")) {
            out.header("Allow", e.extra()["allow"].get<std::string>());
        }
    } catch (const DbError& e) {
        const bool transient = e.kind() == DbError::Kind::Transient;
        m_log.event("error", "petinfo.server.db", transient ? "storage unavailable" : "storage error",
                    {{"requestId", requestId}, {"detail", e.what()}});
        out = transient ? Response::json(503, errorBody(ApiError(503, "storage_unavailable",
                                                                 "storage is unavailable, retry later"),
                                                        requestId))
                        : Response::json(500, errorBody(ApiError(500, "internal", "internal error"), requestId));
        if (transient) {
            out.header("Retry-After", "1");
        }
    } catch (const std::exception& e) {
        m_log.event("error", "petinfo.server.http", "unhandled exception",
                    {{"requestId", requestId}, {"detail", e.what()}});
        out = Response::json(500, errorBody(ApiError(500, "internal", "internal error"), requestId));
    }

    try {
        // The standard reason phrase ("404 Not Found"): setStatus alone leaves Poco's default "OK".
        response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(out.status));
        response.set("X-Request-Id", requestId);
        response.set("X-Content-Type-Options", "nosniff");
        bool cacheSet = false;
        for (const auto& [name, value] : out.headers) {
            response.set(name, value);
            cacheSet = cacheSet || name == "Cache-Control";
        }
        if (!cacheSet) {
            response.set("Cache-Control", "no-store");
        }
        const bool unreadBody =
            request.has("Transfer-Encoding") || (request.hasContentLength() && request.getContentLength64() != 0);
        if (!bodyConsumed && unreadBody) {
            // The unread body would be parsed as the next request on this connection.
            response.setKeepAlive(false);
        }
        ConnectionGuard::enter(ConnectionGuard::Phase::Answering);
        if (out.status == 204 || out.status == 304) {
            answer = &response.send();
        } else {
            if (!out.contentType.empty()) {
                response.setContentType(out.contentType);
            }
            response.setContentLength64(static_cast<Poco::Int64>(
                out.headLength >= 0 ? static_cast<std::size_t>(out.headLength) : out.body.size()));
            std::ostream& stream = response.send();
            if (request.getMethod() != "HEAD") {
                // In pieces, so that the guard's deadline follows a slow reader's progress.
                constexpr std::size_t kPiece = 65536;
                for (std::size_t offset = 0; offset < out.body.size() && stream; offset += kPiece) {
                    const std::size_t n = std::min(kPiece, out.body.size() - offset);
                    stream.write(out.body.data() + offset, static_cast<std::streamsize>(n));
                    ConnectionGuard::progress(n);
                }
            }
            answer = &stream;
        }
    } catch (const Poco::Exception&) {
        // The client went away mid-response; nothing left to tell it.
    } catch (const std::exception&) {
    }

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m_metrics.observeRequest(routeName, request.getMethod(), out.status, seconds);
    if (m_log.requestsEnabled()) {
        nlohmann::json line{{"requestId", requestId},
                            {"method", request.getMethod()},
                            {"path", path.size() > 256 ? path.substr(0, 256) : path},
                            {"route", routeName},
                            {"status", out.status},
                            {"durationMs", seconds * 1000.0},
                            {"bytes", out.body.size()},
                            {"remote", request.clientAddress().host().toString()}};
        if (principal) {
            line["org"] = principal->orgId;
            line["device"] = principal->deviceId;
        }
        m_log.request(std::move(line));
    }
    if (answer) {
        try {
            answer->flush();
        } catch (const Poco::Exception&) {
        } catch (const std::exception&) {
        }
    }
}

} // namespace petinfo::server
