// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobRunner.h"

#include <cstdint>
#include <functional>
#include <string>

namespace petinfo::server {

class DbConnection;
class SyncService;

/** The organisation's reminder sweep (`reminder.sweep`, one job per organisation, every
 *  kSweepEveryMs while reminders are on): plans the reminders that have come within
 *  kPlanAheadMs of their time, which the push that brought their record left for later. It
 *  reads only the records whose next due date can call for such a reminder, a batch of pets per
 *  transaction, and plans them as the push would have (same ids: planning twice is harmless). */
class SweepRemindersHandler final : public JobHandler
{
public:
    SweepRemindersHandler(SyncService& sync, const Clock& clock, std::function<void()> wake);
    JobResult run(JobContext& ctx) override;
    void settle(DbConnection&, const Job&, JobState, const JobResult&) override {}

    /** Makes the organisation's sweep due now: a new job, or the old one again unless it is
     *  waiting or running already. In the caller's transaction (reminder settings saved). */
    static void schedule(DbConnection& db, const std::string& orgId, std::int64_t nowMs);

private:
    SyncService& m_sync;
    const Clock& m_clock;
    std::function<void()> m_wake;
};

} // namespace petinfo::server
