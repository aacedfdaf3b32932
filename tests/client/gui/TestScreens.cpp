// SPDX-License-Identifier: GPL-3.0-or-later
// A tour of the app's main screens in one language (PETINFO_TEST_LANGUAGE: en, es, pt_BR, or pseudo
// for the pseudo-translation; the ctest names client.gui.Screens.<language>), checking on each that
// no label, button or list column cuts its text off (and, in the pseudo run, that none is left
// untranslated). With PETINFO_SCREENSHOT_DIR set each screen is saved as
// <language>-<screen>.png for a person to look at (untranslated text, awkward wording).
#include "ScreenChecks.h"
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/AboutDialog.h"
#include "gui/AdoptionActions.h"
#include "gui/AdoptionWindow.h"
#include "gui/BillingActions.h"
#include "gui/BillingDialog.h"
#include "gui/FoundAnimalActions.h"
#include "gui/FoundAnimalsWindow.h"
#include "gui/ImportDialog.h"
#include "gui/MainWindow.h"
#include "gui/PetEditorDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/ReminderActions.h"
#include "gui/RemindersWindow.h"
#include "gui/ReportActions.h"
#include "gui/TagPrintDialog.h"
#include "models/PetListModel.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

namespace {

QString language()
{
    return test::testLanguage();
}

} // namespace

