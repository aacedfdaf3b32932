// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/RawConnection.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace petinfo::test {

namespace {

std::string lower(std::string s)
{
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c + 32);
        }
    }
    return s;
}

sockaddr_in loopback(const std::string& address, int port)
{
    sockaddr_in out{};
    out.sin_family = AF_INET;
    out.sin_port = htons(static_cast<std::uint16_t>(port));
    if (inet_pton(AF_INET, address.c_str(), &out.sin_addr) != 1) {
        throw std::runtime_error("not an IPv4 address: " + address);
    }
    return out;
}

} // namespace

RawConnection::RawConnection(int port, const std::string& sourceAddress)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        throw std::runtime_error("socket() failed: errno " + std::to_string(errno));
    }
    const sockaddr_in source = loopback(sourceAddress, 0);
    const sockaddr_in target = loopback("127.0.0.1", port);
    if (::bind(m_fd, reinterpret_cast<const sockaddr*>(&source), sizeof source) != 0 ||
        ::connect(m_fd, reinterpret_cast<const sockaddr*>(&target), sizeof target) != 0) {
        const int error = errno;
        ::close(m_fd);
        m_fd = -1;
        throw std::runtime_error("cannot connect from " + sourceAddress + ": errno " + std::to_string(error));
    }
}

RawConnection::~RawConnection()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool RawConnection::send(const std::string& bytes)
{
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            return false;
        }
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

bool RawConnection::fill(std::chrono::steady_clock::time_point deadline)
{
    if (m_eof) {
        return false;
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
        return false;
    }
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) {
        return false;
    }
    char chunk[8192];
    const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_buffer.append(chunk, static_cast<std::size_t>(n));
    return true;
}

std::optional<HttpResponse> RawConnection::readResponse(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t headerEnd = std::string::npos;
    while ((headerEnd = m_buffer.find("\r\n\r\n")) == std::string::npos) {
        if (!fill(deadline)) {
            return std::nullopt;
        }
    }
    HttpResponse out;
    const std::string head = m_buffer.substr(0, headerEnd);
    if (head.rfind("HTTP/1.", 0) != 0 || head.size() < 12) {
        return std::nullopt;
    }
    out.status = std::stoi(head.substr(9, 3));
    const auto firstLineEnd = head.find("\r\n");
    out.headers["(status line)"] = head.substr(0, firstLineEnd);
    std::size_t pos = firstLineEnd == std::string::npos ? head.size() : firstLineEnd + 2;
    while (pos < head.size()) {
        auto end = head.find("\r\n", pos);
        if (end == std::string::npos) {
            end = head.size();
        }
        const std::string line = head.substr(pos, end - pos);
        const auto colon = line.find(':');
        if (colon != std::string::npos) {
            std::string value = line.substr(colon + 1);
            while (!value.empty() && value.front() == ' ') {
                value.erase(0, 1);
            }
            out.headers[lower(line.substr(0, colon))] = value;
        }
        pos = end + 2;
    }
    const std::size_t length = out.headers.count("content-length") ? std::stoul(out.headers["content-length"]) : 0;
    while (m_buffer.size() < headerEnd + 4 + length) {
        if (!fill(deadline)) {
            return std::nullopt;
        }
    }
    out.body = m_buffer.substr(headerEnd + 4, length);
    m_buffer.erase(0, headerEnd + 4 + length);
    return out;
}

bool RawConnection::closedByServer(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_eof) {
        if (!fill(deadline) && !m_eof) {
            return false;
        }
    }
    return true;
}

std::string requestText(const HttpRequest& request)
{
    std::string out = request.method + " " + request.path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!request.token.empty()) {
        out += "Authorization: Bearer " + request.token + "\r\n";
    }
    if (!request.contentType.empty()) {
        out += "Content-Type: " + request.contentType + "\r\n";
    }
    for (const auto& [name, value] : request.headers) {
        out += name + ": " + value + "\r\n";
    }
    if (!request.body.empty() || request.method == "POST" || request.method == "PUT" || request.method == "PATCH") {
        out += "Content-Length: " + std::to_string(request.body.size()) + "\r\n";
    }
    return out + "\r\n" + request.body;
}

} // namespace petinfo::test
