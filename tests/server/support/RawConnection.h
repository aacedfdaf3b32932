// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/ServerProcess.h"

#include <chrono>
#include <optional>
#include <string>

namespace petinfo::test {

/** One TCP connection to a test server that the test drives byte by byte: it stays open until
 *  destroyed, may come from another loopback address than 127.0.0.1 (the server sees another
 *  client), and reads answers framed by Content-Length, so that keep-alive can be checked. */
class RawConnection
{
public:
    /** Connects to 127.0.0.1:`port` from `sourceAddress` (any 127.x.y.z works on Linux). Throws
     *  when the connection cannot be made. */
    explicit RawConnection(int port, const std::string& sourceAddress = "127.0.0.1");
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    /** Sends all of `bytes`; false when the server has closed or reset the connection. */
    bool send(const std::string& bytes);
    /** Reads one answer (headers and a Content-Length body); nullopt when the connection ends or
     *  nothing complete arrives within `timeout`. */
    std::optional<HttpResponse> readResponse(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /** True once the server has closed the connection (waits up to `timeout` for it). */
    bool closedByServer(std::chrono::milliseconds timeout);

private:
    /** Waits for bytes; false on timeout, end of stream or error. */
    bool fill(std::chrono::steady_clock::time_point deadline);

    int m_fd = -1;
    std::string m_buffer;
    bool m_eof = false;
};

/** The request text of `request` for a RawConnection (HTTP/1.1, keep-alive, Content-Length). */
std::string requestText(const HttpRequest& request);

} // namespace petinfo::test
