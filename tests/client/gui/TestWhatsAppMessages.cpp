// SPDX-License-Identifier: GPL-3.0-or-later
// A person's WhatsApp number verified by one-time code, and a one-off WhatsApp message scheduled
// for a pet's owner, as staff do them, against the real server binary (its clock moved through
// debug.clockFile) and the fake Cloud API in a process of its own: the person form's state (not
// verified, code sent, verified on … by …), a wrong code and the right one, errors said plainly
// (not signed in, WhatsApp off), revoking; then "Schedule a WhatsApp message…" with its counter
// and preview, the message in the Reminders window, cancelled, and one sent at its time.
#include "FakeWhatsAppProcess.h"
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"
#include "SyncRound.h"
#include "TestServer.h"

#include "gui/DateEdit.h"
#include "gui/MainWindow.h"
#include "gui/PeoplePage.h"
#include "gui/PersonDialog.h"
#include "gui/ReminderActions.h"
#include "gui/RemindersWindow.h"
#include "gui/ScheduleMessageDialog.h"
#include "gui/SyncController.h"
#include "gui/Translations.h"
#include "models/PhoneText.h"
#include "models/ReminderListModel.h"
#include "services/PersonService.h"
#include "services/ReminderService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::FakeWhatsAppProcess;
using petinfo::test::fastTiming;
using petinfo::test::syncNow;
using petinfo::test::TestServer;

namespace {

const QString kEmail = QStringLiteral("admin@clinica.example");
const QString kPassword = QStringLiteral("correct horse battery");
const QByteArray kZone = "America/Argentina/Buenos_Aires";
const QString kDigits = QStringLiteral("5491123456789");
constexpr qint64 kHour = 3600 * 1000;

QDateTime nextMondayMorning()
{
    const QTimeZone zone(kZone);
    QDate day = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(2);
    while (day.dayOfWeek() != Qt::Monday) {
        day = day.addDays(1);
    }
    return QDateTime(day, QTime(8, 0), zone);
}

/** Ana's number as the form shows it (the way her country writes it). */
QString shown()
{
    return phoneForDisplay(u"+5491123456789");
}

/** The body parameters of a message the fake took. */
QStringList parameters(const nlohmann::json& body)
{
    QStringList out;
    if (body.is_object()) {
        for (const auto& p : body["template"]["components"][0]["parameters"]) {
            out << QString::fromStdString(p["text"].get<std::string>());
        }
    }
    return out;
}

} // namespace

class TestWhatsAppMessages final : public QObject
{
    Q_OBJECT

