// SPDX-License-Identifier: GPL-3.0-or-later
// The locked-down kiosk window: frameless, full screen, on top; Escape, Alt+F4, Ctrl+Q, context
// menus and closing the window do nothing; the staff PIN is the only way out, five wrong PINs lock
// the keypad for a minute with a countdown; no input for the idle time goes back home.
#include "../gui/Screenshots.h"
#include "kiosk/IdleWatcher.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PinPage.h"
#include "kiosk/StaffPage.h"
#include "kiosk/StaffPin.h"
#include "petinfo/common/Clock.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace petinfo;
using namespace petinfo::client;

namespace {

const char* const kPin = "2468";

template <typename T>
T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

} // namespace

class TestLockdown final : public QObject
{
    Q_OBJECT

    QByteArray m_hash;

    /** A kiosk window with a home page holding a text field, like the gallery's search. */
    struct Kiosk
    {
        ManualClock clock{1'700'000'000'000, Date{2026, 12, 5}};
        std::unique_ptr<KioskWindow> window;
        QWidget* home = nullptr;
        QLineEdit* field = nullptr;

        Kiosk(const QByteArray& hash, KioskTiming timing)
        {
            window = std::make_unique<KioskWindow>(hash, clock, timing);
            home = new QWidget;
            home->setObjectName(QStringLiteral("homePage"));
            field = new QLineEdit(home);
            field->setObjectName(QStringLiteral("homeLineEdit"));
            window->setHomePage(home);
            window->setTitle(QStringLiteral("Refugio Patitas"));
        }
    };

    static void typePin(KioskWindow* window, const char* pin)
    {
        for (const char* c = pin; *c; ++c) {
            QTest::mouseClick(child<QPushButton>(window, QStringLiteral("key%1Button").arg(*c).toLatin1().constData()),
                              Qt::LeftButton);
        }
        QTest::mouseClick(child<QPushButton>(window, "unlockButton"), Qt::LeftButton);
    }

    static void waitForCheck(KioskWindow* window)
    {
        auto* pin = child<PinPage>(window, "pinPage");
        QTRY_VERIFY(!pin->isChecking());
        QCoreApplication::processEvents(); // the watcher's finished() is queued
    }

private Q_SLOTS:
    void initTestCase() { m_hash = StaffPin::hash(SecureBytes(QByteArrayView(kPin)), 1000); }

