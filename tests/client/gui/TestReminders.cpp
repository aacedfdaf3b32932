// SPDX-License-Identifier: GPL-3.0-or-later
// WhatsApp reminders as staff see them, against the real server binary (its clock moved through
// debug.clockFile) and the fake Cloud API in a process of its own: the organisation's settings
// (checked field by field, read-only for non-admins, and saying why nothing is sent when the
// server has no WhatsApp configuration), the reminder state on a pet's health tab and in the Due
// view as it goes from planned to failed to sent, delivered and read, and the Reminders window
// with its filters and "send again".
#include "FakeWhatsAppProcess.h"
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"
#include "SyncRound.h"
#include "TestServer.h"

#include "gui/DateEdit.h"
#include "gui/HealthPage.h"
#include "gui/MainWindow.h"
#include "gui/PetEditorDialog.h"
#include "gui/ReminderActions.h"
#include "gui/ReminderSettingsDialog.h"
#include "gui/RemindersWindow.h"
#include "gui/SyncController.h"
#include "gui/Translations.h"
#include "models/DueModel.h"
#include "models/HealthRecordModel.h"
#include "models/ReminderListModel.h"
#include "services/ReminderService.h"
#include "sync/SyncStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

#include <algorithm>

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
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

/** The next Monday at least two days from now, at 08:00 in Buenos Aires (the server's clock
 *  then runs ahead of the desktop's, as its clock-skew check wants). */
QDateTime nextMondayMorning()
{
    const QTimeZone zone(kZone);
    QDate day = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(2);
    while (day.dayOfWeek() != Qt::Monday) {
        day = day.addDays(1);
    }
    return QDateTime(day, QTime(8, 0), zone);
}

} // namespace

