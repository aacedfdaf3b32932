// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Csv.h"

#include <QTest>

using namespace petinfo::client;

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testParsesSpreadsheetOutput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}};
        QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\r\n1,2\r\n")
                                  << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}};
        QTest::newRow("quoted") << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") << QStringList{"a", "b"}
                                << QList<QStringList>{{"x, y", "say \"hi\""}};
        QTest::newRow("newline in field") << QByteArray("a,b\n\"line1\nline2\",z\n") << QStringList{"a", "b"}
                                          << QList<QStringList>{{"line1\nline2", "z"}};
        QTest::newRow("semicolon") << QByteArray("nombre;especie\nLuna;gato\n") << QStringList{"nombre", "especie"}
                                   << QList<QStringList>{{"Luna", "gato"}};
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2") << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}};
        QTest::newRow("short row padded, blank lines skipped")
            << QByteArray("a,b,c\n\n1\n") << QStringList{"a", "b", "c"} << QList<QStringList>{{"1", "", ""}};
        QTest::newRow("utf8") << QByteArray("name\nÑandú\n") << QStringList{"name"}
                              << QList<QStringList>{{QStringLiteral("Ñandú")}};
    }

    void testParsesSpreadsheetOutput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, headers);
        QFETCH(QList<QStringList>, rows);
        auto table = Csv::parse(input);
        QVERIFY2(table.hasValue(), table ? "" : table.error().detail.c_str());
        QCOMPARE(table->headers, headers);
        QCOMPARE(static_cast<qsizetype>(table->rows.size()), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(table->rows[static_cast<std::size_t>(i)], rows[i]);
        }
    }

    void testRejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("") << "empty";
        QTest::newRow("unclosed quote") << QByteArray("a\n\"oops\n") << "line 2";
        QTest::newRow("text after quote") << QByteArray("a\n\"x\"y\n") << "line 2";
        QTest::newRow("quote in field") << QByteArray("a\nx\"y\n") << "line 2";
        QTest::newRow("latin1") << QByteArray("name\n\xD1"
                                              "and\xFA"
                                              "\n")
                                << "UTF-8";
        QTest::newRow("binary") << QByteArray("a\n\0\0\0", 5) << "NUL";
    }

    void testRejectsMalformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        auto table = Csv::parse(input);
        QVERIFY(!table.hasValue());
        QVERIFY2(QString::fromStdString(table.error().detail).contains(expected), table.error().detail.c_str());
    }

    void testFormatRoundTrips()
    {
        const QStringList fields{"plain",    "with, comma", "with \"quote\"", "multi\nline",
                                 " padded ", "=cmd()",      "+5491123456789", "+1+1"};
        auto table =
            Csv::parse(Csv::formatRow({"h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"}) + Csv::formatRow(fields));
        QVERIFY(table.hasValue());
        QCOMPARE(table->rows[0][0], QStringLiteral("plain"));
        QCOMPARE(table->rows[0][1], QStringLiteral("with, comma"));
        QCOMPARE(table->rows[0][2], QStringLiteral("with \"quote\""));
        QCOMPARE(table->rows[0][3], QStringLiteral("multi\nline"));
        QCOMPARE(table->rows[0][4], QStringLiteral(" padded "));
        // Formula injection guard; a plain E.164 number stays as it is.
        QCOMPARE(table->rows[0][5], QStringLiteral("'=cmd()"));
        QCOMPARE(table->rows[0][6], QStringLiteral("+5491123456789"));
        QCOMPARE(table->rows[0][7], QStringLiteral("'+1+1"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
