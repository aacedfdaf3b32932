// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SyncController.h"

#include "billing/BillingService.h"
#include "gui/AdoptionActions.h"
#include "gui/BillingActions.h"
#include "gui/ConflictLogDialog.h"
#include "gui/MainWindow.h"
#include "gui/Prompts.h"
#include "gui/SignInDialog.h"
#include "models/DomainText.h"
#include "petinfo/common/Clock.h"
#include "services/AdoptionService.h"
#include "services/OrganisationService.h"
#include "services/PersonService.h"
#include "services/PetService.h"
#include "services/ReminderService.h"
#include "settings/Settings.h"
#include "storage/DatabaseFile.h"
#include "sync/ChangeTracker.h"
#include "sync/SyncStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace petinfo::client {

namespace {

const char* const kServerUrlKey = "sync/serverUrl";

QString secondsText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    if (seconds < 120) {
        return SyncController::tr("%n second(s)", nullptr, static_cast<int>(seconds));
    }
    return SyncController::tr("%n minute(s)", nullptr, static_cast<int>(seconds / 60));
}

} // namespace

QString syncStatusText(const SyncStatus& status, qint64 nowMs)
{
    QString text;
    switch (status.state) {
    case SyncStatus::State::SignedOut:
        return SyncController::tr("Not signed in: records stay on this computer");
    case SyncStatus::State::Idle:
        if (status.lastSyncedAtMs <= 0) {
            text = SyncController::tr("Signed in; not synced yet");
        } else {
            const qint64 ago = std::max<qint64>(0, nowMs - status.lastSyncedAtMs);
            if (ago < 60'000) {
                text = SyncController::tr("Synced just now");
            } else if (ago < 3'600'000) {
                text = SyncController::tr("Synced %n minute(s) ago", nullptr, static_cast<int>(ago / 60'000));
            } else {
                text = SyncController::tr("Last synced %1").arg(dateTimeText(status.lastSyncedAtMs));
            }
        }
        break;
    case SyncStatus::State::Syncing:
        text = SyncController::tr("Syncing…");
        break;
    case SyncStatus::State::Offline:
        text = SyncController::tr("Offline: next try in %1").arg(secondsText(status.nextAttemptInMs));
        break;
    case SyncStatus::State::NeedsSignIn:
        text = SyncController::tr("Sign in again to sync");
        break;
    case SyncStatus::State::Error:
        text = SyncController::tr("Sync failed: retrying in %1").arg(secondsText(status.nextAttemptInMs));
        break;
    }
    if (status.pendingChanges > 0 && status.state != SyncStatus::State::Syncing) {
        text += SyncController::tr(" · %n change(s) waiting", nullptr, static_cast<int>(status.pendingChanges));
    }
    return text;
}

SyncController::SyncController(PetService& service, std::shared_ptr<DatabaseFile> file, SecretStore& secrets,
                               const Clock& clock, Prompts& prompts, QString defaultServerUrl, QObject* parent)
    : SyncController(service, std::move(file), secrets, clock, prompts, std::move(defaultServerUrl),
                     SyncEngine::Timing{}, parent)
{}

SyncController::SyncController(PetService& service, std::shared_ptr<DatabaseFile> file, SecretStore& secrets,
                               const Clock& clock, Prompts& prompts, QString defaultServerUrl,
                               SyncEngine::Timing timing, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_file(std::move(file))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_prompts(prompts)
    , m_defaultServerUrl(std::move(defaultServerUrl))
    , m_engine(std::make_unique<SyncEngine>(m_file, secrets, clock, timing))
{
    loadAccount();
    // Every local write syncs a moment later (the engine waits for a pause in typing).
    auto changed = [this] {
        m_engine->localChange();
    };
    connect(&m_service, &PetService::petAdded, this, changed);
    connect(&m_service, &PetService::petChanged, this, changed);
    connect(&m_service, &PetService::petRemoved, this, changed);
    connect(&m_service, &PetService::healthChanged, this, changed);
    connect(&m_service, &PetService::weightsChanged, this, changed);
    connect(&m_service, &PetService::notesChanged, this, changed);
    connect(&m_service, &PetService::attachmentsChanged, this, changed);
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &SyncController::showStatus);
    connect(m_engine.get(), &SyncEngine::dataChanged, this, [this] { Q_EMIT m_service.reset(); });
    connect(m_engine.get(), &SyncEngine::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress) {
            return;
        }
        const bool known = total > 0 && total < std::numeric_limits<int>::max();
        m_progress->setRange(0, known ? static_cast<int>(total) : 0);
        if (known) {
            m_progress->setValue(static_cast<int>(std::min(done, total)));
        }
    });
}

