// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QWidget;

namespace petinfo::client {

class DatabaseFile;
class PetService;
class Prompts;

/** The File menu's data commands: CSV import (through ImportDialog), CSV and JSON export, backup
 *  now, and choosing a backup to restore. Export and backup run on a worker thread with their own
 *  database connection, with progress and Cancel. */
class DataTransfer final : public QObject
{
    Q_OBJECT

public:
    DataTransfer(PetService& service, std::shared_ptr<const DatabaseFile> file, Prompts& prompts, QWidget* window);

    /** Whether there is a database file to open worker connections on. */
    bool isAvailable() const { return m_file != nullptr; }

public Q_SLOTS:
    /** Opens the import dialog (non-blocking) after the user picked a file. */
    void importCsv();
    void exportCsv();
    void exportJson();
    void backupNow();
    void restoreBackup();

Q_SIGNALS:
    void restoreRequested(const QString& backupPath);
    /** A short result for the status bar. */
    void message(const QString& text);

private:
    void exportTo(bool json);

    PetService& m_service;
    std::shared_ptr<const DatabaseFile> m_file;
    Prompts& m_prompts;
    QWidget* m_window;
};

} // namespace petinfo::client
