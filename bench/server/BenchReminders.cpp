// SPDX-License-Identifier: GPL-3.0-or-later
// bench-reminders: the two figures of issue 16, against the real server binary.
//  1. Planning cost: the same push of health records (default 100,000: 20,000 pets with five
//     vaccines each, all due in a month) with reminders off and on, as a ratio (goal <= 1.15);
//     and, with reminders on, the sweep two weeks later that plans the 14-day reminders the push
//     left for later (ReminderSweep), so that the work moved out of the push is shown too.
//  2. Sender throughput: two replicas on one PostgreSQL send due messages through the local fake
//     of the Cloud API (default 2,000), in messages per second (goal >= 200).
// Build with the release preset for meaningful figures:
//   bench-reminders [--records N] [--messages N] [--postgres] [--rounds N] [--only planning|sender]
// The planning runs alternate off/on/on/off per round (ABBA), so that a machine getting busier or
// quieter during the run weighs on both sides alike.
// PostgreSQL comes from PETINFO_TEST_PG_URL (scripts/test-env.sh); part 2 needs it.
#include "support/ReminderClinic.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;
using sync::EntityType;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr std::int64_t kHour = 3600 * 1000;
constexpr std::size_t kBatch = 450;

double secondsSince(SteadyClock::time_point t0)
{
    return std::chrono::duration<double>(SteadyClock::now() - t0).count();
}

/** Pets with one opted-in owner each: returns the pet ids. */
std::vector<std::string> addPets(ReminderClinic& clinic, int pets)
{
    std::vector<std::string> ids;
    std::vector<sync::SyncRow> changes;
    for (int i = 0; i < pets; ++i) {
        const std::string pet = uuid();
        const std::string person = uuid();
        char phone[24];
        std::snprintf(phone, sizeof phone, "+54911%08d", i);
        changes.push_back(clinic.device().change(EntityType::Pet, pet, {{"name", "Pet " + std::to_string(i)}}));
        changes.push_back(clinic.device().change(EntityType::Person, person,
                                                 {{"name", "Owner"}, {"phones", {phone}}, {"whatsappOptIn", true}}));
        changes.push_back(clinic.device().change(EntityType::PetContact, pet + "/" + person,
                                                 {{"petId", pet}, {"personId", person}, {"role", "owner"}}));
        ids.push_back(pet);
        if (changes.size() >= kBatch) {
            clinic.device().push(changes);
            changes.clear();
        }
    }
    if (!changes.empty()) {
        clinic.device().push(changes);
    }
    return ids;
}

/** Pushes `perPet` vaccine records (different products: each its own series) per pet; seconds. */
double pushRecords(ReminderClinic& clinic, const std::vector<std::string>& pets, int perPet, const Date& today)
{
    std::vector<sync::SyncRow> changes;
    const auto t0 = SteadyClock::now();
    for (const std::string& pet : pets) {
        for (int k = 0; k < perPet; ++k) {
            changes.push_back(clinic.device().change(EntityType::HealthRecord, uuid(),
                                                     {{"petId", pet},
                                                      {"kind", "vaccine"},
                                                      {"date", today.toIso()},
                                                      {"product", "Vacuna " + std::to_string(k)},
                                                      {"nextDue", today.addDays(30).toIso()}}));
            if (changes.size() >= kBatch) {
                clinic.device().push(changes);
                changes.clear();
            }
        }
    }
    if (!changes.empty()) {
        clinic.device().push(changes);
    }
    return secondsSince(t0);
}

struct Planning
{
    double pushSeconds = 0;
    std::size_t plannedInPush = 0;
    double sweepSeconds = 0; ///< the later sweep that plans the 14-day reminders
    std::size_t plannedLater = 0;
};