SyncController::~SyncController() = default;

QString SyncController::defaultServerUrl() const
{
    if (m_account) {
        return m_account->serverUrl.toString();
    }
    const QString saved = QSettings().value(QLatin1String(kServerUrlKey)).toString();
    if (!saved.isEmpty()) {
        return saved;
    }
    return m_defaultServerUrl;
}

void SyncController::loadAccount()
{
    SyncAccount account(m_service.database(), m_secrets, m_file->meta().databaseId);
    auto info = account.info();
    m_account = info ? *info : std::nullopt;
    if (m_window) {
        connectReminders();
    }
}

void SyncController::connectReminders()
{
    if (!m_window) {
        return;
    }
    ReminderService& reminders = m_window->reminders();
    BillingService& billing = m_window->billingActions()->billing();
    if (!m_account) {
        reminders.setServer({}, {});
        m_window->adoptionActions()->organisation().setServer({}, {});
        m_window->people().setServer({});
        billing.setServer({}, {}, {}, {});
        return;
    }
    const QUrl serverUrl = m_account->serverUrl;
    auto factory = [this, serverUrl]() -> std::unique_ptr<SyncApi> {
        SyncAccount account(m_service.database(), m_secrets, m_file->meta().databaseId);
        auto token = account.token();
        if (!token || token->isEmpty()) {
            return nullptr;
        }
        auto api = std::make_unique<SyncApi>(serverUrl, 15000);
        api->setToken(*token);
        return api;
    };
    reminders.setServer(factory, m_account->role);
    m_window->adoptionActions()->organisation().setServer(factory, m_account->role);
    // Verifying a person's WhatsApp number asks the same server.
    m_window->people().setServer(factory);
    billing.setServer(factory, m_account->role, m_account->organisationName,
                      serverUrl.toString() + QLatin1Char(' ') + m_account->organisationId + QLatin1Char(' ') +
                          m_account->userEmail);
}

void SyncController::createActions()
{
    m_syncNow = new QAction(tr("Sync &Now"), m_window);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncNow->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_syncNow->setToolTip(tr("Send and receive changes now (Ctrl+Shift+S)"));
    m_signIn = new QAction(tr("Sign &In…"), m_window);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signOut = new QAction(tr("Sign &Out…"), m_window);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_conflictLog = new QAction(tr("&Conflict Log…"), m_window);
    m_conflictLog->setObjectName(QStringLiteral("conflictLogAction"));
    m_conflictLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_syncNow, &QAction::triggered, m_engine.get(), &SyncEngine::syncNow);
    connect(m_signIn, &QAction::triggered, this, &SyncController::openSignIn);
    connect(m_signOut, &QAction::triggered, this, &SyncController::signOut);
    connect(m_conflictLog, &QAction::triggered, this, &SyncController::openConflictLog);
}

