// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ImportModels.h"

#include "services/ValidationText.h"

namespace petinfo::client {

namespace {

constexpr int kExampleRows = 3;

} // namespace

ImportMappingModel::ImportMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ImportMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

int ImportMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const ImportField field = m_mapping[row];
    if (role == FieldRole) {
        return static_cast<int>(field);
    }
    switch (static_cast<Column>(index.column())) {
    case CsvColumn:
        return role == Qt::DisplayRole ? m_headers.at(index.row()) : QVariant();
    case Example:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? m_examples.at(index.row()) : QVariant();
    case ImportsAs:
        if (role == Qt::DisplayRole) {
            return importFieldLabel(field);
        }
        return role == Qt::EditRole ? QVariant(static_cast<int>(field)) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != ImportsAs || role != Qt::EditRole) {
        return false;
    }
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < 0 || v >= kImportFieldCount) {
        return false;
    }
    const auto field = static_cast<ImportField>(v);
    const auto row = static_cast<std::size_t>(index.row());
    if (m_mapping[row] == field) {
        return true;
    }
    // A field is fed by one column only: another column mapped to it is ignored from now on.
    for (std::size_t i = 0; i < m_mapping.size(); ++i) {
        if (i != row && field != ImportField::Ignore && m_mapping[i] == field) {
            m_mapping[i] = ImportField::Ignore;
            const QModelIndex other = this->index(static_cast<int>(i), ImportsAs);
            Q_EMIT dataChanged(other, other);
        }
    }
    m_mapping[row] = field;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ImportsAs) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case CsvColumn:
        return tr("Column in the file");
    case Example:
        return tr("Example values");
    case ImportsAs:
        return tr("Imports as");
    case ColumnCount:
        break;
    }
    return {};
}

void ImportMappingModel::setTable(const CsvTable& table, std::vector<ImportField> mapping)
{
    beginResetModel();
    m_headers = table.headers;
    mapping.resize(static_cast<std::size_t>(m_headers.size()), ImportField::Ignore);
    m_mapping = std::move(mapping);
    m_examples.clear();
    for (qsizetype c = 0; c < m_headers.size(); ++c) {
        QStringList values;
        for (std::size_t r = 0; r < table.rows.size() && values.size() < kExampleRows; ++r) {
            const QString v = table.rows[r].value(c).simplified();
            if (!v.isEmpty()) {
                values << v;
            }
        }
        m_examples << values.join(QStringLiteral(", "));
    }
    endResetModel();
    Q_EMIT mappingChanged();
}

CsvPreviewModel::CsvPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    return m_rows[static_cast<std::size_t>(index.row())].value(index.column());
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Vertical) {
        return section >= 0 && section < rowCount() ? QVariant(m_lines[static_cast<std::size_t>(section)]) : QVariant();
    }
    if (section < 0 || section >= m_headers.size()) {
        return {};
    }
    const auto s = static_cast<std::size_t>(section);
    const ImportField field = s < m_mapping.size() ? m_mapping[s] : ImportField::Ignore;
    return tr("%1\n→ %2").arg(m_headers.at(section), importFieldLabel(field));
}

void CsvPreviewModel::setTable(const CsvTable& table)
{
    beginResetModel();
    m_headers = table.headers;
    const std::size_t n = std::min<std::size_t>(table.rows.size(), kMaxRows);
    m_rows.assign(table.rows.begin(), table.rows.begin() + static_cast<std::ptrdiff_t>(n));
    m_lines.assign(table.lineNumbers.begin(),
                   table.lineNumbers.begin() + static_cast<std::ptrdiff_t>(std::min(n, table.lineNumbers.size())));
    m_lines.resize(n, 0);
    endResetModel();
}

void CsvPreviewModel::setMapping(const std::vector<ImportField>& mapping)
{
    m_mapping = mapping;
    if (!m_headers.isEmpty()) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, static_cast<int>(m_headers.size()) - 1);
    }
}

ImportIssueModel::ImportIssueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ImportIssue& i = m_issues[static_cast<std::size_t>(index.row())];
    if (role == SeverityRole) {
        return static_cast<int>(i.issue.severity);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Row:
        return i.row;
    case Line:
        return i.line;
    case CsvColumn:
        return i.column;
    case Severity:
        return i.issue.severity == petinfo::Severity::Error ? tr("Error") : tr("Warning");
    case Problem:
        return describeIssue(i.issue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Row:
        return tr("Row");
    case Line:
        return tr("Line");
    case CsvColumn:
        return tr("Column");
    case Severity:
        return tr("Severity");
    case Problem:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

void ImportIssueModel::setIssues(std::vector<ImportIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

} // namespace petinfo::client
