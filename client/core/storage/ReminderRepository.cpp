// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReminderRepository.h"

#include "storage/Query.h"

#include <algorithm>

namespace petinfo::client {

namespace {

constexpr auto kReminderColumns = "r.id, r.pet_id, r.health_record_id, r.kind, r.days, r.due_date, r.send_at, "
                                  "r.state, r.reason, r.text, r.created_at, r.updated_at, r.person_id";
constexpr int kReminderColumnCount = 13;
constexpr auto kMessageColumns =
    "m.id, m.pet_id, m.reminder_id, m.person_id, m.purpose, m.template, m.language, m.state, m.error, m.attempts, "
    "m.sent_at, m.delivered_at, m.read_at, m.failed_at, m.status_at, m.created_at, m.updated_at";
constexpr int kMessageColumnCount = 17;

template <typename E>
E enumOr(const std::string& text, E fallback)
{
    return enumFromString<E>(text).value_or(fallback);
}

ReminderEntry readReminder(const Query& q, int at = 0)
{
    ReminderEntry r;
    r.id = q.text(at + 0);
    r.petId = q.text(at + 1);
    r.healthRecordId = q.text(at + 2);
    r.kind = enumOr(q.str(at + 3), ReminderKind::DueSoon);
    r.days = static_cast<int>(q.int64(at + 4));
    r.dueDate = q.date(at + 5);
    r.sendAtMs = q.int64(at + 6);
    r.state = enumOr(q.str(at + 7), ReminderState::Planned);
    r.reason = q.text(at + 8);
    r.text = q.text(at + 9);
    r.createdAtMs = q.int64(at + 10);
    r.updatedAtMs = q.int64(at + 11);
    r.personId = q.text(at + 12);
    return r;
}

MessageEntry readMessage(const Query& q, int at = 0)
{
    MessageEntry m;
    m.id = q.text(at + 0);
    m.petId = q.text(at + 1);
    m.reminderId = q.text(at + 2);
    m.personId = q.text(at + 3);
    m.purpose = enumOr(q.str(at + 4), MessagePurpose::Reminder);
    m.templateName = q.text(at + 5);
    m.language = q.text(at + 6);
    m.state = enumOr(q.str(at + 7), MessageState::Queued);
    m.error = q.text(at + 8);
    m.attempts = static_cast<int>(q.int64(at + 9));
    m.sentAtMs = q.int64(at + 10);
    m.deliveredAtMs = q.int64(at + 11);
    m.readAtMs = q.int64(at + 12);
    m.failedAtMs = q.int64(at + 13);
    m.statusAtMs = q.int64(at + 14);
    m.createdAtMs = q.int64(at + 15);
    m.updatedAtMs = q.int64(at + 16);
    return m;
}

/** The time a message last changed, as the provider or the server saw it. */
qint64 lastChange(const MessageEntry& m)
{
    return std::max({m.statusAtMs, m.sentAtMs, m.failedAtMs, m.updatedAtMs, m.createdAtMs});
}

} // namespace

StorageResult<void> ReminderRepository::upsertReminder(const ReminderEntry& r, qint64 deletedAtMs)
{
    Query q(m_db,
            QStringLiteral("INSERT OR REPLACE INTO reminders (id, pet_id, health_record_id, kind, days, due_date, "
                           "send_at, state, reason, text, created_at, updated_at, deleted_at, person_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(r.id)
        .bind(r.petId)
        .bind(r.healthRecordId)
        .bindConstant(enumName(r.kind))
        .bind(r.days)
        .bind(r.dueDate)
        .bind(r.sendAtMs)
        .bindConstant(enumName(r.state))
        .bind(r.reason)
        .bind(r.text)
        .bind(r.createdAtMs)
        .bind(r.updatedAtMs)
        .bindOrNull(deletedAtMs)
        .bind(r.personId);
    return q.exec();
}

StorageResult<void> ReminderRepository::upsertMessage(const MessageEntry& m, qint64 deletedAtMs)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO messages (id, pet_id, reminder_id, person_id, purpose, "
                                 "template, language, state, error, attempts, sent_at, delivered_at, read_at, "
                                 "failed_at, status_at, created_at, updated_at, deleted_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(m.id)
        .bind(m.petId)
        .bind(m.reminderId)
        .bind(m.personId)
        .bindConstant(enumName(m.purpose))
        .bind(m.templateName)
        .bind(m.language)
        .bindConstant(enumName(m.state))
        .bind(m.error)
        .bind(m.attempts)
        .bind(m.sentAtMs)
        .bind(m.deliveredAtMs)
        .bind(m.readAtMs)
        .bind(m.failedAtMs)
        .bind(m.statusAtMs)
        .bind(m.createdAtMs)
        .bind(m.updatedAtMs)
        .bindOrNull(deletedAtMs);
    return q.exec();
}

StorageResult<std::optional<ReminderEntry>> ReminderRepository::reminder(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM reminders r WHERE r.id = ? AND r.deleted_at IS NULL")
                      .arg(QLatin1String(kReminderColumns)));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return std::optional<ReminderEntry>();
    }
    return std::optional<ReminderEntry>(readReminder(q));
}

StorageResult<std::optional<MessageEntry>> ReminderRepository::message(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM messages m WHERE m.id = ? AND m.deleted_at IS NULL")
                      .arg(QLatin1String(kMessageColumns)));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return std::optional<MessageEntry>();
    }
    return std::optional<MessageEntry>(readMessage(q));
}

