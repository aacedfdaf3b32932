// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>

#include <sqlite3.h>

#include <vector>

namespace petinfo::client {

namespace {

QMetaType metaTypeForDecl(const char* decl)
{
    if (!decl) {
        return QMetaType::fromType<QString>();
    }
    const QByteArray d = QByteArray(decl).toUpper();
    if (d.contains("INT")) {
        return QMetaType::fromType<qlonglong>();
    }
    if (d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB") || d.contains("NUMERIC")) {
        return QMetaType::fromType<double>();
    }
    if (d.contains("BLOB")) {
        return QMetaType::fromType<QByteArray>();
    }
    return QMetaType::fromType<QString>();
}

/** One prepared statement. Rows are read step by step; unless the query is forward-only, rows
 *  already read are kept so that QSqlQuery::seek() backwards works. */
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver)
        : QSqlResult(driver)
        , m_db(driver->connection())
    {}
    ~SqlCipherResult() override { finalize(); }
    Q_DISABLE_COPY_MOVE(SqlCipherResult)

protected:
    QVariant handle() const override { return QVariant::fromValue(static_cast<void*>(m_stmt)); }

    bool reset(const QString& query) override
    {
        if (!prepare(query)) {
            return false;
        }
        return exec();
    }

    bool prepare(const QString& query) override
    {
        finalize();
        clearRows();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        if (!m_db) {
            setLastError(QSqlError(QStringLiteral("No connection"), {}, QSqlError::ConnectionError));
            return false;
        }
        const void* tail = nullptr;
        const int rc = sqlite3_prepare16_v2(m_db, query.constData(), static_cast<int>(query.size() * sizeof(QChar)),
                                            &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(
                makeSqliteError(m_db, rc, QStringLiteral("Unable to prepare statement"), QSqlError::StatementError));
            finalize();
            return false;
        }
        if (tail && !QStringView(static_cast<const QChar*>(tail),
                                 query.constData() + query.size() - static_cast<const QChar*>(tail))
                         .trimmed()
                         .isEmpty()) {
            setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                                   QStringLiteral("only one statement per query"), QSqlError::StatementError));
            finalize();
            return false;
        }
        return true;
    }

    bool exec() override
    {
        if (!m_stmt) {
            setLastError(QSqlError(QStringLiteral("Not prepared"), {}, QSqlError::StatementError));
            return false;
        }
        clearRows();
        setAt(QSql::BeforeFirstRow);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        const QVariantList values = boundValues();
        const int expected = sqlite3_bind_parameter_count(m_stmt);
        if (values.size() != expected) {
            setLastError(QSqlError(QStringLiteral("Parameter count mismatch"),
                                   QStringLiteral("%1 bound, %2 expected").arg(values.size()).arg(expected),
                                   QSqlError::StatementError));
            setActive(false);
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            const int rc = bindValue(i + 1, values.at(i));
            if (rc != SQLITE_OK) {
                setLastError(
                    makeSqliteError(m_db, rc, QStringLiteral("Unable to bind parameters"), QSqlError::StatementError));
                setActive(false);
                return false;
            }
        }
        m_columns = sqlite3_column_count(m_stmt);
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_pendingRow = true;
        } else if (rc == SQLITE_DONE) {
            m_done = true;
            m_rowsAffected = m_columns == 0 ? sqlite3_changes(m_db) : 0;
            m_lastInsertId = sqlite3_last_insert_rowid(m_db);
            sqlite3_reset(m_stmt);
        } else {
            setLastError(
                makeSqliteError(m_db, rc, QStringLiteral("Unable to execute statement"), QSqlError::StatementError));
            sqlite3_reset(m_stmt);
            setActive(false);
            return false;
        }
        setSelect(m_columns > 0);
        setActive(true);
        return true;
    }

    bool fetchNext() override
    {
        if (!readNextRow()) {
            return false;
        }
        setAt(at() < 0 ? 0 : at() + 1);
        return true;
    }

    bool fetch(int index) override
    {
        if (index < 0) {
            return false;
        }
        if (index == at()) {
            return true;
        }
        if (!isForwardOnly() && index < static_cast<int>(m_cache.size())) {
            m_row = m_cache[static_cast<std::size_t>(index)];
            setAt(index);
            return true;
        }
        if (index < at()) {
            return false;
        }
        while (at() < index) {
            if (!fetchNext()) {
                return false;
            }
        }
        return true;
    }

    bool fetchFirst() override
    {
        if (at() == QSql::BeforeFirstRow) {
            return fetchNext();
        }
        return fetch(0);
    }

    bool fetchLast() override
    {
        QVariantList last = m_row;
        int lastAt = at();
        while (readNextRow()) {
            last = m_row;
            lastAt = lastAt < 0 ? 0 : lastAt + 1;
        }
        if (lastAt < 0) {
            return false;
        }
        m_row = last;
        setAt(lastAt);
        return true;
    }

    QVariant data(int field) override { return field >= 0 && field < m_row.size() ? m_row.at(field) : QVariant(); }
    bool isNull(int field) override { return data(field).isNull(); }
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QVariant lastInsertId() const override { return m_lastInsertId; }

    QSqlRecord record() const override
    {
        QSqlRecord rec;
        if (!m_stmt) {
            return rec;
        }
        for (int i = 0; i < m_columns; ++i) {
            const auto* name = static_cast<const QChar*>(sqlite3_column_name16(m_stmt, i));
            QSqlField field(name ? QString(name) : QString(), metaTypeForDecl(sqlite3_column_decltype(m_stmt, i)));
            rec.append(field);
        }
        return rec;
    }

    void detachFromResultSet() override
    {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
        }
    }

