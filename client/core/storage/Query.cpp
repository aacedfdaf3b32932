// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Query.h"

#include <sqlite3.h>

namespace petinfo::client {

Query::Query(Database& db, const QString& sql)
    : m_db(db)
{
    auto prepared = db.acquireStatement(sql);
    if (!prepared) {
        m_prepareError = prepared.error().detail;
        return;
    }
    m_stmt = prepared->statement;
    m_busy = prepared->busy;
    m_owned = prepared->owned;
}

Query::~Query()
{
    if (!m_stmt) {
        return;
    }
    sqlite3_reset(m_stmt);
    if (m_boundInPlace) {
        sqlite3_clear_bindings(m_stmt); // no pointer to the caller's text outlives it
    }
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else if (m_busy) {
        *m_busy = false;
    }
}

int Query::nextSlot()
{
    if (m_bindIndex == 0 && m_stepped && m_stmt) {
        // Executed before: the same Query binds the next row (SQLite binds only to a reset
        // statement).
        sqlite3_reset(m_stmt);
        m_stepped = false;
    }
    return ++m_bindIndex;
}

void Query::bindResult(int rc)
{
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK) {
        m_bindError = rc;
    }
}

Query& Query::bind(const QVariant& value)
{
    if (!m_stmt) {
        nextSlot();
        return *this;
    }
    if (value.isNull()) {
        bindResult(sqlite3_bind_null(m_stmt, nextSlot()));
        return *this;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Char:
        return bind(static_cast<qint64>(value.toLongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        bindResult(sqlite3_bind_blob64(m_stmt, nextSlot(), bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                       SQLITE_TRANSIENT));
        return *this;
    }
    default:
        return bind(value.toString());
    }
}

Query& Query::bind(const QString& value)
{
    nextSlot();
    if (m_stmt) {
        // Text even for a null QString (an empty one), as a QVariant holding it bound in Qt 6;
        // NULL is bind(QVariant()).
        static const char16_t empty = 0;
        const void* chars = value.isNull() ? static_cast<const void*>(&empty) : value.constData();
        bindResult(sqlite3_bind_text16(m_stmt, m_bindIndex, chars, static_cast<int>(value.size() * sizeof(QChar)),
                                       SQLITE_TRANSIENT));
    }
    return *this;
}

Query& Query::bind(const std::string& value)
{
    return bind(std::string_view(value));
}

Query& Query::bind(std::string_view value)
{
    return bindText(value, false);
}

Query& Query::bindStable(const std::string& value)
{
    m_boundInPlace = true;
    return bindText(value, true);
}

Query& Query::bindConstant(std::string_view value)
{
    return bindText(value, true);
}

Query& Query::bindText(std::string_view value, bool inPlace)
{
    nextSlot();
    if (m_stmt) {
        bindResult(sqlite3_bind_text(m_stmt, m_bindIndex, value.data(), static_cast<int>(value.size()),
                                     inPlace ? SQLITE_STATIC : SQLITE_TRANSIENT));
    }
    return *this;
}

Query& Query::bindBlob(std::string_view bytes)
{
    nextSlot();
    if (m_stmt) {
        bindResult(
            sqlite3_bind_blob(m_stmt, m_bindIndex, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT));
    }
    return *this;
}

Query& Query::bind(const char* value)
{
    return bind(std::string_view(value ? value : ""));
}

Query& Query::bind(qint64 value)
{
    nextSlot();
    if (m_stmt) {
        bindResult(sqlite3_bind_int64(m_stmt, m_bindIndex, value));
    }
    return *this;
}

Query& Query::bind(double value)
{
    nextSlot();
    if (m_stmt) {
        bindResult(sqlite3_bind_double(m_stmt, m_bindIndex, value));
    }
    return *this;
}

Query& Query::bind(const Date& value)
{
    char text[Date::kIsoCapacity];
    return bindText(std::string_view(text, value.writeIso(text)), false); // copied by SQLite
}

Query& Query::bind(const std::optional<Date>& value)
{
    return value ? bind(*value) : bind(QVariant());
}

Query& Query::bindOrNull(const std::string& value)
{
    return value.empty() ? bind(QVariant()) : bind(value);
}

Query& Query::bindOrNull(qint64 value)
{
    return value == 0 ? bind(QVariant()) : bind(value);
}

StorageResult<void> Query::exec()
{
    if (!m_stmt) {
        return fail(StorageErrc::Sql, "prepare: " + m_prepareError);
    }
    const int bound = m_bindIndex;
    const int bindError = m_bindError;
    m_bindIndex = 0;
    m_bindError = SQLITE_OK;
    m_pendingRow = m_onRow = m_done = false;
    m_rowsAffected = 0;
    m_stepError.reset();
    if (bindError != SQLITE_OK) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return fail(sqliteError(m_db.handle(), bindError, "bind"));
    }
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (bound != expected) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return fail(StorageErrc::Sql, "parameter count mismatch: " + std::to_string(bound) + " bound, " +
                                          std::to_string(expected) + " expected");
    }
    if (m_stepped) { // run again without new bindings (a statement without parameters)
        sqlite3_reset(m_stmt);
    }
    m_columns = sqlite3_column_count(m_stmt);
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_pendingRow = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
        m_rowsAffected = m_columns == 0 ? sqlite3_changes(m_db.handle()) : 0;
    } else {
        StorageError error = sqliteError(m_db.handle(), rc, "statement");
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return fail(std::move(error));
    }
    // Bindings stay until the next exec() binds anew: copies (SQLITE_TRANSIENT), or text bound in
    // place, which outlives the Query and is unbound when it goes.
    return {};
}

bool Query::next()
{
    if (!m_stmt) {
        return false;
    }
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    if (m_done) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        m_stepError = sqliteError(m_db.handle(), rc, "fetch");
    }
    sqlite3_reset(m_stmt);
    return false;
}

QVariant Query::value(int column) const
{
    if (!hasColumn(column)) {
        return {};
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_NULL:
        return {};
    default:
        return QVariant(text(column));
    }
}

QString Query::text(int column) const
{
    if (!hasColumn(column)) {
        return {};
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_TEXT: {
        const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, column));
    }
    case SQLITE_NULL:
        return {};
    default: // numbers print the way Qt prints them, as before
        return value(column).toString();
    }
}

std::string Query::str(int column) const
{
    if (!hasColumn(column)) {
        return {};
    }
    if (sqlite3_column_type(m_stmt, column) == SQLITE_TEXT) {
        const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return std::string(chars, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
    }
    return text(column).toStdString();
}

std::string_view Query::bytes(int column) const
{
    if (!hasColumn(column)) {
        return {};
    }
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string_view();
}

qint64 Query::int64(int column) const
{
    if (!hasColumn(column)) {
        return 0;
    }
    if (sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER) {
        return sqlite3_column_int64(m_stmt, column);
    }
    return value(column).toLongLong();
}

double Query::real(int column) const
{
    if (!hasColumn(column)) {
        return 0;
    }
    const int type = sqlite3_column_type(m_stmt, column);
    if (type == SQLITE_FLOAT || type == SQLITE_INTEGER) {
        return sqlite3_column_double(m_stmt, column);
    }
    return value(column).toDouble();
}

bool Query::isNull(int column) const
{
    return !hasColumn(column) || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<Date> Query::date(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return Date::fromIso(str(column));
}

} // namespace petinfo::client
