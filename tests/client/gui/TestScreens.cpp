// SPDX-License-Identifier: GPL-3.0-or-later
// A tour of the app's main screens in one language (PETINFO_TEST_LANGUAGE: en, es, pt_BR, or pseudo
// for the pseudo-translation; the ctest names client.gui.Screens.<language>), checking on each that
// no label, button or list column cuts its text off (and, in the pseudo run, that none is left
// untranslated). With PETINFO_SCREENSHOT_DIR set each screen is saved as
// <language>-<screen>.png for a person to look at (untranslated text, awkward wording).
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
#include "gui/Translations.h"
#include "models/PetListModel.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace petinfo;
using namespace petinfo::client;

namespace {

QString language()
{
    const QString chosen = qEnvironmentVariable("PETINFO_TEST_LANGUAGE");
    return chosen.isEmpty() ? QStringLiteral("en") : chosen;
}

/** What a label or header draws of `text`: mnemonic marks gone; the widest of its lines. */
int drawnWidth(const QFontMetrics& metrics, QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    return widest;
}

/** Labels, buttons and table columns of `root` (and its children) that are narrower than their
 *  text; empty when nothing is cut off. */
QStringList clippedTexts(QWidget* root)
{
    QStringList problems;
    auto describe = [](const QWidget* w, const QString& text, int has, int needs) {
        return QStringLiteral("%1 \"%2\": %3 px, needs %4").arg(w->objectName(), text).arg(has).arg(needs);
    };
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull() ||
            label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text())) {
            continue;
        }
        const int needs = drawnWidth(label->fontMetrics(), label->text()) + 2 * label->margin();
        if (label->contentsRect().width() < needs && label->width() > 0) {
            problems << describe(label, label->text(), label->contentsRect().width(), needs);
        }
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() ||
            !(qobject_cast<const QPushButton*>(button) || qobject_cast<const QCheckBox*>(button) ||
              qobject_cast<const QRadioButton*>(button))) {
            continue;
        }
        if (button->width() < button->minimumSizeHint().width()) {
            problems << describe(button, button->text(), button->width(), button->minimumSizeHint().width());
        }
    }
    for (QTableView* table : root->findChildren<QTableView*>()) {
        if (!table->isVisibleTo(root) || !table->model()) {
            continue;
        }
        QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) || column == header->count() - 1) {
                continue; // the last section stretches
            }
            const int width = table->columnWidth(column);
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            const int titleNeeds = drawnWidth(header->fontMetrics(), title);
            if (width < titleNeeds) {
                problems << describe(table, title, width, titleNeeds);
            }
            for (int row = 0; row < std::min(table->model()->rowCount(), 50); ++row) {
                const QModelIndex index = table->model()->index(row, column);
                const QString text = index.data().toString();
                if (text.isEmpty() || table->indexWidget(index) || index.data(Qt::ToolTipRole).toString() == text) {
                    continue; // a cell elided on purpose shows its whole text in a tooltip
                }
                const int needs = drawnWidth(table->fontMetrics(), text);
                if (width < needs) {
                    problems << describe(table, text, width, needs);
                }
            }
        }
    }
    return problems;
}

/** Under the pseudo-translation every string of the interface is marked ⟦…⟧: buttons, tabs, group
 *  titles, form labels and column titles without the mark never went through tr(). */
QStringList untranslatedTexts(QWidget* root)
{
    QStringList problems;
    auto check = [&](const QString& where, const QString& text) {
        const bool words = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
        if (words && !text.contains(QChar(0x27E6))) {
            problems << QStringLiteral("%1 \"%2\" is not translated").arg(where, text);
        }
    };
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        // OK, Cancel and the like come from Qt's own translation.
        const auto* box = qobject_cast<const QDialogButtonBox*>(button->parentWidget());
        if (box && box->standardButton(button) != QDialogButtonBox::NoButton) {
            continue;
        }
        if (button->isVisibleTo(root) && !button->text().isEmpty() &&
            (qobject_cast<const QPushButton*>(button) || qobject_cast<const QCheckBox*>(button) ||
             qobject_cast<const QRadioButton*>(button))) {
            check(button->objectName(), button->text());
        }
    }
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisibleTo(root) && label->buddy()) {
            check(QStringLiteral("label"), label->text());
        }
    }
    for (const QGroupBox* group : root->findChildren<QGroupBox*>()) {
        if (group->isVisibleTo(root)) {
            check(group->objectName(), group->title());
        }
    }
    for (const QTabBar* tabs : root->findChildren<QTabBar*>()) {
        for (int i = 0; tabs->isVisibleTo(root) && i < tabs->count(); ++i) {
            check(QStringLiteral("tab"), tabs->tabText(i));
        }
    }
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
        for (const QAction* menu : window->menuBar()->actions()) {
            check(QStringLiteral("menu"), menu->text());
        }
    }
    for (const QTableView* table : root->findChildren<QTableView*>()) {
        if (!table->isVisibleTo(root) || !table->model() || table->objectName() == QLatin1String("previewTableView")) {
            continue; // the import preview's titles are the file's own headers
        }
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (!table->horizontalHeader()->isSectionHidden(column)) {
                check(table->objectName(), table->model()->headerData(column, Qt::Horizontal).toString());
            }
        }
    }
    return problems;
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
        QStringList problems = clippedTexts(widget);
        if (language() == QLatin1String("pseudo")) {
            problems += untranslatedTexts(widget);
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
        if (language() == QLatin1String("pseudo")) {
            // English plural forms under the pseudo-translation made at build time.
            QVERIFY(installTranslations(QLocale(QLocale::English)));
            auto* pseudo = new QTranslator(QCoreApplication::instance());
            QVERIFY(pseudo->load(qEnvironmentVariable("PETINFO_PSEUDO_QM")));
            QCoreApplication::installTranslator(pseudo);
            return;
        }
        // As the app starts with this language chosen in Preferences, for a clinic in Argentina.
        Settings::instance().setValue(Settings::Key::Language, language());
        QLocale::setDefault(chosenLocale(language(), QStringLiteral("AR")));
        QVERIFY2(installTranslations(QLocale()), qPrintable(language()));
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
