// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Connections.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Data/Session.h>

#include <libpq-fe.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace petinfo::server {

namespace {

constexpr Oid kByteaOid = 17;

struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

void ignoreNotice(void*, const char*)
{}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return c - 'A' + 10;
}

/** bytea in text results is "\x" and hex digits. */
std::string decodeBytea(const char* value, int length)
{
    std::string out;
    if (length >= 2 && value[0] == '\\' && value[1] == 'x') {
        out.reserve(static_cast<std::size_t>(length - 2) / 2);
        for (int i = 2; i + 1 < length; i += 2) {
            out += static_cast<char>(hexValue(value[i]) * 16 + hexValue(value[i + 1]));
        }
    }
    return out;
}

class PostgresConnection final : public DbConnection
{
public:
    explicit PostgresConnection(const std::string& conninfo)
        : m_session("PostgreSQL", conninfo)
    {
        auto* impl = dynamic_cast<Poco::Data::PostgreSQL::SessionImpl*>(m_session.impl());
        if (!impl) {
            throw DbError(DbError::Kind::Other, "not a PostgreSQL session");
        }
        m_conn = impl->handle();
        PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    }

    Engine engine() const override { return Engine::Postgres; }

    SqlRows query(std::string_view sql, std::span<const SqlParam> params) override
    {
        ResultPtr result = run(sql, params);
        const int rows = PQntuples(result.get());
        const int columns = PQnfields(result.get());
        std::vector<std::string> cells;
        cells.reserve(static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns));
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                const char* value = PQgetvalue(result.get(), row, column);
                const int length = PQgetlength(result.get(), row, column);
                if (PQftype(result.get(), column) == kByteaOid) {
                    cells.push_back(decodeBytea(value, length));
                } else {
                    cells.emplace_back(value, static_cast<std::size_t>(length));
                }
            }
        }
        return SqlRows(static_cast<std::size_t>(columns), std::move(cells));
    }

    std::int64_t execute(std::string_view sql, std::span<const SqlParam> params) override
    {
        ResultPtr result = run(sql, params);
        const char* affected = PQcmdTuples(result.get());
        return affected && *affected ? std::strtoll(affected, nullptr, 10) : 0;
    }

    bool healthy() override { return PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) == PQTRANS_IDLE; }

    void begin(bool) override { run("BEGIN", {}); }
    void commit() override { run("COMMIT", {}); }
    void rollback() override { run("ROLLBACK", {}); }

private:
    ResultPtr run(std::string_view sql, std::span<const SqlParam> params)
    {
        const std::string text = dialectSql(sql, Engine::Postgres);
        std::vector<std::string> integers;
        integers.reserve(params.size());
        std::vector<const char*> values;
        std::vector<int> lengths;
        std::vector<int> formats;
        for (const SqlParam& p : params) {
            if (p.isInteger()) {
                integers.push_back(std::to_string(p.integer()));
                values.push_back(integers.back().c_str());
                lengths.push_back(0);
                formats.push_back(0);
            } else {
                values.push_back(p.text().c_str());
                lengths.push_back(static_cast<int>(p.text().size()));
                formats.push_back(p.isBlob() ? 1 : 0);
            }
        }
        const std::string* name = prepared(text, static_cast<int>(params.size()));
        ResultPtr result(name ? PQexecPrepared(m_conn, name->c_str(), static_cast<int>(params.size()), values.data(),
                                               lengths.data(), formats.data(), 0)
                              : PQexecParams(m_conn, text.c_str(), static_cast<int>(params.size()), nullptr,
                                             values.data(), lengths.data(), formats.data(), 0));
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const char* state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
            if (name && state && std::strcmp(state, "0A000") == 0) {
                // "cached plan must not change result type": another server changed a table since
                // this connection prepared the statement. Prepare anew; the caller retries.
                forgetPrepared();
                throw DbError(DbError::Kind::Transient, "PostgreSQL 0A000: a table changed under a prepared statement");
            }
            fail(result.get());
        }
        if (!name && isSchemaChange(text)) { // a prepared statement never is one
            forgetPrepared();                // a plan made before it may no longer fit the tables
        }
        return result;
    }

    static bool isSchemaChange(std::string_view sql)
    {
        const auto start = sql.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos) {
            return false;
        }
        sql.remove_prefix(start);
        for (std::string_view keyword : {"CREATE", "ALTER", "DROP", "TRUNCATE"}) {
            if (sql.size() >= keyword.size() &&
                std::equal(keyword.begin(), keyword.end(), sql.begin(), [](char a, char b) {
                    return a == (b >= 'a' && b <= 'z' ? static_cast<char>(b - 'a' + 'A') : b);
                })) {
                return true;
            }
        }
        return false;
    }

    /** The name of `sql` prepared on this connection, preparing it the first time: PostgreSQL
     *  then parses and plans each statement once per connection instead of on every call (a
     *  push of 500 mutations runs a few thousand statements). nullptr for statements that are
     *  not worth keeping: schema changes, transaction control, or once the cache is full. */
    const std::string* prepared(const std::string& sql, int parameters)
    {
        if (const auto it = m_prepared.find(sql); it != m_prepared.end()) {
            return &it->second;
        }
        if (m_prepared.size() >= kMaxPrepared || isSchemaChange(sql) || sql == "BEGIN" || sql == "COMMIT" ||
            sql == "ROLLBACK") {
            return nullptr;
        }
        std::string name = "petinfo_" + std::to_string(++m_preparedCount);
        ResultPtr result(PQprepare(m_conn, name.c_str(), sql.c_str(), parameters, nullptr));
        if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
            fail(result.get()); // the statement itself is wrong: the same error a plain run gives
        }
        return &m_prepared.emplace(sql, std::move(name)).first->second;
    }

    void forgetPrepared()
    {
        if (m_prepared.empty()) {
            return;
        }
        ResultPtr result(PQexec(m_conn, "DEALLOCATE ALL"));
        m_prepared.clear();
    }

    [[noreturn]] void fail(const PGresult* result)
    {
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const std::string code = state ? state : "";
        const std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn);
        DbError::Kind kind = DbError::Kind::Other;
        if (code.starts_with("23")) {
            kind = DbError::Kind::Constraint;
        } else if (code == "40001" || code == "40P01" || code == "55P03" || code == "57014" || code.starts_with("08") ||
                   code.starts_with("53") || code.starts_with("57P") || PQstatus(m_conn) != CONNECTION_OK) {
            kind = DbError::Kind::Transient;
        }
        throw DbError(kind, "PostgreSQL " + code + ": " + message);
    }

    static constexpr std::size_t kMaxPrepared = 256;

    Poco::Data::Session m_session;
    PGconn* m_conn = nullptr;
    std::unordered_map<std::string, std::string> m_prepared; // SQL text -> statement name
    std::uint64_t m_preparedCount = 0;
};

} // namespace

std::unique_ptr<DbConnection> openPostgresConnection(const std::string& conninfo)
{
    static const bool registered = [] {
        Poco::Data::PostgreSQL::Connector::registerConnector();
        return true;
    }();
    (void)registered;
    try {
        return std::make_unique<PostgresConnection>(conninfo);
    } catch (const Poco::Exception& e) {
        // The message can echo the connection string; keep only the class of failure.
        throw DbError(DbError::Kind::Transient, std::string("cannot connect to PostgreSQL (") + e.name() + ")");
    }
}

} // namespace petinfo::server
