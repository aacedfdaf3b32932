// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace petinfo {
class Clock;
}

namespace petinfo::client {

class DatabaseFile;
class MainWindow;
class PetService;
class Prompts;
class SecretStore;
class SyncController;

/** The app's life: open or create the database (keychain or passphrase), show the main window,
 *  make the daily automatic backup in the background, and restore a backup (which needs the
 *  window's connection closed, so the window is rebuilt afterwards). */
class AppController final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        QString serverUrl; ///< the sync server offered at sign-in (until one was used)
    };

    AppController(Options options, SecretStore& secrets, Prompts& prompts, const Clock& clock,
                  QObject* parent = nullptr);
    ~AppController() override;

    /** Opens the database and shows the window; false when the app should exit (the user was told
     *  why, or gave up). */
    bool start();
    MainWindow* window() const { return m_window.get(); }
    SyncController* sync() const { return m_sync.get(); }
    /** Runs the automatic backup check now (start() does it in the background). */
    void startAutomaticBackup();
    void waitForBackgroundWork();

private:
    bool openDatabase();
    bool offerRestoreAfter(const StorageError& error);
    void showWindow();
    void closeWindow();
    void restore(const QString& backupPath);
    bool runRestore(const QString& backupPath);
    /** After signing out with "remove the local copy": closes, wipes and starts on a new database. */
    void wipeAndStartOver();

    Options m_options;
    SecretStore& m_secrets;
    Prompts& m_prompts;
    const Clock& m_clock;
    std::shared_ptr<DatabaseFile> m_file;
    std::unique_ptr<PetService> m_service;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncController> m_sync;
    QFuture<QString> m_backup;
};

} // namespace petinfo::client