private:
    int bindValue(int index, const QVariant& value)
    {
        if (value.isNull()) {
            return sqlite3_bind_null(m_stmt, index);
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
            return sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_stmt, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                       SQLITE_TRANSIENT);
        }
        default: {
            const QString text = value.toString();
            return sqlite3_bind_text16(m_stmt, index, text.constData(), static_cast<int>(text.size() * sizeof(QChar)),
                                       SQLITE_TRANSIENT);
        }
        }
    }

    /** Reads the next row into m_row without moving at(); false at the end or on error. */
    bool readNextRow()
    {
        if (!m_stmt || !isActive()) {
            return false;
        }
        if (!m_pendingRow) {
            if (m_done) {
                return false;
            }
            const int rc = sqlite3_step(m_stmt);
            if (rc == SQLITE_DONE) {
                m_done = true;
                sqlite3_reset(m_stmt);
                return false;
            }
            if (rc != SQLITE_ROW) {
                setLastError(
                    makeSqliteError(m_db, rc, QStringLiteral("Unable to fetch row"), QSqlError::StatementError));
                m_done = true;
                sqlite3_reset(m_stmt);
                return false;
            }
        }
        m_pendingRow = false;
        m_row.resize(m_columns);
        for (int i = 0; i < m_columns; ++i) {
            m_row[i] = columnValue(i);
        }
        if (!isForwardOnly()) {
            m_cache.push_back(m_row);
        }
        return true;
    }

    QVariant columnValue(int i) const
    {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, i)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_stmt, i));
        case SQLITE_BLOB: {
            const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
            return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, i)));
        }
        case SQLITE_NULL:
            return QVariant();
        default: {
            const auto* text = static_cast<const QChar*>(sqlite3_column_text16(m_stmt, i));
            const int bytes = sqlite3_column_bytes16(m_stmt, i);
            return QVariant(QString(text, bytes / static_cast<int>(sizeof(QChar))));
        }
        }
    }

    void clearRows()
    {
        m_cache.clear();
        m_row.clear();
        m_pendingRow = false;
        m_done = false;
        m_rowsAffected = -1;
        m_lastInsertId = QVariant();
    }

    void finalize()
    {
        if (m_stmt) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
        m_columns = 0;
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_columns = 0;
    bool m_pendingRow = false;
    bool m_done = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
    QVariantList m_row;
    std::vector<QVariantList> m_cache;
};

} // namespace

QSqlError makeSqliteError(sqlite3* handle, int code, const QString& what, QSqlError::ErrorType type)
{
    const int extended = handle ? sqlite3_extended_errcode(handle) : code;
    const QString message =
        handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, message, type, QString::number(extended));
}

SqlCipherDriver::SqlCipherDriver(sqlite3* handle, QObject* parent)
    : QSqlDriver(parent)
    , m_handle(handle)
{
    if (m_handle) {
        setOpen(true);
        setOpenError(false);
    }
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case SimpleLocking:
    case FinishQuery:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::open(const QString&, const QString&, const QString&, const QString&, int, const QString&)
{
    if (m_handle) {
        setOpen(true);
        return true;
    }
    setLastError(QSqlError(QStringLiteral("Unable to open database"),
                           QStringLiteral("the encrypted driver only adopts keyed handles"),
                           QSqlError::ConnectionError));
    setOpenError(true);
    return false;
}

void SqlCipherDriver::close()
{
    if (m_handle) {
        // v2 defers the close until every statement still held by a QSqlQuery is finalized.
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
    setOpen(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type, const QString& what)
{
    if (!m_handle) {
        return false;
    }
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeSqliteError(m_handle, rc, what, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way with BUSY
    // when another connection writes.
    return execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError, QStringLiteral("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QSqlError::TransactionError, QStringLiteral("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QSqlError::TransactionError, QStringLiteral("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_handle) {
        return names;
    }
    QString sql;
    if (type & QSql::Tables) {
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    }
    if (type & QSql::Views) {
        sql += QString(sql.isEmpty() ? "" : " UNION ALL ") +
               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view'");
    }
    if (type & QSql::SystemTables) {
        names << QStringLiteral("sqlite_master");
    }
    if (sql.isEmpty()) {
        return names;
    }
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(sql)) {
        while (query.next()) {
            names << query.value(0).toString();
        }
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)))) {
        while (query.next()) {
            rec.append(QSqlField(query.value(1).toString(), metaTypeForDecl(query.value(2).toByteArray().constData())));
        }
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)))) {
        while (query.next()) {
            if (query.value(5).toInt() > 0) {
                index.append(
                    QSqlField(query.value(1).toString(), metaTypeForDecl(query.value(2).toByteArray().constData())));
            }
        }
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_handle));
}

} // namespace petinfo::client
