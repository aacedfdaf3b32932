// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Connections.h"

#include <Poco/Data/LOB.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>

namespace petinfo::server {

namespace {

using Poco::Data::BLOB;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::now;

[[noreturn]] void rethrow(const Poco::Exception& e)
{
    using namespace Poco::Data::SQLite;
    if (dynamic_cast<const ConstraintViolationException*>(&e)) {
        throw DbError(DbError::Kind::Constraint, e.displayText());
    }
    if (dynamic_cast<const DBLockedException*>(&e) || dynamic_cast<const TableLockedException*>(&e)) {
        throw DbError(DbError::Kind::Transient, e.displayText());
    }
    throw DbError(DbError::Kind::Other, e.displayText());
}

class SqliteConnection final : public DbConnection
{
public:
    SqliteConnection(const std::string& path, std::shared_ptr<std::mutex> writeLock)
        : m_session("SQLite", path)
        , m_writeLock(std::move(writeLock))
    {
        m_session << "PRAGMA journal_mode=WAL", now;
        m_session << "PRAGMA busy_timeout=10000", now;
        m_session << "PRAGMA synchronous=NORMAL", now;
        m_session << "PRAGMA foreign_keys=ON", now;
    }

    Engine engine() const override { return Engine::Sqlite; }

    SqlRows query(std::string_view sql, std::span<const SqlParam> params) override
    {
        try {
            Poco::Data::Statement statement(m_session);
            prepare(statement, sql, params);
            statement.execute();
            Poco::Data::RecordSet rs(statement);
            const std::size_t columns = rs.columnCount();
            const std::size_t count = rs.rowCount();
            std::vector<std::string> cells;
            cells.reserve(columns * count);
            for (std::size_t row = 0; row < count; ++row) {
                for (std::size_t column = 0; column < columns; ++column) {
                    const Poco::Dynamic::Var& value = rs.value(column, row);
                    if (value.isEmpty()) {
                        cells.emplace_back();
                    } else if (value.type() == typeid(BLOB)) {
                        const BLOB& blob = value.extract<BLOB>();
                        cells.emplace_back(reinterpret_cast<const char*>(blob.rawContent()), blob.size());
                    } else {
                        cells.push_back(value.convert<std::string>());
                    }
                }
            }
            return SqlRows(columns, std::move(cells));
        } catch (const Poco::Exception& e) {
            rethrow(e);
        }
    }

    std::int64_t execute(std::string_view sql, std::span<const SqlParam> params) override
    {
        try {
            Poco::Data::Statement statement(m_session);
            prepare(statement, sql, params);
            return static_cast<std::int64_t>(statement.execute());
        } catch (const Poco::Exception& e) {
            rethrow(e);
        }
    }

    bool healthy() override { return !m_lock.owns_lock(); }

    void begin(bool write) override
    {
        if (write) {
            m_lock = std::unique_lock(*m_writeLock);
        }
        exec(write ? "BEGIN IMMEDIATE" : "BEGIN");
    }

    void commit() override
    {
        exec("COMMIT");
        unlock();
    }

    void rollback() override
    {
        try {
            exec("ROLLBACK");
        } catch (...) {
            unlock();
            throw;
        }
        unlock();
    }

private:
    void unlock()
    {
        if (m_lock.owns_lock()) {
            m_lock.unlock();
        }
    }

    static void prepare(Poco::Data::Statement& statement, std::string_view sql, std::span<const SqlParam> params)
    {
        statement << dialectSql(sql, Engine::Sqlite);
        for (const SqlParam& p : params) {
            if (p.isInteger()) {
                statement, bind(static_cast<Poco::Int64>(p.integer()));
            } else if (p.isBlob()) {
                statement, bind(BLOB(reinterpret_cast<const unsigned char*>(p.text().data()), p.text().size()));
            } else {
                statement, bind(p.text());
            }
        }
    }

    Poco::Data::Session m_session;
    std::shared_ptr<std::mutex> m_writeLock;
    std::unique_lock<std::mutex> m_lock;
};

} // namespace

std::unique_ptr<DbConnection> openSqliteConnection(const std::string& path, std::shared_ptr<std::mutex> writeLock)
{
    static const bool registered = [] {
        Poco::Data::SQLite::Connector::registerConnector();
        return true;
    }();
    (void)registered;
    try {
        return std::make_unique<SqliteConnection>(path, std::move(writeLock));
    } catch (const Poco::Exception& e) {
        throw DbError(DbError::Kind::Transient, "cannot open the SQLite database: " + e.displayText());
    }
}

} // namespace petinfo::server
