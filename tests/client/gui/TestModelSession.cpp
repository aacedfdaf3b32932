// SPDX-License-Identifier: GPL-3.0-or-later
// A receptionist's ordinary session (add a pet and its owner, a vaccine, weights, a note, a photo,
// delete and undo, the trash) with a QAbstractItemModelTester on every model the window and the
// editor use. Any model-contract warning fails it: QAbstractItemModelTester's own findings and Qt's
// checkIndex() complaints ("Index … is not valid"), which a model user sees on stderr.
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/HealthRecordDialog.h"
#include "gui/MainWindow.h"
#include "gui/PetEditorDialog.h"
#include "gui/Translations.h"
#include "models/PetListModel.h"
#include "models/TrashModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <mutex>

using namespace petinfo;
using namespace petinfo::client;

namespace {

std::mutex g_mutex;
QStringList g_modelWarnings;
QtMessageHandler g_previousHandler = nullptr;

/** Keeps every model-contract warning (and still lets QtTest print it). */
void recordModelWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QLatin1String category(context.category ? context.category : "");
    if (type == QtWarningMsg && (category.startsWith(QLatin1String("qt.core.qabstractitemmodel.checkindex")) ||
                                 category.startsWith(QLatin1String("qt.modeltest")))) {
        const std::lock_guard lock(g_mutex);
        g_modelWarnings << QStringLiteral("%1: %2").arg(category, message);
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

class TestModelSession final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::pair<QAbstractItemModel*, std::unique_ptr<QAbstractItemModelTester>>> m_testers;

    template <typename T>
    T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    /** A tester on every model under `root` not tested yet (list models, proxies, combo boxes). */
    void testModelsOf(QObject* root)
    {
        for (QAbstractItemModel* model : root->findChildren<QAbstractItemModel*>()) {
            if (std::any_of(m_testers.begin(), m_testers.end(), [model](const auto& t) { return t.first == model; })) {
                continue;
            }
            // Warning mode: the findings go through the message handler, also from inside signals.
            m_testers.emplace_back(model, std::make_unique<QAbstractItemModelTester>(
                                              model, QAbstractItemModelTester::FailureReportingMode::Warning));
            connect(model, &QObject::destroyed, this,
                    [this, model] { std::erase_if(m_testers, [model](const auto& t) { return t.first == model; }); });
        }
    }

    PetEditorDialog* openNewPetEditor()
    {
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        PetEditorDialog* editor = nullptr;
        [&] {
            QTRY_VERIFY((editor = m_window->findChild<PetEditorDialog*>()) && editor->isVisible());
        }();
        if (editor) {
            testModelsOf(editor);
            QApplication::setActiveWindow(editor);
        }
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        g_previousHandler = qInstallMessageHandler(recordModelWarnings);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        {
            const std::lock_guard lock(g_mutex);
            g_modelWarnings.clear();
        }
        QVERIFY(m_f.setUp());
        m_prompts.reset();
        m_window = std::make_unique<MainWindow>(m_f.service(), m_f.database().file, m_prompts);
        testModelsOf(m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        const std::lock_guard lock(g_mutex);
        QVERIFY2(g_modelWarnings.isEmpty(), qPrintable(g_modelWarnings.join(QLatin1Char('\n'))));
    }

    void testOrdinarySessionRaisesNoModelWarnings()
    {
        m_f.addPet(QStringLiteral("Luna"), QStringLiteral("985141000123456"), QStringLiteral("José"),
                   QStringLiteral("+34 612 345 678"));
        QTRY_COMPARE(m_window->petModel()->rowCount(), 1);

        // A new pet with its owner.
        PetEditorDialog* editor = openNewPetEditor();
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Zanahoria"));
        editor->showTab(PetEditorDialog::ContactsTab);
        QTest::mouseClick(child<QPushButton>(editor, "addContactButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(editor, "contactNameLineEdit"), QStringLiteral("Ana Diaz"));
        QTest::keyClicks(child<QLineEdit>(editor, "contactPhonesLineEdit"), QStringLiteral("+54 9 11 2345-6789"));
        QVERIFY(editor->save());
        const QString petId = editor->petId();
        QTRY_COMPARE(m_window->petModel()->rowCount(), 2);

        // A vaccine through the record dialog.
        editor->showTab(PetEditorDialog::HealthTab);
        QTest::mouseClick(child<QPushButton>(editor, "addRecordButton"), Qt::LeftButton);
        HealthRecordDialog* record = nullptr;
        QTRY_VERIFY((record = editor->findChild<HealthRecordDialog*>()) && record->isVisible());
        testModelsOf(record);
        QTest::keyClicks(child<QLineEdit>(record, "productLineEdit"), QStringLiteral("Rabies"));
        QTest::mouseClick(child<QPushButton>(record, "saveRecordButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QTableView>(editor, "healthTableView")->model()->rowCount(), 1);
        child<QTableView>(editor, "healthTableView")->selectRow(0);

        // Two weighings; delete the second and undo it.
        editor->showTab(PetEditorDialog::WeightTab);
        auto* kg = child<QDoubleSpinBox>(editor, "weightKgSpinBox");
        auto* weights = child<QTableView>(editor, "weightTableView");
        kg->setValue(30.2);
        QTest::mouseClick(child<QPushButton>(editor, "addWeightButton"), Qt::LeftButton);
        m_f.clock().advanceMs(1000);
        kg->setValue(31.0);
        QTest::mouseClick(child<QPushButton>(editor, "addWeightButton"), Qt::LeftButton);
        QTRY_COMPARE(weights->model()->rowCount(), 2);
        weights->selectRow(0);
        QTest::mouseClick(child<QPushButton>(editor, "deleteWeightButton"), Qt::LeftButton);
        QTRY_COMPARE(weights->model()->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(editor, "undoButton"), Qt::LeftButton);
        QTRY_COMPARE(weights->model()->rowCount(), 2);

        // A photo and a note.
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("zanahoria.png"));
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::darkYellow);
        QVERIFY(image.save(photo));
        editor->showTab(PetEditorDialog::FilesTab);
        m_prompts.openFiles << photo;
        QTest::mouseClick(child<QPushButton>(editor, "addPhotoButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QTableView>(editor, "attachmentsTableView")->model()->rowCount(), 1);
        child<QTableView>(editor, "attachmentsTableView")->selectRow(0);
        editor->showTab(PetEditorDialog::NotesTab);
        QTest::keyClicks(child<QPlainTextEdit>(editor, "noteTextPlainTextEdit"), QStringLiteral("Shy with men."));
        QTest::mouseClick(child<QPushButton>(editor, "saveNoteButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QTableView>(editor, "notesTableView")->model()->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(editor, "newNoteButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(editor, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PetEditorDialog*>());

        // Filter, delete, undo, delete again, restore from the trash.
        auto* filter = child<QLineEdit>(m_window.get(), "filterLineEdit");
        auto* pets = child<QTableView>(m_window.get(), "petTableView");
        QTest::keyClicks(filter, QStringLiteral("zana"));
        QTRY_COMPARE(pets->model()->rowCount(), 1);
        QVERIFY(m_window->selectPet(petId));
        m_prompts.confirms << true;
        m_window->deleteSelected();
        QTRY_COMPARE(m_window->trashModel()->rowCount(), 1);
        m_window->undoStack()->undo();
        QTRY_COMPARE(m_window->trashModel()->rowCount(), 0);
        filter->clear();
        QTRY_COMPARE(pets->model()->rowCount(), 2);
        QVERIFY(m_window->selectPet(petId));
        m_prompts.confirms << true;
        m_window->deleteSelected();
        m_window->showView(MainWindow::DueView);
        m_window->showView(MainWindow::TrashView);
        auto* trash = child<QTableView>(m_window.get(), "trashTableView");
        QTRY_COMPARE(trash->model()->rowCount(), 1);
        trash->selectRow(0);
        m_window->restoreSelectedFromTrash();
        QTRY_COMPARE(m_window->petModel()->rowCount(), 2);

        // Reopen the pet: every page loads its rows with nothing selected.
        PetEditorDialog* again = m_window->editPet(petId);
        QVERIFY(again);
        testModelsOf(again);
        for (int tab = PetEditorDialog::ProfileTab; tab <= PetEditorDialog::NotesTab; ++tab) {
            again->showTab(static_cast<PetEditorDialog::Tab>(tab));
            QCoreApplication::processEvents();
        }
        again->reject();
        QTRY_VERIFY(!m_window->findChild<PetEditorDialog*>());
    }
};

QTEST_MAIN(TestModelSession)
#include "TestModelSession.moc"
