// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AppController.h"

#include "gui/DatabaseOpener.h"
#include "gui/MainWindow.h"
#include "gui/ProgressRunner.h"
#include "gui/Prompts.h"
#include "gui/SyncController.h"
#include "io/Backup.h"
#include "models/DomainText.h"
#include "services/PetService.h"
#include "storage/BackupPaths.h"
#include "storage/DatabaseFile.h"
#include "sync/SyncAccount.h"

#include "models/PhoneText.h"
#include "settings/Settings.h"
#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QStatusBar>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcApp, "petinfo.client.app")

namespace petinfo::client {

AppController::AppController(Options options, SecretStore& secrets, Prompts& prompts, const Clock& clock,
                             QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_prompts(prompts)
    , m_clock(clock)
{
    if (!m_options.serverUrl.isEmpty()) {
        qCInfo(lcApp) << "sync server offered at sign-in:" << m_options.serverUrl;
    }
}

AppController::~AppController()
{
    waitForBackgroundWork();
    closeWindow();
}

bool AppController::start()
{
    if (!openDatabase()) {
        return false;
    }
    showWindow();
    startAutomaticBackup();
    return true;
}

bool AppController::openDatabase()
{
    const QString path = m_options.databasePath;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_prompts.error(nullptr, tr("Pet Info cannot start"),
                        tr("The folder for the database cannot be created: %1")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    for (;;) {
        DatabaseOpener opener(m_secrets, m_prompts);
        auto file = opener.open(path);
        if (file) {
            m_file = *file;
            break;
        }
        if (file.error().code == StorageErrc::Cancelled) {
            return false;
        }
        if (!offerRestoreAfter(file.error())) {
            return false;
        }
    }
    auto connection = m_file->connect();
    if (!connection) {
        m_prompts.error(nullptr, tr("Pet Info cannot start"), describe(connection.error(), path));
        return false;
    }
    m_service = std::make_unique<PetService>(std::move(*connection), m_clock);
    setPhoneRegion(Settings::instance().country());
    return true;
}

bool AppController::offerRestoreAfter(const StorageError& error)
{
    const QString path = m_options.databasePath;
    const bool damaged = error.code == StorageErrc::Damaged || error.code == StorageErrc::MetaMissing ||
                         error.code == StorageErrc::MetaInvalid;
    const std::vector<BackupInfo> backups = damaged ? Backup::list(backupDirFor(path)) : std::vector<BackupInfo>();
    const auto usable = std::find_if(backups.begin(), backups.end(), [](const BackupInfo& b) { return b.size > 0; });
    if (usable == backups.end()) {
        m_prompts.error(nullptr, tr("Pet Info cannot open your records"), describe(error, path),
                        QString::fromStdString(error.detail));
        return false;
    }
    if (!m_prompts.confirm(nullptr, tr("Pet Info cannot open your records"),
                           describe(error, path) + QStringLiteral("\n\n") +
                               tr("Restore the newest automatic backup, from %1? The damaged file is kept aside.")
                                   .arg(dateTimeText(usable->createdAtMs)),
                           tr("Restore Backup"))) {
        return false;
    }
    return runRestore(usable->path);
}

void AppController::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_service, m_file, m_prompts);
    connect(m_window.get(), &MainWindow::restoreRequested, this, &AppController::restore, Qt::QueuedConnection);
    m_sync = std::make_unique<SyncController>(*m_service, m_file, m_secrets, m_clock, m_prompts, m_options.serverUrl);
    connect(m_sync.get(), &SyncController::wipeRequested, this, &AppController::wipeAndStartOver, Qt::QueuedConnection);
    m_sync->attach(m_window.get());
    m_window->show();
}

void AppController::closeWindow()
{
    // The sync thread first: it holds its own connection to the file.
    m_sync.reset();
    m_window.reset();
    m_service.reset();
}

void AppController::wipeAndStartOver()
{
    waitForBackgroundWork();
    closeWindow();
    m_file.reset();
    if (auto r = wipeLocalCopy(m_options.databasePath, m_secrets); !r) {
        m_prompts.error(nullptr, tr("The local copy was not fully removed"),
                        describe(r.error(), m_options.databasePath));
    }
    if (!openDatabase()) {
        QApplication::quit();
        return;
    }
    showWindow();
    m_window->statusBar()->showMessage(tr("Signed out; the records were removed from this computer."), 10000);
}

void AppController::startAutomaticBackup()
{
    if (!m_file || m_backup.isRunning()) {
        return;
    }
    // The worker keeps its own reference to the file and reports one line for the status bar.
    const std::shared_ptr<const DatabaseFile> file = m_file;
    const Clock& clock = m_clock;
    m_backup = QtConcurrent::run([file, &clock]() -> QString {
        auto made = Backup::runAutomatic(*file, clock);
        if (!made) {
            return tr("The automatic backup failed: %1").arg(describe(made.error(), file->path()));
        }
        return made->has_value() ? tr("Automatic backup saved: %1").arg(QDir::toNativeSeparators((*made)->path))
                                 : QString();
    });
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString message = watcher->result();
        if (m_window && !message.isEmpty()) {
            m_window->statusBar()->showMessage(message, 10000);
        }
        watcher->deleteLater();
    });
    watcher->setFuture(m_backup);
}

void AppController::waitForBackgroundWork()
{
    m_backup.waitForFinished();
}

void AppController::restore(const QString& backupPath)
{
    waitForBackgroundWork();
    closeWindow();
    const bool restored = runRestore(backupPath);
    // Reopen what is there now: the restored database, or the untouched one after a failure.
    m_file.reset();
    if (!openDatabase()) {
        QApplication::quit();
        return;
    }
    showWindow();
    if (restored) {
        m_window->statusBar()->showMessage(tr("Backup restored."), 8000);
    }
}

bool AppController::runRestore(const QString& backupPath)
{
    const QString path = m_options.databasePath;
    auto info = Backup::inspect(backupPath);
    if (!info) {
        m_prompts.error(nullptr, tr("Cannot restore this backup"), describe(info.error(), path));
        return false;
    }
    std::optional<SecureBytes> passphrase;
    QString problem;
    for (;;) {
        if (info->meta.keySource == KeySource::Passphrase) {
            passphrase = m_prompts.passphrase(nullptr, {PassphraseRequest::Kind::UnlockBackup, backupPath, problem});
            if (!passphrase) {
                return false;
            }
        }
        auto kept = ProgressRunner::call<StorageResult<QString>>(
            nullptr, tr("Restoring the backup…"), [&](const ProgressFn& progress) {
                return Backup::restore(backupPath, path, m_secrets, m_clock, passphrase ? &*passphrase : nullptr,
                                       progress);
            });
        if (kept) {
            if (!kept->isEmpty()) {
                m_prompts.information(nullptr, tr("Backup restored"),
                                      tr("The backup was restored. The records you had before were kept at %1.")
                                          .arg(QDir::toNativeSeparators(*kept)));
            }
            return true;
        }
        if (kept.error().code == StorageErrc::WrongKey && passphrase) {
            problem = tr("That passphrase does not open this backup. Try again.");
            continue;
        }
        if (kept.error().code != StorageErrc::Cancelled) {
            m_prompts.error(nullptr, tr("The backup was not restored"), describe(kept.error(), path));
        }
        return false;
    }
}

} // namespace petinfo::client
