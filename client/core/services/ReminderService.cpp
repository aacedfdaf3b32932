// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReminderService.h"

#include "services/PetService.h"

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

StorageResult<QHash<QString, RecordReminderStatus>> ReminderService::statusOfRecords(const QStringList& recordIds)
{
    return m_repo.statusOfRecords(recordIds);
}

StorageResult<std::vector<ReminderEntry>> ReminderService::remindersOfPet(const QString& petId)
{
    return m_repo.remindersOfPet(petId);
}

StorageResult<std::vector<MessageListItem>> ReminderService::listAll()
{
    return m_repo.listAll();
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
    return call("GET", QStringLiteral("/api/v1/reminder-settings"), nullptr, false);
}

NetResult<nlohmann::json> ReminderService::saveSettings(const nlohmann::json& settings)
{
    return call("PUT", QStringLiteral("/api/v1/reminder-settings"), settings, false);
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
