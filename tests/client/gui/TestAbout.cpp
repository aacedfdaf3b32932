// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About on the real main window: version, where the records are, the licence's full text,
// the libraries with their versions and licences, and "Copy Details" for a support request.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace petinfo;
using namespace petinfo::client;

class TestAbout final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    AboutDialog* openAbout()
    {
        auto* action = child<QAction>(m_window.get(), "aboutAction");
        if (!action) {
            return nullptr;
        }
        action->trigger();
        auto* dialog = child<AboutDialog>(m_window.get(), "aboutDialog");
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    static QTreeWidgetItem* row(QTreeWidget* tree, const QString& name)
    {
        const auto found = tree->findItems(name, Qt::MatchExactly, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void init()
    {
        QVERIFY(m_f.setUp());
        m_prompts.reset();
        m_window = std::make_unique<MainWindow>(m_f.service(), m_f.database().file, m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testAboutShowsVersionAndDatabase()
    {
        AboutDialog* about = openAbout();
        QVERIFY(about);
        QVERIFY(about->isModal() || about->windowModality() != Qt::NonModal);
        QCOMPARE(child<QLabel>(about, "versionLabel")->text(), QStringLiteral("Version 9.8.7"));
        const QString database = child<QLabel>(about, "databaseLabel")->text();
        QVERIFY2(database.contains(m_f.database().path().toHtmlEscaped()), qPrintable(database));
        QVERIFY(child<QLabel>(about, "licenceSummaryLabel")->text().contains(QStringLiteral("General Public License")));
        test::snapshot(about, QStringLiteral("about-dialog"));
    }

    void testLicenceTabHoldsTheFullText()
    {
        AboutDialog* about = openAbout();
        QVERIFY(about);
        auto* tabs = child<QTabWidget>(about, "aboutTabWidget");
        auto* licence = child<QPlainTextEdit>(about, "licencePlainTextEdit");
        QVERIFY(tabs && licence);
        tabs->setCurrentWidget(licence);
        const QString text = licence->toPlainText();
        QVERIFY(text.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(text.contains(QStringLiteral("Version 3, 29 June 2007")));
        QVERIFY(text.contains(QStringLiteral("END OF TERMS AND CONDITIONS")));
        QVERIFY(licence->isReadOnly());
        test::snapshot(about, QStringLiteral("about-licence"));
    }

    void testLibrariesNameVersionAndLicence()
    {
        AboutDialog* about = openAbout();
        QVERIFY(about);
        auto* tabs = child<QTabWidget>(about, "aboutTabWidget");
        auto* tree = child<QTreeWidget>(about, "librariesTreeWidget");
        QVERIFY(tabs && tree);
        tabs->setCurrentWidget(child<QWidget>(about, "librariesPage"));
        const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?"));
        for (const char* name : {"Qt", "SQLCipher", "SQLite", "OpenSSL", "LZ4", "QtKeychain", "ZXing-C++", "Qt Charts",
                                 "Qt PDF (PDFium)", "JSON for Modern C++"}) {
            QTreeWidgetItem* item = row(tree, QString::fromLatin1(name));
            QVERIFY2(item, name);
            QVERIFY2(version.match(item->text(1)).hasMatch(), qPrintable(item->text(1)));
            QVERIFY2(!item->text(2).isEmpty(), name);
        }
        // The SQLCipher row is the library itself answering: plain SQLite has no cipher_version.
        QCOMPARE(row(tree, QStringLiteral("SQLCipher"))->text(1), sqlCipherVersion());
        QCOMPARE(row(tree, QStringLiteral("Qt"))->text(1), QString::fromLatin1(qVersion()));
        QCOMPARE(tree->topLevelItemCount(), int(AboutDialog::libraries().size()));
        test::snapshot(about, QStringLiteral("about-libraries"));
    }

    void testCopyDetailsForSupport()
    {
        AboutDialog* about = openAbout();
        QVERIFY(about);
        QApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(about, "copyDetailsButton"), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("Pet Info 9.8.7\n")), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("\nSQLCipher %1\n").arg(sqlCipherVersion())), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("Qt platform %1").arg(QGuiApplication::platformName())),
                 qPrintable(copied));
        QCOMPARE(copied, about->details());
    }

    void testEscapeCloses()
    {
        QPointer<AboutDialog> about = openAbout();
        QVERIFY(about);
        QTest::keyClick(about, Qt::Key_Escape);
        QTRY_VERIFY(about.isNull()); // closed and deleted
        // Opening it again makes a new one.
        QVERIFY(openAbout());
    }
};

QTEST_MAIN(TestAbout)
#include "TestAbout.moc"
