// SPDX-License-Identifier: GPL-3.0-or-later
// Clients as a clinic thinks of them: the People tab, a person's page with all their pets, merging a
// person typed in twice, and choosing an existing person in the pet editor. Real widgets, real keys.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/ContactsPage.h"
#include "gui/FieldIssueLabel.h"
#include "gui/MainWindow.h"
#include "gui/MergePeopleDialog.h"
#include "gui/PeoplePage.h"
#include "gui/PersonDialog.h"
#include "gui/PersonPicker.h"
#include "gui/PetEditorDialog.h"
#include "gui/Translations.h"
#include "models/ContactModel.h"
#include "models/PeopleModel.h"
#include "models/PetFilterProxyModel.h"
#include "models/PetListModel.h"
#include "services/PersonService.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestPeople final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QString m_ana, m_duplicate, m_bruno;
    QString m_rex, m_luna, m_toby;

    template <typename T>
    T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    /** The window's dialog of type T once it is shown and active, as after a click opened it. */
    template <typename T>
    T* shownDialog(QObject* parent)
    {
        T* dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = parent->findChild<T*>()) && dialog->isVisible());
        }();
        if (dialog) {
            QApplication::setActiveWindow(dialog);
        }
        return dialog;
    }

    void keyToMainWindow(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), key, modifiers);
    }

    QString ownerOf(const QString& petId)
    {
        return QString::fromStdString(m_f.service().loadPet(petId)->contacts.front().person.id);
    }

    /** The pet list's Phone cell of a pet. */
    QString petListPhone(const QString& petId)
    {
        PetListModel* pets = m_window->petModel();
        return pets->index(pets->rowOf(petId), PetListModel::Phone).data().toString();
    }

    QTableView* peopleTable() { return child<QTableView>(m_window.get(), "peopleTableView"); }

    void clickRow(QTableView* table, int row)
    {
        const QModelIndex index = table->model()->index(row, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    /** As a mouse does it: press, release, press, double-click, release. (QTest::mouseDClick sends
     *  no second press, and item views then take the double-click for a new press.) */
    void doubleClick(QAbstractItemView* view, const QModelIndex& index)
    {
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        QMouseEvent dbl(QEvent::MouseButtonDblClick, at, view->viewport()->mapToGlobal(at), Qt::LeftButton,
                        Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &dbl);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    }

    int rowNamed(QAbstractItemModel* model, const QString& name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(QLocale(QLocale::English)));
    }

    void init()
    {
        QVERIFY(m_f.setUp());
        m_prompts.reset();
        // Ana García owns Rex and Luna (one person, linked twice); Toby's owner was typed in again
        // as "Ana Garcia" (a duplicate); Bruno owns Max.
        m_rex = m_f.addPet(QStringLiteral("Rex"), {}, QStringLiteral("Ana García"), QStringLiteral("011 15-4321-9876"));
        m_ana = ownerOf(m_rex);
        PetRecord luna;
        luna.pet.name = "Luna";
        luna.contacts.push_back({m_f.service().loadPet(m_rex)->contacts[0].person, ContactRole::Owner, true});
        m_luna = QString::fromStdString(m_f.service().createPet(luna)->id);
        m_toby =
            m_f.addPet(QStringLiteral("Toby"), {}, QStringLiteral("Ana Garcia"), QStringLiteral("011 15-5555-0000"));
        m_duplicate = ownerOf(m_toby);
        const QString max =
            m_f.addPet(QStringLiteral("Max"), {}, QStringLiteral("Bruno Díaz"), QStringLiteral("0351 422-1100"));
        m_bruno = ownerOf(max);

        m_window = std::make_unique<MainWindow>(m_f.service(), m_f.database().file, m_prompts);
        PeoplePage* page = m_window->peoplePage();
        for (QAbstractItemModel* model :
             {static_cast<QAbstractItemModel*>(page->model()), static_cast<QAbstractItemModel*>(page->proxy())}) {
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testPeopleTabFindsByLocalPhoneAndOpensAPersonWithAllTheirPets()
    {
        keyToMainWindow(Qt::Key_4, Qt::ControlModifier);
        auto* tabs = child<QTabWidget>(m_window.get(), "viewTabWidget");
        QCOMPARE(tabs->currentIndex(), int(MainWindow::PeopleView));
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 3);
        QCOMPARE(peopleTable()->model()->index(0, PeopleModel::Name).data().toString(), QStringLiteral("Ana Garcia"));
        const int ana = rowNamed(peopleTable()->model(), QStringLiteral("Ana García"));
        QCOMPARE(peopleTable()->model()->index(ana, PeopleModel::PetCount).data().toInt(), 2);
        QCOMPARE(peopleTable()->model()->index(ana, PeopleModel::Pets).data().toString(), QStringLiteral("Luna, Rex"));
        QCOMPARE(peopleTable()->model()->index(ana, PeopleModel::Phone).data().toString(),
                 QStringLiteral("011 15-4321-9876"));
        test::snapshot(m_window.get(), QStringLiteral("people-tab"));

        // Ctrl+F on this tab goes to its search; the number typed the way locals say it.
        keyToMainWindow(Qt::Key_F, Qt::ControlModifier);
        auto* filter = child<QLineEdit>(m_window.get(), "peopleFilterLineEdit");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("011 4321-9876"));
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 1);
        QCOMPARE(peopleTable()->model()->index(0, PeopleModel::Name).data().toString(), QStringLiteral("Ana García"));
        test::snapshot(m_window.get(), QStringLiteral("people-tab-search"));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        auto* hint = child<QLabel>(m_window.get(), "peopleHintLabel");
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("zzz")));
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 3);
        QTest::keyClicks(filter, QStringLiteral("GARCIA"));
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 2); // accents ignored: both Anas

        // Down into the list, Enter opens the person's page with both pets.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("luna"));
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_VERIFY(peopleTable()->hasFocus());
        QTest::keyClick(peopleTable(), Qt::Key_Return);
        auto* page = shownDialog<PersonDialog>(m_window.get());
        QVERIFY(page);
        QCOMPARE(page->personId(), m_ana);
        auto* pets = child<QTableView>(page, "personPetsTableView");
        QCOMPARE(pets->model()->rowCount(), 2);
        QCOMPARE(pets->model()->index(0, 0).data().toString(), QStringLiteral("Luna"));
        QCOMPARE(pets->model()->index(1, 0).data().toString(), QStringLiteral("Rex"));
        QVERIFY(child<QLabel>(page, "personTitleLabel")->text().startsWith(QStringLiteral("Ana García")));
        QCOMPARE(child<QLineEdit>(page, "personPhonesLineEdit")->text(), QStringLiteral("011 15-4321-9876"));
        QVERIFY(page->width() <= 1024 && page->height() <= 700);
        test::snapshot(page, QStringLiteral("person-page"));

        // A bad e-mail is marked on the field and not saved.
        auto* email = child<QLineEdit>(page, "personEmailLineEdit");
        QTest::keyClicks(email, QStringLiteral("ana@"));
        auto* emailIssue = child<FieldIssueLabel>(page, "personEmailIssueLabel");
        QTRY_VERIFY(emailIssue->hasError());
        QVERIFY(page->windowTitle().contains(QLatin1Char('*')));
        QVERIFY(!page->save());
        QTest::keyClicks(email, QStringLiteral("example.org"));
        QTRY_VERIFY(!emailIssue->isVisibleTo(page));

        // A new phone, typed the local way, saved with Ctrl+S: both pets show it in the pet list.
        auto* phones = child<QLineEdit>(page, "personPhonesLineEdit");
        phones->selectAll();
        QTest::keyClicks(phones, QStringLiteral("011 5555-1234"));
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!page->isDirty());
        QCOMPARE(phones->text(), QStringLiteral("011 5555-1234"));
        QVERIFY(child<QLabel>(page, "personStatusLabel")->text().startsWith(QStringLiteral("Saved.")));
        QCOMPARE(petListPhone(m_rex), QStringLiteral("011 5555-1234"));
        QCOMPARE(petListPhone(m_luna), QStringLiteral("011 5555-1234"));
        QCOMPARE(m_f.service().loadPet(m_luna)->contacts[0].person.email, std::string("ana@example.org"));
        // And the People list.
        QTRY_COMPARE(peopleTable()->model()->index(0, PeopleModel::Phone).data().toString(),
                     QStringLiteral("011 5555-1234"));

        // Close: nothing unsaved, nothing asked.
        QTest::mouseClick(child<QPushButton>(page, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PersonDialog*>());
        QVERIFY(m_prompts.questions.isEmpty());
    }

    void testDoubleClickOnAPetOpensIt()
    {
        m_window->showView(MainWindow::PeopleView);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 3);
        PersonDialog* page = m_window->peoplePage()->openPerson(m_ana);
        QVERIFY(QTest::qWaitForWindowExposed(page));
        auto* pets = child<QTableView>(page, "personPetsTableView");
        const QModelIndex rex = pets->model()->index(1, 0);
        doubleClick(pets, rex);
        auto* editor = shownDialog<PetEditorDialog>(page);
        QVERIFY(editor);
        QCOMPARE(editor->petId(), m_rex);
        QTest::mouseClick(child<QPushButton>(editor, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!page->findChild<PetEditorDialog*>());

        // With unsaved details the page asks first; Cancel keeps them and opens nothing.
        QTest::keyClicks(child<QLineEdit>(page, "personAddressLineEdit"), QStringLiteral("Calle 1"));
        m_prompts.unsavedAnswers << Prompts::Unsaved::Cancel;
        QVERIFY(!page->openPet(m_rex));
        QCOMPARE(m_prompts.questions.size(), 1);
        QVERIFY(page->isDirty());
        m_prompts.unsavedAnswers << Prompts::Unsaved::Discard;
        QTest::keyClick(page, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<PersonDialog*>());
        QCOMPARE(m_f.service().loadPet(m_rex)->contacts[0].person.address, std::string());
    }

    void testMergeATwiceTypedPersonAndUndo()
    {
        m_window->showView(MainWindow::PeopleView);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 3);
        PersonDialog* page = m_window->peoplePage()->openPerson(m_duplicate);
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QApplication::setActiveWindow(page);
        QTest::mouseClick(child<QPushButton>(page, "mergeIntoButton"), Qt::LeftButton);
        auto* merge = shownDialog<MergePeopleDialog>(page);
        QVERIFY(merge);
        auto* mergeButton = child<QPushButton>(merge, "mergeButton");
        QVERIFY(!mergeButton->isEnabled());

        // Find the other Ana by typing; the person being merged is not offered.
        auto* candidates = child<QTableView>(merge, "mergeCandidatesTableView");
        QCOMPARE(candidates->model()->rowCount(), 2);
        QTest::keyClicks(child<QLineEdit>(merge, "mergeFilterLineEdit"), QStringLiteral("ana"));
        QTRY_COMPARE(candidates->model()->rowCount(), 1);
        clickRow(candidates, 0);
        QTRY_VERIFY(mergeButton->isEnabled());
        QCOMPARE(merge->keptId(), m_ana);
        QCOMPARE(merge->duplicateId(), m_duplicate);
        const QString summary = merge->summary();
        QVERIFY2(summary.contains(QStringLiteral("Toby")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("011 15-5555-0000")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("deleted")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Ctrl+Z")));
        merge->resize(800, 600);
        test::snapshot(merge, QStringLiteral("merge-dialog"));

        QTest::mouseClick(mergeButton, Qt::LeftButton);
        QTRY_VERIFY(!page->findChild<MergePeopleDialog*>());
        // The page now shows who is left, with all three pets.
        QCOMPARE(page->personId(), m_ana);
        auto* pets = child<QTableView>(page, "personPetsTableView");
        QCOMPARE(pets->model()->rowCount(), 3);
        QVERIFY(child<QLabel>(page, "personStatusLabel")->text().contains(QStringLiteral("Merged Ana Garcia into")));
        QCOMPARE(child<QLineEdit>(page, "personPhonesLineEdit")->text(),
                 QStringLiteral("011 15-4321-9876, 011 15-5555-0000"));
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 2);
        QCOMPARE(
            m_window->petModel()->index(m_window->petModel()->rowOf(m_toby), PetListModel::Owner).data().toString(),
            QStringLiteral("Ana García"));
        test::snapshot(page, QStringLiteral("person-page-merged"));

        // Ctrl+Z on the page undoes the merge.
        QApplication::setActiveWindow(page);
        QTest::keyClick(pets, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(pets->model()->rowCount(), 2);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 3);
        QCOMPARE(ownerOf(m_toby), m_duplicate);
        QCOMPARE(
            m_window->petModel()->index(m_window->petModel()->rowOf(m_toby), PetListModel::Owner).data().toString(),
            QStringLiteral("Ana Garcia"));
        QTest::mouseClick(child<QPushButton>(page, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PersonDialog*>());
    }

    void testMergeFromTheListKeepingThisOne()
    {
        m_window->showView(MainWindow::PeopleView);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 3);
        QVERIFY(m_window->peoplePage()->selectPerson(m_bruno));
        QTest::mouseClick(child<QPushButton>(m_window.get(), "mergePeopleButton"), Qt::LeftButton);
        auto* merge = shownDialog<MergePeopleDialog>(m_window.get());
        QVERIFY(merge);
        QVERIFY(merge->chooseOther(m_duplicate));
        QTest::mouseClick(child<QWidget>(merge, "keepThisRadioButton"), Qt::LeftButton);
        QCOMPARE(merge->keptId(), m_bruno);
        QVERIFY(merge->summary().contains(QStringLiteral("Ana Garcia is then deleted")));
        QTest::mouseClick(child<QPushButton>(merge, "mergeButton"), Qt::LeftButton);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 2);
        QCOMPARE(m_window->peoplePage()->selectedPersonId(), m_bruno);
        QCOMPARE(ownerOf(m_toby), m_bruno);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Undo with Ctrl+Z")));
        // Edit > Undo in the main window works too.
        keyToMainWindow(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 3);
        QCOMPARE(ownerOf(m_toby), m_duplicate);
    }

    void testMergeAsksWhichEmailToKeep()
    {
        for (const auto& [id, email] :
             {std::pair{m_ana, "ana@example.org"}, std::pair{m_duplicate, "ana.g@mail.com"}}) {
            Person p = m_window->people().person(id)->person;
            p.email = email;
            QVERIFY(m_window->people().updatePerson(p).hasValue());
        }
        m_window->showView(MainWindow::PeopleView);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 3);
        QVERIFY(m_window->peoplePage()->selectPerson(m_duplicate));
        MergePeopleDialog* merge = m_window->peoplePage()->mergeSelected();
        QVERIFY(QTest::qWaitForWindowExposed(merge));
        auto* email = child<QComboBox>(merge, "mergeEmailComboBox");
        QVERIFY(!email->isVisibleTo(merge));
        QVERIFY(merge->chooseOther(m_ana));
        QVERIFY(email->isVisibleTo(merge));
        QCOMPARE(email->count(), 2);
        QCOMPARE(email->currentText(), QStringLiteral("ana@example.org")); // the kept person's
        QVERIFY(merge->summary().contains(QStringLiteral("ana.g@mail.com is not kept")));
        email->setCurrentIndex(email->findText(QStringLiteral("ana.g@mail.com")));
        QVERIFY(merge->summary().contains(QStringLiteral("ana@example.org is not kept")));
        test::snapshot(merge, QStringLiteral("merge-dialog-email"));
        QTest::mouseClick(child<QPushButton>(merge, "mergeButton"), Qt::LeftButton);
        QTRY_COMPARE(peopleTable()->model()->rowCount(), 2);
        QCOMPARE(m_window->people().person(m_ana)->person.email, std::string("ana.g@mail.com"));
    }

    void testPetEditorChoosesAnExistingPersonByTyping()
    {
        const int peopleBefore = static_cast<int>(m_window->people().people()->size());
        keyToMainWindow(Qt::Key_N, Qt::ControlModifier);
        auto* editor = shownDialog<PetEditorDialog>(m_window.get());
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Milo"));
        editor->showTab(PetEditorDialog::ContactsTab);
        auto* picker = child<PersonPicker>(editor, "personPickerLineEdit");
        picker->setFocus(Qt::TabFocusReason);
        // The owner's number as locals say it; the list shows who matches, with their pets.
        QTest::keyClicks(picker, QStringLiteral("4321"));
        QTRY_VERIFY(picker->popupList() && picker->popupList()->isVisible());
        QCOMPARE(picker->matchCount(), 1);
        test::snapshot(picker->popupList(), QStringLiteral("editor-person-picker-popup"));
        // Keys go to the popup while it is open, as they do for a user: Enter takes the top match.
        QTest::keyClick(picker->popupList(), Qt::Key_Return);
        QTRY_VERIFY(!picker->popupList()->isVisible());
        QVERIFY(picker->text().isEmpty());
        auto* contacts = child<QTableView>(editor, "contactsTableView");
        QCOMPARE(contacts->model()->rowCount(), 1);
        QCOMPARE(contacts->model()->index(0, ContactModel::Name).data().toString(), QStringLiteral("Ana García"));
        QCOMPARE(contacts->model()->index(0, ContactModel::Phones).data().toString(),
                 QStringLiteral("011 15-4321-9876"));
        auto* shared = child<QLabel>(editor, "sharedPersonLabel");
        QVERIFY(shared->isVisibleTo(editor));
        QVERIFY2(shared->text().contains(QStringLiteral("Luna")) && shared->text().contains(QStringLiteral("Rex")),
                 qPrintable(shared->text()));
        test::snapshot(editor, QStringLiteral("editor-contacts-existing-person"));

        // A second contact: type a name; Enter takes the top match (by name: "Ana Garcia").
        picker->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(picker, QStringLiteral("ana"));
        QTRY_VERIFY(picker->popupList()->isVisible());
        QCOMPARE(picker->matchCount(), 2);
        QTest::keyClick(picker->popupList(), Qt::Key_Return);
        QTRY_COMPARE(contacts->model()->rowCount(), 2);
        QCOMPARE(contacts->model()->index(1, ContactModel::Name).data().toString(), QStringLiteral("Ana Garcia"));
        QCOMPARE(contacts->model()->index(1, ContactModel::Role).data().toString(),
                 QStringLiteral("Emergency contact"));
        // Down to the second match, Ana García, who is a contact already: she is only selected.
        QTest::keyClicks(picker, QStringLiteral("ana"));
        QTRY_VERIFY(picker->popupList()->isVisible());
        QTest::keyClick(picker->popupList(), Qt::Key_Down);
        QTest::keyClick(picker->popupList(), Qt::Key_Return);
        QTRY_VERIFY(!picker->popupList()->isVisible());
        QCOMPARE(contacts->model()->rowCount(), 2);
        QCOMPARE(contacts->currentIndex().row(), 0);
        // The duplicate is not wanted after all.
        contacts->selectRow(1);
        QTest::mouseClick(child<QPushButton>(editor, "removeContactButton"), Qt::LeftButton);
        QCOMPARE(contacts->model()->rowCount(), 1);

        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(editor, "editorStatusLabel")->text(), QStringLiteral("Saved."));
        const QString milo = editor->petId();
        QCOMPARE(ownerOf(milo), m_ana); // linked, not copied
        QCOMPARE(static_cast<int>(m_window->people().people()->size()), peopleBefore);
        QCOMPARE(m_window->people().person(m_ana)->pets.size(), std::size_t{3});

        // Her phone changed here shows on her other pets.
        auto* phones = child<QLineEdit>(editor, "contactPhonesLineEdit");
        phones->selectAll();
        QTest::keyClicks(phones, QStringLiteral("011 5555-1234"));
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(editor, "editorStatusLabel")->text(), QStringLiteral("Saved."));
        QCOMPARE(petListPhone(m_rex), QStringLiteral("011 5555-1234"));
        QCOMPARE(petListPhone(m_luna), QStringLiteral("011 5555-1234"));
        QCOMPARE(petListPhone(milo), QStringLiteral("011 5555-1234"));
        QTest::mouseClick(child<QPushButton>(editor, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PetEditorDialog*>());
    }

    void testChoosingTheSamePersonTwiceSelectsThem()
    {
        PetEditorDialog* editor = m_window->editPet(m_rex);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto* page = child<ContactsPage>(editor, "contactsPage");
        QVERIFY(!page->addExistingPerson(m_ana));
        QCOMPARE(page->contacts().size(), std::size_t{1});
        QVERIFY(!editor->isDirty());
        QVERIFY(page->addExistingPerson(m_bruno));
        QCOMPARE(page->contacts().size(), std::size_t{2});
        QCOMPARE(page->contacts()[1].role, ContactRole::Emergency);
        QVERIFY(editor->isDirty());
        m_prompts.unsavedAnswers << Prompts::Unsaved::Discard;
        editor->close();
        QTRY_VERIFY(!m_window->findChild<PetEditorDialog*>());
    }

    void testEmptyPeopleListSaysWhereTheyComeFrom()
    {
        m_testers.clear();
        m_window.reset();
        QVERIFY(m_f.setUp());
        m_window = std::make_unique<MainWindow>(m_f.service(), m_f.database().file, m_prompts);
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QMenu* view = child<QMenu>(m_window.get(), "viewMenu");
        QAction* people = child<QAction>(m_window.get(), "peopleViewAction");
        QVERIFY(view->actions().contains(people));
        QCOMPARE(people->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
        people->trigger();
        auto* hint = child<QLabel>(m_window.get(), "peopleHintLabel");
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Contacts tab")));
        QVERIFY(!child<QPushButton>(m_window.get(), "openPersonButton")->isEnabled());
        test::snapshot(m_window.get(), QStringLiteral("people-tab-empty"));
    }
};

QTEST_MAIN(TestPeople)
#include "TestPeople.moc"
