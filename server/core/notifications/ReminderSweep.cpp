// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications/ReminderSweep.h"

#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "notifications/NotificationStore.h"
#include "notifications/ReminderBook.h"
#include "records/SyncWriter.h"

#include <algorithm>
#include <map>
#include <vector>

namespace petinfo::server {

namespace {

constexpr std::size_t kPetsPerTransaction = 200;
/** A closed day moves a reminder by up to a week (to the window day before, or after). */
constexpr int kShiftDays = 8;

struct DueRecord
{
    std::string id;
    std::string petId;
    std::int64_t receivedMs = 0;
};

/** Live health records whose next due date is in [from, to] (ISO dates order as text). */
std::vector<DueRecord> recordsDueBetween(DbConnection& db, const std::string& orgId, const Date& from, const Date& to)
{
    const char* nextDue =
        db.engine() == Engine::Postgres ? "(fields::jsonb ->> 'nextDue')" : "json_extract(fields, '$.nextDue')";
    const std::string sql = std::string("SELECT row_id, pet_id, updated_ms FROM sync_rows WHERE org_id = ? AND "
                                        "entity = 'healthRecord' AND deleted = 0 AND ") +
                            nextDue + " BETWEEN ? AND ?";
    const SqlRows rows = db.rows(sql, orgId, from.toIso(), to.toIso());
    std::vector<DueRecord> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out.push_back(DueRecord{rows.text(r, 0), rows.text(r, 1), rows.integer(r, 2)});
    }
    return out;
}

} // namespace

SweepRemindersHandler::SweepRemindersHandler(SyncService& sync, const Clock& clock, std::function<void()> wake)
    : m_sync(sync)
    , m_clock(clock)
    , m_wake(std::move(wake))
{}

void SweepRemindersHandler::schedule(DbConnection& db, const std::string& orgId, std::int64_t nowMs)
{
    const JobSpec spec{orgId, std::string(jobkinds::kSweepReminders), orgId, "{}", nowMs, 8};
    if (!JobQueue::enqueue(db, spec, nowMs)) {
        // Done (reminders were off), failed or cancelled: due again. Waiting or running: as is.
        JobQueue::requeueByHand(db, spec.kind, spec.key, nowMs, nowMs);
    }
}

JobResult SweepRemindersHandler::run(JobContext& ctx)
{
    const Job& job = ctx.job();
    const std::int64_t now = m_clock.nowMs();
    std::vector<DueRecord> due;
    Date today;
    {
        Lease db = ctx.db().acquire();
        const ReminderSettings settings = NotificationStore::settings(*db, job.orgId);
        if (!settings.enabled) {
            return JobResult::done("reminders are off"); // saving them on schedules the sweep again
        }
        auto zone = TimeZone::find(settings.timeZone);
        if (!zone) {
            zone = TimeZone::find("UTC");
        }
        today = SendSchedule(settings, zone).today(now);
        const int ahead = static_cast<int>(kPlanAheadMs / (24 * 3600 * 1000LL)) + 1;
        const int before =
            settings.daysBefore.empty() ? 0 : *std::max_element(settings.daysBefore.begin(), settings.daysBefore.end());
        // Every record that may have a reminder between now and the horizon: due soon (up to
        // `before` + `ahead` days away) or overdue (due up to `overdueDays` ago).
        due = recordsDueBetween(*db, job.orgId, today.addDays(-(std::max(settings.overdueDays, 0) + kShiftDays)),
                                today.addDays(before + ahead + kShiftDays));
    }
    // Grouped here, not by the query's order: a database's collation need not sort ids as bytes.
    std::map<std::string, std::vector<const DueRecord*>> byPet;
    for (const DueRecord& r : due) {
        byPet[r.petId].push_back(&r);
    }
    bool enqueued = false;
    for (auto it = byPet.begin(); it != byPet.end();) {
        std::vector<std::string> batch;
        ctx.db().transaction(true, [&](DbConnection& db) {
            batch.clear(); // in case the transaction is run again
            SyncWriter writer(m_sync, db, job.orgId);
            ReminderBook book(writer, m_clock);
            book.planUntil(now + kPlanAheadMs);
            for (auto pet = it; pet != byPet.end() && batch.size() < kPetsPerTransaction; ++pet) {
                batch.push_back(pet->first);
                for (const DueRecord* r : pet->second) {
                    book.setArrival(r->id, r->receivedMs);
                }
            }
            book.preload(batch);
            for (const std::string& petId : batch) {
                book.reconcilePet(petId);
            }
            enqueued = enqueued || book.enqueued();
            writer.finish();
        });
        std::advance(it, static_cast<std::ptrdiff_t>(batch.size()));
    }
    if (enqueued && m_wake) {
        m_wake();
    }
    return JobResult::defer("looked at " + std::to_string(due.size()) + " records due around " + today.toIso(),
                            kSweepEveryMs);
}

} // namespace petinfo::server
