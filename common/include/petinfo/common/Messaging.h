// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Enums.h"

#include <array>
#include <string_view>

/** What the server tells people on an organisation's behalf (WhatsApp reminders and alerts),
 *  as synced rows that only the server writes (see docs/notifications.md). */
namespace petinfo {

/** Why a reminder is sent: ahead of a due date, once more when it has passed, or a date and
 *  time staff chose. */
enum class ReminderKind
{
    DueSoon,
    Overdue,
    OneOff
};

/** A reminder is planned for a time; at that time it becomes one message per person to tell
 *  (dispatched), or is skipped (nobody to tell) or was cancelled before (a newer record of the
 *  series, the record deleted, the pet deceased or adopted out, reminders turned off). */
enum class ReminderState
{
    Planned,
    Dispatched,
    Skipped,
    Cancelled
};

/** One message to one person. Queued until the provider accepts it; then the provider's
 *  statuses (sent, delivered, read, failed). Uncertain: the server stopped during the call, so it
 *  may or may not have gone out; staff decide. */
enum class MessageState
{
    Queued,
    Sent,
    Delivered,
    Read,
    Failed,
    Uncertain,
    Cancelled
};

enum class MessagePurpose
{
    Reminder,
    FoundAlert,
    Verification
};

/** Who confirmed a person's WhatsApp number (whatsappVerifiedBy) when the owner replied to the
 *  code's message themselves; otherwise it holds the staff member's name. */
inline constexpr std::string_view kVerifiedByReply = "owner_reply";

template <>
struct EnumNames<ReminderKind>
{
    static constexpr std::array<std::string_view, 3> names{"due_soon", "overdue", "one_off"};
};
template <>
struct EnumNames<ReminderState>
{
    static constexpr std::array<std::string_view, 4> names{"planned", "dispatched", "skipped", "cancelled"};
};
template <>
struct EnumNames<MessageState>
{
    static constexpr std::array<std::string_view, 7> names{"queued", "sent",      "delivered", "read",
                                                           "failed", "uncertain", "cancelled"};
};
template <>
struct EnumNames<MessagePurpose>
{
    static constexpr std::array<std::string_view, 3> names{"reminder", "found_alert", "verification"};
};

} // namespace petinfo
