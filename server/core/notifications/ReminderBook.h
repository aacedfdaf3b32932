// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notifications/ReminderPolicy.h"
#include "petinfo/common/Clock.h"
#include "petinfo/common/Messaging.h"
#include "petinfo/common/sync/Row.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace petinfo::server {

class SyncWriter;
struct JobSpec;

/** Job kinds of the notifications module. */
namespace jobkinds {
inline constexpr std::string_view kDispatchReminder = "reminder.dispatch"; ///< key: reminder id
inline constexpr std::string_view kSendWhatsApp = "whatsapp.send";         ///< key: message id
inline constexpr std::string_view kSweepReminders = "reminder.sweep";      ///< key: organisation id
} // namespace jobkinds

/** How far ahead reminders are written down. A reminder due to go out within this time is
 *  planned in the transaction that brings its record; later ones are planned by the
 *  organisation's sweep (`reminder.sweep`, every kSweepEveryMs) once they come this close. A
 *  first sync of a clinic's history then writes only the record rows, not two reminder rows and
 *  two jobs per record (docs/notifications.md, "Planning ahead"). */
inline constexpr std::int64_t kPlanAheadMs = 2 * 24 * 3600 * 1000LL;
inline constexpr std::int64_t kSweepEveryMs = 6 * 3600 * 1000LL;

/** The reason of a reminder or message staff cancelled: planning never revives it. */
inline constexpr std::string_view kCancelledByStaff = "cancelled_by_staff";

/** The series of a health record: a later record of the same series renews it (the next rabies
 *  shot). Vaccines, treatments and lab work are kept apart by product (spacing and case ignored,
 *  as the desktop app does); any deworming or flea product renews the same protection. */
std::string seriesOf(const sync::SyncRow& record);
/** Whether record `a` is newer than `b` within a series: later date, then later entry, then id. */
bool isNewerRecord(const sync::SyncRow& a, const sync::SyncRow& b);
/** A UUID made from `seed` (SHA-256, version 8): planning the same thing twice names it the same. */
std::string derivedUuid(std::string_view seed);
std::string reminderIdFor(const std::string& orgId, const std::string& recordId, ReminderKind kind, int days);
std::string messageIdFor(const std::string& orgId, const std::string& reminderId, const std::string& personId);

/** One organisation's reminders and messages, inside a transaction that holds its lock (through
 *  `writer`). Used by the push (to plan and cancel as records, pets and people change), by the
 *  dispatch job and by the webhook. Reads are cached per pet for the life of the book: the
 *  organisation's lock keeps every other writer out meanwhile. */
class ReminderBook
{
public:
    ReminderBook(SyncWriter& writer, const Clock& clock);
    ~ReminderBook();

    const ReminderSettings& settings();
    const SendSchedule& schedule();

    /** After a push merged a change of these types. */
    void recordChanged(const sync::SyncRow& before, const sync::SyncRow& after);
    void petChanged(const sync::SyncRow& before, const sync::SyncRow& after);
    void personChanged(const sync::SyncRow& before, const sync::SyncRow& after);

    /** Plans the reminders the newest live record of each series of the pet calls for (those
     *  not planned yet, or cancelled ones again), and cancels the planned reminders of the
     *  records it renews. */
    void reconcilePet(const std::string& petId);
    void reconcileSeries(const std::string& petId, const std::string& series);

    /** Cancels a planned reminder (the row and its dispatch job). */
    void cancelReminder(const sync::SyncRow& reminder, const std::string& reason);
    /** Cancels the messages not handed to the provider yet. */
    void cancelMessagesOfPerson(const std::string& personId, const std::string& reason);
    void cancelMessagesOfPet(const std::string& petId, const std::string& reason);
    /** Cancels one message if still queued; true when it was. */
    bool cancelMessage(const std::string& messageId, const std::string& reason);

    /** Whether the pet may be reminded of anything: live, not deceased or adopted out. */
    static std::optional<std::string> inactiveReason(const std::optional<sync::SyncRow>& pet);
    /** Whether a record is the newest live one of its series. */
    bool isOpen(const sync::SyncRow& record);

    /** Within a push: new reminders and their jobs are kept back and written together by
     *  flush() (the push calls it before commit); reads and cancellations flush first. */
    void batchWrites() { m_batched = true; }
    /** Reads the records, reminders and pet rows of these pets in a few queries (those not read
     *  yet), so that a push of many pets' records does not read them one pet at a time. */
    void preload(const std::vector<std::string>& petIds);
    /** Writes what batchWrites() kept back. */
    void flush();

    /** Reminders due to go out at or after this time are left to a later sweep (default: now +
     *  kPlanAheadMs). */
    void planUntil(std::int64_t horizonMs) { m_horizonMs = horizonMs; }
    /** When the server received the record (the sweep knows it from the row): a record whose due
     *  date had passed when it arrived gets no reminder, not even later. Default: now. */
    void setArrival(const std::string& recordId, std::int64_t receivedMs) { m_arrivals[recordId] = receivedMs; }

    /** Something was enqueued: the caller should wake the job runner after commit. */
    bool enqueued() const { return m_enqueued; }

private:
    struct PetState
    {
        std::vector<sync::SyncRow> records;              ///< live health records
        std::vector<sync::SyncRow> reminders;            ///< every reminder row
        std::optional<std::optional<sync::SyncRow>> pet; ///< the pet row, once read
    };
    PetState& pet(const std::string& petId, bool knownEmpty = false);
    const std::optional<sync::SyncRow>& petRow(PetState& state, const std::string& petId);
    void plan(PetState& state, const sync::SyncRow& record);
    void ensure(PetState& state, const sync::SyncRow& record, const Date& due, ReminderKind kind, int days,
                std::int64_t sendAt);
    static void remember(std::vector<sync::SyncRow>& rows, const sync::SyncRow& row);

    SyncWriter& m_writer;
    const Clock& m_clock;
    std::optional<ReminderSettings> m_settings;
    std::unique_ptr<SendSchedule> m_schedule;
    std::map<std::string, PetState, std::less<>> m_pets;
    bool m_enqueued = false;
    bool m_batched = false;
    std::vector<JobSpec> m_jobs; ///< dispatch jobs kept back (batchWrites)
    std::optional<std::int64_t> m_horizonMs;
    std::map<std::string, std::int64_t, std::less<>> m_arrivals;
};

} // namespace petinfo::server
