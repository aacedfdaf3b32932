// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window the way a person would: keyboard shortcuts, typing, clicks.
// Questions (confirm delete, unsaved changes, file choosers) are answered by ScriptedPrompts.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/DateEdit.h"
#include "gui/FieldIssueLabel.h"
#include "gui/HealthRecordDialog.h"
#include "gui/MainWindow.h"
#include "gui/PetEditorDialog.h"
#include "gui/StatusBar.h"
#include "gui/Translations.h"
#include "models/DueModel.h"
#include "models/HealthRecordModel.h"
#include "models/PetFilterProxyModel.h"
#include "models/PetListModel.h"
#include "models/TrashModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace petinfo;
using namespace petinfo::client;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    template <typename T>
    T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    QLabel* petCount() { return child<QLabel>(m_window.get(), "petCountLabel"); }

    /** A shortcut typed into the main window once it is active again, as after a dialog closes. */
    void keyToMainWindow(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), key, modifiers);
    }

    PetEditorDialog* openNewPetEditor()
    {
        keyToMainWindow(Qt::Key_N, Qt::ControlModifier);
        PetEditorDialog* editor = nullptr;
        [&] {
            QTRY_VERIFY((editor = m_window->findChild<PetEditorDialog*>()) && editor->isVisible());
        }();
        // Keys go to the active window, as they would for a user.
        QApplication::setActiveWindow(editor);
        [&] {
            QTRY_COMPARE(QApplication::activeWindow(), editor);
        }();
        return editor;
    }

    /** Types a date as ISO text into a date field, replacing what it showed. */
    static void typeDate(DateEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the app does: English text comes from the source, its plural forms from petinfo_en.
        QVERIFY(installTranslations(QLocale(QLocale::English)));
    }

    void init()
    {
        QVERIFY(m_f.setUp());
        m_prompts.reset();
        m_window = std::make_unique<MainWindow>(m_f.service(), m_f.database().file, m_prompts);
        for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_window->petModel()),
                                          static_cast<QAbstractItemModel*>(m_window->petProxy()),
                                          static_cast<QAbstractItemModel*>(m_window->trashModel())}) {
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testAddFindOverdueDeleteRestore()
    {
        m_f.addPet(QStringLiteral("Luna"), QStringLiteral("985141000123456"), QStringLiteral("José"),
                   QStringLiteral("+34 612 345 678"));
        QTRY_COMPARE(petCount()->text(), QStringLiteral("1 pet"));

        // Add a pet: Ctrl+N, type the profile, add the owner, save.
        PetEditorDialog* editor = openNewPetEditor();
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Zanahoria"));
        QTest::keyClicks(child<QLineEdit>(editor, "microchipLineEdit"), QStringLiteral("982 000 123 456 789"));
        editor->showTab(PetEditorDialog::ContactsTab);
        QTest::mouseClick(child<QPushButton>(editor, "addContactButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(editor, "contactNameLineEdit"), QStringLiteral("Ana Diaz"));
        QTest::keyClicks(child<QLineEdit>(editor, "contactPhonesLineEdit"), QStringLiteral("+54 9 11 2345-6789"));
        test::snapshot(editor, QStringLiteral("editor-contacts"));
        QVERIFY(editor->isDirty());
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(editor, "editorStatusLabel")->text(), QStringLiteral("Saved."));
        QVERIFY(!editor->isDirty());
        const QString petId = editor->petId();
        QVERIFY(!petId.isEmpty());
        QTRY_COMPARE(petCount()->text(), QStringLiteral("2 pets"));
        QCOMPARE(m_window->selectedPetId(), petId);

        // Record a rabies vaccine that was due three weeks ago.
        editor->showTab(PetEditorDialog::HealthTab);
        QTest::mouseClick(child<QPushButton>(editor, "addRecordButton"), Qt::LeftButton);
        HealthRecordDialog* record = nullptr;
        QTRY_VERIFY((record = editor->findChild<HealthRecordDialog*>()) && record->isVisible());
        auto* kind = child<QComboBox>(record, "kindComboBox");
        kind->setCurrentIndex(kind->findData(int(HealthKind::Vaccine)));
        QTest::keyClicks(child<QLineEdit>(record, "productLineEdit"), QStringLiteral("Rabies"));
        typeDate(child<DateEdit>(record, "recordDateEdit"), QStringLiteral("2025-11-01"));
        typeDate(child<DateEdit>(record, "nextDueDateEdit"), QStringLiteral("1 Nov 2026"));
        test::snapshot(record, QStringLiteral("health-record-dialog"));
        QTest::mouseClick(child<QPushButton>(record, "saveRecordButton"), Qt::LeftButton);
        auto* health = child<QTableView>(editor, "healthTableView");
        QTRY_COMPARE(health->model()->rowCount(), 1);
        QCOMPARE(health->model()->index(0, 0).data(HealthRecordModel::DueStateRole).toInt(), int(DueState::Overdue));
        QVERIFY(child<QLabel>(editor, "healthSummaryLabel")->text().contains(QStringLiteral("overdue")));
        test::snapshot(editor, QStringLiteral("editor-health"));
        editor->showTab(PetEditorDialog::ProfileTab);
        test::snapshot(editor, QStringLiteral("editor-profile"));
        QTest::mouseClick(child<QPushButton>(editor, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PetEditorDialog*>());
        QVERIFY(m_prompts.questions.isEmpty()); // nothing unsaved, nothing asked

        // The overdue view shows it, and the status bar counts it.
        keyToMainWindow(Qt::Key_2, Qt::ControlModifier);
        auto* tabs = child<QTabWidget>(m_window.get(), "viewTabWidget");
        QCOMPARE(tabs->currentIndex(), int(MainWindow::DueView));
        auto* due = child<QTableView>(m_window.get(), "dueTableView");
        QTRY_COMPARE(due->model()->rowCount(), 1);
        QCOMPARE(due->model()->index(0, DueModel::Pet).data().toString(), QStringLiteral("Zanahoria"));
        QCOMPARE(due->model()->index(0, 0).data(DueModel::DueStateRole).toInt(), int(DueState::Overdue));
        QCOMPARE(child<QLabel>(m_window.get(), "dueCountLabel")->text(), QStringLiteral("1 overdue · 0 due soon"));
        test::snapshot(m_window.get(), QStringLiteral("main-due"));

        // Find it by microchip: Ctrl+F, type part of the number with spaces.
        keyToMainWindow(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), int(MainWindow::PetsView));
        auto* filter = child<QLineEdit>(m_window.get(), "filterLineEdit");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("982 000 123"));
        auto* pets = child<QTableView>(m_window.get(), "petTableView");
        QTRY_COMPARE(pets->model()->rowCount(), 1);
        QCOMPARE(pets->model()->index(0, PetListModel::Name).data().toString(), QStringLiteral("Zanahoria"));
        QCOMPARE(petCount()->text(), QStringLiteral("1 of 2 pets"));
        test::snapshot(m_window.get(), QStringLiteral("main-pets-filtered"));
        // And by the owner's phone typed the local way.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("11 2345-6789"));
        QTRY_COMPARE(pets->model()->rowCount(), 1);
        QCOMPARE(pets->model()->index(0, PetListModel::Owner).data().toString(), QStringLiteral("Ana Diaz"));

        // Delete it: Down moves into the list, Delete asks, the pet goes to the trash.
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_VERIFY(pets->hasFocus());
        QCOMPARE(m_window->selectedPetId(), petId);
        m_prompts.confirms << true;
        QTest::keyClick(pets, Qt::Key_Delete);
        QCOMPARE(m_prompts.questions.size(), 1);
        QVERIFY(m_prompts.questions.front().contains(QStringLiteral("Zanahoria")));
        QTRY_COMPARE(pets->model()->rowCount(), 0);
        QCOMPARE(m_window->petModel()->rowCount(), 1);
        QCOMPARE(m_window->trashModel()->rowCount(), 1);
        QCOMPARE(m_window->dueModel()->rowCount(), 0);
        QCOMPARE(child<QLabel>(m_window.get(), "dueCountLabel")->text(), QStringLiteral("0 overdue · 0 due soon"));

        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("moved to the trash")));

        // Undo brings it back with its records, and the status bar stops saying it is in the trash.
        QTest::keyClick(pets, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(pets->model()->rowCount(), 1);
        QCOMPARE(m_window->trashModel()->rowCount(), 0);
        QCOMPARE(m_window->dueModel()->rowCount(), 1);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Undone: Delete Zanahoria."));
        m_window->undoStack()->redo();
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Redone: Delete Zanahoria."));
        m_window->undoStack()->undo();
        QTRY_COMPARE(pets->model()->rowCount(), 1);

        // Delete again and restore it from the Trash view instead.
        pets->setFocus();
        pets->selectRow(0);
        m_prompts.confirms << true;
        QTest::keyClick(pets, Qt::Key_Delete);
        QTRY_COMPARE(m_window->trashModel()->rowCount(), 1);
        keyToMainWindow(Qt::Key_3, Qt::ControlModifier);
        auto* trash = child<QTableView>(m_window.get(), "trashTableView");
        QCOMPARE(trash->model()->index(0, TrashModel::Name).data().toString(), QStringLiteral("Zanahoria"));
        test::snapshot(m_window.get(), QStringLiteral("main-trash"));
        auto* restore = child<QPushButton>(m_window.get(), "restoreButton");
        QVERIFY(restore->isEnabled()); // the trash opens with its first row ready to restore
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(m_window->trashModel()->rowCount(), 0);
        QCOMPARE(m_window->petModel()->rowCount(), 2);
        QCOMPARE(m_window->dueModel()->rowCount(), 1);
        QCOMPARE(m_window->dueModel()->counts().overdue, 1);
    }

    void testLongMessageStaysClearOfTheCounters()
    {
        m_window->resize(800, 500);
        QCoreApplication::processEvents();
        QStatusBar* bar = m_window->statusBar();
        const QLabel* counters = child<QLabel>(m_window.get(), "dueCountLabel");
        const QImage quiet = bar->grab().toImage();
        const QString path = QStringLiteral("/home/recepcion/.local/share/Pet Info/petinfo/backups/"
                                            "petinfo-20261122-101500-automatic.petinfo-backup");
        const QString message = QStringLiteral("Automatic backup saved: %1").arg(path);
        bar->showMessage(message, 10000);
        QCoreApplication::processEvents();
        const QImage shown = bar->grab().toImage();
        test::snapshot(bar, QStringLiteral("status-bar-long-message"));

        // The strip just before the counters stays as it was without a message.
        const int right = counters->x() - 2;
        const int left = right - bar->fontMetrics().averageCharWidth() * 2;
        QVERIFY(left > bar->width() / 2);
        int touched = 0;
        for (int x = left; x < right; ++x) {
            for (int y = 0; y < shown.height(); ++y) {
                touched += shown.pixel(x, y) != quiet.pixel(x, y) ? 1 : 0;
            }
        }
        QCOMPARE(touched, 0);
        // And the message says where the backup went, shortened in the middle, whole in the tooltip.
        auto* ours = qobject_cast<StatusBar*>(bar);
        QVERIFY(ours);
        QVERIFY(ours->shownMessage().startsWith(QStringLiteral("Automatic backup saved: /home")));
        QVERIFY(ours->shownMessage().endsWith(QStringLiteral(".petinfo-backup")));
        QVERIFY(ours->shownMessage().contains(QChar(0x2026)));
        QCOMPARE(bar->toolTip(), message);
    }

    void testTrashOpensReadyToRestore()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        const QString luna = m_f.addPet(QStringLiteral("Luna"));
        auto* restore = child<QPushButton>(m_window.get(), "restoreButton");
        auto* trash = child<QTableView>(m_window.get(), "trashTableView");
        QVERIFY(m_f.service().trashPet(rex));
        QVERIFY(m_f.service().trashPet(luna));
        QTRY_COMPARE(m_window->trashModel()->rowCount(), 2);

        // Ctrl+3, then Restore at once, with the keyboard or the mouse: no row to click first.
        keyToMainWindow(Qt::Key_3, Qt::ControlModifier);
        QVERIFY(restore->isEnabled());
        QVERIFY(trash->selectionModel()->isRowSelected(0, {}));
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(m_window->trashModel()->rowCount(), 1);
        // The next pet is ready in turn.
        QVERIFY(restore->isEnabled());
        QVERIFY(trash->selectionModel()->isRowSelected(0, {}));
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(m_window->trashModel()->rowCount(), 0);
        QVERIFY(!restore->isEnabled());
        QCOMPARE(m_window->petModel()->rowCount(), 2);

        // A pet trashed while the trash is shown is ready too.
        QVERIFY(m_f.service().trashPet(rex));
        QTRY_COMPARE(m_window->trashModel()->rowCount(), 1);
        QVERIFY(restore->isEnabled());
    }

    void testUnsavedChangesAreAskedAbout()
    {
        PetEditorDialog* editor = openNewPetEditor();
        QTest::keyClicks(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Mishi"));
        QVERIFY(editor->windowTitle().contains(QLatin1Char('*')));

        m_prompts.unsavedAnswers << Prompts::Unsaved::Cancel;
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(m_prompts.questions.size(), 1);
        QVERIFY(editor->isVisible());

        m_prompts.unsavedAnswers << Prompts::Unsaved::Discard;
        QTest::mouseClick(child<QPushButton>(editor, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PetEditorDialog*>());
        QCOMPARE(m_window->petModel()->rowCount(), 0);

        // "Save" on the question saves.
        editor = openNewPetEditor();
        QTest::keyClicks(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Mishi"));
        m_prompts.unsavedAnswers << Prompts::Unsaved::Save;
        editor->close();
        QTRY_VERIFY(!m_window->findChild<PetEditorDialog*>());
        QCOMPARE(m_window->petModel()->rowCount(), 1);
        QCOMPARE(m_prompts.questions.size(), 3); // Escape, Close, close()
    }

    void testNewPetTypesIntoNameAtOnce()
    {
        // Ctrl+N and straight on typing: the letters go through the window, as the keyboard sends them.
        PetEditorDialog* editor = openNewPetEditor();
        QVERIFY(editor);
        auto* name = child<QLineEdit>(editor, "nameLineEdit");
        QTRY_COMPARE(QApplication::focusWidget(), name);
        for (const char c : QByteArrayLiteral("Mishi")) {
            QTest::keyClick(editor->windowHandle(), c);
        }
        QCOMPARE(name->text(), QStringLiteral("Mishi"));
        m_prompts.unsavedAnswers << Prompts::Unsaved::Discard;
        editor->reject();
    }

    void testValidationShownInline()
    {
        PetEditorDialog* editor = openNewPetEditor();
        auto* chip = child<QLineEdit>(editor, "microchipLineEdit");
        auto* chipIssue = child<FieldIssueLabel>(editor, "microchipIssueLabel");
        QTest::keyClicks(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Viejo"));

        // A 15-digit chip is fine; an older 9-digit chip is a warning; 5 digits is an error.
        QTest::keyClicks(chip, QStringLiteral("12345"));
        QTRY_VERIFY(chipIssue->isVisible());
        QCOMPARE(chipIssue->severity(), Severity::Error);
        // Says what to type, with an example, rather than citing a standard.
        QVERIFY2(chipIssue->text().startsWith(QStringLiteral("15 digits, e.g.")), qPrintable(chipIssue->text()));
        QVERIFY(chipIssue->text().contains(QStringLiteral("982000123456789")));
        QVERIFY(!chipIssue->text().contains(QStringLiteral("ISO")));
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(editor, "editorStatusLabel")->text().startsWith(QStringLiteral("Not saved")));
        QVERIFY(chip->hasFocus());
        QCOMPARE(m_window->petModel()->rowCount(), 0);

        QTest::keyClicks(chip, QStringLiteral("6789"));
        QTRY_COMPARE(chipIssue->severity(), Severity::Warning);
        QVERIFY(chipIssue->isVisible());
        QVERIFY(chipIssue->text().contains(QStringLiteral("older")));
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(editor, "editorStatusLabel")->text(), QStringLiteral("Saved with 1 warning."));
        QCOMPARE(m_window->petModel()->rowCount(), 1);
        QVERIFY(chipIssue->isVisible()); // the warning stays after saving

        // A required field left empty is an error only once the user tries to save.
        child<QLineEdit>(editor, "nameLineEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(editor, "breedLineEdit"), QStringLiteral("Mestizo"));
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QVERIFY(child<FieldIssueLabel>(editor, "nameIssueLabel")->isVisible());
        QCOMPARE(child<FieldIssueLabel>(editor, "nameIssueLabel")->text(), QStringLiteral("Type the pet's name."));
        QVERIFY(child<QLineEdit>(editor, "nameLineEdit")->hasFocus());
        m_prompts.unsavedAnswers << Prompts::Unsaved::Discard;
        editor->reject();
    }

    void testShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("new") << "newPetAction" << QKeySequence(QKeySequence::New);
        QTest::newRow("find") << "findAction" << QKeySequence(QKeySequence::Find);
        QTest::newRow("delete") << "deletePetAction" << QKeySequence(QKeySequence::Delete);
        QTest::newRow("undo") << "undoAction" << QKeySequence(QKeySequence::Undo);
        QTest::newRow("redo") << "redoAction" << QKeySequence(QKeySequence::Redo);
        QTest::newRow("import") << "importAction" << QKeySequence(Qt::CTRL | Qt::Key_I);
        QTest::newRow("backup") << "backupAction" << QKeySequence(Qt::CTRL | Qt::Key_B);
        QTest::newRow("quit") << "quitAction" << QKeySequence(Qt::CTRL | Qt::Key_Q);
        QTest::newRow("due view") << "dueViewAction" << QKeySequence(Qt::CTRL | Qt::Key_2);
    }

    void testShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, keys);
        auto* a = m_window->findChild<QAction*>(action);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), keys);
        QVERIFY(!a->text().isEmpty());
    }

    void testEditorOpensFromDueList()
    {
        const QString id = m_f.addPet(QStringLiteral("Rex"));
        m_f.addRecord(id, HealthKind::Deworming, Date{2026, 9, 1}, Date{2026, 12, 1});
        m_window->showView(MainWindow::DueView);
        auto* due = child<QTableView>(m_window.get(), "dueTableView");
        QTRY_COMPARE(due->model()->rowCount(), 1);
        QCOMPARE(due->model()->index(0, 0).data(DueModel::DueStateRole).toInt(), int(DueState::DueSoon));
        QCOMPARE(child<QLabel>(m_window.get(), "dueCountLabel")->text(), QStringLiteral("0 overdue · 1 due soon"));
        due->setFocus();
        due->selectRow(0);
        QTest::keyClick(due, Qt::Key_Return);
        PetEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<PetEditorDialog*>()));
        QCOMPARE(editor->petId(), id);
        QCOMPARE(child<QTabWidget>(editor, "editorTabWidget")->currentIndex(), int(PetEditorDialog::HealthTab));
        editor->reject();
    }

    void testDeleteSeveralPetsUndoesInOneStep()
    {
        for (const char* name : {"Rex", "Luna", "Zanahoria", "Milo"}) {
            m_f.addPet(QString::fromLatin1(name));
        }
        auto* pets = child<QTableView>(m_window.get(), "petTableView");
        QTRY_COMPARE(pets->model()->rowCount(), 4);
        // Three of the four, picked with Ctrl+click as a person would.
        pets->setFocus();
        pets->selectRow(0);
        for (int row : {1, 3}) {
            const QRect cell = pets->visualRect(pets->model()->index(row, 0));
            QTest::mouseClick(pets->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
        }
        QCOMPARE(m_window->selectedPetIds().size(), 3);
        const QString kept = pets->model()->index(2, PetListModel::Name).data().toString();

        m_prompts.confirms << true;
        QTest::keyClick(pets, Qt::Key_Delete);
        QCOMPARE(m_prompts.questions.size(), 1); // one question for all three
        QVERIFY2(m_prompts.questions.front().contains(QStringLiteral("3 pets")),
                 qPrintable(m_prompts.questions.front()));
        QTRY_COMPARE(pets->model()->rowCount(), 1);
        QCOMPARE(pets->model()->index(0, PetListModel::Name).data().toString(), kept);
        QCOMPARE(m_window->trashModel()->rowCount(), 3);
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("3 pets moved to the trash")));

        // One Ctrl+Z brings all three back.
        QTest::keyClick(pets, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(pets->model()->rowCount(), 4);
        QCOMPARE(m_window->trashModel()->rowCount(), 0);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Undone: Delete 3 pets."));
        m_window->undoStack()->redo();
        QTRY_COMPARE(pets->model()->rowCount(), 1);
        QCOMPARE(m_window->trashModel()->rowCount(), 3);

        // Declining the question deletes nothing.
        m_window->undoStack()->undo();
        QTRY_COMPARE(pets->model()->rowCount(), 4);
        pets->selectAll();
        m_prompts.confirms << false;
        QTest::keyClick(pets, Qt::Key_Delete);
        QCOMPARE(pets->model()->rowCount(), 4);
        QCOMPARE(m_window->undoStack()->count(), 1);
    }

    /** Every action of the main window, the report and reminder actions included, has its own keys:
     *  a shared shortcut is ambiguous and Qt then runs neither. The test also runs under GNOME's key
     *  bindings (client.gui.MainWindow.gnome-keys), which map standard keys as macOS does (Refresh is
     *  Ctrl+R there, Cmd+R on a Mac). */
    void testNoTwoActionsShareAShortcut()
    {
        if (qEnvironmentVariable("QT_QPA_PLATFORMTHEME") == QLatin1String("gnome")) {
            // Make sure the run under GNOME's bindings really has the macOS-like Refresh it is for.
            QVERIFY(QKeySequence::keyBindings(QKeySequence::Refresh).contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
        }
        QHash<QKeySequence, QString> owners;
        int withKeys = 0;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->objectName().isEmpty()) {
                continue; // menus' own actions and separators
            }
            for (const QKeySequence& keys : action->shortcuts()) {
                ++withKeys;
                const QString other = owners.value(keys);
                QVERIFY2(other.isEmpty() || other == action->objectName(),
                         qPrintable(QStringLiteral("%1 is both %2 and %3")
                                        .arg(keys.toString(QKeySequence::PortableText), other, action->objectName())));
                owners.insert(keys, action->objectName());
            }
        }
        QVERIFY(withKeys >= 15);
        // The report keeps Ctrl+R; reloading the list is F5 on every platform.
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("healthReportAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("refreshAction"))->shortcuts(),
                 QList<QKeySequence>{QKeySequence(Qt::Key_F5)});
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