class TestScreens final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;

    void look(QWidget* widget, const QString& screen)
    {
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QCoreApplication::processEvents();
        test::snapshot(widget, language() + QLatin1Char('-') + screen);
        QStringList problems = test::clippedTexts(widget);
        if (language() == QLatin1String("pseudo")) {
            problems += test::untranslatedTexts(widget);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(screen + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PetInfoTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestScreens"));
        Settings::instance().setValue(Settings::Key::Country, QStringLiteral("AR"));
        if (language() != QLatin1String("pseudo")) {
            Settings::instance().setValue(Settings::Key::Language, language());
        }
        QVERIFY2(test::installTestLanguage(language()), qPrintable(language()));
    }

    void init()
    {
        QVERIFY(m_f.setUp());
        m_prompts.reset();
        const QString luna = m_f.addPet(QStringLiteral("Luna"), QStringLiteral("982000123456789"),
                                        QStringLiteral("María José Gómez"), QStringLiteral("+54 9 11 2345-6789"));
        m_f.addRecord(luna, HealthKind::Vaccine, Date{2025, 11, 1}, Date{2026, 11, 1}, QStringLiteral("Antirrábica"));
        m_f.addWeight(luna, Date{2026, 9, 1}, 12.25);
        m_f.addNote(luna, QStringLiteral("Tranquila, buena con chicos."));
        const QString milo = m_f.addPet(QStringLiteral("Milo"), QStringLiteral("AVID*012*345*678"),
                                        QStringLiteral("Julián Pereyra"), QStringLiteral("+54 9 221 455-1122"));
        m_f.addRecord(milo, HealthKind::Deworming, Date{2026, 9, 1}, Date{2026, 12, 1}, QStringLiteral("Drontal"));
        // A second microchip makes the widest microchip cell: "first / second".
        auto record = m_f.service().loadPet(milo);
        QVERIFY(record.hasValue());
        record->pet.microchip2 = "985141000123456";
        QVERIFY(m_f.service().updatePet(*record).hasValue());
        m_f.addPet(QStringLiteral("Zanahoria"));
        m_window = std::make_unique<MainWindow>(m_f.service(), m_f.database().file, m_prompts);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void testMainWindowViews()
    {
        m_window->showView(MainWindow::PetsView);
        look(m_window.get(), QStringLiteral("main-pets"));
        m_window->showView(MainWindow::DueView);
        look(m_window.get(), QStringLiteral("main-due"));
        m_window->showView(MainWindow::TrashView);
        look(m_window.get(), QStringLiteral("main-trash"));
        m_window->showView(MainWindow::PeopleView);
        look(m_window.get(), QStringLiteral("main-people"));
    }

    void testPetEditorTabs()
    {
        QVERIFY(m_window->selectPet(m_window->petModel()->index(0, 0).data(PetListModel::IdRole).toString()));
        PetEditorDialog* editor = m_window->editPet(m_window->selectedPetId());
        QVERIFY(editor);
        for (auto [tab, name] :
             {std::pair{PetEditorDialog::ProfileTab, "profile"}, std::pair{PetEditorDialog::ContactsTab, "contacts"},
              std::pair{PetEditorDialog::HealthTab, "health"}, std::pair{PetEditorDialog::WeightTab, "weight"},
              std::pair{PetEditorDialog::NotesTab, "notes"}}) {
            editor->showTab(tab);
            look(editor, QStringLiteral("editor-") + QLatin1String(name));
        }
        if (language() != QLatin1String("pseudo")) {
            // At its first size the Health tab shows every column side by side, titles whole.
            auto* health = editor->findChild<QTableView*>(QStringLiteral("healthTableView"));
            QVERIFY(health);
            editor->showTab(PetEditorDialog::HealthTab);
            QCOMPARE(health->horizontalScrollBar()->maximum(), 0);
        }
        editor->reject();
    }

    void testDialogs()
    {
        PreferencesDialog* preferences = m_window->openPreferences();
        look(preferences, QStringLiteral("preferences"));
        preferences->reject();

        auto* reports = m_window->findChild<ReportActions*>();
        QVERIFY(reports);
        m_window->showView(MainWindow::PetsView);
        TagPrintDialog* tags = reports->printTags();
        look(tags, QStringLiteral("tags"));
        if (language() == QLatin1String("pseudo")) {
            // The sheet layouts' names come from the report library's own translation context.
            auto* layouts = tags->findChild<QComboBox*>(QStringLiteral("layoutComboBox"));
            QVERIFY(layouts && layouts->count() > 0);
            for (int i = 0; i < layouts->count(); ++i) {
                QVERIFY2(layouts->itemText(i).contains(QChar(0x27E6)), qPrintable(layouts->itemText(i)));
            }
        }
        tags->reject();

        AboutDialog about(QString(), m_window.get());
        about.show();
        look(&about, QStringLiteral("about"));

        m_prompts.openFiles << qEnvironmentVariable("PETINFO_SOURCE_DIR") +
                                   QStringLiteral("/tests/client/io/data/asm-animals-es.csv");
        m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
        ImportDialog* import = nullptr;
        QTRY_VERIFY((import = m_window->findChild<ImportDialog*>()) && import->isVisible());
        look(import, QStringLiteral("import"));
        import->reject();
    }

    // The windows of adoption, lost and found, reminders and billing, as a clinic sees them
    // before it signs in (no server: their lists are empty, their titles and buttons are not).
    void testWindowsOfTheNewerFeatures()
    {
        auto* found = m_window->findChild<FoundAnimalActions*>();
        QVERIFY(found);
        FoundAnimalsWindow* strays = found->showFoundAnimals();
        QVERIFY(strays);
        strays->resize(1000, 640);
        look(strays, QStringLiteral("found-animals"));
        strays->close();

        auto* adoption = m_window->findChild<AdoptionActions*>();
        QVERIFY(adoption);
        AdoptionWindow* animals = adoption->showAnimals();
        QVERIFY(animals);
        animals->resize(1100, 700);
        look(animals, QStringLiteral("adoption-animals"));
        QCOMPARE(adoption->showInbox(), animals);
        look(animals, QStringLiteral("adoption-inbox"));
        animals->close();

        auto* reminders = m_window->findChild<ReminderActions*>();
        QVERIFY(reminders);
        RemindersWindow* messages = reminders->showReminders();
        QVERIFY(messages);
        messages->resize(1000, 600);
        look(messages, QStringLiteral("reminders"));
        messages->close();

        auto* billing = m_window->findChild<BillingActions*>();
        QVERIFY(billing);
        BillingDialog* plan = billing->showBilling();
        QVERIFY(plan);
        look(plan, QStringLiteral("billing"));
        plan->reject();
    }
};

QTEST_MAIN(TestScreens)
#include "TestScreens.moc"
