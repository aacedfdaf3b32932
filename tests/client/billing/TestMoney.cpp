// SPDX-License-Identifier: GPL-3.0-or-later
// Integer minor units written as each locale writes money, with no floating point on the way.
#include "billing/Money.h"

#include <QTest>

using namespace petinfo::client;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFormatMoney_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        const QString nbsp(QChar(0x00A0));
        // Another country's currency: its ISO code, the locale's separators.
        QTest::newRow("MXN in en_GB") << qint64(49900) << "MXN" << 2 << "en_GB"
                                      << "MXN" + nbsp + "499.00";
        QTest::newRow("cents kept") << qint64(12345) << "USD" << 2 << "en_GB"
                                    << "USD" + nbsp + "123.45";
        QTest::newRow("leading zero cent") << qint64(100005) << "USD" << 2 << "en_GB"
                                           << "USD" + nbsp + "1,000.05";
        QTest::newRow("less than one") << qint64(7) << "BRL" << 2 << "en_GB"
                                       << "BRL" + nbsp + "0.07";
        QTest::newRow("CLP has no decimals") << qint64(290000) << "CLP" << 0 << "en_GB"
                                             << "CLP" + nbsp + "290,000";
        // The locale's own currency: its symbol and pattern.
        QTest::newRow("MXN in es_MX") << qint64(499000) << "MXN" << 2 << "es_MX"
                                      << "$4,990.00";
        QTest::newRow("USD in en_US") << qint64(2900) << "USD" << 2 << "en_US"
                                      << "$29.00";
        QTest::newRow("EUR in de_DE") << qint64(123456) << "EUR" << 2 << "de_DE"
                                      << "1.234,56" + nbsp + "€";
        QTest::newRow("BRL in pt_BR") << qint64(4990) << "BRL" << 2 << "pt_BR"
                                      << "R$" + nbsp + "49,90";
        // Amounts no double holds exactly stay exact.
        QTest::newRow("huge") << qint64(9007199254740993) << "USD" << 2 << "en_GB"
                              << "USD" + nbsp + "90,071,992,547,409.93";
        QTest::newRow("negative") << qint64(-2900) << "USD" << 2 << "en_GB"
                                  << "-USD" + nbsp + "29.00";
    }

    void testFormatMoney()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(int, exponent);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(minor, currency, exponent, QLocale(locale)), expected);
    }

    void testSmallestAmountDoesNotOverflow()
    {
        const QString text =
            formatMoney(std::numeric_limits<qint64>::min(), QStringLiteral("USD"), 2, QLocale(QStringLiteral("en_GB")));
        QVERIFY2(text.endsWith(QStringLiteral("92,233,720,368,547,758.08")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
