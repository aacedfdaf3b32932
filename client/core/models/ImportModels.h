// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvImport.h"

#include <QAbstractTableModel>

namespace petinfo::client {

/** The import dialog's mapping table: one row per CSV column with sample values and the field it
 *  feeds, which the user can change (EditRole on the ImportsAs column is the ImportField as int). */
class ImportMappingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CsvColumn,
        Example,
        ImportsAs,
        ColumnCount
    };
    enum Role
    {
        FieldRole = Qt::UserRole + 1, ///< ImportField as int, on every column
    };
    Q_ENUM(Column)

    explicit ImportMappingModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Shows a parsed file with a mapping (usually CsvImport::guessMapping's). */
    void setTable(const CsvTable& table, std::vector<ImportField> mapping);
    const std::vector<ImportField>& mapping() const { return m_mapping; }

Q_SIGNALS:
    void mappingChanged();

private:
    QStringList m_headers;
    QStringList m_examples;
    std::vector<ImportField> m_mapping;
};

/** The first rows of the file as they will be read, each column headed by the field it feeds. */
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 100;

    explicit CsvPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTable(const CsvTable& table);
    void setMapping(const std::vector<ImportField>& mapping);

private:
    QStringList m_headers;
    std::vector<QStringList> m_rows;
    std::vector<int> m_lines;
    std::vector<ImportField> m_mapping;
};

/** Every problem found in the file, row by row, before anything is written. */
class ImportIssueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Row,
        Line,
        CsvColumn,
        Severity,
        Problem,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1, ///< petinfo::Severity as int
    };
    Q_ENUM(Column)

    explicit ImportIssueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setIssues(std::vector<ImportIssue> issues);
    const std::vector<ImportIssue>& issues() const { return m_issues; }

private:
    std::vector<ImportIssue> m_issues;
};

} // namespace petinfo::client
