// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ReminderPreview.h"
#include "storage/ReminderRepository.h"
#include "sync/SyncApi.h"

#include <QDate>
#include <QObject>
#include <QTime>

#include <functional>
#include <memory>

namespace petinfo::client {

class PetService;

/** The server's WhatsApp reminders as the app shows them. The reminder and message rows are the
 *  server's (pulled by sync, kept offline, never edited or pushed here): this service reads them
 *  for the health tab, the Due view and the Reminders window, and asks the server, when online,
 *  to retry or cancel one and to read or save the organisation's reminder settings. GUI thread. */
class ReminderService final : public QObject
{
    Q_OBJECT

public:
    /** Makes a client signed in to the organisation's server; null when not signed in. */
    using ApiFactory = std::function<std::unique_ptr<SyncApi>()>;

    /** How far ahead listAll() shows the reminders the server has not planned yet. */
    static constexpr int kListAheadDays = 120;

    explicit ReminderService(PetService& pets, QObject* parent = nullptr);
    ~ReminderService() override;

    /** Who this database is signed in as: how to reach the server, and the role there
     *  (admin, vet, staff …; empty when signed out). */
    void setServer(ApiFactory factory, QString role);
    bool isSignedIn() const;
    const QString& role() const { return m_role; }
    /** Only admins change the organisation's reminder settings. */
    bool mayEditSettings() const { return m_role == QLatin1String("admin"); }

    /** What each record's reminders came to, and, for records whose next reminder the server
     *  has not planned yet (it plans two days ahead), the day it will go by the settings the
     *  server last sent (RecordReminderStatus::expectedDay). */
    StorageResult<QHash<QString, RecordReminderStatus>> statusOfRecords(const QStringList& recordIds);
    StorageResult<std::vector<ReminderEntry>> remindersOfPet(const QString& petId);
    /** The Reminders window's rows: every message, every planned reminder, and the reminders the
     *  server will plan within kListAheadDays (ReminderPreview). */
    StorageResult<std::vector<MessageListItem>> listAll();
    StorageResult<std::optional<MessageEntry>> message(const QString& id);

    /** Sends a failed or uncertain message again (staff decide that it did not go out). */
    NetResult<nlohmann::json> retryMessage(const QString& messageId);
    /** Cancels a reminder that is still planned. */
    NetResult<nlohmann::json> cancelReminder(const QString& reminderId);
    /** Cancels a reminder the server has not planned yet (a list item with a health record id). */
    NetResult<nlohmann::json> cancelAhead(const QString& healthRecordId, ReminderKind kind, int days);
    /** Cancels a message that is still queued. */
    NetResult<nlohmann::json> cancelMessage(const QString& messageId);

    /** Schedules a one-off WhatsApp message to one of a pet's owners at a date and time in the
     *  organisation's time zone; a 400 answer names each bad field in details.problems. The
     *  reminder row comes back with the next sync (cancel it with cancelReminder). */
    NetResult<nlohmann::json> scheduleMessage(const QString& petId, const QString& personId, const QDate& date,
                                              const QTime& time, const QString& text);

    /** The organisation's reminder settings and whether the server can send (`status`). */
    NetResult<nlohmann::json> settings();
    /** Saves them (admins); a 400 answer names each bad field in details.problems. */
    NetResult<nlohmann::json> saveSettings(const nlohmann::json& settings);

Q_SIGNALS:
    /** Reminder or message rows may have changed (a sync pulled some): views reload. */
    void changed();
    /** The server changed something on request: a sync brings it here. */
    void syncWanted();

private:
    /** The settings the server last sent, as a preview of what it will plan; nullopt when
     *  signed out, never fetched, or reminders are off. */
    std::optional<ReminderPreview> preview();
    /** Keeps the settings of a successful answer for offline use (ReminderPreview). */
    NetResult<nlohmann::json> keepSettings(NetResult<nlohmann::json> answer);
    NetResult<nlohmann::json> call(const QByteArray& method, const QString& path, const nlohmann::json& body,
                                   bool wantsSync);

    PetService& m_pets;
    ReminderRepository m_repo;
    ApiFactory m_apiFactory;
    QString m_role;
    QString m_previewText; ///< the kept settings m_preview was made from
    std::optional<ReminderPreview> m_preview;
};

} // namespace petinfo::client
