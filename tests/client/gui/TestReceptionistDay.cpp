// SPDX-License-Identifier: GPL-3.0-or-later
// A receptionist's first day, through the real windows, keys and a real sync server: the clinic in
// Preferences, owners typed with local phone numbers, pets, an overdue vaccine, a health report, a
// sign-in, and a tag sheet whose QR codes decode (with zbar, not only our own ZXing reader) to the
// clinic's public address, never the server's loopback one.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "gui/HealthRecordDialog.h"
#include "gui/MainWindow.h"
#include "gui/PetEditorDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/ReportPreviewDialog.h"
#include "gui/SignInDialog.h"
#include "gui/SyncController.h"
#include "gui/TagPrintDialog.h"
#include "gui/Translations.h"
#include "models/DueModel.h"
#include "models/PetListModel.h"
#include "models/PhoneText.h"
#include "settings/Settings.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace petinfo;
using namespace petinfo::client;

namespace {

const QString kEmail = QStringLiteral("recepcion@sanroque.example");
const QString kPassword = QStringLiteral("perro gato loro tortuga");
constexpr int kRenderTimeoutMs = 30000;

/** What zbar (an implementation independent of ours) reads in every page of a PDF. */
QStringList zbarDecode(const QString& pdf, const QString& workDir)
{
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), pdf,
                                              QDir(workDir).filePath(QStringLiteral("page"))});
    if (!render.waitForFinished(60000) || render.exitCode() != 0) {
        qWarning("pdftoppm failed");
        return {};
    }
    QStringList codes;
    for (const QString& png : QDir(workDir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name)) {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   {QStringLiteral("-q"), QStringLiteral("--raw"), QDir(workDir).filePath(png)});
        zbar.waitForFinished(60000);
        for (const QString& line : QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                codes << line.trimmed();
            }
        }
    }
    return codes;
}

/** Types like a keyboard with dead keys would: accented letters arrive as key events with text. */
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

} // namespace

class TestReceptionistDay final : public QObject
{
    Q_OBJECT

