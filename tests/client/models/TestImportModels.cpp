// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's models (mapping, preview, per-row problems) and the search-text folding.
#include "ServiceFixture.h"

#include "models/ImportModels.h"
#include "models/SearchText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestImportModels final : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void watch(QAbstractItemModel* model)
    {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    static CsvTable sampleTable()
    {
        auto table = Csv::parse(QByteArrayLiteral("nombre;especie;microchip;dueño;notas\n"
                                                  "Zanahoria;perro;982000123456789;Ana;\n"
                                                  "Michi;gato;123;José;tímido\n"
                                                  ";dragón;;;\n"));
        return table ? *table : CsvTable{};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_testers.clear(); }

    void testMappingIsGuessedAndEditable()
    {
        const CsvTable table = sampleTable();
        QCOMPARE(table.headers.size(), 5);
        ImportMappingModel model;
        watch(&model);
        QSignalSpy changed(&model, &ImportMappingModel::mappingChanged);
        model.setTable(table, CsvImport::guessMapping(table.headers));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, ImportMappingModel::CsvColumn).data().toString(), QStringLiteral("nombre"));
        QCOMPARE(model.index(0, ImportMappingModel::Example).data().toString(), QStringLiteral("Zanahoria, Michi"));
        QCOMPARE(model.index(0, ImportMappingModel::ImportsAs).data(Qt::EditRole).toInt(), int(ImportField::Name));
        QCOMPARE(model.mapping()[3], ImportField::OwnerName);
        QVERIFY(model.flags(model.index(0, ImportMappingModel::ImportsAs)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ImportMappingModel::CsvColumn)) & Qt::ItemIsEditable));

        // Mapping "notas" to Name takes Name away from "nombre".
        QVERIFY(model.setData(model.index(4, ImportMappingModel::ImportsAs), int(ImportField::Name)));
        QCOMPARE(model.mapping()[4], ImportField::Name);
        QCOMPARE(model.mapping()[0], ImportField::Ignore);
        QVERIFY(!model.setData(model.index(4, ImportMappingModel::ImportsAs), 999));
        QVERIFY(!model.setData(model.index(4, ImportMappingModel::Example), int(ImportField::Name)));
        QCOMPARE(changed.count(), 2);
    }

    void testPreviewHeadsColumnsWithFields()
    {
        const CsvTable table = sampleTable();
        CsvPreviewModel model;
        watch(&model);
        model.setTable(table);
        model.setMapping(CsvImport::guessMapping(table.headers));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Michi"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("nombre\n→ Name"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 2); // file line of the first data row
    }

    void testIssuesListEveryProblem()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        const CsvTable table = sampleTable();
        const ImportPreview preview = CsvImport::preview(table, CsvImport::guessMapping(table.headers), f.service());
        QCOMPARE(preview.validRows(), 1);
        ImportIssueModel model;
        watch(&model);
        model.setIssues(preview.issues);
        QVERIFY(model.rowCount() >= 3);
        QStringList rows;
        bool sawError = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            rows << model.index(r, ImportIssueModel::Row).data().toString();
            sawError =
                sawError || model.index(r, 0).data(ImportIssueModel::SeverityRole).toInt() == int(Severity::Error);
            QVERIFY(!model.index(r, ImportIssueModel::Problem).data().toString().isEmpty());
        }
        QVERIFY(sawError);
        QVERIFY(rows.contains(QStringLiteral("2")));
        QVERIFY(rows.contains(QStringLiteral("3")));
    }

    void testFolding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << "Zanahoria"
                               << "zanahoria";
        QTest::newRow("spanish") << "Ñandú Pérez"
                                 << "nandu perez";
        QTest::newRow("german") << "Müller"
                                << "muller";
        QTest::newRow("french") << "Cœur Élodie"
                                << "cœur elodie";
        QTest::newRow("empty") << ""
                               << "";
    }

    void testFolding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    void testSearchTerms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("words") << "Ana  Díaz" << QStringList{"ana", "diaz"};
        QTest::newRow("phone") << "+54 9 11 2345-6789" << QStringList{"+5491123456789"};
        QTest::newRow("chip") << "982.000.123" << QStringList{"982000123"};
        QTest::newRow("parentheses") << "(011) 2345" << QStringList{"0112345"};
        QTest::newRow("mixed") << "rex 11" << QStringList{"rex", "11"};
        QTest::newRow("blank") << "   " << QStringList{};
    }

    void testSearchTerms()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, terms);
        QCOMPARE(SearchTerms::parse(typed).terms(), terms);
        QCOMPARE(phoneDigits(u"+54 (11) 2345-6789"), QStringLiteral("+541123456789"));
    }
};

QTEST_GUILESS_MAIN(TestImportModels)
#include "TestImportModels.moc"
