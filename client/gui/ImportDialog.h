// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvImport.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

class QSplitter;

namespace petinfo::client {

class CsvPreviewModel;
class DatabaseFile;
class ImportIssueModel;
class ImportMappingModel;
class PetService;
class Prompts;

/** CSV import in three steps on one page: how the file's columns map to pet fields (guessed from
 *  English or Spanish headers, changeable), a check of every row with a per-row report of problems,
 *  and only then the import of the good rows in one transaction. Checking and importing run on a
 *  worker thread with progress; Cancel leaves the database unchanged. */
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(PetService& service, std::shared_ptr<const DatabaseFile> file, Prompts& prompts,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    /** Reads and parses the file, guesses the mapping and checks the rows. False (after telling
     *  the user) if the file cannot be read as CSV. */
    bool loadFile(const QString& path);
    /** Checks every row with the current mapping (writes nothing). */
    void checkRows();
    /** Writes the good rows; true when something was imported. */
    bool import();

    const ImportPreview& preview() const { return m_preview; }
    ImportMappingModel* mappingModel() const { return m_mapping; }

Q_SIGNALS:
    void imported(qint64 pets);

private:
    void mappingChanged();
    void updateState();
    void saveReport();

    PetService& m_service;
    std::shared_ptr<const DatabaseFile> m_file;
    Prompts& m_prompts;
    QString m_path;
    CsvTable m_table;
    ImportPreview m_preview;
    bool m_checked = false;

    ImportMappingModel* m_mapping;
    CsvPreviewModel* m_data;
    ImportIssueModel* m_issues;
    QLabel* m_fileLabel;
    QTableView* m_mappingView;
    QSplitter* m_columnsSplit = nullptr;
    QTableView* m_dataView;
    QPushButton* m_check;
    QLabel* m_summary;
    QTableView* m_issueView;
    QPushButton* m_saveReport;
    QCheckBox* m_skipInvalid;
    QPushButton* m_import;
};

} // namespace petinfo::client
