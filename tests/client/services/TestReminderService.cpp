// SPDX-License-Identifier: GPL-3.0-or-later
// The server's reminder and message rows on a desktop: projected from sync rows (as a pull
// brings them), read per health record and as the Reminders window's list, never pushed, and
// put into words for the health tab.
#include "TestSupport.h"

#include "models/ReminderText.h"
#include "petinfo/common/Random.h"
#include "services/PetService.h"
#include "services/ReminderPreview.h"
#include "services/ReminderService.h"
#include "sync/Projection.h"
#include "sync/ReminderSettingsCache.h"
#include "sync/SyncApi.h"
#include "sync/SyncStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;
using nlohmann::json;

namespace {
const Date kToday{2026, 11, 22};
constexpr qint64 kNow = 1795000000000;
const sync::Hlc kServerClock{kNow, 0, "server"};
} // namespace

class TestReminderService final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PetService> m_pets;
    std::unique_ptr<ReminderService> m_reminders;
    QString m_pet;
    QString m_record;

    /** Stores and projects a server row the way a pull does. */
    void pull(sync::EntityType type, const std::string& id, const json& values)
    {
        SyncStore store(m_pets->database());
        auto stored = store.row(type, QString::fromStdString(id));
        QVERIFY(stored);
        sync::SyncRow row = *stored;
        const sync::SyncRow change = sync::makeChange(type, id, values, kServerClock);
        for (const auto& [name, value] : change.fields) {
            row.fields[name] = value;
        }
        row.type = type;
        row.id = id;
        row.version = 1;
        QVERIFY(store.putRow(row));
        QVERIFY(Projection(m_pets->database()).apply(row));
    }

    std::string reminder(const json& values)
    {
        const std::string id = newUuid();
        json all{{"petId", m_pet.toStdString()},
                 {"healthRecordId", m_record.toStdString()},
                 {"kind", "due_soon"},
                 {"days", 14},
                 {"dueDate", "2026-12-15"},
                 {"sendAt", kNow + 3600000},
                 {"state", "planned"},
                 {"reason", ""},
                 {"text", ""},
                 {"createdAt", kNow},
                 {"updatedAt", kNow},
                 {"deleted", false}};
        all.update(values);
        pull(sync::EntityType::Reminder, id, all);
        return id;
    }

    std::string message(const std::string& reminderId, const json& values)
    {
        const std::string id = newUuid();
        json all{{"petId", m_pet.toStdString()},
                 {"reminderId", reminderId},
                 {"personId", newUuid()},
                 {"purpose", "reminder"},
                 {"template", "vaccine_reminder"},
                 {"language", "es"},
                 {"state", "queued"},
                 {"error", ""},
                 {"attempts", 0},
                 {"sentAt", 0},
                 {"deliveredAt", 0},
                 {"readAt", 0},
                 {"failedAt", 0},
                 {"statusAt", 0},
                 {"createdAt", kNow},
                 {"updatedAt", kNow},
                 {"deleted", false}};
        all.update(values);
        pull(sync::EntityType::Message, id, all);
        return id;
    }

    RecordReminderStatus statusOf(const QString& record)
    {
        auto all = m_reminders->statusOfRecords({record});
        return all && all->contains(record) ? all->value(record) : RecordReminderStatus{};
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(m_t->create());
        m_clock = std::make_unique<ManualClock>(kNow, kToday);
        m_pets = std::make_unique<PetService>(std::move(m_t->db), *m_clock);
        m_reminders = std::make_unique<ReminderService>(*m_pets);
        PetRecord r;
        r.pet.name = "Zanahoria";
        auto created = m_pets->createPet(r);
        QVERIFY(created);
        m_pet = QString::fromStdString(created->id);
        HealthRecord record;
        record.petId = created->id;
        record.kind = HealthKind::Vaccine;
        record.date = kToday;
        record.product = "Antirrábica";
        record.nextDue = Date{2026, 12, 15};
        auto added = m_pets->addHealthRecord(record);
        QVERIFY(added);
        m_record = QString::fromStdString(added->id);
    }

    void cleanup()
    {
        m_reminders.reset();
        m_pets.reset();
        m_t.reset();
    }

    void testPlannedReminderIsShownWithItsDate()
    {
        QVERIFY(statusOf(m_record).isEmpty());
        const qint64 sendAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch();
        reminder({{"sendAt", sendAt}});
        const RecordReminderStatus status = statusOf(m_record);
        QVERIFY(status.nextPlanned);
        QVERIFY(!status.lastMessage);
        QCOMPARE(recordReminderText(status), QStringLiteral("reminder planned for 1 Dec"));
    }

    void testNewestMessageWinsAndNextReminderFollows()
    {
        const qint64 sent = QDateTime(QDate(2026, 12, 1), QTime(9, 2)).toMSecsSinceEpoch();
        const std::string first = reminder({{"state", "dispatched"}, {"sendAt", sent - 120000}});
        message(first, {{"state", "read"},
                        {"sentAt", sent},
                        {"deliveredAt", sent + 1000},
                        {"readAt", sent + 5000},
                        {"statusAt", sent + 5000}});
        QCOMPARE(recordReminderText(statusOf(m_record)), QStringLiteral("sent 1 Dec 09:02, delivered, read"));

        const qint64 later = QDateTime(QDate(2026, 12, 14), QTime(9, 0)).toMSecsSinceEpoch();
        reminder({{"days", 1}, {"sendAt", later}});
        QCOMPARE(recordReminderText(statusOf(m_record)),
                 QStringLiteral("sent 1 Dec 09:02, delivered, read; next reminder planned for 14 Dec"));
    }

    void testFailureAndUncertaintyAreExplained_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not on WhatsApp") << "failed"
                                         << "131026: Message undeliverable (the recipient is not a WhatsApp user)"
                                         << "failed: number not on WhatsApp";
        QTest::newRow("template") << "failed"
                                  << "132001: Template name does not exist in the translation"
                                  << "failed: the message template was refused";
        QTest::newRow("opted out") << "cancelled"
                                   << "opted_out"
                                   << "cancelled: the owner opted out";
        QTest::newRow("uncertain") << "uncertain"
                                   << "no answer after the request was sent"
                                   << "uncertain: may not have been sent";
        QTest::newRow("unknown code") << "failed"
                                      << "100: Invalid parameter"
                                      << "failed: 100: Invalid parameter";
    }

    void testFailureAndUncertaintyAreExplained()
    {
        QFETCH(QString, state);
        QFETCH(QString, error);
        QFETCH(QString, expected);
        const std::string r = reminder({{"state", "dispatched"}});
        message(r, {{"state", state.toStdString()}, {"error", error.toStdString()}, {"failedAt", kNow}});
        QCOMPARE(recordReminderText(statusOf(m_record)), expected);
    }

    void testSkippedReminderSaysWhy()
    {
        reminder({{"state", "skipped"}, {"reason", "no_recipient"}});
        QCOMPARE(recordReminderText(statusOf(m_record)),
                 QStringLiteral("no reminder: nobody to tell (no owner opted in with a WhatsApp number)"));
    }

    void testLaterStatusReplacesTheRowAndDeletedRowsDisappear()
    {
        const std::string r = reminder({{"state", "dispatched"}});
        const std::string m = message(r, {{"state", "queued"}});
        pull(sync::EntityType::Message, m, {{"state", "failed"}, {"error", "opted_out"}});
        auto stored = m_reminders->message(QString::fromStdString(m));
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->state, MessageState::Failed);
        QCOMPARE((*stored)->templateName, QStringLiteral("vaccine_reminder"));
        pull(sync::EntityType::Message, m, {{"deleted", true}});
        stored = m_reminders->message(QString::fromStdString(m));
        QVERIFY(stored);
        QVERIFY(!*stored);
    }

    void testListsMessagesAndPlannedRemindersForTheWindow()
    {
        const std::string sent = reminder({{"state", "dispatched"}});
        message(sent, {{"state", "failed"}, {"error", "131026: x"}, {"createdAt", kNow + 10}});
        message(sent, {{"state", "delivered"}, {"createdAt", kNow + 20}});
        const std::string planned = reminder({{"days", 1}});
        reminder({{"days", 3}, {"state", "cancelled"}, {"reason", "superseded"}});
        auto list = m_reminders->listAll();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t{3});
        QCOMPARE((*list)[0].message.state, MessageState::Delivered); // newest first
        QCOMPARE((*list)[0].petName, QStringLiteral("Zanahoria"));
        QCOMPARE((*list)[0].product, QStringLiteral("Antirrábica"));
        QCOMPARE((*list)[1].message.state, MessageState::Failed);
        QVERIFY((*list)[2].planned);
        QCOMPARE((*list)[2].message.reminderId, QString::fromStdString(planned));
        QVERIFY((*list)[2].message.id.isEmpty());
    }

    // The window's "To" column was empty until a message existed (and for good for a one-off
    // reminder, whose person the desktop did not keep).
    void testPlannedRemindersNameWhomTheyWillReach()
    {
        auto person = [](const char* name, bool optIn) {
            ContactEntry c;
            c.person.name = name;
            c.person.phones = {"+5491123456789"};
            c.person.whatsappOptIn = optIn;
            return c;
        };
        PetRecord r;
        r.pet.name = "Pimienta";
        r.contacts = {person("Zoe", true), person("Bruno", false), person("Ana", true), person("Vera", true)};
        r.contacts[0].primary = true;
        r.contacts[1].role = ContactRole::Owner;
        r.contacts[2].role = ContactRole::Foster;
        r.contacts[3].role = ContactRole::Vet;
        auto created = m_pets->createPet(r);
        QVERIFY(created);
        auto loaded = m_pets->loadPet(QString::fromStdString(created->id));
        QVERIFY(loaded);
        std::string bruno;
        for (const ContactEntry& c : loaded->contacts) {
            if (c.person.name == "Bruno") {
                bruno = c.person.id;
            }
        }
        QVERIFY(!bruno.empty());
        const std::string dueSoon = reminder({{"petId", created->id}});
        const std::string oneOff = reminder({{"petId", created->id},
                                             {"healthRecordId", ""},
                                             {"kind", "one_off"},
                                             {"text", "Traer la libreta"},
                                             {"personId", bruno},
                                             {"sendAt", kNow + 7200000}});
        auto list = m_reminders->listAll();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t{2});
        const auto& first = (*list)[0];
        const auto& second = (*list)[1];
        QCOMPARE(first.message.reminderId, QString::fromStdString(dueSoon));
        QCOMPARE(first.personName, QStringLiteral("Ana, Zoe")); // opted in, owner or foster, by name
        QCOMPARE(second.message.reminderId, QString::fromStdString(oneOff));
        QCOMPARE(second.personName, QStringLiteral("Bruno")); // chosen by staff, opted in or not
        QCOMPARE(second.message.personId, QString::fromStdString(bruno));
    }

    void testServerRowsAreNeverPushed()
    {
        SyncStore store(m_pets->database());
        const qint64 before = *store.outboxCount();
        const std::string r = reminder(json::object());
        message(r, {{"state", "sent"}});
        QCOMPARE(*store.outboxCount(), before);
        auto unsynced = store.unsyncedIds(sync::EntityType::Reminder);
        QVERIFY(unsynced && unsynced->isEmpty());
        unsynced = store.unsyncedIds(sync::EntityType::Message);
        QVERIFY(unsynced && unsynced->isEmpty());
    }

    void testOnlineActionsSayWhenNotSignedIn()
    {
        QSignalSpy wanted(m_reminders.get(), &ReminderService::syncWanted);
        const auto result = m_reminders->retryMessage(QString::fromStdString(newUuid()));
        QVERIFY(!result);
        QCOMPARE(result.error().apiCode, std::string("not_signed_in"));
        QCOMPARE(wanted.count(), 0);
    }

    /** The settings as GET /api/v1/reminder-settings answers them (defaults of the server). */
    static json serverSettings()
    {
        return json{
            {"enabled", true},
            {"kinds", {"vaccine", "deworming", "flea_tick", "treatment"}},
            {"daysBefore", {14, 1}},
            {"overdueDays", 0},
            {"timeZone", "America/Argentina/Buenos_Aires"},
            {"window", {{"start", "09:00"}, {"end", "19:00"}, {"days", {"mon", "tue", "wed", "thu", "fri", "sat"}}}},
            {"defaultLanguage", "es"},
            {"templates", {{"es", {{"dueSoon", "vaccine_reminder"}, {"overdue", ""}, {"code", "es"}}}}},
            {"status", {{"whatsapp", "on"}}}};
    }
    void signIn()
    {
        m_reminders->setServer([] { return std::unique_ptr<SyncApi>(); }, QStringLiteral("vet"));
    }

    void testRemindersNotPlannedYetAreShownByTheKeptSettings()
    {
        signIn();
        QVERIFY(statusOf(m_record).isEmpty()); // no settings kept yet: nothing guessed
        QVERIFY(reminder_settings_cache::store(m_pets->database(), serverSettings()));
        // Due Tuesday 15 Dec: 14 days before is Tuesday 1 Dec (the server plans it on 29 Nov).
        RecordReminderStatus status = statusOf(m_record);
        QVERIFY(!status.nextPlanned);
        QVERIFY(status.expected);
        QCOMPARE(status.expected->day, (Date{2026, 12, 1}));
        QCOMPARE(recordReminderText(status), QStringLiteral("reminder planned for 1 Dec"));

        // Once the server has planned it, its row is what is shown.
        const qint64 sendAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch();
        const std::string planned = reminder({{"sendAt", sendAt}});
        status = statusOf(m_record);
        QVERIFY(status.nextPlanned);
        QVERIFY(!status.expected);

        // Sent: the next one, 1 day before (Monday 14 Dec), follows the message.
        m_clock->setToday(Date{2026, 12, 1});
        pull(sync::EntityType::Reminder, planned, {{"state", "dispatched"}});
        const qint64 sent = sendAt + 120000;
        message(planned, {{"state", "delivered"}, {"sentAt", sent}, {"deliveredAt", sent + 1000}});
        QCOMPARE(recordReminderText(statusOf(m_record)),
                 QStringLiteral("sent 1 Dec 09:02, delivered; next reminder planned for 14 Dec"));

        // Two days before, it is the server's to plan (or to have skipped): no more guessing.
        m_clock->setToday(Date{2026, 12, 13});
        QCOMPARE(recordReminderText(statusOf(m_record)), QStringLiteral("sent 1 Dec 09:02, delivered"));
    }

    void testNothingIsShownAheadWhenNoReminderWillGo_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("signed out") << "signed out";
        QTest::newRow("reminders off") << "off";
        QTest::newRow("kind not reminded") << "kind";
        QTest::newRow("renewed by a later record") << "renewed";
        QTest::newRow("pet died") << "deceased";
        QTest::newRow("pet adopted out") << "adopted";
        QTest::newRow("settings unreadable") << "garbage";
    }

    void testNothingIsShownAheadWhenNoReminderWillGo()
    {
        QFETCH(QString, change);
        if (change != QLatin1String("signed out")) {
            signIn();
        }
        json settings = serverSettings();
        if (change == QLatin1String("off")) {
            settings["enabled"] = false;
        } else if (change == QLatin1String("kind")) {
            settings["kinds"] = {"deworming"};
        } else if (change == QLatin1String("garbage")) {
            settings["window"] = "every day";
        }
        QVERIFY(reminder_settings_cache::store(m_pets->database(), settings));
        if (change == QLatin1String("renewed")) {
            HealthRecord renewal;
            renewal.petId = m_pet.toStdString();
            renewal.kind = HealthKind::Vaccine;
            renewal.date = kToday;
            renewal.product = "ANTIRRÁBICA";
            auto added = m_pets->addHealthRecord(renewal);
            QVERIFY(added);
        } else if (change == QLatin1String("deceased") || change == QLatin1String("adopted")) {
            auto pet = m_pets->loadPet(m_pet);
            QVERIFY(pet);
            PetRecord changed = *pet;
            changed.pet.status = change == QLatin1String("deceased") ? PetStatus::Deceased : PetStatus::Adopted;
            QVERIFY(m_pets->updatePet(changed));
        }
        QVERIFY(statusOf(m_record).isEmpty());
    }

    static std::optional<Date> firstDay(const ReminderPreview& preview, HealthKind kind, const Date& due,
                                        const Date& today)
    {
        const auto upcoming = preview.upcoming(kind, due, today);
        return upcoming.empty() ? std::nullopt : std::optional<Date>(upcoming.front().day);
    }

    void testReminderPreviewFollowsTheServersDayRules()
    {
        json settings = serverSettings();
        settings["window"]["days"] = {"mon", "tue", "wed", "thu", "fri"};
        settings["overdueDays"] = 7;
        const auto noOverdue = ReminderPreview::fromSettings(settings);
        QVERIFY(noOverdue);
        // Due Tuesday 15 Dec, seen on Sunday 22 Nov: 14 days before (Tue 1 Dec), then 1 day
        // before (Mon 14 Dec), at 09:00 in Buenos Aires (12:00 UTC).
        const auto both = noOverdue->upcoming(HealthKind::Vaccine, Date{2026, 12, 15}, kToday);
        QCOMPARE(both.size(), std::size_t(2));
        QCOMPARE(both[0].day, (Date{2026, 12, 1}));
        QCOMPARE(both[0].kind, ReminderKind::DueSoon);
        QCOMPARE(both[0].days, 14);
        QCOMPARE(both[0].sendAtMs, QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(both[1].day, (Date{2026, 12, 14}));
        // A record already planned for its 14-day reminder: only the other one is expected.
        RemindableRecord record{
            {}, {}, {}, {}, {}, HealthKind::Vaccine, Date{2026, 12, 15}, {{ReminderKind::DueSoon, 14}}};
        const auto rest = noOverdue->upcoming(record, kToday);
        QCOMPARE(rest.size(), std::size_t(1));
        QCOMPARE(rest[0].days, 1);
        // Due Monday 14 Dec, seen on 1 Dec: 1 day before is a Sunday, moved to Friday 11 Dec.
        QCOMPARE(firstDay(*noOverdue, HealthKind::Vaccine, Date{2026, 12, 14}, Date{2026, 12, 1}),
                 std::optional<Date>(Date{2026, 12, 11}));
        // No overdue template in the default language: no overdue reminder, as on the server.
        QCOMPARE(firstDay(*noOverdue, HealthKind::Vaccine, Date{2026, 12, 2}, Date{2026, 12, 1}), std::nullopt);
        settings["templates"]["es"]["overdue"] = "vaccine_overdue";
        const auto overdue = ReminderPreview::fromSettings(settings);
        QVERIFY(overdue);
        // Due Wed 2 Dec seen on Tue 1 Dec: the 1-day one is today (the server's), the overdue
        // one 7 days after is Wed 9 Dec.
        QCOMPARE(firstDay(*overdue, HealthKind::Vaccine, Date{2026, 12, 2}, Date{2026, 12, 1}),
                 std::optional<Date>(Date{2026, 12, 9}));
        QCOMPARE(firstDay(*overdue, HealthKind::Lab, Date{2026, 12, 15}, kToday), std::nullopt);
        QCOMPARE(firstDay(*overdue, HealthKind::Vaccine, Date{2026, 11, 1}, kToday), std::nullopt); // past due
        QVERIFY(!ReminderPreview::fromSettings(json::array()));
        QVERIFY(!ReminderPreview::fromSettings(json{{"enabled", true}}));
    }

    void testSyncResetAnnouncesAChange()
    {
        QSignalSpy changed(m_reminders.get(), &ReminderService::changed);
        Q_EMIT m_pets->reset();
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReminderService)
#include "TestReminderService.moc"
