// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/NotificationService.h"

#include "billing/Entitlements.h"
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/HttpError.h"
#include "http/Request.h"
#include "integrations/whatsapp/MessageSender.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRunner.h"
#include "lostfound/FoundReports.h"
#include "notifications/NotificationStore.h"
#include "notifications/OneOffReminders.h"
#include "notifications/PhoneVerification.h"
#include "notifications/ReminderBook.h"
#include "notifications/ReminderJobs.h"
#include "notifications/ReminderSweep.h"
#include "petinfo/common/Random.h"
#include "records/SyncObserver.h"
#include "records/SyncService.h"
#include "records/SyncWriter.h"

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;

namespace {

constexpr std::string_view kReplan = "reminder.replan";

/** One push's view: a reminder book made on the first change that concerns it. */
class PlannerSession final : public SyncObserver::Session
{
public:
    PlannerSession(const Clock& clock, bool& enqueued)
        : m_clock(clock)
        , m_enqueued(enqueued)
    {}
    ~PlannerSession() override
    {
        if (m_book && m_book->enqueued()) {
            m_enqueued = true;
        }
    }
    void preparing(SyncWriter& writer, const std::vector<sync::Mutation>& mutations) override
    {
        std::vector<std::string> pets;
        for (const sync::Mutation& m : mutations) {
            if (m.change.type == EntityType::Pet) {
                pets.push_back(m.change.id);
            } else if (m.change.type == EntityType::HealthRecord) {
                const json* pet = m.change.value("petId");
                if (pet && pet->is_string() && !pet->get<std::string>().empty()) {
                    pets.push_back(pet->get<std::string>());
                }
            }
        }
        if (!pets.empty()) {
            book(writer).preload(pets);
        }
    }
    void merged(SyncWriter& writer, const sync::SyncRow& before, const sync::SyncRow& after) override
    {
        switch (after.type) {
        case EntityType::HealthRecord:
            book(writer).recordChanged(before, after);
            break;
        case EntityType::Pet:
            book(writer).petChanged(before, after);
            closeFoundReportsWhenHome(writer, before, after, m_clock.nowMs());
            break;
        case EntityType::Person:
            book(writer).personChanged(before, after);
            break;
        default:
            break;
        }
    }

    void finishing(SyncWriter&) override
    {
        if (m_book) {
            m_book->flush();
        }
    }

private:
    ReminderBook& book(SyncWriter& writer)
    {
        if (!m_book) {
            m_book = std::make_unique<ReminderBook>(writer, m_clock);
            m_book->batchWrites();
        }
        return *m_book;
    }
    const Clock& m_clock;
    bool& m_enqueued;
    std::unique_ptr<ReminderBook> m_book;
};

} // namespace

/** Plans and cancels reminders in every push's transaction. */
class NotificationService::Planner final : public SyncObserver
{
public:
    Planner(const Clock& clock, std::function<void()> wake)
        : m_clock(clock)
        , m_wake(std::move(wake))
    {}
    std::unique_ptr<Session> begin(const std::string&) override
    {
        return std::make_unique<PlannerSession>(m_clock, enqueued());
    }
    void committed() override
    {
        if (enqueued()) {
            enqueued() = false;
            m_wake();
        }
    }

private:
    /** Per thread: a push runs begin, merged and committed on one request thread. */
    static bool& enqueued()
    {
        thread_local bool flag = false;
        return flag;
    }
    const Clock& m_clock;
    std::function<void()> m_wake;
};

NotificationService::NotificationService(Database& db, SyncService& sync, const Clock& clock, AccessLog& log,
                                         Metrics& metrics, whatsapp::WhatsAppSettings settings,
                                         std::shared_ptr<whatsapp::MessageSender> sender)
    : m_db(db)
    , m_sync(sync)
    , m_clock(clock)
    , m_log(log)
    , m_metrics(metrics)
    , m_settings(std::move(settings))
    , m_sender(std::move(sender))
    , m_webhook(db, sync, clock, log, metrics, m_settings)
{}

NotificationService::~NotificationService()
{
    if (m_planner) {
        m_sync.removeObserver(m_planner.get());
    }
}

void NotificationService::setSecrets(const SecretBox& box)
{
    m_verification = std::make_unique<PhoneVerification>(m_db, m_sync, m_clock, m_log, m_metrics, box, m_settings,
                                                         m_sender != nullptr);
    m_webhook.setReplyHandler(
        [this](const std::string& from, const std::string& text) { return m_verification->reply(from, text); });
}

OneOffReminders& NotificationService::oneOffReminders()
{
    if (!m_oneOff) {
        throw ApiError(503, "not_ready", "the server is starting");
    }
    return *m_oneOff;
}

PhoneVerification& NotificationService::verification()
{
    if (!m_verification) {
        throw ApiError(503, "verification_unavailable", "numbers cannot be verified on this server");
    }
    return *m_verification;
}

