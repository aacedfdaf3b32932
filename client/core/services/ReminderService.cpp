// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReminderService.h"

#include "services/PetService.h"
#include "services/ReminderPreview.h"
#include "sync/ReminderSettingsCache.h"

#include <QUrl>

namespace petinfo::client {

namespace {

QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

ReminderService::ReminderService(PetService& pets, QObject* parent)
    : QObject(parent)
    , m_pets(pets)
    , m_repo(pets.database())
{
    // Sync announces what it pulled as a reset of the pet service's views.
    connect(&m_pets, &PetService::reset, this, &ReminderService::changed);
}

ReminderService::~ReminderService() = default;

void ReminderService::setServer(ApiFactory factory, QString role)
{
    m_apiFactory = std::move(factory);
    m_role = std::move(role);
}

bool ReminderService::isSignedIn() const
{
    return static_cast<bool>(m_apiFactory);
}

std::optional<ReminderPreview> ReminderService::preview()
{
    if (!isSignedIn()) {
        return std::nullopt;
    }
    // Read for every page of records: parsed again only when the kept text changed (a sync
    // round may have fetched new settings on its own thread).
    const QString text = reminder_settings_cache::storedText(m_pets.database());
    if (text != m_previewText) {
        const auto settings = reminder_settings_cache::load(m_pets.database());
        m_preview = settings ? ReminderPreview::fromSettings(*settings) : std::nullopt;
        m_previewText = text;
    }
    return m_preview;
}

StorageResult<QHash<QString, RecordReminderStatus>> ReminderService::statusOfRecords(const QStringList& recordIds)
{
    auto statuses = m_repo.statusOfRecords(recordIds);
    const auto ahead = statuses ? preview() : std::nullopt;
    if (!ahead) {
        return statuses;
    }
    // Records whose next reminder the server has not planned yet (it plans two days ahead).
    QStringList open;
    for (const QString& id : recordIds) {
        const auto it = statuses->constFind(id);
        if (it == statuses->cend() || !it->nextPlanned) {
            open << id;
        }
    }
    auto records = m_repo.remindable(open);
    if (!records) {
        return fail(records.error());
    }
    const Date today = m_pets.clock().today();
    for (const RemindableRecord& r : *records) {
        const auto upcoming = ahead->upcoming(r, today);
        if (!upcoming.empty()) {
            (*statuses)[r.id].expected = upcoming.front();
        }
    }
    return statuses;
}

StorageResult<std::vector<ReminderEntry>> ReminderService::remindersOfPet(const QString& petId)
{
    return m_repo.remindersOfPet(petId);
}

StorageResult<std::vector<MessageListItem>> ReminderService::listAll()
{
    auto all = m_repo.listAll();
    const auto ahead = all ? preview() : std::nullopt;
    if (!ahead) {
        return all;
    }
    // And what the server will plan over the coming months, as pending rows without an id.
    const Date today = m_pets.clock().today();
    auto records = m_repo.remindableDueBetween(today, today.addDays(kListAheadDays));
    if (!records) {
        return fail(records.error());
    }
    for (const RemindableRecord& r : *records) {
        for (const ExpectedReminder& e : ahead->upcoming(r, today)) {
            MessageListItem item;
            item.planned = true;
            item.message.petId = r.petId;
            item.message.state = MessageState::Queued;
            item.petName = r.petName;
            item.personName = r.recipients;
            item.product = r.product;
            item.due = r.nextDue;
            item.kind = e.kind;
            item.sendAtMs = e.sendAtMs;
            item.healthRecordId = r.id;
            item.days = e.days;
            all->push_back(std::move(item));
        }
    }
    return all;
}

StorageResult<std::optional<MessageEntry>> ReminderService::message(const QString& id)
{
    return m_repo.message(id);
}

NetResult<nlohmann::json> ReminderService::retryMessage(const QString& messageId)
{
    return call("POST", QStringLiteral("/api/v1/messages/%1/retry").arg(segment(messageId)), nlohmann::json::object(),
                true);
}

NetResult<nlohmann::json> ReminderService::cancelReminder(const QString& reminderId)
{
    return call("POST", QStringLiteral("/api/v1/reminders/%1/cancel").arg(segment(reminderId)),
                nlohmann::json::object(), true);
}

NetResult<nlohmann::json> ReminderService::cancelAhead(const QString& healthRecordId, ReminderKind kind, int days)
{
    return call("POST", QStringLiteral("/api/v1/health-records/%1/reminders/cancel").arg(segment(healthRecordId)),
                nlohmann::json{{"kind", enumName(kind)}, {"days", days}}, true);
}

NetResult<nlohmann::json> ReminderService::cancelMessage(const QString& messageId)
{
    return call("POST", QStringLiteral("/api/v1/messages/%1/cancel").arg(segment(messageId)), nlohmann::json::object(),
                true);
}

NetResult<nlohmann::json> ReminderService::scheduleMessage(const QString& petId, const QString& personId,
                                                           const QDate& date, const QTime& time, const QString& text)
{
    return call("POST", QStringLiteral("/api/v1/pets/%1/scheduled-messages").arg(segment(petId)),
                nlohmann::json{{"personId", personId.toStdString()},
                               {"date", date.toString(Qt::ISODate).toStdString()},
                               {"time", time.toString(QStringLiteral("HH:mm")).toStdString()},
                               {"text", text.toStdString()}},
                true);
}

NetResult<nlohmann::json> ReminderService::settings()
{
    return keepSettings(call("GET", QStringLiteral("/api/v1/reminder-settings"), nullptr, false));
}

NetResult<nlohmann::json> ReminderService::saveSettings(const nlohmann::json& settings)
{
    return keepSettings(call("PUT", QStringLiteral("/api/v1/reminder-settings"), settings, false));
}

NetResult<nlohmann::json> ReminderService::keepSettings(NetResult<nlohmann::json> answer)
{
    if (answer && reminder_settings_cache::store(m_pets.database(), *answer)) {
        Q_EMIT changed(); // the days shown ahead of the server's plan may move
    }
    return answer;
}

NetResult<nlohmann::json> ReminderService::call(const QByteArray& method, const QString& path,
                                                const nlohmann::json& body, bool wantsSync)
{
    std::unique_ptr<SyncApi> api = m_apiFactory ? m_apiFactory() : nullptr;
    if (!api) {
        return fail(
            NetError{NetErrc::Unauthorized, 0, "not_signed_in", "this database is not signed in to a server", {}});
    }
    auto result = api->call(method, path, body);
    if (result && wantsSync) {
        Q_EMIT syncWanted();
    }
    return result;
}

} // namespace petinfo::client
