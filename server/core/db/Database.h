// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace petinfo::server {

enum class Engine
{
    Sqlite,
    Postgres
};

/** A storage failure. Transient ones (lost connection, lock timeout, serialisation failure)
 *  may succeed when retried; the HTTP layer answers them with 503. */
class DbError : public std::runtime_error
{
public:
    enum class Kind
    {
        Transient,
        Constraint, ///< a unique or foreign key violation
        Other
    };
    DbError(Kind kind, const std::string& what)
        : std::runtime_error(what)
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

/** One bound statement parameter: an integer, text, or bytes. There is no NULL: the schema has none. */
class SqlParam
{
public:
    SqlParam(std::int64_t value)
        : m_value(value)
    {}
    SqlParam(int value)
        : m_value(std::int64_t{value})
    {}
    SqlParam(bool value)
        : m_value(std::int64_t{value ? 1 : 0})
    {}
    SqlParam(std::string value)
        : m_value(std::move(value))
    {}
    SqlParam(std::string_view value)
        : m_value(std::string(value))
    {}
    SqlParam(const char* value)
        : m_value(std::string(value))
    {}
    static SqlParam blob(std::string bytes)
    {
        SqlParam p(std::move(bytes));
        p.m_blob = true;
        return p;
    }

    bool isInteger() const { return std::holds_alternative<std::int64_t>(m_value); }
    bool isBlob() const { return m_blob; }
    std::int64_t integer() const { return std::get<std::int64_t>(m_value); }
    const std::string& text() const { return std::get<std::string>(m_value); }

private:
    std::variant<std::int64_t, std::string> m_value;
    bool m_blob = false;
};

/** A fully read result: cells as text (integers in decimal, blobs as raw bytes). */
class SqlRows
{
public:
    SqlRows() = default;
    SqlRows(std::size_t columns, std::vector<std::string> cells)
        : m_columns(columns)
        , m_cells(std::move(cells))
    {}

    std::size_t size() const { return m_columns == 0 ? 0 : m_cells.size() / m_columns; }
    bool empty() const { return size() == 0; }
    std::size_t columns() const { return m_columns; }
    const std::string& text(std::size_t row, std::size_t column) const { return m_cells.at(row * m_columns + column); }
    /** Moves the cell's text out (it reads empty afterwards): a page of a pull hands a thousand
     *  rows of text on without copying them. */
    std::string take(std::size_t row, std::size_t column) { return std::move(m_cells.at(row * m_columns + column)); }
    std::int64_t integer(std::size_t row, std::size_t column) const;
    bool boolean(std::size_t row, std::size_t column) const { return integer(row, column) != 0; }

private:
    std::size_t m_columns = 0;
    std::vector<std::string> m_cells;
};

/** One database connection, used by one thread at a time. SQL is written once for both engines
 *  with `?` placeholders; `{BLOB}` and `{FOR_UPDATE}` expand per engine. */
class DbConnection
{
public:
    virtual ~DbConnection() = default;
    virtual Engine engine() const = 0;
    virtual SqlRows query(std::string_view sql, std::span<const SqlParam> params) = 0;
    /** Runs a statement that returns no rows; returns the number of rows it changed. */
    virtual std::int64_t execute(std::string_view sql, std::span<const SqlParam> params) = 0;
    /** False when the connection is broken and must not go back to the pool. */
    virtual bool healthy() = 0;
    /** Starts a transaction. Write transactions on SQLite take the write lock up front. */
    virtual void begin(bool write) = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    template <typename... P>
    SqlRows rows(std::string_view sql, P&&... params)
    {
        const std::array<SqlParam, sizeof...(P)> bound{SqlParam(std::forward<P>(params))...};
        return query(sql, bound);
    }
    template <typename... P>
    std::int64_t exec(std::string_view sql, P&&... params)
    {
        const std::array<SqlParam, sizeof...(P)> bound{SqlParam(std::forward<P>(params))...};
        return execute(sql, bound);
    }
};

/** Expands the per-engine tokens and, for PostgreSQL, numbers the `?` placeholders ($1, $2 …). */
std::string dialectSql(std::string_view sql, Engine engine);

struct DatabaseSettings
{
    Engine engine = Engine::Sqlite;
    std::string sqlitePath;       ///< for SQLite
    std::string postgresConninfo; ///< libpq keyword/value string, for PostgreSQL
    std::size_t poolSize = 8;
    std::chrono::milliseconds acquireTimeout{5000};
};

/** Turns postgresql://user:password@host:port/db?sslmode=require into libpq keyword/value form
 *  (Poco's connector only accepts the latter). Returns nullopt for anything that is not such a URL. */
std::optional<std::string> postgresConninfoFromUrl(std::string_view url);
/** Adds (or overrides) the password of a conninfo string, e.g. from a secret store. */
std::string conninfoWithPassword(std::string conninfo, std::string_view password);
/** The URL with its password replaced by "***", for logs. */
std::string redactedUrl(std::string_view url);

class Database;

/** A pooled connection, returned to the pool when destroyed. */
class Lease
{
public:
    Lease(Database& db, std::unique_ptr<DbConnection> connection);
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();

    DbConnection& operator*() { return *m_connection; }
    DbConnection* operator->() { return m_connection.get(); }

private:
    Database* m_db;
    std::unique_ptr<DbConnection> m_connection;
};

/** A pool of connections to one database, shared by the request threads. */
class Database
{
public:
    explicit Database(DatabaseSettings settings);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Engine engine() const { return m_settings.engine; }
    /** Waits for a free connection (opening one if the pool is not full); throws a transient
     *  DbError after the acquire timeout. */
    Lease acquire();

    /** Runs `work` in a transaction: commits when it returns, rolls back when it throws. */
    template <typename F>
    auto transaction(bool write, F&& work)
    {
        Lease lease = acquire();
        lease->begin(write);
        try {
            if constexpr (std::is_void_v<decltype(work(*lease))>) {
                work(*lease);
                lease->commit();
            } else {
                auto result = work(*lease);
                lease->commit();
                return result;
            }
        } catch (...) {
            try {
                lease->rollback();
            } catch (...) {
            }
            throw;
        }
    }

    /** Brings the schema to the latest migration (safe when several servers start at once).
     *  `upTo` stops at an older version: tests put old data under a later migration. */
    void migrate(int upTo = std::numeric_limits<int>::max());
    /** A cheap round trip, for /readyz. */
    bool ping();
    std::size_t inUse() const;

private:
    friend class Lease;
    std::unique_ptr<DbConnection> open();
    void release(std::unique_ptr<DbConnection> connection);

    DatabaseSettings m_settings;
    mutable std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<DbConnection>> m_idle;
    std::size_t m_open = 0;
    std::size_t m_inUse = 0;
    std::shared_ptr<std::mutex> m_sqliteWriteLock = std::make_shared<std::mutex>();
};

} // namespace petinfo::server
