// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Query.h"

#include <QSqlError>

namespace petinfo::client {

Query::Query(Database& db, const QString& sql)
    : m_query(db.prepared(sql, &m_prepareError))
{}

Query::~Query()
{
    if (m_query) {
        m_query->finish();
    }
}

Query& Query::bind(const QVariant& value)
{
    if (m_query) {
        m_query->bindValue(m_bindIndex, value);
    }
    ++m_bindIndex;
    return *this;
}

Query& Query::bind(const std::optional<Date>& value)
{
    return value ? bind(*value) : bind(QVariant());
}

Query& Query::bindOrNull(const std::string& value)
{
    return value.empty() ? bind(QVariant()) : bind(value);
}

StorageResult<void> Query::exec()
{
    if (!m_query) {
        return fail(StorageErrc::Sql, "prepare: " + m_prepareError.toStdString());
    }
    m_bindIndex = 0;
    if (!m_query->exec()) {
        return fail(toStorageError(m_query->lastError()));
    }
    return {};
}

std::optional<Date> Query::date(int column) const
{
    const QVariant v = m_query->value(column);
    if (v.isNull()) {
        return std::nullopt;
    }
    return Date::fromIso(v.toString().toStdString());
}

} // namespace petinfo::client
