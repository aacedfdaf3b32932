// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDriver>

struct sqlite3;

namespace petinfo::client {

/** A QSqlDriver over the SQLCipher C API, so the client keeps QSqlQuery without ever loading
 *  Qt's QSQLITE plugin (plain SQLite and SQLCipher in one process crash; see docs/storage.md).
 *  The driver adopts an already keyed and probed handle; it never opens files by name. */
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT

public:
    /** Takes ownership of `handle`, which is closed with the driver. */
    explicit SqlCipherDriver(sqlite3* handle, QObject* parent = nullptr);
    ~SqlCipherDriver() override;
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_handle; }

private:
    bool execSimple(const char* sql, QSqlError::ErrorType type, const QString& what);

    sqlite3* m_handle = nullptr;
};

/** Error text and native code of the last failure on a handle, as a QSqlError. */
QSqlError makeSqliteError(sqlite3* handle, int code, const QString& what, QSqlError::ErrorType type);

} // namespace petinfo::client