void SyncController::attach(MainWindow* window)
{
    m_window = window;
    // A person's details edited on their page (they may have no pet to announce it).
    connect(&window->people(), &PersonService::personChanged, this, [this] { m_engine->localChange(); });
    connect(&window->people(), &PersonService::peopleChanged, this, [this] { m_engine->localChange(); });
    // Staff retried or cancelled a message: the server's answer comes back with the next pull.
    connect(&window->reminders(), &ReminderService::syncWanted, this, [this] { m_engine->syncNow(); });
    // Adoption records (intake, status, decisions) go out like every local change.
    connect(&window->adoption(), &AdoptionService::localChange, this, [this] { m_engine->localChange(); });
    connect(&window->people(), &PersonService::syncWanted, this, [this] { m_engine->syncNow(); });
    connect(this, &SyncController::accountChanged, this, &SyncController::connectReminders);
    connectReminders();
    createActions();
    auto* menu = new QMenu(tr("&Sync"), window);
    menu->setObjectName(QStringLiteral("syncMenu"));
    menu->addAction(m_syncNow);
    menu->addSeparator();
    menu->addAction(m_signIn);
    menu->addAction(m_signOut);
    menu->addSeparator();
    menu->addAction(m_conflictLog);
    // Before Help, which stays last.
    const QList<QAction*> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);

    m_progress = new QProgressBar(window);
    m_progress->setObjectName(QStringLiteral("syncProgressBar"));
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_statusLabel = new QLabel(window);
    m_statusLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_statusLabel);

    m_banner = new QFrame(window);
    m_banner->setObjectName(QStringLiteral("syncBanner"));
    m_banner->setAutoFillBackground(true);
    {
        // A calm, palette-derived strip that works in light and dark themes.
        QPalette p = m_banner->palette();
        p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
        p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
        m_banner->setPalette(p);
    }
    auto* layout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("syncBannerLabel"));
    m_bannerText->setWordWrap(true);
    m_bannerButton = new QPushButton(m_banner);
    m_bannerButton->setObjectName(QStringLiteral("syncBannerButton"));
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_bannerButton);
    connect(m_bannerButton, &QPushButton::clicked, this, [this] {
        if (m_status.state == SyncStatus::State::NeedsSignIn) {
            openSignIn();
        } else if (m_status.state == SyncStatus::State::Idle && m_tagsWaiting > 0 && m_window) {
            m_window->billingActions()->showBilling();
        } else {
            m_engine->syncNow();
        }
    });
    m_banner->hide();
    window->setBanner(m_banner);
    // The tags that waited are claimed once the organisation has bought claims: the notice goes
    // as soon as Plan and Billing reads none waiting.
    connect(&window->billingActions()->billing(), &BillingService::loaded, this, [this] {
        if (m_tagsWaiting > 0 && m_window && m_window->billingActions()->billing().status().tagClaims.waiting == 0) {
            m_tagsWaiting = 0;
            m_status.tagsWaiting = 0;
            showStatus(m_status);
        }
    });

    // The "5 minutes ago" and "next try in" texts age.
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SyncController::updateStatusText);
    m_ticker->start();

    m_status.state = m_account ? SyncStatus::State::Idle : SyncStatus::State::SignedOut;
    showStatus(m_status);
    m_engine->start();
}

void SyncController::showStatus(const SyncStatus& status)
{
    m_status = status;
    m_statusAtMs = m_clock.nowMs(); // "next try in" counts down from here
    if (!m_window) {
        return;
    }
    const bool signedIn = status.state != SyncStatus::State::SignedOut;
    if (signedIn != m_account.has_value()) {
        loadAccount();
    }
    m_syncNow->setEnabled(signedIn);
    m_signOut->setEnabled(m_account.has_value());
    m_signIn->setText(m_account ? tr("Sign In &Again…") : tr("Sign &In…"));
    if (status.state == SyncStatus::State::Idle && m_account && !m_serverInfoFetched) {
        refreshServerInfo(m_account->serverUrl); // once per run: the server may have been configured since
    }
    m_progress->setVisible(status.state == SyncStatus::State::Syncing);
    if (status.state == SyncStatus::State::Syncing) {
        m_progress->setRange(0, 0);
    }
    const QString server = m_account ? m_account->serverUrl.host() : QString();
    switch (status.state) {
    case SyncStatus::State::Offline:
        m_bannerText->setText(tr("<b>Offline.</b> Everything you enter is saved on this computer and will be sent "
                                 "when %1 can be reached again.")
                                  .arg(server.toHtmlEscaped()));
        m_bannerButton->setText(tr("&Retry Now"));
        m_banner->show();
        break;
    case SyncStatus::State::NeedsSignIn:
        m_bannerText->setText(tr("<b>The server no longer accepts this computer.</b> Your records are safe here; "
                                 "sign in again to keep syncing."));
        m_bannerButton->setText(tr("Sign &In…"));
        m_banner->show();
        break;
    case SyncStatus::State::Error:
        m_bannerText->setText(tr("<b>Sync failed.</b> Your records are safe on this computer; Pet Info keeps "
                                 "trying. (%1)")
                                  .arg(status.detail.toHtmlEscaped()));
        m_bannerButton->setText(tr("&Retry Now"));
        m_banner->show();
        break;
    case SyncStatus::State::Idle:
        if (status.tagsWaiting > 0) {
            m_tagsWaiting = status.tagsWaiting;
        }
        if (m_tagsWaiting > 0) {
            // The records are synced; only their tags are not active. Nothing typed is lost.
            m_bannerText->setText(tr("<b>%n pet tag(s) not active yet.</b> The pets are saved and synced, but the "
                                     "organisation has used its tag claims: their tags work as soon as more are "
                                     "bought.",
                                     nullptr, static_cast<int>(m_tagsWaiting)));
            m_bannerButton->setText(tr("Plan and &Billing…"));
            m_banner->show();
        } else {
            m_banner->hide();
        }
        break;
    default:
        m_banner->hide();
        break;
    }
    updateStatusText();
}

