// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/KioskController.h"

#include "gui/DatabaseOpener.h"
#include "gui/Prompts.h"
#include "kiosk/AdoptionFlow.h"
#include "kiosk/EnrolmentPage.h"
#include "kiosk/KioskGallerySync.h"
#include "storage/DatabaseFile.h"
#include "sync/SyncAccount.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace petinfo::client {

QString defaultKioskDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kiosk.db");
}

QString kioskSyncText(const SyncStatus& status)
{
    using State = SyncStatus::State;
    switch (status.state) {
    case State::SignedOut:
        return KioskController::tr("Not enrolled: nothing is sent.");
    case State::Idle:
        return KioskController::tr("Connected to the server.");
    case State::Syncing:
        return KioskController::tr("Sending…");
    case State::Offline:
        return KioskController::tr("No network: applications are kept safely on this kiosk and sent when the "
                                   "network is back.");
    case State::NeedsSignIn:
        return KioskController::tr("The server no longer accepts this kiosk: an administrator must enrol it "
                                   "again. Applications are kept until then.");
    case State::Error:
        return KioskController::tr("Sending failed; trying again soon. Applications are kept safely.");
    }
    return {};
}

KioskController::KioskController(Options options, SecretStore& secrets, Prompts& prompts, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_prompts(prompts)
    , m_clock(clock)
{}

KioskController::~KioskController()
{
    // The sync thread first: it holds its own connection to the file.
    m_sync.reset();
    m_flow.reset();
    m_window.reset();
    m_enrolment.reset();
    m_db.reset();
}

bool KioskController::start()
{
    if (!openDatabase()) {
        return false;
    }
    if (m_config.isEnrolled()) {
        showKiosk();
        return true;
    }
    m_enrolment = std::make_unique<EnrolmentPage>(m_file, m_secrets, m_options.serverUrl);
    m_enrolment->setPinIterations(m_options.pinIterations);
    connect(m_enrolment.get(), &EnrolmentPage::enrolled, this, [this] {
        auto config = KioskConfig::load(*m_db);
        if (!config || !config->isEnrolled()) {
            m_prompts.error(m_enrolment.get(), tr("The kiosk cannot start"),
                            config ? tr("The enrolment was not saved.") : describe(config.error()));
            return;
        }
        m_config = *config;
        // The kiosk first, so that there is always a window (closing the last one ends the app).
        showKiosk();
        m_enrolment->hide();
        m_enrolment.release()->deleteLater();
    });
    m_enrolment->resize(900, 640);
    m_enrolment->show();
    return true;
}

bool KioskController::openDatabase()
{
    const QString path = m_options.databasePath;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_prompts.error(nullptr, tr("The kiosk cannot start"),
                        tr("The folder for the database cannot be created: %1")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    DatabaseOpener opener(m_secrets, m_prompts);
    auto file = opener.open(path);
    if (!file) {
        if (file.error().code != StorageErrc::Cancelled) {
            m_prompts.error(nullptr, tr("The kiosk cannot start"), describe(file.error(), path),
                            QString::fromStdString(file.error().detail));
        }
        return false;
    }
    m_file = *file;
    auto db = m_file->connect();
    if (!db) {
        m_prompts.error(nullptr, tr("The kiosk cannot start"), describe(db.error(), path));
        return false;
    }
    m_db = std::move(*db);
    auto config = KioskConfig::load(*m_db);
    if (!config) {
        m_prompts.error(nullptr, tr("The kiosk cannot start"), describe(config.error(), path));
        return false;
    }
    m_config = *config;
    return true;
}

void KioskController::showKiosk()
{
    m_window = std::make_unique<KioskWindow>(m_config.pinHash, m_clock, m_options.timing);
    auto account = storedAccount(*m_db);
    QStringList title;
    if (account && account->has_value() && !(*account)->organisationName.isEmpty()) {
        title << (*account)->organisationName;
    }
    if (!m_config.eventName.isEmpty()) {
        title << m_config.eventName;
    }
    m_window->setTitle(title.join(QStringLiteral(" · ")));
    connect(m_window.get(), &KioskWindow::exitRequested, this, &KioskController::finished);
    m_flow = std::make_unique<AdoptionFlow>(*m_window, *m_db, m_clock, m_config.eventName);
    m_sync = std::make_unique<SyncEngine>(m_file, m_secrets, m_clock, m_options.syncTiming);
    // The kiosk pushes applications and fetches the adoption gallery: its role pulls nothing.
    m_sync->setFetchStage(fetchAdoptionGallery);
    connect(m_sync.get(), &SyncEngine::statusChanged, this, &KioskController::refreshStatus);
    connect(m_sync.get(), &SyncEngine::dataChanged, m_flow.get(), &AdoptionFlow::reload);
    connect(m_flow.get(), &AdoptionFlow::applicationStored, m_sync.get(), &SyncEngine::localChange);
    connect(m_window.get(), &KioskWindow::syncNowRequested, m_sync.get(), &SyncEngine::syncNow);
    m_sync->start();
    if (m_options.fullScreen) {
        m_window->lockDown();
    } else {
        m_window->show();
    }
}

void KioskController::refreshStatus(const SyncStatus& status)
{
    if (!m_window || !m_flow) {
        return;
    }
    // The outbox may hold other rows too (none today): count applications only.
    m_flow->refreshWaiting();
    m_window->setSyncText(kioskSyncText(status));
}

} // namespace petinfo::client