/** Reminder rows that arrive in pulls after `cursor` (moved on), until `wanted` or 300 s. */
std::size_t waitForReminders(ReminderClinic& clinic, std::int64_t& cursor, std::size_t wanted)
{
    std::size_t seen = 0;
    const auto deadline = SteadyClock::now() + std::chrono::seconds(300);
    while (seen < wanted && SteadyClock::now() < deadline) {
        const sync::PullResponse page = clinic.device().pullAll(cursor, 1000);
        for (const sync::SyncRow& row : page.rows) {
            seen += row.type == EntityType::Reminder && !row.isDeleted() ? 1 : 0;
        }
        cursor = page.cursor;
        if (seen < wanted) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
    return seen;
}

Planning planningRun(Backend backend, bool reminders, int records)
{
    const std::int64_t start = ReminderClinic::nextMondayAt(8);
    // Workers idle: only the push is measured (the sends are weeks away anyway).
    ReminderClinic clinic(backend, start, {{"jobs.workers", "1"}});
    if (clinic.saveSettings({{"enabled", reminders}, {"overdueDays", 0}}).status != 200) {
        throw std::runtime_error("could not save the reminder settings");
    }
    const int perPet = 5;
    const auto pets = addPets(clinic, records / perPet);
    Planning out;
    out.pushSeconds = pushRecords(clinic, pets, perPet, ReminderClinic::localDate(start));
    if (!reminders) {
        return out;
    }
    // The push plans what goes out within two days (nothing here: all due in a month). Two
    // weeks later the organisation's sweep plans the 14-day reminders: measured too, so that the
    // work moved out of the push is on the table.
    std::int64_t cursor = 0;
    out.plannedInPush = waitForReminders(clinic, cursor, 0);
    const auto t0 = SteadyClock::now();
    clinic.setTime(start + 15 * 24 * kHour, 0);
    out.plannedLater = waitForReminders(clinic, cursor, static_cast<std::size_t>(records));
    out.sweepSeconds = secondsSince(t0);
    return out;
}

void throughputRun(int messages)
{
    const std::int64_t start = ReminderClinic::nextMondayAt(8);
    ReminderClinic clinic(Backend::Postgres, start, {{"jobs.workers", "4"}});
    if (clinic.saveSettings({{"daysBefore", {14}}, {"overdueDays", 0}}).status != 200) {
        throw std::runtime_error("could not save the reminder settings");
    }
    const auto pets = addPets(clinic, messages);
    const Date today = ReminderClinic::localDate(start);
    std::vector<sync::SyncRow> changes;
    for (const std::string& pet : pets) {
        changes.push_back(clinic.device().change(EntityType::HealthRecord, uuid(),
                                                 {{"petId", pet},
                                                  {"kind", "vaccine"},
                                                  {"date", today.toIso()},
                                                  {"product", "Antirrábica"},
                                                  {"nextDue", today.addDays(14).toIso()}}));
        if (changes.size() >= kBatch) {
            clinic.device().push(changes);
            changes.clear();
        }
    }
    if (!changes.empty()) {
        clinic.device().push(changes);
    }
    auto second = clinic.replica();
    const auto t0 = SteadyClock::now();
    clinic.setTime(start + kHour, 0);
    const auto deadline = SteadyClock::now() + std::chrono::seconds(300);
    while (clinic.fake().accepted().size() < static_cast<std::size_t>(messages) && SteadyClock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const double seconds = secondsSince(t0);
    const std::size_t sent = clinic.fake().accepted().size();
    std::printf("\n| sender, 2 replicas x 4 workers | messages | seconds | messages/s |\n|---|---:|---:|---:|\n");
    std::printf("| dispatch + send against the fake | %zu | %.2f | %.0f |\n", sent, seconds,
                static_cast<double>(sent) / seconds);
}

} // namespace

int main(int argc, char** argv)
{
    int records = 100000;
    int messages = 2000;
    int rounds = 1;
    std::string only;
    bool postgres = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--records") == 0 && i + 1 < argc) {
            records = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--messages") == 0 && i + 1 < argc) {
            messages = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
            rounds = std::max(1, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
        } else if (std::strcmp(argv[i], "--postgres") == 0) {
            postgres = true;
        } else {
            std::fprintf(stderr,
                         "usage: %s [--records N] [--messages N] [--postgres] [--rounds N] [--only planning|sender]\n",
                         argv[0]);
            return 2;
        }
    }
    std::string why;
    const bool havePostgres = !backendUnavailable(Backend::Postgres, why);
    const Backend backend = postgres && havePostgres ? Backend::Postgres : Backend::Sqlite;
    try {
        if (only.empty() || only == "planning") {
            double off = 0;
            Planning on;
            auto add = [&on](const Planning& p) {
                on.pushSeconds += p.pushSeconds;
                on.plannedInPush = p.plannedInPush;
                on.sweepSeconds += p.sweepSeconds;
                on.plannedLater = p.plannedLater;
            };
            for (int round = 0; round < rounds; ++round) {
                off += planningRun(backend, false, records).pushSeconds;
                add(planningRun(backend, true, records));
                add(planningRun(backend, true, records));
                off += planningRun(backend, false, records).pushSeconds;
            }
            off /= 2.0 * rounds;
            on.pushSeconds /= 2.0 * rounds;
            on.sweepSeconds /= 2.0 * rounds;
            std::printf("| push of health records (%s, mean of %d runs each) | records | seconds | records/s |\n"
                        "|---|---:|---:|---:|\n",
                        backendName(backend).c_str(), 2 * rounds);
            std::printf("| reminders off | %d | %.2f | %.0f |\n", records, off, records / off);
            std::printf("| reminders on (%zu reminders planned in the push) | %d | %.2f | %.0f |\n", on.plannedInPush,
                        records, on.pushSeconds, records / on.pushSeconds);
            std::printf("| cost ratio (goal <= 1.15) | | %.3f | |\n", on.pushSeconds / off);
            std::printf("| later: the sweep two weeks on plans %zu reminders (jobs.workers 1, until pulled) | | "
                        "%.2f | |\n",
                        on.plannedLater, on.sweepSeconds);
        }
        if (!only.empty() && only != "sender") {
            return 0;
        }
        if (havePostgres) {
            throughputRun(messages);
        } else {
            std::printf("\nsender throughput: skipped (%s)\n", why.c_str());
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench-reminders: %s\n", e.what());
        return 1;
    }
    return 0;
}
