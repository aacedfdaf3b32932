// SPDX-License-Identifier: GPL-3.0-or-later
// The staff PIN: stored only as a salted slow hash, checked in constant time, and five wrong tries
// lock the kiosk's keypad for a minute (measured on an injected clock).
#include "kiosk/StaffPin.h"
#include "petinfo/common/Clock.h"

#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

namespace {
constexpr int kFast = 1000; // iterations: enough to exercise PBKDF2, fast enough for a unit test

SecureBytes pin(const char* text)
{
    return SecureBytes(QByteArrayView(text));
}
} // namespace

class TestStaffPin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testWellFormed_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ok");
        QTest::newRow("four digits") << QStringLiteral("1234") << true;
        QTest::newRow("twelve digits") << QStringLiteral("123456789012") << true;
        QTest::newRow("three digits") << QStringLiteral("123") << false;
        QTest::newRow("thirteen digits") << QStringLiteral("1234567890123") << false;
        QTest::newRow("letters") << QStringLiteral("12a4") << false;
        QTest::newRow("spaces") << QStringLiteral("12 34") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤") << false;
    }

    void testWellFormed()
    {
        QFETCH(QString, pin);
        QFETCH(bool, ok);
        QCOMPARE(StaffPin::isWellFormed(pin), ok);
    }

    void testHashVerifies()
    {
        const QByteArray stored = StaffPin::hash(pin("4711"), kFast);
        QVERIFY(stored.startsWith("pbkdf2-sha256$1000$"));
        QVERIFY(!stored.contains("4711"));
        QVERIFY(StaffPin::verify(pin("4711"), stored));
        QVERIFY(!StaffPin::verify(pin("4712"), stored));
        QVERIFY(!StaffPin::verify(pin("47110"), stored));
        QVERIFY(!StaffPin::verify(pin(""), stored));
    }

    void testSaltDiffers()
    {
        const QByteArray a = StaffPin::hash(pin("4711"), kFast);
        const QByteArray b = StaffPin::hash(pin("4711"), kFast);
        QVERIFY(a != b);
        QVERIFY(StaffPin::verify(pin("4711"), a) && StaffPin::verify(pin("4711"), b));
    }

    void testDefaultCostIsSlow() { QVERIFY(kDefaultPinIterations >= 600000); }

    void testMalformedHashNeverMatches_data()
    {
        QTest::addColumn<QByteArray>("stored");
        const QByteArray good = StaffPin::hash(pin("4711"), kFast);
        const QList<QByteArray> parts = good.split('$');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain pin") << QByteArrayLiteral("4711");
        QTest::newRow("other scheme") << QByteArray("md5$" + parts[1] + '$' + parts[2] + '$' + parts[3]);
        QTest::newRow("zero iterations") << QByteArray(parts[0] + "$0$" + parts[2] + '$' + parts[3]);
        QTest::newRow("huge iterations") << QByteArray(parts[0] + "$2000000000$" + parts[2] + '$' + parts[3]);
        QTest::newRow("short hash") << QByteArray(parts[0] + '$' + parts[1] + '$' + parts[2] + "$AAAA");
        QTest::newRow("no salt") << QByteArray(parts[0] + '$' + parts[1] + "$$" + parts[3]);
        QTest::newRow("extra part") << QByteArray(good + "$x");
    }

    void testMalformedHashNeverMatches()
    {
        QFETCH(QByteArray, stored);
        QVERIFY(!StaffPin::verify(pin("4711"), stored));
    }

    void testFiveWrongTriesLockForAMinute()
    {
        ManualClock clock(1'000'000, Date{2026, 12, 5});
        PinGuard guard(clock);
        for (int i = 0; i < PinGuard::kMaxTries - 1; ++i) {
            guard.recordAttempt(false);
            QVERIFY(!guard.isLocked());
        }
        QCOMPARE(guard.wrongTries(), 4);
        guard.recordAttempt(false);
        QVERIFY(guard.isLocked());
        QCOMPARE(guard.lockedForMs(), std::int64_t(60'000));
        clock.advanceMs(59'999);
        QVERIFY(guard.isLocked());
        QCOMPARE(guard.lockedForMs(), std::int64_t(1));
        clock.advanceMs(1);
        QVERIFY(!guard.isLocked());
        // A fresh round of five after the wait.
        guard.recordAttempt(false);
        QVERIFY(!guard.isLocked());
        QCOMPARE(guard.wrongTries(), 1);
    }

    void testRightPinResetsCount()
    {
        ManualClock clock(0, Date{2026, 12, 5});
        PinGuard guard(clock);
        for (int i = 0; i < 4; ++i) {
            guard.recordAttempt(false);
        }
        guard.recordAttempt(true);
        QCOMPARE(guard.wrongTries(), 0);
        for (int i = 0; i < 4; ++i) {
            guard.recordAttempt(false);
        }
        QVERIFY(!guard.isLocked());
    }
};

QTEST_GUILESS_MAIN(TestStaffPin)
#include "TestStaffPin.moc"