StorageResult<std::optional<MessageEntry>> ReminderRepository::latestMessageOfPerson(const QString& personId,
                                                                                     MessagePurpose purpose)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM messages m WHERE m.person_id = ? AND m.purpose = ? AND "
                                 "m.deleted_at IS NULL ORDER BY m.created_at DESC, m.id DESC LIMIT 1")
                      .arg(QLatin1String(kMessageColumns)));
    q.bind(personId).bindConstant(enumName(purpose));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return std::optional<MessageEntry>();
    }
    return std::optional<MessageEntry>(readMessage(q));
}

StorageResult<std::vector<ReminderEntry>> ReminderRepository::remindersOfPet(const QString& petId)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM reminders r WHERE r.pet_id = ? AND r.deleted_at IS NULL "
                                 "ORDER BY r.send_at, r.id")
                      .arg(QLatin1String(kReminderColumns)));
    q.bind(petId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<ReminderEntry> out;
    while (q.next()) {
        out.push_back(readReminder(q));
    }
    if (q.error()) {
        return fail(*q.error());
    }
    return out;
}

StorageResult<QHash<QString, RecordReminderStatus>> ReminderRepository::statusOfRecords(const QStringList& recordIds)
{
    QHash<QString, RecordReminderStatus> out;
    // One statement per record keeps each use on the (health_record_id) index; the callers ask
    // for a page of records at a time.
    Query reminders(m_db, QStringLiteral("SELECT %1 FROM reminders r WHERE r.health_record_id = ? "
                                         "AND r.deleted_at IS NULL ORDER BY r.send_at, r.id")
                              .arg(QLatin1String(kReminderColumns)));
    Query messages(m_db, QStringLiteral("SELECT %1 FROM messages m JOIN reminders r ON r.id = m.reminder_id "
                                        "WHERE r.health_record_id = ? AND r.deleted_at IS NULL "
                                        "AND m.deleted_at IS NULL")
                             .arg(QLatin1String(kMessageColumns)));
    for (const QString& recordId : recordIds) {
        if (recordId.isEmpty()) {
            continue;
        }
        RecordReminderStatus status;
        reminders.bind(recordId);
        if (auto r = reminders.exec(); !r) {
            return fail(r.error());
        }
        while (reminders.next()) {
            ReminderEntry entry = readReminder(reminders);
            if (entry.state == ReminderState::Planned) {
                if (!status.nextPlanned) {
                    status.nextPlanned = std::move(entry);
                }
            } else if (entry.state == ReminderState::Skipped) {
                status.lastSkipped = std::move(entry);
            }
        }
        if (reminders.error()) {
            return fail(*reminders.error());
        }
        messages.bind(recordId);
        if (auto r = messages.exec(); !r) {
            return fail(r.error());
        }
        while (messages.next()) {
            MessageEntry entry = readMessage(messages);
            if (!status.lastMessage || lastChange(entry) >= lastChange(*status.lastMessage)) {
                status.lastMessage = std::move(entry);
            }
        }
        if (messages.error()) {
            return fail(*messages.error());
        }
        if (!status.isEmpty()) {
            out.insert(recordId, std::move(status));
        }
    }
    return out;
}

namespace {

/** The owners and fosters of the pet `r.pet_id` names who accept WhatsApp messages. */
constexpr const char* kRecipientsOfPet =
    "COALESCE((SELECT group_concat(o.name, ', ') FROM (SELECT o.name FROM pet_contacts c "
    "JOIN persons o ON o.id = c.person_id WHERE c.pet_id = %1 AND c.role IN ('owner', 'foster') "
    "AND o.whatsapp_opt_in = 1 AND o.deleted_at IS NULL ORDER BY o.name) o), '')";

QString remindableSql(const QString& where)
{
    return QStringLiteral("SELECT h.id, h.pet_id, p.name, h.product, h.kind, h.next_due, %1, ("
                          "SELECT group_concat(r.kind || ':' || r.days, ' ') FROM reminders r "
                          "WHERE r.health_record_id = h.id AND r.deleted_at IS NULL) "
                          "FROM health_records h JOIN pets p ON p.id = h.pet_id "
                          "WHERE %2 AND h.deleted_at IS NULL AND h.superseded = 0 "
                          "AND h.next_due IS NOT NULL AND p.deleted_at IS NULL "
                          "AND p.status NOT IN ('deceased', 'adopted')")
        .arg(QString::fromLatin1(kRecipientsOfPet).arg(QStringLiteral("h.pet_id")), where);
}

std::optional<RemindableRecord> readRemindable(Query& q)
{
    const auto kind = enumFromString<HealthKind>(q.str(4));
    const auto due = Date::fromIso(q.str(5));
    if (!kind || !due) {
        return std::nullopt;
    }
    RemindableRecord r{q.text(0), q.text(1), q.text(2), q.text(3), q.text(6), *kind, *due, {}};
    for (const QString& stage : q.text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto kindOfStage = enumFromString<ReminderKind>(stage.section(QLatin1Char(':'), 0, 0).toStdString());
        if (kindOfStage) {
            r.written.emplace_back(*kindOfStage, stage.section(QLatin1Char(':'), 1).toInt());
        }
    }
    return r;
}

} // namespace

