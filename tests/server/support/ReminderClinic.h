// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "support/FakeWhatsApp.h"
#include "support/ServerProcess.h"
#include "support/SyncDevice.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace petinfo::test {

/** A clinic on a real server whose clock is a file the test moves (debug.clockFile), with
 *  WhatsApp pointed at a local fake of the Cloud API: pets, owners and records go in through
 *  sync pushes, reminders and messages come back through pulls. */
class ReminderClinic
{
public:
    /** The server's time zone for the clinic: UTC-3 all year, no daylight saving. */
    static constexpr const char* kZone = "America/Argentina/Buenos_Aires";

    /** `start`: the server's time at start-up. `extra` config keys go over the defaults. */
    ReminderClinic(Backend backend, std::int64_t startMs, std::map<std::string, std::string> extra = {},
                   const std::string& sharedDatabaseUrl = {});
    ~ReminderClinic();

    /** The next Monday at least two days from now, at `hour`:00 in kZone, in ms since the epoch
     *  (device clocks stay behind the server's, as the clock-skew check wants). */
    static std::int64_t nextMondayAt(int hour);
    /** A local date of kZone at an instant. */
    static Date localDate(std::int64_t ms);

    ServerProcess& server() { return *m_server; }
    FakeWhatsApp& fake() { return *m_fake; }
    SyncDevice& device() { return *m_device; }
    const Account& admin() const { return m_admin; }
    std::int64_t now() const { return m_now; }
    /** Moves the server's clock (and waits a little for the job runner to look). */
    void setTime(std::int64_t ms, int settleMs = 300);
    void advance(std::int64_t ms, int settleMs = 300) { setTime(m_now + ms, settleMs); }

    /** PUT /api/v1/reminder-settings with the defaults of this fixture over `changes`. */
    HttpResponse saveSettings(const nlohmann::json& changes = nlohmann::json::object());
    static nlohmann::json defaultSettings();

    std::string addPerson(const std::string& name, const std::string& phone, bool optIn, const std::string& language);
    std::string addPet(const std::string& name, const std::vector<std::pair<std::string, std::string>>& contacts,
                       const std::string& status = "owned");
    std::string addRecord(const std::string& petId, const std::string& product, const Date& date,
                          const std::optional<Date>& nextDue, const std::string& kind = "vaccine");

    /** Every live row of a type after a full pull. */
    std::vector<sync::SyncRow> rows(sync::EntityType type);
    std::vector<sync::SyncRow> rowsWhere(sync::EntityType type, const std::string& field, const std::string& value);
    /** Polls (pulling) until `done` holds; false after `timeoutMs`. */
    bool waitFor(const std::function<bool()>& done, int timeoutMs = 15000);

    /** Restarts the server process on the same data (SIGKILL when `kill`). */
    void restart(bool kill);
    /** Another server process on the same PostgreSQL database, clock and fake. */
    std::unique_ptr<ServerProcess> replica();

private:
    ServerOptions options() const;
    void startServer();

    Backend m_backend;
    std::map<std::string, std::string> m_extra;
    std::unique_ptr<FakeWhatsApp> m_fake;
    std::string m_dir;
    std::string m_clockFile;
    std::int64_t m_now = 0;
    std::string m_databaseUrl;
    std::unique_ptr<PgDatabase> m_pg;
    std::string m_dataDir;
    std::unique_ptr<ServerProcess> m_server;
    Account m_admin;
    std::unique_ptr<SyncDevice> m_device;
};

/** A row's string or integer field. */
std::string field(const sync::SyncRow& row, const std::string& name);
std::int64_t intField(const sync::SyncRow& row, const std::string& name);

} // namespace petinfo::test
