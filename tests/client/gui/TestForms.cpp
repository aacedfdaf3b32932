// SPDX-License-Identifier: GPL-3.0-or-later
// The pet editor's forms as a receptionist fills them in: dates typed the way they are written in
// her country, a birth date that cannot be, and fields that stay where they are when a message
// appears under one of them.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/DateEdit.h"
#include "gui/FieldIssueLabel.h"
#include "gui/HealthRecordDialog.h"
#include "gui/PetEditorDialog.h"
#include "gui/Translations.h"
#include "models/DomainText.h"
#include "models/NoteModel.h"
#include "sync/SyncStore.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace petinfo;
using namespace petinfo::client;

class TestForms final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    QLocale m_defaultLocale;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    /** A new pet's editor, shown and active, in `locale`. */
    std::unique_ptr<PetEditorDialog> newEditor(const QLocale& locale)
    {
        QLocale::setDefault(locale);
        auto editor = std::make_unique<PetEditorDialog>(m_f.service(), m_prompts, QString());
        editor->show();
        QApplication::setActiveWindow(editor.get());
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        }();
        return editor;
    }

    /** Whether the whole text fits in the field: with the cursor at the end, nothing scrolled out. */
    static bool showsWholeText(QLineEdit* edit)
    {
        // The line edit scrolls its text when it paints: grab() paints it as the screen would.
        edit->setCursorPosition(0);
        edit->grab();
        const int start = edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
        edit->setCursorPosition(static_cast<int>(edit->text().size()));
        edit->grab();
        const int end = edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
        return end - start >= edit->fontMetrics().horizontalAdvance(edit->text());
    }

    /** Where every input of a form is, in the window's coordinates. */
    static QHash<QString, QRect> fieldPlaces(QWidget* form)
    {
        QHash<QString, QRect> places;
        for (QWidget* w : form->findChildren<QWidget*>()) {
            if (w->isVisible() && !w->objectName().isEmpty() && w->focusPolicy() != Qt::NoFocus) {
                places.insert(w->objectName(), QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size()));
            }
        }
        return places;
    }

    /** Clicks a checkbox on its box: a wide one takes clicks only on the box and its label. */
    static void clickBox(QCheckBox* box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    }

    /** Lets pending layout requests run, nested ones included. */
    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
        }
    }

    static void compareFieldPlaces(const QHash<QString, QRect>& before, const QHash<QString, QRect>& after)
    {
        QVERIFY(before.size() >= 3);
        QStringList moved;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QRect now = after.value(it.key());
            if (now != it.value()) {
                moved << QStringLiteral("%1 %2,%3 %4x%5 -> %6,%7 %8x%9")
                             .arg(it.key())
                             .arg(it.value().x())
                             .arg(it.value().y())
                             .arg(it.value().width())
                             .arg(it.value().height())
                             .arg(now.x())
                             .arg(now.y())
                             .arg(now.width())
                             .arg(now.height());
            }
        }
        QVERIFY2(moved.isEmpty(), qPrintable(moved.join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        m_defaultLocale = QLocale();
    }

    void init()
    {
        QVERIFY(m_f.setUp());
        m_prompts.reset();
    }

    void cleanup()
    {
        QLocale::setDefault(m_defaultLocale);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testBirthDateTypedAsWritten_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::newRow("en-GB month name") << "en_GB"
                                          << "15 Mar 2020";
        QTest::newRow("en-GB numbers") << "en_GB"
                                       << "15/03/2020";
        QTest::newRow("en-GB ISO") << "en_GB"
                                   << "2020-03-15";
        QTest::newRow("es month name") << "es_AR"
                                       << "15 mar 2020";
        QTest::newRow("es numbers") << "es_AR"
                                    << "15/03/2020";
        QTest::newRow("es words") << "es_AR"
                                  << "15 de marzo de 2020";
        QTest::newRow("es English month") << "es_AR"
                                          << "15 Mar 2020";
        QTest::newRow("pt-BR numbers") << "pt_BR"
                                       << "15/03/2020";
        QTest::newRow("pt-BR month name") << "pt_BR"
                                          << "15 mar. 2020";
        QTest::newRow("en-US numbers") << "en_US"
                                       << "3/15/2020";
        QTest::newRow("en-US month name") << "en_US"
                                          << "Mar 15, 2020";
    }

    void testBirthDateTypedAsWritten()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        auto editor = newEditor(QLocale(locale));
        QTest::keyClicks(child<QLineEdit>(editor.get(), "nameLineEdit"), QStringLiteral("Canela"));
        auto* known = child<QCheckBox>(editor.get(), "birthDateKnownCheckBox");
        auto* birth = child<DateEdit>(editor.get(), "birthDateEdit");
        QTest::mouseClick(known, Qt::LeftButton);
        QTRY_VERIFY(birth->hasFocus());
        QTest::keyClicks(birth, typed);
        QTest::keyClick(birth, Qt::Key_Tab); // leaving the field shows the date in the locale's form
        QVERIFY2(birth->text().contains(QStringLiteral("2020")), qPrintable(birth->text()));
        QTRY_VERIFY2(showsWholeText(birth), qPrintable(birth->text()));
        QVERIFY(child<QLabel>(editor.get(), "ageLabel")->text().contains(QStringLiteral("6 y")));
        test::snapshot(editor.get(), QStringLiteral("editor-birth-date-%1").arg(locale));
        QVERIFY(editor->save());
        const auto stored = m_f.service().loadPet(editor->petId());
        QVERIFY(stored);
        QCOMPARE(stored->pet.birthDate, std::optional(Date{2020, 3, 15}));
    }

    void testFutureBirthDateIsRefusedAtTheField()
    {
        auto editor = newEditor(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTest::keyClicks(child<QLineEdit>(editor.get(), "nameLineEdit"), QStringLiteral("Canela"));
        QTest::mouseClick(child<QCheckBox>(editor.get(), "birthDateKnownCheckBox"), Qt::LeftButton);
        auto* birth = child<DateEdit>(editor.get(), "birthDateEdit");
        auto* issue = child<FieldIssueLabel>(editor.get(), "birthDateIssueLabel");
        QTest::keyClicks(birth, QStringLiteral("1/1/2030")); // today is 22 Nov 2026
        QTRY_VERIFY(issue->isVisible());
        QCOMPARE(issue->severity(), Severity::Error);
        QCOMPARE(issue->text(), QStringLiteral("Birth date cannot be in the future."));
        QCOMPARE(birth->date(), QDate(2030, 1, 1)); // kept as typed, not turned into today
        QVERIFY(child<QLabel>(editor.get(), "ageLabel")->text().isEmpty());
        test::snapshot(editor.get(), QStringLiteral("editor-birth-date-future"));
        QVERIFY(!editor->save());
        QVERIFY(birth->hasFocus());
        QVERIFY(editor->petId().isEmpty());

        // Corrected, it saves.
        birth->selectAll();
        QTest::keyClicks(birth, QStringLiteral("1/1/2020"));
        QVERIFY(editor->save());
        QVERIFY(!issue->isVisible());
        QCOMPARE(m_f.service().loadPet(editor->petId())->pet.birthDate, std::optional(Date{2020, 1, 1}));
    }

    void testTickingKnownLeavesTheDateToType()
    {
        auto editor = newEditor(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTest::keyClicks(child<QLineEdit>(editor.get(), "nameLineEdit"), QStringLiteral("Canela"));
        auto* known = child<QCheckBox>(editor.get(), "birthDateKnownCheckBox");
        auto* birth = child<DateEdit>(editor.get(), "birthDateEdit");
        auto* issue = child<FieldIssueLabel>(editor.get(), "birthDateIssueLabel");
        QVERIFY(!known->isChecked());
        QVERIFY(!birth->isEnabled());
        QVERIFY(birth->text().isEmpty());

        // Ticked: an empty field with the cursor in it, not today's date.
        QTest::mouseClick(known, Qt::LeftButton);
        QVERIFY(birth->isEnabled());
        QVERIFY(birth->text().isEmpty());
        QTRY_VERIFY(birth->hasFocus());
        QVERIFY(child<QLabel>(editor.get(), "ageLabel")->text().isEmpty());
        QVERIFY(!editor->save()); // "known" with no date is a question, not a silent today
        QVERIFY(issue->isVisible());
        QCOMPARE(issue->text(), QStringLiteral("Type the birth date, or untick Known."));

        // Unticked it saves without a birth date.
        QTest::mouseClick(known, Qt::LeftButton);
        QVERIFY(editor->save());
        QCOMPARE(m_f.service().loadPet(editor->petId())->pet.birthDate, std::nullopt);

        // A date typed, unticked and ticked again comes back.
        QTest::mouseClick(known, Qt::LeftButton);
        QTest::keyClicks(birth, QStringLiteral("3 May 2021"));
        QTest::mouseClick(known, Qt::LeftButton);
        QTest::mouseClick(known, Qt::LeftButton);
        QCOMPARE(birth->date(), QDate(2021, 5, 3));
        QVERIFY(editor->save());
        QCOMPARE(m_f.service().loadPet(editor->petId())->pet.birthDate, std::optional(Date{2021, 5, 3}));
    }

    void testMessagesDoNotMoveTheFields()
    {
        auto editor = newEditor(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto* profile = child<QWidget>(editor.get(), "profilePage");
        QTest::mouseClick(child<QCheckBox>(editor.get(), "birthDateKnownCheckBox"), Qt::LeftButton);
        settle();
        const auto before = fieldPlaces(profile);

        // Three errors at once: no name, a short chip, a birth date in the future.
        QTest::keyClicks(child<QLineEdit>(editor.get(), "microchipLineEdit"), QStringLiteral("12345"));
        QTest::keyClicks(child<DateEdit>(editor.get(), "birthDateEdit"), QStringLiteral("1/1/2030"));
        QVERIFY(!editor->save());
        for (const char* name : {"nameIssueLabel", "microchipIssueLabel", "birthDateIssueLabel"}) {
            QVERIFY2(child<FieldIssueLabel>(editor.get(), name)->isVisible(), name);
        }
        settle();
        test::snapshot(editor.get(), QStringLiteral("editor-profile-errors"));
        compareFieldPlaces(before, fieldPlaces(profile));

        // The contacts form: a bad e-mail.
        m_prompts.unsavedAnswers << Prompts::Unsaved::Discard;
        editor->reject();
        editor = newEditor(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTest::keyClicks(child<QLineEdit>(editor.get(), "nameLineEdit"), QStringLiteral("Canela"));
        editor->showTab(PetEditorDialog::ContactsTab);
        auto* contacts = child<QWidget>(editor.get(), "contactsPage");
        QTest::mouseClick(child<QPushButton>(editor.get(), "addContactButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(editor.get(), "contactNameLineEdit"), QStringLiteral("Ana"));
        settle();
        const auto contactsBefore = fieldPlaces(contacts);
        QTest::keyClicks(child<QLineEdit>(editor.get(), "contactEmailLineEdit"), QStringLiteral("ana@"));
        QVERIFY(!editor->save());
        QTRY_VERIFY(child<FieldIssueLabel>(editor.get(), "contactEmailIssueLabel")->isVisible());
        settle();
        test::snapshot(editor.get(), QStringLiteral("editor-contacts-errors"));
        compareFieldPlaces(contactsBefore, fieldPlaces(contacts));
        m_prompts.unsavedAnswers << Prompts::Unsaved::Discard;
        editor->reject();

        // A vaccine without its name and with a date that is not one.
        HealthRecordDialog record(m_f.service(), m_prompts, QStringLiteral("00000000-0000-4000-8000-000000000000"));
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        settle();
        const auto recordBefore = fieldPlaces(&record);
        auto* date = child<DateEdit>(&record, "recordDateEdit");
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("32/13/2020"));
        QTest::mouseClick(child<QPushButton>(&record, "saveRecordButton"), Qt::LeftButton);
        QVERIFY(child<FieldIssueLabel>(&record, "productIssueLabel")->isVisible());
        QVERIFY(child<FieldIssueLabel>(&record, "dateIssueLabel")->isVisible());
        settle();
        test::snapshot(&record, QStringLiteral("health-record-errors"));
        compareFieldPlaces(recordBefore, fieldPlaces(&record));
    }

    void testNotesSayWhoWroteThemAndWhetherTheReportShowsThem()
    {
        const QString id = m_f.addPet(QStringLiteral("Canela"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto editor = std::make_unique<PetEditorDialog>(m_f.service(), m_prompts, id);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        editor->showTab(PetEditorDialog::NotesTab);
        auto* text = child<QPlainTextEdit>(editor.get(), "noteTextPlainTextEdit");
        auto* onReports = child<QCheckBox>(editor.get(), "showOnReportsCheckBox");
        auto* notes = child<QTableView>(editor.get(), "notesTableView");
        auto* byline = child<QLabel>(editor.get(), "noteBylineLabel");

        // Not signed in: the note is this computer's, and internal unless ticked.
        QVERIFY(!onReports->isChecked());
        QTest::keyClicks(text, QStringLiteral("Muzzle for nail trims"));
        QTest::mouseClick(child<QPushButton>(editor.get(), "saveNoteButton"), Qt::LeftButton);
        QTRY_COMPARE(notes->model()->rowCount(), 1);
        const QModelIndex internal = notes->model()->index(0, NoteModel::Author);
        QCOMPARE(internal.data().toString(), QStringLiteral("this computer"));
        QCOMPARE(internal.data(NoteModel::ShowOnReportsRole).toBool(), false);
        QVERIFY(byline->text().startsWith(QStringLiteral("Written by this computer")));

        // Signed in as a staff member (as SyncAccount keeps it): her name, and this one for the owner.
        QVERIFY(
            SyncStore(m_f.service().database())
                .setState(QStringLiteral("account"),
                          QStringLiteral(R"({"userName":"Dra. Paula Gómez","userEmail":"paula@clinica.example"})")));
        QTest::mouseClick(child<QPushButton>(editor.get(), "newNoteButton"), Qt::LeftButton);
        QVERIFY(!onReports->isChecked());
        QTest::keyClicks(text, QStringLiteral("Afraid of thunderstorms"));
        clickBox(onReports);
        QVERIFY(editor->isDirty());
        QTest::mouseClick(child<QPushButton>(editor.get(), "saveNoteButton"), Qt::LeftButton);
        QTRY_COMPARE(notes->model()->rowCount(), 2);
        const int row = notes->currentIndex().row();
        const QModelIndex shown = notes->model()->index(row, NoteModel::Author);
        QCOMPARE(shown.data().toString(), QStringLiteral("Dra. Paula Gómez"));
        QCOMPARE(shown.data(Qt::ToolTipRole).toString(), QStringLiteral("Dra. Paula Gómez <paula@clinica.example>"));
        QCOMPARE(notes->model()->index(row, NoteModel::OnReports).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(byline->text().startsWith(QStringLiteral("Written by Dra. Paula Gómez")));
        test::snapshot(editor.get(), QStringLiteral("editor-notes"));

        // Selecting the first note shows its choice; unticking it and saving takes it off reports.
        notes->selectRow(row);
        QVERIFY(onReports->isChecked());
        clickBox(onReports);
        QTest::mouseClick(child<QPushButton>(editor.get(), "saveNoteButton"), Qt::LeftButton);
        QTRY_VERIFY(!notes->model()->index(row, 0).data(NoteModel::ShowOnReportsRole).toBool());
        const auto stored = m_f.service().notes(id);
        QVERIFY(std::none_of(stored->begin(), stored->end(), [](const Note& n) { return n.showOnReports; }));
        editor->reject();
    }

    void testDateFieldsShowTheWholeYear_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char* name : {"en_US", "en_GB", "es_AR", "pt_BR", "de_DE"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void testDateFieldsShowTheWholeYear()
    {
        QFETCH(QString, locale);
        auto editor = newEditor(QLocale(locale));
        QTest::mouseClick(child<QCheckBox>(editor.get(), "birthDateKnownCheckBox"), Qt::LeftButton);
        auto* birth = child<DateEdit>(editor.get(), "birthDateEdit");
        // The widest day and month this format can show, at the editor's default size.
        birth->setDate(QDate(2008, 12, 28));
        QVERIFY2(birth->text().contains(QStringLiteral("2008")), qPrintable(birth->text()));
        QVERIFY2(showsWholeText(birth), qPrintable(birth->text()));
        QVERIFY(!birth->placeholderText().isEmpty());

        // The same in the health record dialog, squeezed to its smallest.
        HealthRecordDialog record(m_f.service(), m_prompts, QStringLiteral("00000000-0000-4000-8000-000000000000"));
        record.show();
        record.resize(record.minimumSizeHint());
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        for (const char* name : {"recordDateEdit", "nextDueDateEdit"}) {
            auto* field = child<DateEdit>(&record, name);
            field->setDate(QDate(2029, 12, 28));
            QVERIFY2(showsWholeText(field), name);
        }
        test::snapshot(&record, QStringLiteral("health-record-dates-%1").arg(locale));
    }

    void testCalendarPicksADate()
    {
        auto editor = newEditor(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTest::mouseClick(child<QCheckBox>(editor.get(), "birthDateKnownCheckBox"), Qt::LeftButton);
        auto* birth = child<DateEdit>(editor.get(), "birthDateEdit");
        QTest::keyClick(birth, Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget* calendar = nullptr;
        QTRY_VERIFY((calendar = birth->findChild<QCalendarWidget*>()) && calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate(2026, 11, 22)); // empty field: opens on today
        Q_EMIT calendar->activated(QDate(2019, 6, 1));
        QCOMPARE(birth->date(), QDate(2019, 6, 1));
        QVERIFY(editor->isDirty());
        // Up and Down step a day, as a spin box does.
        QTest::keyClick(birth, Qt::Key_Up);
        QCOMPARE(birth->date(), QDate(2019, 6, 2));
    }
};

QTEST_MAIN(TestForms)
#include "TestForms.moc"
