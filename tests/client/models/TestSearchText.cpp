// SPDX-License-Identifier: GPL-3.0-or-later
// The folded search column and the typed search terms matched against it.
#include "models/SearchColumn.h"
#include "models/SearchText.h"

#include <QTest>

using namespace petinfo::client;

namespace {

SearchColumn::RowText row(std::initializer_list<QString> texts, std::initializer_list<QString> numbers = {})
{
    SearchColumn::RowText text;
    for (const QString& t : texts) {
        text.addText(t);
    }
    for (const QString& n : numbers) {
        text.addDigits(n);
    }
    return text;
}

QString rowString(const SearchColumn& column, int r)
{
    const std::string_view text = column.rowText(r);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

Q_DECLARE_METATYPE(SearchTerms::Relation)

class TestSearchText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRowTextIsFoldedLikeTheTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << "Zanahoria MAX 12";
        QTest::newRow("spanish") << "Ñandú Pérez";
        QTest::newRow("portuguese") << "João Conceição";
        QTest::newRow("ligature") << "Cœur";
        QTest::newRow("empty") << "";
    }

    void testRowTextIsFoldedLikeTheTerms()
    {
        QFETCH(QString, text);
        // Whatever path a row's text takes (ASCII or not), it holds what foldForSearch makes.
        const SearchColumn::RowText folded = row({text});
        QCOMPARE(QString::fromStdString(std::string(folded.bytes())), foldForSearch(text) + QLatin1Char('\n'));
        SearchColumn::RowText already;
        already.addFolded(foldForSearch(text));
        QCOMPARE(already.bytes(), folded.bytes());
    }

    void testDigits()
    {
        QCOMPARE(row({}, {QStringLiteral("+54 9 11 2345-6789")}).bytes(), std::string_view("+5491123456789\n"));
        QCOMPARE(row({}, {QStringLiteral("(011) 4321-9876")}).bytes(), std::string_view("01143219876\n"));
        // Arabic-Indic digits take the general path, as phoneDigits does.
        const QString arabic = QStringLiteral("+٥٤ ١١");
        QCOMPARE(QString::fromStdString(std::string(row({}, {arabic}).bytes())), phoneDigits(arabic) + u'\n');
    }

    void testColumnKeepsRowsApart()
    {
        SearchColumn column;
        column.append(row({QStringLiteral("Luna"), QStringLiteral("Ana Díaz")}, {QStringLiteral("+54 11 1234")}));
        column.append(row({QStringLiteral("Toby")}));
        column.append(row({QStringLiteral("Ñandú"), QStringLiteral("José")}));
        QCOMPARE(column.rowCount(), 3);
        QCOMPARE(rowString(column, 0), QStringLiteral("luna\nana diaz\n+54111234\n"));
        QCOMPARE(rowString(column, 1), QStringLiteral("toby\n"));

        // A longer and a shorter text in the middle: the rows after it move, intact.
        column.replace(1, row({QStringLiteral("Toby Segundo"), QStringLiteral("Beto")}));
        QCOMPARE(rowString(column, 1), QStringLiteral("toby segundo\nbeto\n"));
        QCOMPARE(rowString(column, 2), QStringLiteral("nandu\njose\n"));
        column.replace(0, row({QStringLiteral("L")}));
        QCOMPARE(rowString(column, 0), QStringLiteral("l\n"));
        QCOMPARE(rowString(column, 1), QStringLiteral("toby segundo\nbeto\n"));
        QCOMPARE(rowString(column, 2), QStringLiteral("nandu\njose\n"));
        column.remove(1);
        QCOMPARE(column.rowCount(), 2);
        QCOMPARE(rowString(column, 0), QStringLiteral("l\n"));
        QCOMPARE(rowString(column, 1), QStringLiteral("nandu\njose\n"));
        column.remove(0);
        QCOMPARE(rowString(column, 0), QStringLiteral("nandu\njose\n"));
        column.clear();
        QCOMPARE(column.rowCount(), 0);
    }

    void testMatches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("matches");
        // The row: "Luna" owned by "Ana Díaz", phone +54 11 1234-5678, chip 982000123.
        QTest::newRow("name") << "lun" << true;
        QTest::newRow("accents") << "DÍAZ" << true;
        QTest::newRow("two fields") << "luna diaz" << true;
        QTest::newRow("one word missing") << "luna perez" << false;
        QTest::newRow("across two fields") << "na ana" << true;          // "na" in luna, "ana" in the owner
        QTest::newRow("not across a field break") << "luna982" << false; // the fields do not run together
        QTest::newRow("phone local") << "11 1234-5678" << true;
        QTest::newRow("phone with country") << "+54 11" << true;
        QTest::newRow("chip") << "982 000" << true;
        QTest::newRow("chip and owner do not join") << "123ana" << false;
        QTest::newRow("tab between words") << "luna\tana" << true;
        QTest::newRow("empty") << "" << true;
    }

    void testMatches()
    {
        QFETCH(QString, typed);
        QFETCH(bool, matches);
        const SearchColumn::RowText text =
            row({QStringLiteral("Luna"), QStringLiteral("982000123"), QStringLiteral("Ana Díaz")},
                {QStringLiteral("+54 11 1234-5678")});
        QCOMPARE(SearchTerms::parse(typed).matches(text.bytes()), matches);
    }

    void testRelation_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<SearchTerms::Relation>("relation");
        using R = SearchTerms::Relation;
        QTest::newRow("letter typed") << "lu"
                                      << "lun" << R::Narrower;
        QTest::newRow("word added") << "luna"
                                    << "luna 1" << R::Narrower;
        QTest::newRow("from nothing") << ""
                                      << "l" << R::Narrower;
        QTest::newRow("letter deleted") << "lun"
                                        << "lu" << R::Broader;
        QTest::newRow("to nothing") << "luna"
                                    << "" << R::Broader;
        QTest::newRow("trailing space") << "luna"
                                        << "luna " << R::Same;
        QTest::newRow("words swapped") << "ana luna"
                                       << "luna ana" << R::Same;
        QTest::newRow("letter replaced") << "lu"
                                         << "la" << R::Other;
        QTest::newRow("letter typed first") << "una"
                                            << "luna" << R::Narrower;
        QTest::newRow("number longer") << "54 9"
                                       << "54 91" << R::Narrower;
        QTest::newRow("number split to words") << "549"
                                               << "54 a" << R::Other;
    }

    void testRelation()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(SearchTerms::Relation, relation);
        QCOMPARE(SearchTerms::parse(after).relationTo(SearchTerms::parse(before)), relation);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "TestSearchText.moc"
