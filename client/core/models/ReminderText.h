// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ReminderRepository.h"

#include <QString>

namespace petinfo::client {

/** What a health record's WhatsApp reminders came to, in a few words for a list cell:
 *  "reminder planned for 1 Dec", "sent 1 Dec 09:02, delivered, read", "failed: number not on
 *  WhatsApp", "uncertain: may not have been sent". Dates and times in the user's locale and time
 *  zone. Empty when the record has no reminders. */
QString recordReminderText(const RecordReminderStatus& status);

/** The state of one message alone: "sent 1 Dec 09:02, delivered, read", "failed: …". */
QString messageStateText(const MessageEntry& message);
/** Short state names for the Reminders window's state column and filter. */
QString messageStateLabel(MessageState state);
/** The provider's or the server's reason, for people ("number not on WhatsApp"). */
QString messageErrorText(const QString& error);
/** Why a reminder was skipped or cancelled ("nobody opted in"). */
QString reminderReasonText(const QString& reason);
/** "1 Dec" / "1 dic" (day and short month, the user's locale). */
QString shortDateText(qint64 ms);
/** "1 Dec 09:02" (local time). */
QString shortDateTimeText(qint64 ms);

} // namespace petinfo::client
