// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncAccount.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace petinfo {
class Clock;
}

namespace petinfo::client {

class ConflictLogDialog;
class DatabaseFile;
class MainWindow;
class PetService;
class Prompts;
class SecretStore;
class SignInDialog;

/** Sync as the app shows it: runs the background SyncEngine for the open database, and gives the
 *  window a Sync menu (Sync Now, Sign In, Sign Out, Conflict Log), the state and progress in the
 *  status bar, and a banner while offline or when the server wants a new sign-in. Local edits
 *  trigger a sync a moment later; rows that arrive from the server reload the views. */
class SyncController final : public QObject
{
    Q_OBJECT

public:
    SyncController(PetService& service, std::shared_ptr<DatabaseFile> file, SecretStore& secrets, const Clock& clock,
                   Prompts& prompts, QString defaultServerUrl, QObject* parent = nullptr);
    SyncController(PetService& service, std::shared_ptr<DatabaseFile> file, SecretStore& secrets, const Clock& clock,
                   Prompts& prompts, QString defaultServerUrl, SyncEngine::Timing timing, QObject* parent = nullptr);
    ~SyncController() override;

    /** Adds the Sync menu, the status bar items and the banner to the window, and starts syncing. */
    void attach(MainWindow* window);

    /** Opens the sign-in dialog (window-modal, non-blocking) and returns it. */
    SignInDialog* openSignIn();
    /** Opens the conflict log (non-blocking) and returns it. */
    ConflictLogDialog* openConflictLog();
    /** Asks, revokes the token and, if the user chooses, asks the app to remove the local copy. */
    void signOut();

    /** Blocking network calls for the sign-in dialog (a local event loop keeps the window painted). */
    Result<AccountInfo, AccountError> signIn(const QUrl& serverUrl, SigninRequest request);
    NetResult<void> signUp(const QUrl& serverUrl, const SignupRequest& request);

    std::optional<AccountInfo> account() const { return m_account; }
    SyncEngine& engine() { return *m_engine; }
    QString defaultServerUrl() const;

    QAction* syncNowAction() const { return m_syncNow; }
    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* conflictLogAction() const { return m_conflictLog; }
    QWidget* banner() const { return m_banner; }

Q_SIGNALS:
    void accountChanged();
    /** Signed out and the user chose to remove this computer's copy: the app closes the database
     *  and wipes it. */
    void wipeRequested();

private:
    void loadAccount();
    /** Tells the window's ReminderService how to reach the server as this account. */
    void connectReminders();
    /** Asks the server where its public tag pages live (Settings::Key::ServerPublicUrl). */
    void refreshServerInfo(const QUrl& serverUrl);
    void createActions();
    void showStatus(const SyncStatus& status);
    void updateStatusText();

    PetService& m_service;
    std::shared_ptr<DatabaseFile> m_file;
    SecretStore& m_secrets;
    const Clock& m_clock;
    Prompts& m_prompts;
    QString m_defaultServerUrl;
    std::unique_ptr<SyncEngine> m_engine;
    std::optional<AccountInfo> m_account;
    bool m_serverInfoFetched = false;
    SyncStatus m_status;
    qint64 m_statusAtMs = 0;
    /** Pushed rows whose tag waits for a claim, until Plan and Billing reads none waiting. */
    qint64 m_tagsWaiting = 0;

    QPointer<MainWindow> m_window;
    QAction* m_syncNow = nullptr;
    QAction* m_signIn = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_conflictLog = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerButton = nullptr;
    QTimer* m_ticker = nullptr;
};

/** "Synced 5 minutes ago", "Offline — next try in 40 s", ... for the status bar. */
QString syncStatusText(const SyncStatus& status, qint64 nowMs);

} // namespace petinfo::client
