// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace petinfo::server::integrations {

/** One request to a provider's API and what came of it. */
struct CallRequest
{
    std::string method = "GET";
    std::string url; ///< http(s)://host[:port]/path?query
    std::vector<std::pair<std::string, std::string>> headers;
    std::string contentType; ///< empty: no body
    std::string body;
    std::int64_t timeoutMs = 10000;
};

struct CallAnswer
{
    enum class Kind
    {
        Answered,    ///< `status` and `body` are the provider's
        Unreachable, ///< nothing was sent (connect or write failed): safe to try again
        NoAnswer     ///< sent, no answer came: the provider may have acted on it
    };
    Kind kind = Kind::NoAnswer;
    int status = 0;
    std::string body;  ///< at most 256 KiB
    std::string error; ///< why it was not answered; never contains a header value
};

/** One request on a new connection (no keep-alive: a stale pooled connection would turn a good
 *  call into an unknown one). HTTPS verifies the certificate against the system's CA store.
 *  Headers are never logged here, so secrets in them stay out of every log. */
CallAnswer call(const CallRequest& request);

/** application/x-www-form-urlencoded escaping of one key or value (RFC 3986 unreserved kept). */
std::string formEncode(const std::string& text);

} // namespace petinfo::server::integrations