void SyncController::updateStatusText()
{
    if (!m_statusLabel) {
        return;
    }
    SyncStatus shown = m_status;
    shown.nextAttemptInMs = std::max<qint64>(0, m_status.nextAttemptInMs - (m_clock.nowMs() - m_statusAtMs));
    QString text = syncStatusText(shown, m_clock.nowMs());
    if (m_account && shown.state != SyncStatus::State::SignedOut) {
        text = tr("%1 (%2)").arg(text, m_account->organisationName);
    }
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(m_status.detail);
}

SignInDialog* SyncController::openSignIn()
{
    auto* dialog = new SignInDialog(*this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ConflictLogDialog* SyncController::openConflictLog()
{
    auto* dialog = new ConflictLogDialog(m_service, m_prompts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictLogDialog::valueRestored, m_engine.get(), &SyncEngine::localChange);
    dialog->open();
    return dialog;
}

Result<AccountInfo, AccountError> SyncController::signIn(const QUrl& serverUrl, SigninRequest request)
{
    SyncAccount account(m_service.database(), m_secrets, m_file->meta().databaseId);
    auto result = account.signIn(serverUrl, std::move(request));
    // Signing in turns change tracking on in this database; the window's tracker must see it.
    m_service.tracker().reload();
    if (result) {
        QSettings().setValue(QLatin1String(kServerUrlKey), serverUrl.toString());
        refreshServerInfo(serverUrl);
        m_account = *result;
        m_engine->accountChanged();
        m_engine->syncNow();
        Q_EMIT accountChanged();
    }
    return result;
}

void SyncController::refreshServerInfo(const QUrl& serverUrl)
{
    SyncApi api(serverUrl, 10000);
    if (auto info = api.serverInfo()) {
        // Kept even when it is a loopback guess: the tag dialog then says why it cannot print.
        Settings::instance().setValue(Settings::Key::ServerPublicUrl, info->publicBaseUrl);
        m_serverInfoFetched = true;
    }
}

NetResult<void> SyncController::signUp(const QUrl& serverUrl, const SignupRequest& request)
{
    SyncApi api(serverUrl);
    return api.signUp(request);
}

void SyncController::signOut()
{
    if (!m_account) {
        return;
    }
    const QString organisation = m_account->organisationName;
    if (!m_prompts.confirm(m_window, tr("Sign out"),
                           tr("Sign out of %1 on this computer? Syncing stops and the server forgets this "
                              "computer's access.")
                               .arg(organisation),
                           tr("Sign Out"))) {
        return;
    }
    auto pending = SyncStore(m_service.database()).outboxCount();
    QString wipeText = tr("Also remove the records from this computer? They stay on the server for %1, and "
                          "signing in again brings them back.")
                           .arg(organisation);
    if (pending && *pending > 0) {
        wipeText +=
            QStringLiteral("\n\n") + tr("%n change(s) made here have not reached the server yet and would be lost.",
                                        nullptr, static_cast<int>(*pending));
    }
    const bool wipe =
        m_prompts.confirm(m_window, tr("Remove the local copy?"), wipeText, tr("Remove from This Computer"));
    SyncAccount account(m_service.database(), m_secrets, m_file->meta().databaseId);
    if (auto r = account.signOut(); !r) {
        m_prompts.error(m_window, tr("Could not sign out"), describe(r.error().storage, m_file->path()));
        return;
    }
    m_account.reset();
    m_engine->accountChanged();
    Q_EMIT accountChanged();
    if (wipe) {
        Q_EMIT wipeRequested();
    }
}

} // namespace petinfo::client
