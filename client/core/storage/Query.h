// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "storage/Database.h"

#include <QVariant>

#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace petinfo::client {

/** One use of a cached prepared statement: bind positionally, execute, read typed columns.
 *  Runs on the SQLCipher C API directly (QSqlQuery's positional binding builds a placeholder
 *  name and a hash entry per value, which made the per-row cost of a sync pull several times
 *  that of SQLite itself). Resets the statement, releasing its read lock, when it goes out of
 *  scope. A statement already in use further up the stack gets a private copy. One Query can
 *  run many times: bind every parameter again, then exec() (a loop of inserts looks the
 *  statement up once). */
class Query final
{
public:
    Query(Database& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QVariant& value);
    Query& bind(const QString& value);
    Query& bind(const std::string& value);
    Query& bind(std::string_view value);
    Query& bind(const char* value);
    Query& bind(qint64 value);
    Query& bind(int value) { return bind(static_cast<qint64>(value)); }
    Query& bind(bool value) { return bind(static_cast<qint64>(value ? 1 : 0)); }
    Query& bind(double value);
    Query& bind(const std::optional<Date>& value);
    Query& bind(const Date& value);
    /** Binds text without copying it: for a member of the object being written, which must stay
     *  put while the Query is used (the statement forgets it when the Query goes). A temporary
     *  does not compile. Copying binds were a large part of a row's cost in a first sync. */
    Query& bindStable(const std::string& value);
    Query& bindStable(std::string&&) = delete;
    /** Binds text in static storage (an enum's name) without copying it. */
    Query& bindConstant(std::string_view value);
    /** Binds bytes as a BLOB (copied). */
    Query& bindBlob(std::string_view bytes);
    /** Binds an empty string as NULL (for optional references such as tag ids). */
    Query& bindOrNull(const std::string& value);
    /** Binds 0 as NULL (for optional times and references). */
    Query& bindOrNull(qint64 value);

    [[nodiscard]] StorageResult<void> exec();
    /** Moves to the next row of a SELECT; false at the end (or when a step failed: see error()). */
    bool next();
    /** Why the last next() stopped early, if it did. */
    const std::optional<StorageError>& error() const { return m_stepError; }

    /** The column as Qt would give it (qlonglong, double, QString, QByteArray or null); an
     *  invalid QVariant past the last column. */
    QVariant value(int column) const;
    QString text(int column) const;
    std::string str(int column) const;
    /** The column's bytes as stored (a BLOB or TEXT), valid until the next step. */
    std::string_view bytes(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool flag(int column) const { return int64(column) != 0; }
    bool isNull(int column) const;
    std::optional<Date> date(int column) const;
    int rowsAffected() const { return m_rowsAffected; }

private:
    bool hasColumn(int column) const { return m_onRow && column >= 0 && column < m_columns; }
    /** The index of the next parameter; the first bind after an exec() resets the statement. */
    int nextSlot();
    void bindResult(int rc);
    /** Text copied (SQLITE_TRANSIENT), or referred to where it is (SQLITE_STATIC). */
    Query& bindText(std::string_view value, bool inPlace);

    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool* m_busy = nullptr; ///< the cache's flag for a shared statement
    bool m_owned = false;   ///< a private statement (the cached one was busy), finalized here
    std::string m_prepareError;
    int m_bindIndex = 0;
    int m_bindError = 0;
    int m_columns = 0;
    bool m_pendingRow = false; ///< exec() stepped onto the first row; next() hands it out
    bool m_onRow = false;
    bool m_done = false;
    bool m_boundInPlace = false; ///< bindStable was used: the bindings are cleared at the end
    bool m_stepped = false;      ///< exec() ran: binding anew resets the statement first
    int m_rowsAffected = 0;
    std::optional<StorageError> m_stepError;
};

} // namespace petinfo::client
