// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ReminderClinic.h"

#include "app/FileClock.h"
#include "notifications/TimeZone.h"
#include "petinfo/common/Random.h"

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <thread>

namespace petinfo::test {

using nlohmann::json;
using sync::EntityType;

namespace {

std::shared_ptr<const server::TimeZone> zone()
{
    auto z = server::TimeZone::find(ReminderClinic::kZone);
    if (!z) {
        throw std::runtime_error("tzdata has no America/Argentina/Buenos_Aires");
    }
    return z;
}

} // namespace

std::string field(const sync::SyncRow& row, const std::string& name)
{
    const json* v = row.value(name);
    if (!v) {
        return {};
    }
    return v->is_string() ? v->get<std::string>() : v->dump();
}

std::int64_t intField(const sync::SyncRow& row, const std::string& name)
{
    const json* v = row.value(name);
    return v && v->is_number_integer() ? v->get<std::int64_t>() : 0;
}

std::int64_t ReminderClinic::nextMondayAt(int hour)
{
    using namespace std::chrono;
    const std::int64_t now = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    Date day = zone()->localDate(now + 2LL * 86400000);
    while (((day.toDays() % 7) + 10) % 7 != 0) {
        day = day.addDays(1);
    }
    return zone()->toUtcMs(day, hour * 60);
}

Date ReminderClinic::localDate(std::int64_t ms)
{
    return zone()->localDate(ms);
}

ReminderClinic::ReminderClinic(Backend backend, std::int64_t startMs, std::map<std::string, std::string> extra,
                               const std::string& sharedDatabaseUrl)
    : m_backend(backend)
    , m_extra(std::move(extra))
    , m_fake(std::make_unique<FakeWhatsApp>())
    , m_now(startMs)
    , m_databaseUrl(sharedDatabaseUrl)
{
    m_dir = (std::filesystem::temp_directory_path() / ("petinfo-reminders-" + uuid())).string();
    std::filesystem::create_directories(m_dir);
    m_clockFile = m_dir + "/clock";
    m_dataDir = m_dir + "/data";
    server::FileClock::write(m_clockFile, m_now);
    if (m_backend == Backend::Postgres && m_databaseUrl.empty()) {
        m_pg = PgDatabase::create();
        m_databaseUrl = m_pg->url();
    }
    startServer();
    m_admin = signUp(*m_server, "Clínica Zanahoria");
    m_device = std::make_unique<SyncDevice>(*m_server, m_admin);
}

ReminderClinic::~ReminderClinic()
{
    m_device.reset();
    m_server.reset();
    m_fake.reset();
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

ServerOptions ReminderClinic::options() const
{
    ServerOptions options;
    options.backend = m_backend;
    options.databaseUrl = m_databaseUrl;
    options.dataDir = m_dataDir;
    options.config = m_fake->serverConfig();
    options.config["debug.clockFile"] = m_clockFile;
    options.config["jobs.pollMilliseconds"] = "50";
    options.config["jobs.retryBaseMilliseconds"] = "1000";
    options.config["jobs.leaseSeconds"] = "10";
    options.config["auth.tokenCacheMilliseconds"] = "0";
    options.config["sync.versionCacheMilliseconds"] = "0";
    // The reminder and alert tests opt people in by a push, without the one-time code that
    // TestPhoneVerification goes through: sent to as data from before verification existed.
    options.config["whatsapp.requireVerifiedNumber"] = "false";
    for (const auto& [key, value] : m_extra) {
        options.config[key] = value;
    }
    return options;
}

void ReminderClinic::startServer()
{
    m_server = std::make_unique<ServerProcess>(options());
}

std::unique_ptr<ServerProcess> ReminderClinic::replica()
{
    ServerOptions o = options();
    o.dataDir.clear();
    return std::make_unique<ServerProcess>(o);
}

void ReminderClinic::restart(bool kill)
{
    m_server->stop(kill ? 9 : 15);
    startServer();
    m_device->useServer(*m_server);
}

void ReminderClinic::setTime(std::int64_t ms, int settleMs)
{
    m_now = ms;
    server::FileClock::write(m_clockFile, m_now);
    std::this_thread::sleep_for(std::chrono::milliseconds(settleMs));
}

json ReminderClinic::defaultSettings()
{
    return json{
        {"enabled", true},
        {"kinds", {"vaccine", "deworming"}},
        {"daysBefore", {14, 1}},
        {"overdueDays", 7},
        {"timeZone", kZone},
        {"window", {{"start", "09:00"}, {"end", "19:00"}, {"days", {"mon", "tue", "wed", "thu", "fri", "sat"}}}},
        {"defaultLanguage", "es"},
        {"templates",
         {{"es", {{"dueSoon", "vaccine_reminder"}, {"overdue", "vaccine_overdue"}, {"code", "es"}}},
          {"pt-BR", {{"dueSoon", "vaccine_reminder"}, {"overdue", ""}, {"code", "pt_BR"}}},
          {"en", {{"dueSoon", "vaccine_reminder"}, {"overdue", "vaccine_overdue"}, {"code", "en_US"}}}}}};
}

HttpResponse ReminderClinic::saveSettings(const json& changes)
{
    json settings = defaultSettings();
    settings.update(changes);
    return m_server->send("PUT", "/api/v1/reminder-settings", settings, m_admin.token);
}

std::string ReminderClinic::addPerson(const std::string& name, const std::string& phone, bool optIn,
                                      const std::string& language)
{
    const std::string id = uuid();
    m_device->push(
        {m_device->change(EntityType::Person, id,
                          {{"name", name}, {"phones", {phone}}, {"whatsappOptIn", optIn}, {"language", language}})});
    return id;
}

std::string ReminderClinic::addPet(const std::string& name,
                                   const std::vector<std::pair<std::string, std::string>>& contacts,
                                   const std::string& status)
{
    const std::string id = uuid();
    std::vector<sync::SyncRow> changes{
        m_device->change(EntityType::Pet, id, {{"name", name}, {"species", "dog"}, {"status", status}})};
    for (const auto& [personId, role] : contacts) {
        changes.push_back(m_device->change(EntityType::PetContact, id + "/" + personId,
                                           {{"petId", id}, {"personId", personId}, {"role", role}, {"primary", true}}));
    }
    m_device->push(changes);
    return id;
}

std::string ReminderClinic::addRecord(const std::string& petId, const std::string& product, const Date& date,
                                      const std::optional<Date>& nextDue, const std::string& kind)
{
    const std::string id = uuid();
    m_device->push({m_device->change(EntityType::HealthRecord, id,
                                     {{"petId", petId},
                                      {"kind", kind},
                                      {"date", date.toIso()},
                                      {"product", product},
                                      {"nextDue", nextDue ? json(nextDue->toIso()) : json(nullptr)},
                                      {"createdAt", m_now}})});
    return id;
}

std::vector<sync::SyncRow> ReminderClinic::rows(EntityType type)
{
    std::vector<sync::SyncRow> out;
    for (sync::SyncRow& row : m_device->pullAll(0, 1000).rows) {
        if (row.type == type && !row.isDeleted()) {
            out.push_back(std::move(row));
        }
    }
    return out;
}

std::vector<sync::SyncRow> ReminderClinic::rowsWhere(EntityType type, const std::string& name, const std::string& value)
{
    std::vector<sync::SyncRow> out;
    for (sync::SyncRow& row : rows(type)) {
        if (field(row, name) == value) {
            out.push_back(std::move(row));
        }
    }
    return out;
}

bool ReminderClinic::waitFor(const std::function<bool()>& done, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        if (done()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return done();
}

} // namespace petinfo::test