    test::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;
    QString m_clockFile;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no child %s", name);
        }
        return found;
    }

    bool setServerTime(qint64 ms)
    {
        QFile file(m_clockFile + QStringLiteral(".tmp"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return false;
        }
        file.write(QByteArray::number(ms) + '\n');
        file.close();
        QFile::remove(m_clockFile);
        return QFile::rename(m_clockFile + QStringLiteral(".tmp"), m_clockFile);
    }

    QMap<QString, QString> serverConfig(const FakeWhatsAppProcess* fake)
    {
        QMap<QString, QString> config = fake ? fake->serverConfig() : QMap<QString, QString>{};
        config.insert(QStringLiteral("debug.clockFile"), m_clockFile);
        config.insert(QStringLiteral("jobs.pollMilliseconds"), QStringLiteral("50"));
        config.insert(QStringLiteral("jobs.leaseSeconds"), QStringLiteral("10"));
        if (!config.contains(QStringLiteral("whatsapp.timeoutMilliseconds"))) {
            config.insert(QStringLiteral("whatsapp.timeoutMilliseconds"), QStringLiteral("5000"));
        }
        config.insert(QStringLiteral("auth.tokenCacheMilliseconds"), QStringLiteral("0"));
        config.insert(QStringLiteral("sync.versionCacheMilliseconds"), QStringLiteral("0"));
        return config;
    }

    static SigninRequest signin()
    {
        SigninRequest request;
        request.email = kEmail;
        request.password = kPassword;
        request.deviceName = QStringLiteral("Recepción");
        return request;
    }

    /** A dog whose owner Ana has a WhatsApp number, not opted in; returns {pet id, person id}. */
    static std::pair<QString, QString> addPet(test::ServiceFixture& f)
    {
        PetRecord record;
        record.pet.name = "Zanahoria";
        Person ana;
        ana.name = "Ana Pérez";
        ana.phones = {"+5491123456789"};
        ana.language = "es";
        record.contacts = {ContactEntry{ana, ContactRole::Owner, true}};
        auto pet = f.service().createPet(record);
        if (!pet) {
            return {};
        }
        auto loaded = f.service().loadPet(QString::fromStdString(pet->id));
        if (!loaded || loaded->contacts.empty()) {
            return {};
        }
        return {QString::fromStdString(pet->id), QString::fromStdString(loaded->contacts[0].person.id)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        QVERIFY(m_dir.isValid());
        m_clockFile = m_dir.filePath(QStringLiteral("clock"));
    }

    void init() { m_prompts.reset(); }

    void testVerifyingANumberSaysWhyItCannotWithoutAServerOrWhatsApp()
    {
        QVERIFY(setServerTime(nextMondayMorning().toMSecsSinceEpoch()));
        TestServer server(TestServer::Options{{}, serverConfig(nullptr), {}});
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Clínica Sin WhatsApp")));
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        f.clock().advanceMs(QDateTime::currentMSecsSinceEpoch() - f.clock().nowMs());
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString(), fastTiming());
        sync.attach(&window);
        window.show();
        const auto [petId, personId] = addPet(f);
        QVERIFY(!personId.isEmpty());

        window.showView(MainWindow::PeopleView);
        PersonDialog* page = window.peoplePage()->openPerson(personId);
        QVERIFY(page);
        auto* state = child<QLabel>(page, "whatsappStateLabel");
        QVERIFY2(state->text().startsWith(QStringLiteral("Not verified: nothing is sent to ") + shown()),
                 qPrintable(state->text()));
        QVERIFY(!child<QLineEdit>(page, "whatsappCodeLineEdit")->isEnabled());
        QTest::mouseClick(child<QPushButton>(page, "verifyWhatsAppButton"), Qt::LeftButton);
        auto* message = child<QLabel>(page, "whatsappMessageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("not signed in")), qPrintable(message->text()));

        QVERIFY(sync.signIn(server.url(), signin()).hasValue());
        QVERIFY(syncNow(sync));
        QTest::mouseClick(child<QPushButton>(page, "verifyWhatsAppButton"), Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("WhatsApp notifications are off on the server")),
                 qPrintable(message->text()));
        page->resize(900, 640);
        test::snapshot(page, QStringLiteral("person-whatsapp-off"));
        page->reject();
    }

    void testVerifyByCodeThenScheduleAMessage()
    {
        FakeWhatsAppProcess fake;
        QVERIFY(fake.start());
        const qint64 start = nextMondayMorning().toMSecsSinceEpoch();
        QVERIFY(setServerTime(start));
        TestServer server(TestServer::Options{{}, serverConfig(&fake), {}});
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Clínica Zanahoria")));
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        f.clock().advanceMs(QDateTime::currentMSecsSinceEpoch() - f.clock().nowMs());
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString(), fastTiming());
        sync.attach(&window);
        window.resize(1200, 640);
        window.show();
        QVERIFY(sync.signIn(server.url(), signin()).hasValue());
        // The organisation's time zone, for the scheduled message.
        {
            nlohmann::json settings = {{"enabled", false},
                                       {"timeZone", kZone.toStdString()},
                                       {"templates", {{"es", {{"dueSoon", "vaccine_reminder"}, {"code", "es"}}}}}};
            QVERIFY(window.reminders().saveSettings(settings).hasValue());
        }
        const auto [petId, personId] = addPet(f);
        QVERIFY(!personId.isEmpty());
        QVERIFY(syncNow(sync));

        window.showView(MainWindow::PeopleView);
        PersonDialog* page = window.peoplePage()->openPerson(personId);
        QVERIFY(page);
        page->resize(900, 640);
        auto* state = child<QLabel>(page, "whatsappStateLabel");
        auto* verify = child<QPushButton>(page, "verifyWhatsAppButton");
        auto* code = child<QLineEdit>(page, "whatsappCodeLineEdit");
        auto* confirm = child<QPushButton>(page, "confirmCodeButton");
        auto* message = child<QLabel>(page, "whatsappMessageLabel");
        QVERIFY(!child<QPushButton>(page, "revokeWhatsAppButton")->isEnabled());
        test::snapshot(page, QStringLiteral("person-whatsapp-not-verified"));

        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY2(message->text().startsWith(QStringLiteral("A code is on its way to ") + shown()),
                 qPrintable(message->text()));
        QVERIFY(code->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(fake.counts().second == 1, 15000);
        const nlohmann::json sent = fake.lastMessageTo(kDigits);
        QCOMPARE(QString::fromStdString(sent["template"]["name"].get<std::string>()),
                 QStringLiteral("petinfo_verification_code"));
        const QStringList params = parameters(sent);
        QCOMPARE(params.size(), 2);
        QCOMPARE(params[0], QStringLiteral("Clínica Zanahoria"));
        const QString theCode = params[1];
        QVERIFY(syncNow(sync)); // the code's message row
        QTRY_VERIFY2(state->text().startsWith(QStringLiteral("Code sent to ") + shown() + QStringLiteral(" at ")),
                     qPrintable(state->text()));
        QCOMPARE(verify->text(), QStringLiteral("Send a &New Code"));

        // A wrong code: said plainly, with the tries left.
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(code,
                         theCode == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        QVERIFY(confirm->isEnabled());
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY2(message->text() == QStringLiteral("That is not the code. 4 tries left."), qPrintable(message->text()));
        test::snapshot(page, QStringLiteral("person-whatsapp-wrong-code"));

        code->clear();
        QTest::keyClicks(code, theCode.left(3) + QLatin1Char(' ') + theCode.mid(3));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY2(message->text().startsWith(QStringLiteral("Verified: ") + shown()), qPrintable(message->text()));
        QVERIFY(syncNow(sync));
        QTRY_VERIFY2(state->text().startsWith(QStringLiteral("Verified on ")) &&
                         state->text().endsWith(QStringLiteral("by Admin.")),
                     qPrintable(state->text()));
        QTRY_VERIFY(child<QCheckBox>(page, "personWhatsappCheckBox")->isChecked()); // opted in by the server
        QVERIFY(!verify->isEnabled());
        QVERIFY(child<QPushButton>(page, "revokeWhatsAppButton")->isEnabled());
        test::snapshot(page, QStringLiteral("person-whatsapp-verified"));
        page->reject();

        // Schedule a message for tomorrow 10:30 (Buenos Aires), from the Reminders menu.
        window.showView(MainWindow::PetsView);
        QVERIFY(window.selectPet(petId));
        QApplication::setActiveWindow(&window);
        QCOMPARE(window.reminderActions()->scheduleMessageAction()->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Shift+W")));
        ScheduleMessageDialog* dialog = window.reminderActions()->scheduleMessage();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(child<QComboBox>(dialog, "ownerComboBox")->currentText(), QStringLiteral("Ana Pérez"));
        QVERIFY(child<QLabel>(dialog, "ownerStateLabel")->text().contains(QStringLiteral("verified")));
        const QDate serverToday = QDateTime::fromMSecsSinceEpoch(start, QTimeZone(kZone)).date();
        child<DateEdit>(dialog, "dateEdit")->setDate(serverToday.addDays(1));
        child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(10, 30));
        auto* text = child<QPlainTextEdit>(dialog, "messageTextEdit");
        auto* schedule = child<QPushButton>(dialog, "scheduleButton");
        QVERIFY(!schedule->isEnabled());
        QTest::keyClicks(text, QString(501, QLatin1Char('a')));
        QCOMPARE(child<QLabel>(dialog, "lengthLabel")->text(), QStringLiteral("501 / 500 characters"));
        QVERIFY(!schedule->isEnabled());
        text->clear();
        // Accented letters are typed the way an input method delivers them.
        text->insertPlainText(QStringLiteral("Recordá traer la libreta mañana."));
        QVERIFY(schedule->isEnabled());
        QVERIFY(
            child<QLabel>(dialog, "previewLabel")->text().endsWith(QStringLiteral("Recordá traer la libreta mañana.")));
        test::snapshot(dialog, QStringLiteral("schedule-whatsapp-message"));
        QTest::mouseClick(schedule, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        const qint64 sendAt = QDateTime(serverToday.addDays(1), QTime(10, 30), QTimeZone(kZone)).toMSecsSinceEpoch();
        QCOMPARE(dialog->scheduled().value("sendAt", qint64(0)), sendAt);
        QVERIFY(syncNow(sync));

        // The Reminders window shows it pending, read-only, with its words; cancel it.
        RemindersWindow* reminders = window.reminderActions()->showReminders();
        QVERIFY(reminders);
        QTRY_VERIFY(reminders->isVisible());
        auto* table = child<QTableView>(reminders, "remindersTableView");
        auto* stateCombo = child<QComboBox>(reminders, "stateComboBox");
        stateCombo->setCurrentIndex(stateCombo->findText(QStringLiteral("Pending")));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ReminderListModel::About).data().toString(),
                 QStringLiteral("Recordá traer la libreta mañana."));
        test::snapshot(reminders, QStringLiteral("reminders-window-one-off"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        auto* cancel = child<QPushButton>(reminders, "cancelButton");
        QTRY_VERIFY(cancel->isEnabled());
        m_prompts.confirms = {true};
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QVERIFY(syncNow(sync));
        QTRY_COMPARE(table->model()->rowCount(), 0);

        // Another, left to go: it is sent once at its time.
        auto again = window.reminders().scheduleMessage(petId, personId, serverToday.addDays(1), QTime(11, 0),
                                                        QStringLiteral("Hoy es el turno de Zanahoria."));
        QVERIFY(again.hasValue());
        QVERIFY(setServerTime(QDateTime(serverToday.addDays(1), QTime(11, 0), QTimeZone(kZone)).toMSecsSinceEpoch() +
                              1000));
        QTRY_VERIFY_WITH_TIMEOUT(fake.counts().second == 2, 15000);
        const nlohmann::json reminder = fake.lastMessageTo(kDigits);
        QCOMPARE(QString::fromStdString(reminder["template"]["name"].get<std::string>()),
                 QStringLiteral("petinfo_custom_reminder"));
        QCOMPARE(parameters(reminder),
                 (QStringList{QStringLiteral("Zanahoria"), QStringLiteral("Hoy es el turno de Zanahoria.")}));
        QVERIFY(setServerTime(QDateTime(serverToday.addDays(1), QTime(11, 0), QTimeZone(kZone)).toMSecsSinceEpoch() +
                              kHour));
        QTest::qWait(500);
        QCOMPARE(fake.counts().second, 2); // code and one reminder, nothing cancelled went out
        reminders->close();

        // The owner changes their mind: revoked on the person's page.
        PersonDialog* again2 = window.peoplePage()->openPerson(personId);
        m_prompts.confirms = {true};
        QTest::mouseClick(child<QPushButton>(again2, "revokeWhatsAppButton"), Qt::LeftButton);
        QVERIFY(syncNow(sync));
        QTRY_VERIFY(child<QLabel>(again2, "whatsappStateLabel")->text().startsWith(QStringLiteral("Not verified")));
        QTRY_VERIFY(!child<QCheckBox>(again2, "personWhatsappCheckBox")->isChecked());
        again2->reject();
    }
};

QTEST_MAIN(TestWhatsAppMessages)
#include "TestWhatsAppMessages.moc"