    void testWindowIsLockedDown()
    {
        Kiosk k(m_hash, {});
        k.window->lockDown();
        QVERIFY(QTest::qWaitForWindowExposed(k.window.get()));
        const Qt::WindowFlags flags = k.window->windowFlags();
        QVERIFY(flags.testFlag(Qt::FramelessWindowHint));
        QVERIFY(flags.testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(k.window->windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(k.window->findChildren<QMenuBar*>().isEmpty());
        QCOMPARE(k.window->currentPage(), k.home);
    }

    void testLeavingKeysAndCloseDoNothing_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Escape") << int(Qt::Key_Escape) << int(Qt::NoModifier);
        QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
        QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
    }

    void testLeavingKeysAndCloseDoNothing()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        Kiosk k(m_hash, {});
        // A shortcut that would quit, as an app might have: it must never fire.
        auto* quit = new QAction(k.window.get());
        quit->setShortcuts({QKeySequence::Quit, QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_F4),
                            QKeySequence::Close});
        k.window->addAction(quit);
        QSignalSpy triggered(quit, &QAction::triggered);
        k.window->lockDown();
        QVERIFY(QTest::qWaitForWindowExposed(k.window.get()));
        k.field->setFocus();
        QTest::keyClick(k.field, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTest::keyClick(k.window.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(triggered.count(), 0);
        QVERIFY(k.window->isVisible());
        QCOMPARE(k.window->currentPage(), k.home);
        // The window manager's close (the title bar's X, Alt+F4 handled by the WM, a logout).
        QVERIFY(!k.window->close());
        QVERIFY(k.window->isVisible());
        QVERIFY(!k.window->isExitAllowed());
    }

    void testNoContextMenus()
    {
        Kiosk k(m_hash, {});
        k.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(k.window.get()));
        // Were a menu to open, it would block here: close it from a timer and fail.
        bool opened = false;
        QTimer::singleShot(500, [&opened] {
            if (QWidget* popup = QApplication::activePopupWidget()) {
                opened = true;
                popup->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), k.field->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(k.field, &event);
        QTest::qWait(600);
        QVERIFY(!opened);
        QVERIFY(QApplication::activePopupWidget() == nullptr);
    }

    void testWrongPinKeepsItLockedRightPinExits()
    {
        Kiosk k(m_hash, {});
        k.window->resize(1280, 800);
        k.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(k.window.get()));
        QSignalSpy exits(k.window.get(), &KioskWindow::exitRequested);
        QTest::mouseClick(child<QPushButton>(k.window.get(), "staffButton"), Qt::LeftButton);
        auto* pinPage = child<PinPage>(k.window.get(), "pinPage");
        QCOMPARE(k.window->currentPage(), pinPage);
        test::snapshot(k.window.get(), QStringLiteral("kiosk-pin-1280x800"));

        typePin(k.window.get(), "1111");
        waitForCheck(k.window.get());
        auto* message = child<QLabel>(k.window.get(), "pinMessageLabel");
        QCOMPARE(message->text(), QStringLiteral("That PIN is not right. Try again."));
        QCOMPARE(k.window->currentPage(), pinPage);
        QCOMPARE(exits.count(), 0);
        // "Back" returns to the visitors' screen, still locked.
        QTest::mouseClick(child<QPushButton>(k.window.get(), "pinBackButton"), Qt::LeftButton);
        QCOMPARE(k.window->currentPage(), k.home);
        QVERIFY(!k.window->close());

        QTest::mouseClick(child<QPushButton>(k.window.get(), "staffButton"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(k.window.get(), "pinLineEdit")->text().isEmpty());
        typePin(k.window.get(), kPin);
        waitForCheck(k.window.get());
        QCOMPARE(k.window->currentPage()->objectName(), QStringLiteral("staffPage"));
        k.window->setWaiting(3);
        QCOMPARE(child<QLabel>(k.window.get(), "staffWaitingLabel")->text(), waitingText(3));
        QVERIFY(waitingText(3).startsWith(QStringLiteral("3 application")));
        test::snapshot(k.window.get(), QStringLiteral("kiosk-staff-1280x800"));
        k.window->resize(1920, 1080);
        test::snapshot(k.window.get(), QStringLiteral("kiosk-staff-1920x1080"));
        QTest::mouseClick(child<QPushButton>(k.window.get(), "exitKioskButton"), Qt::LeftButton);
        QCOMPARE(exits.count(), 1);
        QVERIFY(k.window->isExitAllowed());
        QVERIFY(!k.window->isVisible());
    }

    void testFiveWrongPinsWaitAMinute()
    {
        Kiosk k(m_hash, {});
        k.window->resize(1920, 1080);
        k.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(k.window.get()));
        QTest::mouseClick(child<QPushButton>(k.window.get(), "staffButton"), Qt::LeftButton);
        for (int i = 0; i < PinGuard::kMaxTries; ++i) {
            typePin(k.window.get(), "9999");
            waitForCheck(k.window.get());
        }
        auto* message = child<QLabel>(k.window.get(), "pinMessageLabel");
        auto* unlock = child<QPushButton>(k.window.get(), "unlockButton");
        auto* key = child<QPushButton>(k.window.get(), "key2Button");
        QCOMPARE(message->text(), QStringLiteral("Too many wrong PINs. Try again in 1:00."));
        QVERIFY(!unlock->isEnabled());
        QVERIFY(!key->isEnabled());
        test::snapshot(k.window.get(), QStringLiteral("kiosk-pin-locked-1920x1080"));
        // Even the right PIN, typed on a keyboard, is refused during the wait.
        QTest::keyClicks(child<PinPage>(k.window.get(), "pinPage"), QString::fromLatin1(kPin));
        QTest::keyClick(child<PinPage>(k.window.get(), "pinPage"), Qt::Key_Return);
        QVERIFY(!child<PinPage>(k.window.get(), "pinPage")->isChecking());
        QVERIFY(child<QLineEdit>(k.window.get(), "pinLineEdit")->text().isEmpty());

        k.clock.advanceMs(45'500);
        QTRY_COMPARE(message->text(), QStringLiteral("Too many wrong PINs. Try again in 0:15."));
        k.clock.advanceMs(14'500);
        QTRY_VERIFY(unlock->isEnabled());
        QVERIFY(key->isEnabled());
        QVERIFY(message->text().isEmpty());
        typePin(k.window.get(), kPin);
        waitForCheck(k.window.get());
        QCOMPARE(k.window->currentPage()->objectName(), QStringLiteral("staffPage"));
    }

    void testIdleGoesHome()
    {
        KioskTiming timing;
        timing.idleResetMs = 300;
        Kiosk k(m_hash, timing);
        k.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(k.window.get()));
        QSignalSpy resets(k.window.get(), &KioskWindow::idleReset);
        auto* other = new QLabel(QStringLiteral("a form"));
        k.window->showPage(other);
        // Input keeps it from counting as idle.
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(120);
            QTest::keyClick(k.field, Qt::Key_A);
        }
        QCOMPARE(resets.count(), 0);
        QCOMPARE(k.window->currentPage(), other);
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(k.window->currentPage(), k.home);
        // The staff pages too fall back to the gallery.
        QTest::mouseClick(child<QPushButton>(k.window.get(), "staffButton"), Qt::LeftButton);
        QCOMPARE(k.window->currentPage()->objectName(), QStringLiteral("pinPage"));
        QTRY_COMPARE(resets.count(), 2);
        QCOMPARE(k.window->currentPage(), k.home);
    }

    void testIdleWatcherSeesInputAnywhere()
    {
        IdleWatcher watcher(200);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        QWidget elsewhere; // another top-level window
        elsewhere.show();
        watcher.restart();
        for (int i = 0; i < 3; ++i) {
            QTest::qWait(100);
            QTest::mouseMove(&elsewhere, QPoint(10 + i, 10));
            QTest::mouseClick(&elsewhere, Qt::LeftButton);
        }
        QCOMPARE(idle.count(), 0);
        QTRY_COMPARE(idle.count(), 1);
        QTest::qWait(400);
        QCOMPARE(idle.count(), 1); // once per idle spell
        watcher.stop();
        QTest::mouseClick(&elsewhere, Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(idle.count(), 1);
    }
};

QTEST_MAIN(TestLockdown)
#include "TestLockdown.moc"
