// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "db/Connections.h"

#include <charconv>

namespace petinfo::server {

std::int64_t SqlRows::integer(std::size_t row, std::size_t column) const
{
    const std::string& cell = text(row, column);
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (ec != std::errc() || ptr != cell.data() + cell.size()) {
        // PostgreSQL renders booleans as t/f; everything else here is a decimal integer.
        if (cell == "t" || cell == "true") {
            return 1;
        }
        if (cell == "f" || cell == "false") {
            return 0;
        }
        throw DbError(DbError::Kind::Other, "not an integer column value");
    }
    return value;
}

std::string dialectSql(std::string_view sql, Engine engine)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int placeholder = 0;
    bool inString = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'') {
            inString = !inString;
            out += c;
        } else if (!inString && c == '?' && engine == Engine::Postgres) {
            out += '$';
            out += std::to_string(++placeholder);
        } else if (!inString && c == '{') {
            const auto end = sql.find('}', i);
            const std::string_view token = sql.substr(i + 1, end - i - 1);
            if (token == "BLOB") {
                out += engine == Engine::Postgres ? "BYTEA" : "BLOB";
            } else if (token == "FOR_UPDATE") {
                out += engine == Engine::Postgres ? "FOR UPDATE" : "";
            } else {
                throw DbError(DbError::Kind::Other, "unknown SQL token");
            }
            i = end;
        } else {
            out += c;
        }
    }
    return out;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::optional<std::string> percentDecode(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%') {
            if (i + 2 >= text.size()) {
                return std::nullopt;
            }
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0) {
                return std::nullopt;
            }
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string quoteConninfo(std::string_view value)
{
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "'";
}

} // namespace

std::optional<std::string> postgresConninfoFromUrl(std::string_view url)
{
    std::string_view rest;
    for (std::string_view scheme : {"postgresql://", "postgres://"}) {
        if (url.starts_with(scheme)) {
            rest = url.substr(scheme.size());
        }
    }
    if (rest.empty()) {
        return std::nullopt;
    }
    std::string_view query;
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        query = rest.substr(q + 1);
        rest = rest.substr(0, q);
    }
    std::string_view dbname;
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        dbname = rest.substr(slash + 1);
        rest = rest.substr(0, slash);
    }
    std::string_view userinfo;
    if (const auto at = rest.rfind('@'); at != std::string_view::npos) {
        userinfo = rest.substr(0, at);
        rest = rest.substr(at + 1);
    }
    std::string_view host = rest;
    std::string_view port;
    if (const auto colon = rest.rfind(':');
        colon != std::string_view::npos && rest.find(']') == std::string_view::npos) {
        host = rest.substr(0, colon);
        port = rest.substr(colon + 1);
    }
    std::string out;
    auto add = [&](std::string_view key, std::string_view raw) -> bool {
        if (raw.empty()) {
            return true;
        }
        const auto value = percentDecode(raw);
        if (!value) {
            return false;
        }
        if (!out.empty()) {
            out += ' ';
        }
        out += std::string(key) + "=" + quoteConninfo(*value);
        return true;
    };
    std::string_view user = userinfo;
    std::string_view password;
    if (const auto colon = userinfo.find(':'); colon != std::string_view::npos) {
        user = userinfo.substr(0, colon);
        password = userinfo.substr(colon + 1);
    }
    if (!add("host", host) || !add("port", port) || !add("user", user) || !add("password", password) ||
        !add("dbname", dbname)) {
        return std::nullopt;
    }
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        const auto eq = pair.find('=');
        if (eq == std::string_view::npos || eq == 0) {
            return std::nullopt;
        }
        const std::string_view key = pair.substr(0, eq);
        for (char c : key) {
            if (!((c >= 'a' && c <= 'z') || c == '_')) {
                return std::nullopt;
            }
        }
        if (!add(key, pair.substr(eq + 1))) {
            return std::nullopt;
        }
    }
    return out;
}

std::string conninfoWithPassword(std::string conninfo, std::string_view password)
{
    if (password.empty()) {
        return conninfo;
    }
    // libpq takes the last occurrence of a keyword.
    return conninfo + (conninfo.empty() ? "" : " ") + "password=" + quoteConninfo(password);
}

std::string redactedUrl(std::string_view url)
{
    const auto scheme = url.find("://");
    const auto at = url.rfind('@');
    if (scheme == std::string_view::npos || at == std::string_view::npos || at < scheme) {
        return std::string(url);
    }
    const auto colon = url.find(':', scheme + 3);
    if (colon == std::string_view::npos || colon > at) {
        return std::string(url);
    }
    return std::string(url.substr(0, colon + 1)) + "***" + std::string(url.substr(at));
}

Lease::Lease(Database& db, std::unique_ptr<DbConnection> connection)
    : m_db(&db)
    , m_connection(std::move(connection))
{}

Lease::~Lease()
{
    if (m_connection) {
        m_db->release(std::move(m_connection));
    }
}

Database::Database(DatabaseSettings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.poolSize == 0) {
        m_settings.poolSize = 1;
    }
}

Database::~Database() = default;

std::unique_ptr<DbConnection> Database::open()
{
    if (m_settings.engine == Engine::Postgres) {
        return openPostgresConnection(m_settings.postgresConninfo);
    }
    return openSqliteConnection(m_settings.sqlitePath, m_sqliteWriteLock);
}

Lease Database::acquire()
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + m_settings.acquireTimeout;
    while (true) {
        if (!m_idle.empty()) {
            auto connection = std::move(m_idle.back());
            m_idle.pop_back();
            ++m_inUse;
            return Lease(*this, std::move(connection));
        }
        if (m_open < m_settings.poolSize) {
            ++m_open;
            ++m_inUse;
            lock.unlock();
            try {
                return Lease(*this, open());
            } catch (...) {
                lock.lock();
                --m_open;
                --m_inUse;
                m_available.notify_one();
                throw;
            }
        }
        if (m_available.wait_until(lock, deadline) == std::cv_status::timeout && m_idle.empty() &&
            m_open >= m_settings.poolSize) {
            throw DbError(DbError::Kind::Transient, "timed out waiting for a database connection");
        }
    }
}

void Database::release(std::unique_ptr<DbConnection> connection)
{
    const bool keep = connection->healthy();
    {
        std::lock_guard lock(m_mutex);
        --m_inUse;
        if (keep) {
            m_idle.push_back(std::move(connection));
        } else {
            --m_open;
        }
    }
    m_available.notify_one();
}

bool Database::ping()
{
    try {
        Lease lease = acquire();
        return lease->rows("SELECT 1").size() == 1;
    } catch (const std::exception&) {
        return false;
    }
}

std::size_t Database::inUse() const
{
    std::lock_guard lock(m_mutex);
    return m_inUse;
}

} // namespace petinfo::server
