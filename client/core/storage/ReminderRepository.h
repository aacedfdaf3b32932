// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/Messaging.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace petinfo::client {

class Database;

/** A reminder the server planned for a health record (or a one-off one), as pulled by sync. */
struct ReminderEntry
{
    QString id;
    QString petId;
    QString healthRecordId; ///< empty for a one-off reminder
    ReminderKind kind = ReminderKind::DueSoon;
    int days = 0;
    std::optional<Date> dueDate;
    qint64 sendAtMs = 0;
    ReminderState state = ReminderState::Planned;
    QString reason;   ///< a code: why it was skipped or cancelled
    QString text;     ///< a one-off reminder's words
    QString personId; ///< whom a one-off reminder is for (a due-date one goes to the pet's owners)
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

/** One WhatsApp message the server sent (or tried to) to one person. */
struct MessageEntry
{
    QString id;
    QString petId;
    QString reminderId;
    QString personId;
    MessagePurpose purpose = MessagePurpose::Reminder;
    QString templateName;
    QString language;
    MessageState state = MessageState::Queued;
    QString error; ///< the provider's "code: reason", or the server's code (opted_out …)
    int attempts = 0;
    qint64 sentAtMs = 0;
    qint64 deliveredAtMs = 0;
    qint64 readAtMs = 0;
    qint64 failedAtMs = 0;
    qint64 statusAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

/** A reminder the server will plan when it comes within two days, as the app works it out. */
struct ExpectedReminder
{
    ReminderKind kind = ReminderKind::DueSoon;
    int days = 0;
    Date day;            ///< in the organisation's time zone
    qint64 sendAtMs = 0; ///< the send window's opening that day
};

/** What a health record's reminders have come to: the newest message sent for it and the next
 *  reminder still planned (either may be missing), or the newest reminder that was skipped. */
struct RecordReminderStatus
{
    std::optional<MessageEntry> lastMessage;
    std::optional<ReminderEntry> nextPlanned;
    std::optional<ReminderEntry> lastSkipped;
    /** The next reminder the server has not written down yet (ReminderPreview). */
    std::optional<ExpectedReminder> expected;

    bool isEmpty() const { return !lastMessage && !nextPlanned && !lastSkipped && !expected; }
};

/** A live health record that may still call for a reminder: open (the newest of its series),
 *  with a next due date, of a pet that is neither deleted, deceased nor adopted out. */
struct RemindableRecord
{
    QString id;
    QString petId;
    QString petName;
    QString product;
    QString recipients; ///< the owners and fosters who accept WhatsApp messages, by name
    HealthKind kind = HealthKind::Vaccine;
    Date nextDue;
    /** The reminders of it the server wrote down, in any state: (kind, days). */
    std::vector<std::pair<ReminderKind, int>> written;
};

/** A message with what the Reminders window shows beside it. */
struct MessageListItem
{
    /** False: `message` is a message row. True: a reminder still planned, shown as pending with
     *  `message.reminderId` set, no message id, state Queued. */
    bool planned = false;
    MessageEntry message;
    QString petName;
    QString personName;
    QString product;         ///< of the record the reminder is about
    std::optional<Date> due; ///< the reminder's due date
    ReminderKind kind = ReminderKind::DueSoon;
    QString reminderText; ///< a one-off reminder's words
    qint64 sendAtMs = 0;  ///< when the reminder was planned to go
    /** A reminder the server has not planned yet (planned is true, no reminder id): which one. */
    QString healthRecordId;
    int days = 0;
};

/** All SQL for the server-authored reminder and message rows (a projection of sync_rows that
 *  only sync writes; the app never edits them). */
class ReminderRepository final
{
public:
    explicit ReminderRepository(Database& db)
        : m_db(db)
    {}

    /** Sync: insert or replace (`deletedAtMs` 0 = live). */
    StorageResult<void> upsertReminder(const ReminderEntry& reminder, qint64 deletedAtMs);
    StorageResult<void> upsertMessage(const MessageEntry& message, qint64 deletedAtMs);

    StorageResult<std::optional<ReminderEntry>> reminder(const QString& id);
    StorageResult<std::optional<MessageEntry>> message(const QString& id);
    /** The newest live message of a purpose sent to a person (a verification code's). */
    StorageResult<std::optional<MessageEntry>> latestMessageOfPerson(const QString& personId, MessagePurpose purpose);
    /** A pet's live reminders, by send time. */
    StorageResult<std::vector<ReminderEntry>> remindersOfPet(const QString& petId);
    /** The reminder state of each of these health records that has any. */
    StorageResult<QHash<QString, RecordReminderStatus>> statusOfRecords(const QStringList& recordIds);
    /** Those of these records that may still call for a reminder (RemindableRecord). */
    StorageResult<std::vector<RemindableRecord>> remindable(const QStringList& recordIds);
    /** Every record that may still call for a reminder, due in [from, to]. */
    StorageResult<std::vector<RemindableRecord>> remindableDueBetween(const Date& from, const Date& to);
    /** Every live message, newest first, and every planned reminder not sent yet (as a message
     *  row without an id, state Queued and `sendAtMs` set), for the Reminders window. */
    StorageResult<std::vector<MessageListItem>> listAll(int limit = 20000);

private:
    Database& m_db;
};

} // namespace petinfo::client