StorageResult<std::vector<RemindableRecord>> ReminderRepository::remindable(const QStringList& recordIds)
{
    std::vector<RemindableRecord> out;
    Query q(m_db, remindableSql(QStringLiteral("h.id = ?")));
    for (const QString& recordId : recordIds) {
        q.bind(recordId);
        if (auto r = q.exec(); !r) {
            return fail(r.error());
        }
        if (q.next()) {
            if (auto record = readRemindable(q)) {
                out.push_back(std::move(*record));
            }
        }
        if (q.error()) {
            return fail(*q.error());
        }
    }
    return out;
}

StorageResult<std::vector<RemindableRecord>> ReminderRepository::remindableDueBetween(const Date& from, const Date& to)
{
    std::vector<RemindableRecord> out;
    Query q(m_db, remindableSql(QStringLiteral("h.next_due BETWEEN ? AND ?")));
    q.bind(from);
    q.bind(to);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    while (q.next()) {
        if (auto record = readRemindable(q)) {
            out.push_back(std::move(*record));
        }
    }
    if (q.error()) {
        return fail(*q.error());
    }
    return out;
}

StorageResult<std::vector<MessageListItem>> ReminderRepository::listAll(int limit)
{
    std::vector<MessageListItem> out;
    {
        Query q(m_db, QStringLiteral("SELECT %1, COALESCE(p.name, ''), COALESCE(s.name, ''), COALESCE(h.product, ''), "
                                     "r.due_date, COALESCE(r.kind, 'due_soon'), COALESCE(r.text, ''), "
                                     "COALESCE(r.send_at, 0) FROM messages m "
                                     "LEFT JOIN reminders r ON r.id = m.reminder_id "
                                     "LEFT JOIN pets p ON p.id = m.pet_id "
                                     "LEFT JOIN persons s ON s.id = m.person_id "
                                     "LEFT JOIN health_records h ON h.id = r.health_record_id "
                                     "WHERE m.deleted_at IS NULL ORDER BY m.created_at DESC, m.id LIMIT ?")
                          .arg(QLatin1String(kMessageColumns)));
        q.bind(limit);
        if (auto r = q.exec(); !r) {
            return fail(r.error());
        }
        while (q.next()) {
            MessageListItem item;
            item.message = readMessage(q);
            const int at = kMessageColumnCount;
            item.petName = q.text(at);
            item.personName = q.text(at + 1);
            item.product = q.text(at + 2);
            item.due = q.date(at + 3);
            item.kind = enumOr(q.str(at + 4), ReminderKind::DueSoon);
            item.reminderText = q.text(at + 5);
            item.sendAtMs = q.int64(at + 6);
            out.push_back(std::move(item));
        }
        if (q.error()) {
            return fail(*q.error());
        }
    }
    // A planned reminder names its recipients before they get a message: the one person of a
    // one-off reminder, or the owners and fosters of the pet who accept WhatsApp messages.
    Query q(m_db, QStringLiteral("SELECT %1, COALESCE(p.name, ''), COALESCE(h.product, ''), "
                                 "CASE WHEN r.person_id <> '' THEN COALESCE(s.name, '') ELSE %2 END "
                                 "FROM reminders r "
                                 "LEFT JOIN pets p ON p.id = r.pet_id "
                                 "LEFT JOIN persons s ON s.id = r.person_id "
                                 "LEFT JOIN health_records h ON h.id = r.health_record_id "
                                 "WHERE r.deleted_at IS NULL AND r.state = 'planned' ORDER BY r.send_at, r.id LIMIT ?")
                      .arg(QLatin1String(kReminderColumns),
                           QString::fromLatin1(kRecipientsOfPet).arg(QStringLiteral("r.pet_id"))));
    q.bind(limit);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    while (q.next()) {
        const ReminderEntry reminder = readReminder(q);
        MessageListItem item;
        item.planned = true;
        item.message.petId = reminder.petId;
        item.message.reminderId = reminder.id;
        item.message.state = MessageState::Queued;
        item.message.createdAtMs = reminder.createdAtMs;
        item.message.updatedAtMs = reminder.updatedAtMs;
        item.petName = q.text(kReminderColumnCount);
        item.product = q.text(kReminderColumnCount + 1);
        item.personName = q.text(kReminderColumnCount + 2);
        item.message.personId = reminder.personId;
        item.due = reminder.dueDate;
        item.kind = reminder.kind;
        item.reminderText = reminder.text;
        item.sendAtMs = reminder.sendAtMs;
        out.push_back(std::move(item));
    }
    if (q.error()) {
        return fail(*q.error());
    }
    return out;
}

} // namespace petinfo::client
