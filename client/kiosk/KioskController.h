// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/KioskConfig.h"
#include "kiosk/KioskWindow.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QString>

#include <memory>

namespace petinfo {
class Clock;
}

namespace petinfo::client {

class AdoptionFlow;
class Database;
class DatabaseFile;
class EnrolmentPage;
class Prompts;
class SecretStore;

/** The kiosk's life: open (or create) its own encrypted database, have an admin enrol it the first
 *  time, then lock the screen down and keep syncing in the background. */
class KioskController final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        QString serverUrl; ///< offered at enrolment
        KioskTiming timing;
        SyncEngine::Timing syncTiming;
        int pinIterations = 0;  ///< 0: kDefaultPinIterations (tests lower it)
        bool fullScreen = true; ///< tests may show the kiosk in a window of a chosen size
    };

    KioskController(Options options, SecretStore& secrets, Prompts& prompts, const Clock& clock,
                    QObject* parent = nullptr);
    ~KioskController() override;

    /** Opens the database and shows the enrolment or the kiosk; false when the kiosk should exit
     *  (the user was told why, or gave up). */
    bool start();

    KioskWindow* window() const { return m_window.get(); }
    EnrolmentPage* enrolment() const { return m_enrolment.get(); }
    SyncEngine* sync() const { return m_sync.get(); }
    AdoptionFlow* flow() const { return m_flow.get(); }
    Database& database() { return *m_db; }
    const std::shared_ptr<DatabaseFile>& file() const { return m_file; }

Q_SIGNALS:
    /** Staff left the kiosk with the PIN. */
    void finished();

private:
    bool openDatabase();
    void showKiosk();
    void refreshStatus(const SyncStatus& status);

    Options m_options;
    SecretStore& m_secrets;
    Prompts& m_prompts;
    const Clock& m_clock;
    std::shared_ptr<DatabaseFile> m_file;
    std::unique_ptr<Database> m_db;
    KioskConfig m_config;
    std::unique_ptr<EnrolmentPage> m_enrolment;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<KioskWindow> m_window;
    std::unique_ptr<AdoptionFlow> m_flow;
};

/** Where the kiosk keeps its database by default: next to the app's, as kiosk.db. */
QString defaultKioskDatabasePath();

/** The sync status in the staff page's words. */
QString kioskSyncText(const SyncStatus& status);

} // namespace petinfo::client
