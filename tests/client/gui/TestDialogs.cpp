// SPDX-License-Identifier: GPL-3.0-or-later
// The other screens: passphrase (first run and unlock), import with its per-row report, export,
// backup and restore through the app controller, the weight chart, and the Spanish translation.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/AppController.h"
#include "gui/DatabaseOpener.h"
#include "gui/ImportDialog.h"
#include "gui/MainWindow.h"
#include "gui/PassphraseDialog.h"
#include "gui/PetEditorDialog.h"
#include "gui/Translations.h"
#include "gui/WeightPage.h"
#include "io/Backup.h"
#include "models/ImportModels.h"
#include "models/PetListModel.h"
#include "models/WeightModel.h"
#include "storage/DatabaseFile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace petinfo;
using namespace petinfo::client;

class TestDialogs final : public QObject
{
    Q_OBJECT

    test::ScriptedPrompts m_prompts;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the app does: English text comes from the source, its plural forms from petinfo_en.
        QVERIFY(installTranslations(QLocale(QLocale::English)));
    }
    void init() { m_prompts.reset(); }

    void testChoosingAPassphrase()
    {
        PassphraseDialog dialog({PassphraseRequest::Kind::CreateDatabase, QStringLiteral("/tmp/x.db"), {}});
        auto* ok = child<QPushButton>(&dialog, "okButton");
        auto* pass = child<QLineEdit>(&dialog, "passphraseLineEdit");
        auto* again = child<QLineEdit>(&dialog, "confirmLineEdit");
        auto* strength = child<QLabel>(&dialog, "strengthLabel");
        QVERIFY(ok && pass && again && strength);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(pass, QStringLiteral("short"));
        QVERIFY(strength->text().contains(QStringLiteral("at least 8")));
        QVERIFY(!ok->isEnabled());
        pass->clear();
        QTest::keyClicks(pass, QStringLiteral("correct horse battery staple"));
        QVERIFY(strength->text().startsWith(QStringLiteral("Strong")) ||
                strength->text().startsWith(QStringLiteral("Very strong")));
        QTest::keyClicks(again, QStringLiteral("correct horse battery stapel"));
        QCOMPARE(child<QLabel>(&dialog, "errorLabel")->text(), QStringLiteral("The two passphrases differ."));
        dialog.show();
        test::snapshot(&dialog, QStringLiteral("passphrase-create"));
        QVERIFY(!ok->isEnabled());
        again->clear();
        QTest::keyClicks(again, QStringLiteral("correct horse battery staple"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.takePassphrase().view(), QByteArrayView("correct horse battery staple"));
        QVERIFY(pass->text().isEmpty());
        QVERIFY(PassphraseDialog::estimateBits(QStringLiteral("aaaaaaaaaaaa")) < 40);
    }

    void testPassphraseTypedWithTheKeyboardOnly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("first start") << int(PassphraseRequest::Kind::CreateDatabase);
        QTest::newRow("unlock") << int(PassphraseRequest::Kind::UnlockDatabase);
        QTest::newRow("backup") << int(PassphraseRequest::Kind::BackupOptional);
    }

    void testPassphraseTypedWithTheKeyboardOnly()
    {
        // Passphrase, Tab, the same again, Enter: the way a person fills it in.
        QFETCH(int, kind);
        PassphraseDialog dialog({static_cast<PassphraseRequest::Kind>(kind), QStringLiteral("/tmp/x.db"), {}});
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        if (auto* use = child<QCheckBox>(&dialog, "usePassphraseCheckBox")) {
            QTRY_COMPARE(QApplication::focusWidget(), use);
            QTest::keyClick(use, Qt::Key_Space);
            QTest::keyClick(use, Qt::Key_Tab);
        }
        auto* pass = child<QLineEdit>(&dialog, "passphraseLineEdit");
        QTRY_COMPARE(QApplication::focusWidget(), pass);
        QTest::keyClicks(pass, QStringLiteral("correct horse battery staple"));
        if (auto* again = child<QLineEdit>(&dialog, "confirmLineEdit")) {
            QTest::keyClick(pass, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), again);
            QTest::keyClicks(again, QStringLiteral("correct horse battery staple"));
            QTest::keyClick(again, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), child<QCheckBox>(&dialog, "showPassphraseCheckBox"));
        }
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.takePassphrase().view(), QByteArrayView("correct horse battery staple"));
    }

    void testUnlockShowsWhyTheLastTryFailed()
    {
        PassphraseDialog dialog({PassphraseRequest::Kind::UnlockDatabase, QStringLiteral("/tmp/x.db"),
                                 QStringLiteral("That passphrase is not the right one.")});
        QVERIFY(!child<QLineEdit>(&dialog, "confirmLineEdit"));
        QCOMPARE(child<QLabel>(&dialog, "errorLabel")->text(), QStringLiteral("That passphrase is not the right one."));
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseLineEdit"), QStringLiteral("x"));
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    }

    void testFirstRunWithoutKeychainThenUnlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pets.db"));
        MemorySecretStore secrets;
        secrets.setAvailable(false); // a kiosk: no keychain
        DatabaseOpener opener(secrets, m_prompts);
        opener.setKdfIterations(test::kTestKdfIterations);

        m_prompts.passphrases << QStringLiteral("a long passphrase");
        auto created = opener.open(path);
        QVERIFY2(created, created ? "" : created.error().detail.c_str());
        QCOMPARE((*created)->meta().keySource, KeySource::Passphrase);
        QCOMPARE(m_prompts.passphraseRequests.size(), 1);
        QCOMPARE(m_prompts.passphraseRequests[0].kind, PassphraseRequest::Kind::CreateDatabase);
        created->reset();

        // Wrong, then right: the second question says why.
        const QByteArray before = test::fileSha256(path);
        m_prompts.passphrases << QStringLiteral("wrong passphrase") << QStringLiteral("a long passphrase");
        auto unlocked = opener.open(path);
        QVERIFY(unlocked);
        QCOMPARE(m_prompts.passphraseRequests.size(), 3);
        QCOMPARE(m_prompts.passphraseRequests[1].kind, PassphraseRequest::Kind::UnlockDatabase);
        QVERIFY(m_prompts.passphraseRequests[1].error.isEmpty());
        QVERIFY(m_prompts.passphraseRequests[2].error.contains(QStringLiteral("not the right one")));
        unlocked->reset();
        QCOMPARE(test::fileSha256(path), before);

        // Giving up is a cancel, not an error.
        m_prompts.passphrases << std::nullopt;
        auto cancelled = opener.open(path);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, StorageErrc::Cancelled);
    }

    void testImportChecksEveryRowBeforeWriting()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        MainWindow window(f.service(), f.database().file, m_prompts);
        window.show();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("clinica.csv"));
        QVERIFY(writeFile(csv, QByteArrayLiteral("nombre;especie;microchip;dueño;teléfono\n"
                                                 "Zanahoria;perro;982000123456789;Ana Díaz;+5491123456789\n"
                                                 "Michi;gato;;José;+34612345678\n"
                                                 "Dragón;dragón;12;;\n")));
        m_prompts.openFiles << csv;
        window.findChild<QAction*>(QStringLiteral("importAction"))->trigger();
        ImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog*>()) && dialog->isVisible());
        QAbstractItemModelTester mappingTester(dialog->mappingModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("2 can be imported")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 has errors")), qPrintable(summary));
        QVERIFY(child<QTableView>(dialog, "issuesTableView")->model()->rowCount() >= 2);
        QCOMPARE(f.service().petSummaries()->size(), std::size_t{0}); // nothing written yet
        test::snapshot(dialog, QStringLiteral("import-preview"));

        auto* import = child<QPushButton>(dialog, "importButton");
        QVERIFY(!import->isEnabled());
        child<QCheckBox>(dialog, "skipInvalidCheckBox")->setChecked(true);
        QVERIFY(import->isEnabled());
        QCOMPARE(import->text(), QStringLiteral("&Import 2 pets"));
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE(window.petModel()->rowCount(), 2);
        QTRY_VERIFY(!window.findChild<ImportDialog*>());
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testAnimalShelterManagerExportImportsUntouched()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        MainWindow window(f.service(), f.database().file, m_prompts);
        window.show();
        m_prompts.openFiles << qEnvironmentVariable("PETINFO_SOURCE_DIR") +
                                   QStringLiteral("/tests/client/io/data/asm-animals-es.csv");
        window.findChild<QAction*>(QStringLiteral("importAction"))->trigger();
        ImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog*>()) && dialog->isVisible());
        const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("4 can be imported, 2 add a vaccine to an animal listed above")),
                 qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("error")), qPrintable(summary));

        // Long field names are never cut off: the mapping column is as wide as its combo boxes and
        // the table scrolls sideways when the pane is narrow.
        auto* mapping = child<QTableView>(dialog, "mappingTableView");
        int widest = 0;
        for (const QComboBox* combo : mapping->findChildren<QComboBox*>(QStringLiteral("fieldComboBox"))) {
            widest = std::max(widest, combo->sizeHint().width());
        }
        QVERIFY(widest > 0);
        QVERIFY(mapping->columnWidth(ImportMappingModel::ImportsAs) >= widest);
        test::snapshot(dialog, QStringLiteral("import-asm"));
        mapping->resize(widest, mapping->height());
        QTRY_VERIFY(mapping->horizontalScrollBar()->maximum() > 0);

        // Nothing touched: import, and the vaccines and owners come along.
        auto* import = child<QPushButton>(dialog, "importButton");
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE(window.petModel()->rowCount(), 4);
        std::size_t vaccines = 0;
        std::size_t owners = 0;
        for (const PetSummary& s : *f.service().petSummaries()) {
            vaccines += f.service().healthRecords(s.id)->size();
            owners += f.service().loadPet(s.id)->contacts.size();
        }
        QCOMPARE(vaccines, std::size_t{3});
        QCOMPARE(owners, std::size_t{2});
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testExportAndBackupRestoreThroughTheApp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pets.db"));
        MemorySecretStore secrets;
        ManualClock clock(test::kNowMs, test::kToday);
        AppController app({path, {}}, secrets, m_prompts, clock);
        QVERIFY(app.start());
        app.waitForBackgroundWork();
        MainWindow* window = app.window();
        QVERIFY(window);
        PetRecord rex;
        rex.pet.name = "Rex";
        QVERIFY(window->service().createPet(rex));

        // Export CSV and JSON.
        const QString csv = dir.filePath(QStringLiteral("pets.csv"));
        const QString json = dir.filePath(QStringLiteral("all.json"));
        m_prompts.saveFiles << csv << json;
        window->findChild<QAction*>(QStringLiteral("exportCsvAction"))->trigger();
        window->findChild<QAction*>(QStringLiteral("exportJsonAction"))->trigger();
        QVERIFY(test::readAll(csv).contains("Rex"));
        QVERIFY(test::readAll(json).contains("\"Rex\""));

        // A backup without its own passphrase, then another pet.
        const QString backup = dir.filePath(QStringLiteral("manual.petinfo-backup"));
        m_prompts.saveFiles << backup;
        m_prompts.passphrases << QString(); // "no passphrase of its own"
        window->findChild<QAction*>(QStringLiteral("backupAction"))->trigger();
        QVERIFY(QFile::exists(backup));
        QVERIFY(Backup::inspect(backup));
        PetRecord luna;
        luna.pet.name = "Luna";
        QVERIFY(window->service().createPet(luna));
        QCOMPARE(window->petModel()->rowCount(), 2);

        // Restore: the window is rebuilt on the restored database.
        m_prompts.openFiles << backup;
        m_prompts.confirms << true;
        window->findChild<QAction*>(QStringLiteral("restoreBackupAction"))->trigger();
        QTRY_VERIFY(app.window() && app.window()->petModel()->rowCount() == 1);
        QCOMPARE(app.window()->petModel()->index(0, PetListModel::Name).data().toString(), QStringLiteral("Rex"));
        QCOMPARE(m_prompts.informations.size(), 1); // where the previous records were kept
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testWeightChartFollowsEntries()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        const QString id = f.addPet(QStringLiteral("Rex"));
        f.addWeight(id, Date{2026, 1, 10}, 10.0);
        MainWindow window(f.service(), f.database().file, m_prompts);
        window.show();
        PetEditorDialog* editor = window.editPet(id);
        QVERIFY(editor);
        editor->showTab(PetEditorDialog::WeightTab);
        auto* page = editor->findChild<WeightPage*>();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* series = qobject_cast<QLineSeries*>(page->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        auto* kg = child<QDoubleSpinBox>(page, "weightKgSpinBox");
        kg->setValue(12.5);
        QTest::mouseClick(child<QPushButton>(page, "addWeightButton"), Qt::LeftButton);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->at(1).y(), 12.5);
        test::snapshot(editor, QStringLiteral("editor-weight"));
        editor->reject();
    }

    void testWeightChartShowsEveryPointWhole()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        const QString id = f.addPet(QStringLiteral("Rex"));
        f.addWeight(id, Date{2026, 1, 10}, 30.2);
        f.addWeight(id, Date{2026, 4, 2}, 29.4);
        f.addWeight(id, Date{2026, 11, 20}, 31.0);
        MainWindow window(f.service(), f.database().file, m_prompts);
        window.show();
        PetEditorDialog* editor = window.editPet(id);
        QVERIFY(editor);
        editor->showTab(PetEditorDialog::WeightTab);
        auto* page = editor->findChild<WeightPage*>();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QChart* chart = page->chart();
        auto* series = qobject_cast<QLineSeries*>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        QTRY_VERIFY(chart->plotArea().width() > 0);
        // Each point with its marker inside the plot, the first and last ones included.
        const qreal radius = page->fontMetrics().height() * 0.25;
        const QRectF inside = chart->plotArea().adjusted(radius, radius, -radius, -radius);
        for (int i = 0; i < series->count(); ++i) {
            const QPointF at = chart->mapToPosition(series->at(i), series);
            QVERIFY2(inside.contains(at), qPrintable(QStringLiteral("point %1 at %2,%3 outside %4..%5")
                                                         .arg(i)
                                                         .arg(at.x())
                                                         .arg(at.y())
                                                         .arg(inside.left())
                                                         .arg(inside.right())));
        }
        test::snapshot(editor, QStringLiteral("editor-weight-chart"));
        editor->reject();
    }

    void testSpanishTranslation()
    {
        QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Argentina)));
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        MainWindow window(f.service(), f.database().file, m_prompts);
        QStringList menus;
        for (QAction* a : window.menuBar()->actions()) {
            menus << a->text();
        }
        QVERIFY2(menus.contains(QStringLiteral("&Archivo")), qPrintable(menus.join(QLatin1Char(','))));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("petCountLabel"))->text(), QStringLiteral("0 mascotas"));
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(installTranslations(QLocale(QLocale::English)));
    }
};

QTEST_MAIN(TestDialogs)
#include "TestDialogs.moc"
