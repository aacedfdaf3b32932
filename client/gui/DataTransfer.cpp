// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DataTransfer.h"

#include "gui/ImportDialog.h"
#include "gui/ProgressRunner.h"
#include "gui/Prompts.h"
#include "io/Backup.h"
#include "io/Export.h"
#include "models/DomainText.h"
#include "services/PetService.h"
#include "storage/BackupPaths.h"
#include "storage/DatabaseFile.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QWidget>

namespace petinfo::client {

DataTransfer::DataTransfer(PetService& service, std::shared_ptr<const DatabaseFile> file, Prompts& prompts,
                           QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_file(std::move(file))
    , m_prompts(prompts)
    , m_window(window)
{}

void DataTransfer::importCsv()
{
    if (!m_file) {
        return;
    }
    const QString path =
        m_prompts.openFile(m_window, tr("Import pets from CSV"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    auto* dialog = new ImportDialog(m_service, m_file, m_prompts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadFile(path)) {
        dialog->deleteLater();
        return;
    }
    connect(dialog, &ImportDialog::imported, this,
            [this](qint64 pets) { Q_EMIT message(tr("Imported %n pet(s).", nullptr, static_cast<int>(pets))); });
    dialog->open();
}

void DataTransfer::exportCsv()
{
    exportTo(false);
}

void DataTransfer::exportJson()
{
    exportTo(true);
}

void DataTransfer::exportTo(bool json)
{
    if (!m_file) {
        return;
    }
    const QString stamp = QDate::currentDate().toString(Qt::ISODate);
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        (json ? QStringLiteral("/petinfo-%1.json") : QStringLiteral("/petinfo-pets-%1.csv")).arg(stamp);
    const QString path = m_prompts.saveFile(m_window, json ? tr("Export everything as JSON") : tr("Export pets as CSV"),
                                            suggested, json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const std::shared_ptr<const DatabaseFile> file = m_file;
    const Clock& clock = m_service.clock();
    auto written = ProgressRunner::call<StorageResult<qint64>>(
        m_window, tr("Exporting…"), [&](const ProgressFn& progress) -> StorageResult<qint64> {
            // A connection and service of the worker thread's own.
            auto connection = file->connect();
            if (!connection) {
                return fail(connection.error());
            }
            PetService worker(std::move(*connection), clock);
            return json ? Export::fullJson(worker, path, true, progress) : Export::petsCsv(worker, path, progress);
        });
    if (!written) {
        if (written.error().code != StorageErrc::Cancelled) {
            m_prompts.error(m_window, tr("Export failed"), describe(written.error(), file->path()));
        }
        return;
    }
    Q_EMIT message(
        tr("Exported %n pet(s) to %1.", nullptr, static_cast<int>(*written)).arg(QDir::toNativeSeparators(path)));
}

void DataTransfer::backupNow()
{
    if (!m_file) {
        return;
    }
    const QString suggested = backupDirFor(m_file->path()) + QStringLiteral("/manual-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                              QLatin1String(Backup::kSuffix);
    const QString path = m_prompts.saveFile(m_window, tr("Back up to"), suggested,
                                            tr("Pet Info backups (*%1)").arg(QLatin1String(Backup::kSuffix)));
    if (path.isEmpty()) {
        return;
    }
    // A backup that leaves this computer should have its own passphrase; one kept here shares the
    // database key. The dialog offers both.
    std::optional<SecureBytes> chosen =
        m_prompts.passphrase(m_window, {PassphraseRequest::Kind::BackupOptional, path, {}});
    if (!chosen) {
        return;
    }
    const std::optional<SecureBytes> passphrase =
        chosen->isEmpty() ? std::nullopt : std::optional<SecureBytes>(std::move(*chosen));
    const std::shared_ptr<const DatabaseFile> file = m_file;
    const Clock& clock = m_service.clock();
    auto made =
        ProgressRunner::call<StorageResult<BackupInfo>>(m_window, tr("Backing up…"), [&](const ProgressFn& progress) {
            return Backup::create(*file, path, clock, passphrase ? &*passphrase : nullptr, kDefaultPassphraseIterations,
                                  progress);
        });
    if (!made) {
        if (made.error().code != StorageErrc::Cancelled) {
            m_prompts.error(m_window, tr("Backup failed"), describe(made.error(), file->path()));
        }
        return;
    }
    Q_EMIT message(tr("Backup saved to %1 (%2).").arg(QDir::toNativeSeparators(made->path), sizeText(made->size)));
}

void DataTransfer::restoreBackup()
{
    if (!m_file) {
        return;
    }
    const QString path =
        m_prompts.openFile(m_window, tr("Restore a backup"),
                           tr("Pet Info backups (*%1);;All files (*)").arg(QLatin1String(Backup::kSuffix)));
    if (path.isEmpty()) {
        return;
    }
    auto info = Backup::inspect(path);
    if (!info) {
        m_prompts.error(m_window, tr("Cannot restore this backup"), describe(info.error(), m_file->path()));
        return;
    }
    const QString when = dateTimeText(info->createdAtMs);
    if (!m_prompts.confirm(m_window, tr("Restore backup"),
                           tr("Replace the current records with the backup from %1?\n\nThe current database is "
                              "kept as a backup first, so this can be reversed.")
                               .arg(when),
                           tr("Restore"))) {
        return;
    }
    Q_EMIT restoreRequested(path);
}

} // namespace petinfo::client
