// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ReminderText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace petinfo::client {

namespace {

/** The translation context of these texts. */
class ReminderText
{
    Q_DECLARE_TR_FUNCTIONS(ReminderText)
};

/** The provider's error code at the start of "131026: Message undeliverable (…)". */
QString providerCode(const QString& error)
{
    const int colon = error.indexOf(QLatin1Char(':'));
    return colon > 0 ? error.left(colon).trimmed() : error.trimmed();
}

} // namespace

QString shortDateText(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return QLocale().toString(at.date(), ReminderText::tr("d MMM", "day and short month, as in 1 Dec"));
}

QString shortDateTimeText(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return QLocale().toString(at.date(), ReminderText::tr("d MMM", "day and short month, as in 1 Dec")) +
           QLatin1Char(' ') + QLocale().toString(at.time(), QLocale::ShortFormat);
}

QString messageStateLabel(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return ReminderText::tr("Pending");
    case MessageState::Sent:
        return ReminderText::tr("Sent");
    case MessageState::Delivered:
        return ReminderText::tr("Delivered");
    case MessageState::Read:
        return ReminderText::tr("Read");
    case MessageState::Failed:
        return ReminderText::tr("Failed");
    case MessageState::Uncertain:
        return ReminderText::tr("Uncertain");
    case MessageState::Cancelled:
        return ReminderText::tr("Cancelled");
    }
    return {};
}

QString messageErrorText(const QString& error)
{
    const QString code = providerCode(error);
    if (code == QLatin1String("131026")) {
        return ReminderText::tr("number not on WhatsApp");
    }
    if (code == QLatin1String("132000") || code == QLatin1String("132001") || code == QLatin1String("132012")) {
        return ReminderText::tr("the message template was refused");
    }
    if (code == QLatin1String("131047") || code == QLatin1String("131049")) {
        return ReminderText::tr("WhatsApp did not deliver it");
    }
    if (code == QLatin1String("opted_out")) {
        return ReminderText::tr("the owner opted out");
    }
    if (code == QLatin1String("no_whatsapp_number")) {
        return ReminderText::tr("no WhatsApp number");
    }
    if (code == QLatin1String("reminder_cancelled") || code == QLatin1String("cancelled_by_staff")) {
        return ReminderText::tr("cancelled");
    }
    if (error.startsWith(QLatin1String("gave up after"))) {
        return ReminderText::tr("gave up after several tries (%1)").arg(error.section(QLatin1String(": "), 1));
    }
    if (error.contains(QLatin1String("not configured"))) {
        return ReminderText::tr("WhatsApp is not set up on the server");
    }
    return error.isEmpty() ? ReminderText::tr("unknown reason") : error;
}

QString reminderReasonText(const QString& reason)
{
    if (reason == QLatin1String("no_recipient")) {
        return ReminderText::tr("nobody to tell (no owner opted in with a WhatsApp number)");
    }
    if (reason == QLatin1String("superseded")) {
        return ReminderText::tr("a newer record replaced it");
    }
    if (reason == QLatin1String("record_deleted")) {
        return ReminderText::tr("the record was deleted");
    }
    if (reason == QLatin1String("pet_deceased")) {
        return ReminderText::tr("the pet died");
    }
    if (reason == QLatin1String("pet_adopted")) {
        return ReminderText::tr("the pet was adopted out");
    }
    if (reason == QLatin1String("pet_deleted")) {
        return ReminderText::tr("the pet was deleted");
    }
    if (reason == QLatin1String("reminders_off") || reason == QLatin1String("kind_off")) {
        return ReminderText::tr("reminders are off for it");
    }
    if (reason == QLatin1String("cancelled_by_staff")) {
        return ReminderText::tr("cancelled by staff");
    }
    return reason;
}

QString messageStateText(const MessageEntry& m)
{
    switch (m.state) {
    case MessageState::Queued:
        return m.error.isEmpty() ? ReminderText::tr("sending")
                                 : ReminderText::tr("sending (retrying: %1)").arg(messageErrorText(m.error));
    case MessageState::Sent:
    case MessageState::Delivered:
    case MessageState::Read: {
        QString text =
            m.sentAtMs ? ReminderText::tr("sent %1").arg(shortDateTimeText(m.sentAtMs)) : ReminderText::tr("sent");
        if (m.deliveredAtMs || m.state == MessageState::Delivered || m.state == MessageState::Read) {
            text += ReminderText::tr(", delivered");
        }
        if (m.readAtMs || m.state == MessageState::Read) {
            text += ReminderText::tr(", read");
        }
        return text;
    }
    case MessageState::Failed:
        return ReminderText::tr("failed: %1").arg(messageErrorText(m.error));
    case MessageState::Uncertain:
        return ReminderText::tr("uncertain: may not have been sent");
    case MessageState::Cancelled:
        return ReminderText::tr("cancelled: %1").arg(messageErrorText(m.error));
    }
    return {};
}

QString recordReminderText(const RecordReminderStatus& status)
{
    QString text;
    if (status.lastMessage) {
        text = messageStateText(*status.lastMessage);
    }
    if (status.nextPlanned) {
        const QString planned =
            ReminderText::tr("reminder planned for %1").arg(shortDateText(status.nextPlanned->sendAtMs));
        text = text.isEmpty() ? planned : ReminderText::tr("%1; next %2").arg(text, planned);
    } else if (status.expected) {
        const QString planned =
            ReminderText::tr("reminder planned for %1").arg(shortDateText(status.expected->sendAtMs));
        text = text.isEmpty() ? planned : ReminderText::tr("%1; next %2").arg(text, planned);
    } else if (text.isEmpty() && status.lastSkipped) {
        text = ReminderText::tr("no reminder: %1").arg(reminderReasonText(status.lastSkipped->reason));
    }
    return text;
}

} // namespace petinfo::client