    test::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (found == nullptr) {
            qWarning("no child %s", name);
        }
        return found;
    }

    template <typename T>
    static T* opened(QWidget* parent)
    {
        T* found = nullptr;
        [&] {
            QTRY_VERIFY((found = parent->findChild<T*>()) && found->isVisible());
        }();
        return found;
    }

    static SyncEngine::Timing fastTiming()
    {
        SyncEngine::Timing timing;
        timing.debounceMs = 50;
        timing.backoffBaseMs = 300;
        timing.backoffMaxMs = 600;
        timing.requestTimeoutMs = 3000;
        return timing;
    }

    /** Ctrl+N, the name typed at once, the owner with the phone as the owner said it, Save. */
    static QString addPet(MainWindow& window, const QString& name, Species species, const QString& owner,
                          const QString& phone)
    {
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto* editor = opened<PetEditorDialog>(&window);
        if (editor == nullptr) {
            return {};
        }
        QApplication::setActiveWindow(editor);
        typeText(child<QLineEdit>(editor, "nameLineEdit"), name);
        auto* speciesBox = child<QComboBox>(editor, "speciesComboBox");
        speciesBox->setCurrentIndex(speciesBox->findData(int(species)));
        if (!owner.isEmpty()) {
            editor->showTab(PetEditorDialog::ContactsTab);
            QTest::mouseClick(child<QPushButton>(editor, "addContactButton"), Qt::LeftButton);
            typeText(child<QLineEdit>(editor, "contactNameLineEdit"), owner);
            typeText(child<QLineEdit>(editor, "contactPhonesLineEdit"), phone);
        }
        test::snapshot(editor, QStringLiteral("day-editor-%1").arg(name));
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        const QString id = editor->petId();
        editor->close();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        Settings::setInstance(m_settings.get());
        setPhoneRegion(QString()); // a fresh computer whose locale names no country
    }

    void cleanupTestCase() { Settings::setInstance(nullptr); }

    void testAReloadKeepsTheSelection()
    {
        // A sync that brings changes reloads the list; what the receptionist selected stays selected.
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        QStringList ids;
        for (const char* name : {"Rex", "Luna", "Michi", "Toby"}) {
            ids << f.addPet(QString::fromLatin1(name));
        }
        MainWindow window(f.service(), f.database().file, m_prompts);
        window.show();
        QVERIFY(window.selectPet(ids[1]));
        auto* table = child<QTableView>(&window, "petTableView");
        const int toby = window.petModel()->rowOf(ids[3]);
        table->selectionModel()->select(
            qobject_cast<QAbstractProxyModel*>(table->model())->mapFromSource(window.petModel()->index(toby, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QStringList before = window.selectedPetIds();
        QCOMPARE(before.size(), 2);
        f.service().announceReset();
        QStringList after = window.selectedPetIds();
        std::sort(before.begin(), before.end());
        std::sort(after.begin(), after.end());
        QCOMPARE(after, before);
        QCOMPARE(window.selectedPetId(), ids[1]); // the current row too
    }

    void testAReceptionistsFirstDay()
    {
        test::TestServer server; // PETINFO_PUBLIC_BASE_URL not set, as on a developer's machine
        QVERIFY2(server.start(), qPrintable(server.log()));
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        f.clock().advanceMs(QDateTime::currentMSecsSinceEpoch() - f.clock().nowMs());
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString(), fastTiming());
        sync.attach(&window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. The clinic in Preferences: Argentina, name, address, phone typed the local way.
        window.openPreferences();
        auto* prefs = opened<PreferencesDialog>(&window);
        QVERIFY(prefs);
        auto* country = child<QComboBox>(prefs, "countryComboBox");
        country->setCurrentIndex(country->findData(QStringLiteral("AR")));
        typeText(child<QLineEdit>(prefs, "clinicNameLineEdit"), QStringLiteral("Veterinaria San Roque"));
        auto* street = child<QPlainTextEdit>(prefs, "clinicAddressTextEdit");
        typeText(street, QStringLiteral("Av. Corrientes 1234"));
        QTest::keyClick(street, Qt::Key_Return);
        typeText(street, QStringLiteral("Buenos Aires"));
        typeText(child<QLineEdit>(prefs, "clinicPhoneLineEdit"), QStringLiteral("011 4321-9876"));
        test::snapshot(prefs, QStringLiteral("day-1-preferences"));
        QTest::mouseClick(child<QPushButton>(prefs, "okButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<PreferencesDialog*>());
        QCOMPARE(phoneRegion(), QStringLiteral("AR"));

        // 2. Owners and pets, numbers as people say them.
        const QString zanahoria = addPet(window, QStringLiteral("Zanahoria"), Species::Dog, QStringLiteral("Ana Díaz"),
                                         QStringLiteral("011 15-2345-6789"));
        const QString luna = addPet(window, QStringLiteral("Luna"), Species::Dog, QStringLiteral("José Pérez"),
                                    QStringLiteral("0351 423-4567"));
        const QString thor = addPet(window, QStringLiteral("Thor"), Species::Cat, QStringLiteral("Carla Gomes"),
                                    QStringLiteral("+55 11 98765-4321"));
        const QString pipa = addPet(window, QStringLiteral("Pipa"), Species::Dog, {}, {}); // a stray, no owner yet
        for (const QString& id : {zanahoria, luna, thor, pipa}) {
            QVERIFY(!id.isEmpty());
        }
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QCOMPARE(f.service().loadPet(zanahoria)->contacts.at(0).person.phones,
                 std::vector<std::string>{"+5491123456789"});
        QCOMPARE(f.service().loadPet(luna)->contacts.at(0).person.phones, std::vector<std::string>{"+543514234567"});
        // Shown the local way; the Brazilian number with its country code.
        QTRY_COMPARE(window.petModel()->rowCount(), 4);
        QStringList phones;
        for (int r = 0; r < window.petModel()->rowCount(); ++r) {
            phones << window.petModel()->index(r, PetListModel::Phone).data().toString();
        }
        QVERIFY2(phones.contains(QStringLiteral("011 15-2345-6789")), qPrintable(phones.join(QLatin1Char('|'))));
        QVERIFY2(phones.contains(QStringLiteral("+55 11 98765-4321")), qPrintable(phones.join(QLatin1Char('|'))));
        // Found by the number as the receptionist types it.
        auto* filter = child<QLineEdit>(&window, "filterLineEdit");
        typeText(filter, QStringLiteral("0351 423"));
        QTRY_COMPARE(child<QTableView>(&window, "petTableView")->model()->rowCount(), 1);
        test::snapshot(&window, QStringLiteral("day-2-search-local-number"));
        filter->clear();

        // 3. Luna's rabies vaccine fell due three weeks ago.
        const Date today = f.clock().today();
        const QDate due = QDate(today.year, int(today.month), int(today.day)).addDays(-21);
        const auto toDate = [](const QDate& d) {
            return Date{d.year(), unsigned(d.month()), unsigned(d.day())};
        };
        QVERIFY(!f.addRecord(luna, HealthKind::Vaccine, toDate(due.addYears(-1)), toDate(due)).isEmpty());
        QTRY_VERIFY(child<QLabel>(&window, "dueCountLabel")->text().startsWith(QStringLiteral("1 overdue")));
        window.findChild<QAction*>(QStringLiteral("dueViewAction"))->trigger();
        test::snapshot(&window, QStringLiteral("day-3-overdue"));
        window.findChild<QAction*>(QStringLiteral("petsViewAction"))->trigger();

        // 4. Zanahoria's health report: the clinic at the top, the owner's phone the local way.
        QVERIFY(window.selectPet(zanahoria));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        auto* preview = opened<ReportPreviewDialog>(&window);
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy() && preview->document()->status() == QPdfDocument::Status::Ready,
                                 kRenderTimeoutMs);
        test::snapshot(preview, QStringLiteral("day-4-report"));
        const QString reportPath = m_dir.filePath(QStringLiteral("zanahoria.pdf"));
        m_prompts.saveFiles << reportPath;
        QTest::mouseClick(child<QPushButton>(preview, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(reportPath));
        // Saving says where it saved, with a link to the folder.
        auto* saved = child<QLabel>(preview, "savedLabel");
        QVERIFY(saved->isVisible());
        QVERIFY2(saved->text().contains(QStringLiteral("zanahoria.pdf")), qPrintable(saved->text()));
        QVERIFY(saved->text().contains(QUrl::fromLocalFile(m_dir.path()).toString(QUrl::FullyEncoded)));
        test::snapshot(preview, QStringLiteral("day-4-report-saved"));
        preview->close();
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), reportPath, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString reportText = QString::fromUtf8(text.readAllStandardOutput());
        for (const char* expected :
             {"Veterinaria San Roque", "Av. Corrientes 1234", "Phone: 011 4321-9876", "011 15-2345-6789", "Ana Díaz"}) {
            QVERIFY2(reportText.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!reportText.contains(QStringLiteral("+5491123456789")));

        // 5. Sign in (a new organisation on the clinic's server).
        SignInDialog* signIn = sync.openSignIn();
        QTRY_VERIFY(signIn->isVisible());
        child<QCheckBox>(signIn, "createOrganisationCheckBox")->setChecked(true);
        child<QLineEdit>(signIn, "serverLineEdit")->clear();
        typeText(child<QLineEdit>(signIn, "serverLineEdit"), server.url().toString());
        for (const auto& [name, value] : {std::pair{"emailLineEdit", kEmail}, std::pair{"passwordLineEdit", kPassword},
                                          std::pair{"userNameLineEdit", QStringLiteral("Recepción")},
                                          std::pair{"organisationLineEdit", QStringLiteral("Veterinaria San Roque")}}) {
            typeText(child<QLineEdit>(signIn, name), value);
        }
        QTest::mouseClick(child<QPushButton>(signIn, "signInButton"), Qt::LeftButton);
        QVERIFY2(signIn->errorText().isEmpty(), qPrintable(signIn->errorText()));
        QTRY_VERIFY(!window.findChild<SignInDialog*>());
        // The server said where its tag pages are: here, its own loopback address.
        QCOMPARE(m_settings->text(Settings::Key::ServerPublicUrl), server.url().toString());

        // 6. Tags for every pet: the loopback address is refused, with the reason on screen.
        child<QTableView>(&window, "petTableView")->selectAll();
        window.findChild<QAction*>(QStringLiteral("printTagsAction"))->trigger();
        auto* tags = opened<TagPrintDialog>(&window);
        QVERIFY(tags);
        QCOMPARE(tags->job().publicBaseUrl, server.url().toString());
        auto* addressError = child<QLabel>(tags, "baseUrlErrorLabel");
        QTRY_VERIFY(addressError->isVisible());
        QVERIFY(!child<QPushButton>(tags, "printButton")->isEnabled());
        test::snapshot(tags, QStringLiteral("day-6-tags-loopback"));
        tags->close();
        QTRY_VERIFY(!window.findChild<TagPrintDialog*>());

        // The clinic's public address goes into Preferences; the tags then point there.
        window.openPreferences();
        prefs = opened<PreferencesDialog>(&window);
        typeText(child<QLineEdit>(prefs, "publicAddressLineEdit"), QStringLiteral("https://pets.sanroque.example"));
        QTest::mouseClick(child<QPushButton>(prefs, "okButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<PreferencesDialog*>());
        QCOMPARE(window.selectedPetIds().size(), 4); // saving Preferences keeps the selection
        window.findChild<QAction*>(QStringLiteral("printTagsAction"))->trigger();
        tags = opened<TagPrintDialog>(&window);
        // pets.sanroque.example does not exist: its check says a server answered there.
        tags->setAddressCheck([](const QString&) { return QString(); });
        QTRY_VERIFY_WITH_TIMEOUT(!tags->isBusy() && tags->document()->status() == QPdfDocument::Status::Ready,
                                 kRenderTimeoutMs);
        test::snapshot(tags, QStringLiteral("day-6-tags"));
        const QString sheet = m_dir.filePath(QStringLiteral("tags.pdf"));
        QVERIFY(tags->saveTo(sheet));
        tags->close();
        QTemporaryDir pages;
        const QStringList decoded = zbarDecode(sheet, pages.path());
        std::set<QString> expected;
        for (const QString& id : {zanahoria, luna, thor, pipa}) {
            expected.insert(QStringLiteral("https://pets.sanroque.example/t/") +
                            QString::fromStdString(f.service().loadPet(id)->pet.tagId));
        }
        QVERIFY2(std::set<QString>(decoded.begin(), decoded.end()) == expected,
                 qPrintable(QStringLiteral("zbar read: ") + decoded.join(QLatin1Char(' '))));
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        test::snapshot(&window, QStringLiteral("day-7-end"));
    }
};

QTEST_MAIN(TestReceptionistDay)
#include "TestReceptionistDay.moc"
