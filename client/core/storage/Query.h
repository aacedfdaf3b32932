// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <string>

namespace petinfo::client {

/** One use of a cached prepared statement: bind positionally, execute, read typed columns.
 *  Releases the statement's read lock when it goes out of scope. */
class Query final
{
public:
    Query(Database& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QVariant& value);
    Query& bind(const QString& value) { return bind(QVariant(value)); }
    Query& bind(const std::string& value) { return bind(QVariant(QString::fromStdString(value))); }
    Query& bind(const char* value) { return bind(QVariant(QString::fromUtf8(value))); }
    Query& bind(qint64 value) { return bind(QVariant(value)); }
    Query& bind(int value) { return bind(QVariant(value)); }
    Query& bind(bool value) { return bind(QVariant(value ? 1 : 0)); }
    Query& bind(double value) { return bind(QVariant(value)); }
    Query& bind(const std::optional<Date>& value);
    Query& bind(const Date& value) { return bind(QVariant(QString::fromStdString(value.toIso()))); }
    /** Binds an empty string as NULL (for optional references such as tag ids). */
    Query& bindOrNull(const std::string& value);

    [[nodiscard]] StorageResult<void> exec();
    bool next() { return m_query && m_query->next(); }

    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    std::string str(int column) const { return m_query->value(column).toString().toStdString(); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    double real(int column) const { return m_query->value(column).toDouble(); }
    bool flag(int column) const { return m_query->value(column).toLongLong() != 0; }
    bool isNull(int column) const { return m_query->value(column).isNull(); }
    std::optional<Date> date(int column) const;
    int rowsAffected() const { return m_query ? m_query->numRowsAffected() : 0; }

private:
    QSqlQuery* m_query = nullptr;
    QString m_prepareError;
    int m_bindIndex = 0;
};

} // namespace petinfo::client
