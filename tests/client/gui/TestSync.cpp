// SPDX-License-Identifier: GPL-3.0-or-later
// Sync as the user sees it, against the real server binary: create an organisation and sign in from
// the dialog, the status bar and the offline banner, the conflict log with "put back", and sign-out
// with the offer to remove the local copy.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"
#include "SyncDevice.h"
#include "TestServer.h"

#include "gui/ConflictLogDialog.h"
#include "gui/MainWindow.h"
#include "gui/SignInDialog.h"
#include "gui/SyncController.h"
#include "gui/Translations.h"
#include "sync/ConflictLog.h"
#include "sync/SyncStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::SyncDevice;
using petinfo::test::TestServer;

namespace {
const QString kEmail = QStringLiteral("vet@clinic.example");
const QString kPassword = QStringLiteral("correct horse battery");
} // namespace

class TestSync final : public QObject
{
    Q_OBJECT

    test::ScriptedPrompts m_prompts;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no child %s", name);
        }
        return found;
    }

    static SyncEngine::Timing fastTiming()
    {
        SyncEngine::Timing timing;
        timing.debounceMs = 50;
        timing.backoffBaseMs = 300;
        timing.backoffMaxMs = 600;
        timing.requestTimeoutMs = 3000;
        return timing;
    }

    static bool idle(SyncController& sync)
    {
        const SyncStatus s = sync.engine().status();
        return s.state == SyncStatus::State::Idle && s.lastSyncedAtMs > 0 && s.pendingChanges == 0;
    }

    /** Idle, and nothing of this desktop's left in the outbox. */
    static bool allSent(test::ServiceFixture& f, SyncController& sync)
    {
        auto waiting = SyncStore(f.service().database()).outboxCount();
        return idle(sync) && waiting && *waiting == 0;
    }

    /** Fills the sign-in dialog and presses its button. */
    static void fillSignIn(SignInDialog* dialog, const QUrl& server, const QString& email, const QString& password)
    {
        auto* url = child<QLineEdit>(dialog, "serverLineEdit");
        url->clear();
        QTest::keyClicks(url, server.toString());
        auto* mail = child<QLineEdit>(dialog, "emailLineEdit");
        mail->clear();
        QTest::keyClicks(mail, email);
        auto* pass = child<QLineEdit>(dialog, "passwordLineEdit");
        pass->clear();
        QTest::keyClicks(pass, password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(installTranslations(QLocale(QLocale::English)));
    }

    void init() { m_prompts.reset(); }

    void testStatusTexts()
    {
        SyncStatus s;
        QCOMPARE(syncStatusText(s, 0), QStringLiteral("Not signed in: records stay on this computer"));
        s.state = SyncStatus::State::Idle;
        s.lastSyncedAtMs = 1'000'000;
        QCOMPARE(syncStatusText(s, 1'010'000), QStringLiteral("Synced just now"));
        QCOMPARE(syncStatusText(s, 1'000'000 + 5 * 60'000), QStringLiteral("Synced 5 minutes ago"));
        s.pendingChanges = 1;
        QCOMPARE(syncStatusText(s, 1'000'000 + 60'000), QStringLiteral("Synced 1 minute ago · 1 change waiting"));
        s.state = SyncStatus::State::Offline;
        s.nextAttemptInMs = 40'000;
        s.pendingChanges = 3;
        QCOMPARE(syncStatusText(s, 0), QStringLiteral("Offline: next try in 40 seconds · 3 changes waiting"));
    }

    void testSignUpSyncConflictOfflineAndSignOut()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.log()));

        // Records typed before the first sign-in are merged up, not lost.
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        // This desktop's clock reads real time (the server checks clocks against its own).
        f.clock().advanceMs(QDateTime::currentMSecsSinceEpoch() - f.clock().nowMs());
        const QString rex = f.addPet(QStringLiteral("Rex"), QStringLiteral("985141000123456"));
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString(), fastTiming());
        sync.attach(&window);
        window.show();
        auto* status = child<QLabel>(&window, "syncStatusLabel");
        auto* banner = child<QWidget>(&window, "syncBanner");
        QVERIFY(status && banner);
        QCOMPARE(status->text(), QStringLiteral("Not signed in: records stay on this computer"));
        QVERIFY(banner->isHidden());
        QVERIFY(!sync.syncNowAction()->isEnabled());
        QVERIFY(window.findChild<QMenu*>(QStringLiteral("syncMenu")));

        // A wrong password on an unknown account: a clear message, the dialog stays.
        SignInDialog* dialog = sync.openSignIn();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "serverLineEdit")->text(), server.url().toString());
        fillSignIn(dialog, server.url(), kEmail, QStringLiteral("wrong password"));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QCOMPARE(dialog->errorText(), QStringLiteral("Wrong e-mail or password."));
        QVERIFY(dialog->isVisible());

        // Create the organisation from the same dialog.
        child<QCheckBox>(dialog, "createOrganisationCheckBox")->setChecked(true);
        fillSignIn(dialog, server.url(), kEmail, kPassword);
        QTest::keyClicks(child<QLineEdit>(dialog, "userNameLineEdit"), QStringLiteral("Dr Vet"));
        QTest::keyClicks(child<QLineEdit>(dialog, "organisationLineEdit"), QStringLiteral("Clinica Norte"));
        test::snapshot(dialog, QStringLiteral("sign-in-create"));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QTRY_VERIFY(!window.findChild<SignInDialog*>());
        QVERIFY(sync.account().has_value());
        QCOMPARE(sync.account()->organisationName, QStringLiteral("Clinica Norte"));
        QTRY_VERIFY_WITH_TIMEOUT(allSent(f, sync), 20000);
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("Synced just now")));
        QVERIFY(status->text().contains(QStringLiteral("Clinica Norte")));
        test::snapshot(&window, QStringLiteral("main-synced"));
        QVERIFY(sync.syncNowAction()->isEnabled());

        // A second desktop of the clinic sees Rex, renames him and syncs first.
        // Its clock runs ten minutes ahead of real time (within the server's allowed skew), so its
        // edits are the newer ones.
        ManualClock laterClock(QDateTime::currentMSecsSinceEpoch() + 600'000, test::kToday);
        SyncDevice other(laterClock);
        QVERIFY(other.open());
        QVERIFY(other.signIn(server.url(), kEmail, kPassword));
        QVERIFY(other.sync().hasValue());
        QCOMPARE(other.petName(rex), QStringLiteral("Rex"));
        {
            auto record = other.service->loadPet(rex);
            QVERIFY(record.hasValue());
            record->pet.name = "Rex the Second";
            QVERIFY(other.service->updatePet(*record).hasValue());
        }
        QVERIFY(other.sync().hasValue());

        // Here, with an older clock, the same field is edited: the other desktop's value wins and
        // ours goes to the conflict log.
        {
            auto record = f.service().loadPet(rex);
            QVERIFY(record.hasValue());
            record->pet.name = "Rexito";
            QVERIFY(f.service().updatePet(*record).hasValue());
        }
        QTRY_VERIFY_WITH_TIMEOUT(allSent(f, sync) && f.service().loadPet(rex)->pet.name == "Rex the Second", 20000);
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        ConflictLogDialog* log = nullptr;
        QTRY_VERIFY((log = window.findChild<ConflictLogDialog*>()) && log->isVisible());
        QAbstractItemModelTester tester(log->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* table = child<QTableView>(log, "conflictTableView");
        QCOMPARE(table->model()->rowCount(), 1);
        auto cell = [table](int column) {
            return table->model()->index(0, column).data().toString();
        };
        QCOMPARE(cell(ConflictModel::Record), QStringLiteral("Pet Rex the Second"));
        QCOMPARE(cell(ConflictModel::Field), QStringLiteral("Name"));
        QCOMPARE(cell(ConflictModel::Kept), QStringLiteral("Rex the Second"));
        QVERIFY(cell(ConflictModel::KeptFrom).startsWith(QStringLiteral("Device ")));
        QCOMPARE(cell(ConflictModel::Lost), QStringLiteral("Rexito"));
        QCOMPARE(cell(ConflictModel::LostFrom), QStringLiteral("This computer"));
        auto* restore = child<QPushButton>(log, "restoreConflictButton");
        QVERIFY(!restore->isEnabled());
        table->selectRow(0);
        QVERIFY(restore->isEnabled());
        test::snapshot(log, QStringLiteral("conflict-log"));

        // One click puts "Rexito" back; it is a new edit that reaches the other desktop.
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QCOMPARE(f.service().loadPet(rex)->pet.name, std::string("Rexito"));
        QCOMPARE(cell(ConflictModel::Lost), QStringLiteral("Rexito (put back)"));
        QVERIFY(!restore->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(allSent(f, sync), 20000);
        QVERIFY(other.sync().hasValue());
        QCOMPARE(other.petName(rex), QStringLiteral("Rexito"));
        log->close();

        // The server goes away: a banner says so and edits wait; "Retry Now" sends them.
        server.stop();
        sync.syncNowAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        auto* bannerText = child<QLabel>(banner, "syncBannerLabel");
        QVERIFY(bannerText->text().contains(QStringLiteral("Offline")));
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("Offline: next try in")));
        f.addPet(QStringLiteral("Typed offline"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("1 change waiting")), 20000);
        test::snapshot(&window, QStringLiteral("main-offline"));
        QVERIFY2(server.start(), qPrintable(server.log()));
        QTest::mouseClick(child<QPushButton>(banner, "syncBannerButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allSent(f, sync) && banner->isHidden(), 20000);
        QVERIFY(other.sync().hasValue());
        QCOMPARE(other.service->petSummaries()->size(), std::size_t{2});

        // Sign out, and yes, remove the local copy: the app is asked to wipe it.
        QSignalSpy wipe(&sync, &SyncController::wipeRequested);
        m_prompts.confirms << true << true;
        sync.signOutAction()->trigger();
        QCOMPARE(m_prompts.questions.size(), 2);
        QCOMPARE(wipe.count(), 1);
        QVERIFY(!sync.account().has_value());
        QTRY_COMPARE(status->text(), QStringLiteral("Not signed in: records stay on this computer"));
        // The device token is gone from the server: the other desktop still syncs, this one cannot.
        QVERIFY(other.sync().hasValue());
    }
};

QTEST_MAIN(TestSync)
#include "TestSync.moc"
