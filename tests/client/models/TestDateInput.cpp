// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as people type them, in the order of their locale and with month names in its language
// (English names always work too); anything that is not exactly one date is refused, never guessed.
#include "models/DateInput.h"

#include <QTest>

using namespace petinfo::client;

namespace {
const QDate kReference(2026, 11, 22);
}

class TestDateInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testReadsTypedDates_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected"); // null: refused

        const QDate march15(2020, 3, 15);
        // Day first: British English, Spanish, Brazilian Portuguese.
        for (const char* name : {"en_GB", "es_AR", "es_ES", "pt_BR"}) {
            const QString l = QString::fromLatin1(name);
            QTest::addRow("%s slashes", name) << l << "15/03/2020" << march15;
            QTest::addRow("%s dashes", name) << l << "15-03-2020" << march15;
            QTest::addRow("%s dots", name) << l << "15.3.2020" << march15;
            QTest::addRow("%s iso", name) << l << "2020-03-15" << march15;
            QTest::addRow("%s english month", name) << l << "15 Mar 2020" << march15;
            QTest::addRow("%s day first small numbers", name) << l << "03/04/2020" << QDate(2020, 4, 3);
            QTest::addRow("%s two-digit year", name) << l << "15/03/20" << march15;
            QTest::addRow("%s last century", name) << l << "1/2/99" << QDate(1999, 2, 1);
            QTest::addRow("%s eight digits", name) << l << "15032020" << march15;
            QTest::addRow("%s no year", name) << l << "15/03" << QDate();
            QTest::addRow("%s 31 April", name) << l << "31/04/2020" << QDate();
            QTest::addRow("%s three-digit year", name) << l << "15/03/202" << QDate();
        }
        QTest::newRow("es month") << "es_AR"
                                  << "15 mar 2020" << march15;
        QTest::newRow("es month upper") << "es_AR"
                                        << "15-MAR-2020" << march15;
        QTest::newRow("es long") << "es_AR"
                                 << "15 de marzo de 2020" << march15;
        QTest::newRow("es agosto") << "es_ES"
                                   << "1 ago 2021" << QDate(2021, 8, 1);
        QTest::newRow("pt long") << "pt_BR"
                                 << "15 de março de 2020" << march15;
        QTest::newRow("pt no accent") << "pt_BR"
                                      << "15 marco 2020" << march15;
        QTest::newRow("pt ordinal") << "pt_BR"
                                    << "1º de maio de 2020" << QDate(2020, 5, 1);
        QTest::newRow("en ordinal") << "en_GB"
                                    << "the 15th of March 2020" << march15;
        QTest::newRow("en month first") << "en_GB"
                                        << "March 15, 2020" << march15;

        // Month first: American English; a day over 12 leaves one reading.
        QTest::newRow("us slashes") << "en_US"
                                    << "3/15/2020" << march15;
        QTest::newRow("us month first") << "en_US"
                                        << "03/04/2020" << QDate(2020, 3, 4);
        QTest::newRow("us only reading") << "en_US"
                                         << "15/03/2020" << march15;
        QTest::newRow("us named") << "en_US"
                                  << "15 Mar 2020" << march15;
        QTest::newRow("us named first") << "en_US"
                                        << "Mar 15, 2020" << march15;
        QTest::newRow("us iso") << "en_US"
                                << "2020-03-15" << march15;

        // Refused, not guessed.
        QTest::newRow("word") << "en_GB"
                              << "yesterday" << QDate();
        QTest::newRow("two months") << "en_GB"
                                    << "March May 2020" << QDate();
        QTest::newRow("ambiguous prefix") << "en_GB"
                                          << "15 Ju 2020" << QDate();
        QTest::newRow("symbol") << "en_GB"
                                << "15/03/2020!" << QDate();
        QTest::newRow("year zero") << "en_GB"
                                   << "15/03/0000" << QDate();
    }

    void testReadsTypedDates()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        const DateInput in = parseDateInput(typed, QLocale(locale), kReference);
        if (expected.isValid()) {
            QVERIFY2(in.isValid(), qPrintable(typed));
            QCOMPARE(in.date, expected);
        } else {
            QCOMPARE(in.state, DateInput::State::Invalid);
            QVERIFY(!in.date.isValid());
        }
    }

    void testEmptyIsNotAnError()
    {
        QVERIFY(parseDateInput(QString(), QLocale(QLocale::English), kReference).isEmpty());
        QVERIFY(parseDateInput(QStringLiteral("   "), QLocale(QLocale::English), kReference).isEmpty());
    }

    void testFormatShowsTheWholeYear_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char* name : {"en_US", "en_GB", "es_AR", "es_ES", "pt_BR", "de_DE", "ja_JP"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void testFormatShowsTheWholeYear()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        const QString format = fullYearDateFormat(l);
        QVERIFY2(format.contains(QStringLiteral("yyyy")), qPrintable(format));
        QVERIFY2(!format.contains(QStringLiteral("yyyyy")), qPrintable(format));
        // What the field shows reads back as the same date.
        const QDate date(2031, 12, 9);
        QCOMPARE(parseDateInput(l.toString(date, format), l, kReference).date, date);
    }
};

QTEST_GUILESS_MAIN(TestDateInput)
#include "TestDateInput.moc"