void NotificationService::attach(JobRunner& runner)
{
    m_runner = &runner;
    auto wake = [&runner] {
        runner.wake();
    };
    if (m_verification) {
        m_verification->setEntitlements(m_entitlements);
        m_verification->setWake(wake);
    }
    m_oneOff = std::make_unique<OneOffReminders>(m_db, m_sync, m_clock, m_settings, m_sender != nullptr);
    m_oneOff->setEntitlements(m_entitlements);
    m_oneOff->setWake(wake);
    const bool verified = m_settings.requireVerifiedNumber;
    runner.addHandler(
        std::string(jobkinds::kDispatchReminder),
        std::make_shared<DispatchReminderHandler>(m_sync, m_clock, wake, verified, m_settings.customReminderTemplate));
    runner.addHandler(std::string(jobkinds::kSendWhatsApp),
                      std::make_shared<SendWhatsAppHandler>(m_sync, m_clock, m_sender, m_entitlements, verified,
                                                            m_verification.get()));
    runner.addHandler(std::string(kReplan), std::make_shared<ReplanRemindersHandler>(m_sync, m_clock, wake));
    runner.addHandler(std::string(jobkinds::kSweepReminders),
                      std::make_shared<SweepRemindersHandler>(m_sync, m_clock, wake));
    m_planner = std::make_unique<Planner>(m_clock, wake);
    m_sync.addObserver(m_planner.get());
}

void NotificationService::scheduleSweeps()
{
    const std::int64_t now = m_clock.nowMs();
    m_db.transaction(true, [&](DbConnection& db) {
        for (const std::string& orgId : NotificationStore::organisationsWithReminders(db)) {
            const auto job = JobQueue::find(db, jobkinds::kSweepReminders, orgId);
            if (!job || (job->state != JobState::Pending && job->state != JobState::Running)) {
                SweepRemindersHandler::schedule(db, orgId, now);
            }
        }
    });
}

void NotificationService::backfillPhones()
{
    {
        Lease db = m_db.acquire();
        if (!db->rows("SELECT 1 FROM contact_phones LIMIT 1").empty()) {
            return;
        }
    }
    std::string afterOrg;
    std::string afterId;
    std::size_t people = 0;
    while (true) {
        std::vector<std::string> orgs;
        const auto batch = m_sync.people(afterOrg, afterId, 500, orgs);
        if (batch.empty()) {
            break;
        }
        m_db.transaction(true, [&](DbConnection& db) {
            for (std::size_t i = 0; i < batch.size(); ++i) {
                std::vector<std::string> phones;
                if (const json* v = batch[i].value("phones"); v && v->is_array()) {
                    for (const json& p : *v) {
                        if (p.is_string() && !p.get<std::string>().empty()) {
                            phones.push_back(p.get<std::string>());
                        }
                    }
                }
                NotificationStore::setPhones(db, orgs[i], batch[i].id, phones, true);
            }
        });
        people += batch.size();
        afterOrg = orgs.back();
        afterId = batch.back().id;
    }
    if (people > 0) {
        m_log.event("info", "petinfo.server.notifications", "indexed the phone numbers of existing people",
                    {{"people", people}});
    }
}

json NotificationService::status() const
{
    return json{{"whatsapp", m_sender ? "on" : "off"}, {"missing", m_settings.missing()}};
}

json NotificationService::settings(const std::string& orgId)
{
    Lease db = m_db.acquire();
    json out = NotificationStore::settings(*db, orgId).toJson();
    out["status"] = status();
    return out;
}

json NotificationService::saveSettings(const Principal& caller, const json& body)
{
    json problems;
    const auto parsed = ReminderSettings::fromJson(body, problems);
    if (!parsed) {
        throw ApiError::badRequest("invalid_settings", "the reminder settings are not valid", {{"problems", problems}});
    }
    const std::int64_t now = m_clock.nowMs();
    m_db.transaction(true, [&](DbConnection& db) {
        // Turning WhatsApp on is what a plan pays for; editing settings already on is not.
        if (m_entitlements && parsed->enabled && !NotificationStore::settings(db, caller.orgId).enabled) {
            m_entitlements->requireWhatsApp(db, caller.orgId);
        }
        NotificationStore::saveSettings(db, caller.orgId, *parsed, caller.userId, now);
        if (parsed->enabled) {
            SweepRemindersHandler::schedule(db, caller.orgId, now);
            JobQueue::enqueue(db,
                              JobSpec{caller.orgId, std::string(kReplan),
                                      caller.orgId + "/" + std::to_string(now) + "/" + newUuid(), "{}", now, 8},
                              now);
        }
    });
    if (m_runner) {
        m_runner->wake();
    }
    return settings(caller.orgId);
}

} // namespace petinfo::server