class TestReminders final : public QObject
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

    /** Starts a sync round and waits until one has run from start to end after this call. (The
     *  desktop's clock is pinned, so lastSyncedAtMs cannot tell rounds apart.) */

    QMap<QString, QString> serverConfig(const FakeWhatsAppProcess* fake)
    {
        QMap<QString, QString> config = fake ? fake->serverConfig() : QMap<QString, QString>{};
        config.insert(QStringLiteral("debug.clockFile"), m_clockFile);
        config.insert(QStringLiteral("jobs.pollMilliseconds"), QStringLiteral("50"));
        config.insert(QStringLiteral("jobs.leaseSeconds"), QStringLiteral("10"));
        // The lease must outlast a provider call (the server refuses to start otherwise).
        if (!config.contains(QStringLiteral("whatsapp.timeoutMilliseconds"))) {
            config.insert(QStringLiteral("whatsapp.timeoutMilliseconds"), QStringLiteral("5000"));
        }
        config.insert(QStringLiteral("auth.tokenCacheMilliseconds"), QStringLiteral("0"));
        config.insert(QStringLiteral("sync.versionCacheMilliseconds"), QStringLiteral("0"));
        // People are opted in on the person form here, without the one-time code (see
        // TestPersonVerification for that).
        config.insert(QStringLiteral("whatsapp.requireVerifiedNumber"), QStringLiteral("false"));
        return config;
    }

    /** Fills the settings dialog the way the clinic wants it. */
    static void fillSettings(ReminderSettingsDialog* dialog)
    {
        child<QCheckBox>(dialog, "enabledCheckBox")->setChecked(true);
        child<QCheckBox>(dialog, "vaccineCheckBox")->setChecked(true);
        auto* days = child<QLineEdit>(dialog, "daysBeforeLineEdit");
        days->clear();
        QTest::keyClicks(days, QStringLiteral("14, 1"));
        child<QCheckBox>(dialog, "overdueCheckBox")->setChecked(true);
        child<QComboBox>(dialog, "timeZoneComboBox")->setCurrentText(QString::fromLatin1(kZone));
        child<QTimeEdit>(dialog, "windowStartTimeEdit")->setTime(QTime(9, 0));
        child<QTimeEdit>(dialog, "windowEndTimeEdit")->setTime(QTime(19, 0));
        for (const char* day : {"monCheckBox", "tueCheckBox", "wedCheckBox", "thuCheckBox", "friCheckBox"}) {
            child<QCheckBox>(dialog, day)->setChecked(true);
        }
        // Weekdays only: the server's default window also has Saturday.
        child<QCheckBox>(dialog, "satCheckBox")->setChecked(false);
        child<QCheckBox>(dialog, "sunCheckBox")->setChecked(false);
        auto* templates = child<QTableWidget>(dialog, "templatesTableWidget");
        templates->item(0, 1)->setText(QStringLiteral("vaccine_reminder"));
        templates->item(0, 2)->setText(QStringLiteral("vaccine_overdue"));
        templates->item(0, 3)->setText(QStringLiteral("es"));
    }

    static QString reminderCell(QAbstractItemModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
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

    void testSettingsSayWhyNothingIsSentWithoutWhatsApp()
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

        // Not signed in: the dialog says so and offers nothing to change.
        ReminderSettingsDialog* offline = window.reminderActions()->showSettings();
        QVERIFY(child<QLabel>(offline, "statusLabel")->text().contains(QStringLiteral("not signed in")));
        QVERIFY(!child<QCheckBox>(offline, "enabledCheckBox")->isEnabled());
        QVERIFY(!offline->save());
        offline->reject();

        SigninRequest request;
        request.email = kEmail;
        request.password = kPassword;
        request.deviceName = QStringLiteral("Recepción");
        QVERIFY(sync.signIn(server.url(), request).hasValue());
        ReminderSettingsDialog* dialog = window.reminderActions()->showSettings();
        QTRY_VERIFY(dialog->isVisible());
        const QString status = child<QLabel>(dialog, "statusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("WhatsApp is off on the server")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("whatsapp.accessToken")));
        // Admins may still prepare the settings.
        QVERIFY(child<QCheckBox>(dialog, "enabledCheckBox")->isEnabled());
        test::snapshot(dialog, QStringLiteral("reminder-settings-whatsapp-off"));
        dialog->reject();
    }

    void testSettingsRemindersWindowAndHealthTabAgainstTheServer()
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
        const QDate today = QDate::currentDate();
        f.clock().setToday(
            Date{today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day())});
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString(), fastTiming());
        sync.attach(&window);
        window.resize(1200, 640);
        window.show();
        QVERIFY(window.findChild<QMenu*>(QStringLiteral("remindersMenu")));
        QCOMPARE(window.reminderActions()->remindersAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
        SigninRequest request;
        request.email = kEmail;
        request.password = kPassword;
        request.deviceName = QStringLiteral("Recepción");
        QVERIFY(sync.signIn(server.url(), request).hasValue());

        // The admin sets the reminders up; a wrong day count is shown under its field first.
        QPointer<ReminderSettingsDialog> dialog = window.reminderActions()->showSettings();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "statusLabel")->isHidden()); // WhatsApp is on
        fillSettings(dialog);
        auto* days = child<QLineEdit>(dialog, "daysBeforeLineEdit");
        days->clear();
        QTest::keyClicks(days, QStringLiteral("14, 400"));
        child<QTimeEdit>(dialog, "windowEndTimeEdit")->setTime(QTime(8, 0));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->issue(QStringLiteral("daysBefore")).contains(QStringLiteral("0 to 365")));
        QVERIFY(dialog->issue(QStringLiteral("window")).contains(QStringLiteral("start before it ends")));
        test::snapshot(dialog, QStringLiteral("reminder-settings-problems"));
        fillSettings(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // saved and closed (deleted on close)
        {
            auto saved = window.reminders().settings();
            QVERIFY(saved.hasValue());
            QVERIFY((*saved)["daysBefore"] == nlohmann::json({14, 1}));
            QVERIFY((*saved)["timeZone"] == kZone.toStdString());
            QVERIFY((*saved)["templates"]["es"]["dueSoon"] == "vaccine_reminder");
            QVERIFY((*saved)["window"]["days"] == nlohmann::json({"mon", "tue", "wed", "thu", "fri"}));
        }
        ReminderSettingsDialog* reopened = window.reminderActions()->showSettings();
        QCOMPARE(child<QLineEdit>(reopened, "daysBeforeLineEdit")->text(), QStringLiteral("14, 1"));
        test::snapshot(reopened, QStringLiteral("reminder-settings"));
        reopened->reject();

        // A dog whose owner opted in, vaccinated today, due again 14 days from the server's today.
        PetRecord record;
        record.pet.name = "Zanahoria";
        Person ana;
        ana.name = "Ana Pérez";
        ana.phones = {"+5491123456789"};
        ana.language = "es";
        ana.whatsappOptIn = true;
        record.contacts = {ContactEntry{ana, ContactRole::Owner, true}};
        auto pet = f.service().createPet(record);
        QVERIFY(pet.hasValue());
        const QDate serverToday = QDateTime::fromMSecsSinceEpoch(start, QTimeZone(kZone)).date();
        const QDate due = serverToday.addDays(14);
        const QString recordId =
            f.addRecord(QString::fromStdString(pet->id), HealthKind::Vaccine, f.clock().today(),
                        Date{due.year(), static_cast<unsigned>(due.month()), static_cast<unsigned>(due.day())},
                        QStringLiteral("Antirrábica"));
        QVERIFY(!recordId.isEmpty());
        QVERIFY(syncNow(sync));
        QVERIFY(syncNow(sync)); // the reminders planned by the push come back with the next pull

        PetEditorDialog* editor = window.editPet(QString::fromStdString(pet->id));
        QVERIFY(editor);
        editor->showTab(PetEditorDialog::HealthTab);
        auto* health = child<HealthPage>(editor, "healthPage");
        QAbstractItemModelTester healthTester(health->model());
        const QString planned =
            QStringLiteral("reminder planned for %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(start + kHour).toLocalTime().date(),
                                        QStringLiteral("d MMM")));
        QTRY_COMPARE(reminderCell(health->model(), 0, HealthRecordModel::Reminder), planned);
        editor->resize(1100, 420);
        test::snapshot(editor, QStringLiteral("health-tab-reminder-planned"));

        // 09:00 in Buenos Aires: WhatsApp says the number is not on WhatsApp.
        QVERIFY(fake.setAnswer(QStringLiteral("undeliverable")));
        QVERIFY(setServerTime(start + kHour));
        QTRY_VERIFY_WITH_TIMEOUT(fake.counts().first == 1, 15000);
        QTest::qWait(300);
        QVERIFY(syncNow(sync));
        QTRY_VERIFY(reminderCell(health->model(), 0, HealthRecordModel::Reminder)
                        .startsWith(QStringLiteral("failed: number not on WhatsApp")));
        test::snapshot(editor, QStringLiteral("health-tab-reminder-failed"));
        editor->reject();

        // The Due view says the same.
        window.showView(MainWindow::DueView);
        DueModel* dueModel = window.dueModel();
        QTRY_VERIFY(dueModel->rowCount() == 1);
        QTRY_VERIFY(reminderCell(dueModel, 0, DueModel::Reminder).startsWith(QStringLiteral("failed: number not on")));
        test::snapshot(&window, QStringLiteral("due-view-reminder-failed"));

        // The Reminders window: the failed message and the reminder still planned for the day before.
        QApplication::setActiveWindow(&window);
        QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Shift+R")));
        auto* reminders = window.findChild<RemindersWindow*>();
        QVERIFY(reminders);
        QTRY_VERIFY(reminders->isVisible());
        QAbstractItemModelTester listTester(reminders->model());
        QAbstractItemModelTester proxyTester(reminders->proxy());
        auto* table = child<QTableView>(reminders, "remindersTableView");
        QCOMPARE(reminders->model()->rowCount(), 3); // failed, planned 1 day before, planned overdue
        {
            // The server plans those two only when they are two days away; this computer works
            // them out from the settings as the server will: the day before the due date is a
            // Sunday, and weekends are closed, so the Friday; and 7 days overdue, a Monday; both
            // at 09:00 in Buenos Aires.
            QList<qint64> pending;
            for (int row = 0; row < reminders->model()->rowCount(); ++row) {
                const QModelIndex index = reminders->model()->index(row, 0);
                if (index.data(ReminderListModel::StateRole).toInt() ==
                    static_cast<int>(ReminderListModel::Filter::Pending)) {
                    pending << index.data(ReminderListModel::TimeRole).toLongLong();
                }
            }
            std::sort(pending.begin(), pending.end());
            QCOMPARE(pending, (QList<qint64>{start + 11 * kDay + kHour, start + 21 * kDay + kHour}));
        }
        auto* state = child<QComboBox>(reminders, "stateComboBox");
        state->setCurrentIndex(state->findText(QStringLiteral("Failed")));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ReminderListModel::Pet).data().toString(), QStringLiteral("Zanahoria"));
        QCOMPARE(table->model()->index(0, ReminderListModel::Owner).data().toString(), QStringLiteral("Ana Pérez"));
        state->setCurrentIndex(state->findText(QStringLiteral("Pending")));
        QCOMPARE(table->model()->rowCount(), 2);
        state->setCurrentIndex(state->findText(QStringLiteral("All")));
        auto* search = child<QLineEdit>(reminders, "searchLineEdit");
        QTest::keyClicks(search, QStringLiteral("antirrabica"));
        QCOMPARE(table->model()->rowCount(), 3); // accents and case aside
        search->clear();
        QTest::keyClicks(search, QStringLiteral("whatsapp"));
        QCOMPARE(table->model()->rowCount(), 1); // the failure's reason
        search->clear();
        // Far-off dates show nothing; sorting by pet keeps every row.
        auto* to = child<DateEdit>(reminders, "toDateEdit");
        QTest::keyClicks(to, QStringLiteral("01/01/2000"));
        QTest::keyClick(to, Qt::Key_Tab);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        to->clear();
        QTRY_COMPARE(table->model()->rowCount(), 3);
        table->sortByColumn(ReminderListModel::When, Qt::DescendingOrder);

        // The keyboard reaches the failed row; send it again.
        state->setCurrentIndex(state->findText(QStringLiteral("Failed")));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        auto* retry = child<QPushButton>(reminders, "retryButton");
        QTRY_VERIFY(retry->isEnabled());
        QVERIFY(!child<QPushButton>(reminders, "cancelButton")->isEnabled());
        test::snapshot(reminders, QStringLiteral("reminders-window-failed"));
        QVERIFY(fake.setAnswer(QStringLiteral("ok")));
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QTRY_VERIFY_WITH_TIMEOUT(fake.counts().second == 1, 15000);
        QVERIFY(fake.sendStatus(server.port(), QStringLiteral("5491123456789"), QStringLiteral("delivered")));
        QVERIFY(fake.sendStatus(server.port(), QStringLiteral("5491123456789"), QStringLiteral("read")));
        QVERIFY(syncNow(sync));
        state->setCurrentIndex(state->findText(QStringLiteral("Sent")));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTRY_VERIFY(table->model()
                        ->index(0, ReminderListModel::Detail)
                        .data()
                        .toString()
                        .endsWith(QStringLiteral(", delivered, read")));
        state->setCurrentIndex(state->findText(QStringLiteral("All")));
        test::snapshot(reminders, QStringLiteral("reminders-window-sent"));

        // Cancelling the planned reminder for the day before, after a confirmation.
        state->setCurrentIndex(state->findText(QStringLiteral("Pending")));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        auto* cancel = child<QPushButton>(reminders, "cancelButton");
        QTRY_VERIFY(cancel->isEnabled());
        m_prompts.confirms = {true};
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QVERIFY(syncNow(sync));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(fake.counts().first, 2); // one refused, one sent by hand; nothing else

        // Nothing of the server's was ever queued to go up.
        auto outbox = SyncStore(f.service().database()).pending(1000);
        QVERIFY(outbox.hasValue());
        for (const sync::Mutation& m : *outbox) {
            QVERIFY(!sync::isServerAuthored(m.change.type));
        }
        reminders->close();
    }
};

QTEST_MAIN(TestReminders)
#include "TestReminders.moc"
