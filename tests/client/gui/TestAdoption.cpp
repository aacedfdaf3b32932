// SPDX-License-Identifier: GPL-3.0-or-later
// The shelter's adoption day on a desktop, against the real server binary: an animal's intake,
// its way to adoptable and its public profile (Adoption window, Animals tab); an application
// sent by a kiosk arrives with a sync (badge and notice); staff contact, approve (the animal is
// reserved) and complete the adoption (the applicant becomes its owner); the contract PDF holds
// both names and both drawn signatures, the adopter's from the kiosk and the staff member's from
// the Complete Adoption dialog (rasterised with pdftoppm: the signature areas are not blank).
// A volunteer sees the application without contact details and cannot decide.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"
#include "SyncRound.h"
#include "TestServer.h"

#include "gui/AdoptionActions.h"
#include "gui/AdoptionContractLoader.h"
#include "gui/AdoptionDialogs.h"
#include "gui/AdoptionWindow.h"
#include "gui/ApplicationsPage.h"
#include "gui/CompleteAdoptionDialog.h"
#include "gui/DateEdit.h"
#include "gui/MainWindow.h"
#include "gui/SignaturePad.h"
#include "gui/SyncController.h"
#include "gui/Translations.h"
#include "models/AdoptionModels.h"
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/sync/Merge.h"
#include "petinfo/report/AdoptionContract.h"
#include "services/AdoptionService.h"
#include "settings/Settings.h"
#include "sync/SyncStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::fastTiming;
using petinfo::test::syncNow;
using petinfo::test::TestServer;

namespace {

const QString kEmail = QStringLiteral("coordinacion@refugio.example");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kStaff = QStringLiteral("Ana Gómez");
const std::string kApplicant = "Lucía Fernández";

/** Dark pixels (any channel below 128) in `rect` of `image`. */
int darkPixels(const QImage& image, const QRect& rect)
{
    int dark = 0;
    for (int y = rect.top(); y <= rect.bottom() && y < image.height(); ++y) {
        for (int x = rect.left(); x <= rect.right() && x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            dark += (c.red() < 128 || c.green() < 128 || c.blue() < 128) ? 1 : 0;
        }
    }
    return dark;
}

} // namespace

class TestAdoption final : public QObject
{
    Q_OBJECT

    test::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no child %s", name);
        }
        return found;
    }

    /** What a kiosk does: its own device token (created by the admin), then one push of a new
     *  application with a drawn signature. */
    static bool kioskApplies(TestServer& server, const QString& petId)
    {
        nlohmann::json signin;
        if (server.postJson(
                QStringLiteral("/api/v1/auth/signin"),
                {{"email", kEmail.toStdString()}, {"password", kPassword.toStdString()}, {"deviceName", "test admin"}},
                &signin) != 201) {
            return false;
        }
        const QByteArray admin = QByteArray::fromStdString(signin.value("token", ""));
        nlohmann::json kiosk;
        if (server.postJson(QStringLiteral("/api/v1/kiosk-devices"), {{"name", "Feria de adopción"}}, &kiosk, admin) !=
            201) {
            return false;
        }
        AdoptionApplication a;
        a.id = newUuid();
        a.petIds = {petId.toStdString()};
        a.applicantName = kApplicant;
        a.phone = "+5491122334455";
        a.email = "lucia@example.com";
        a.address = "Av. Corrientes 1234, CABA";
        a.adults = 2;
        a.children = 1;
        a.childrenAges = "7";
        a.homeType = HomeType::Apartment;
        a.landlordPermitsPets = LandlordPermission::Yes;
        a.experience = "Tuvimos una perra 12 años.";
        a.message = "Nos encantaría conocer a Manchitas <3";
        a.consentText = "Confirmo que los datos son verdaderos.";
        a.consentAccepted = true;
        // A big, bold signature: a zigzag across the whole pad.
        a.signatureStrokes = "600x200:20,180 80,20 140,180 200,20 260,180 320,20 380,180 440,20 500,180 "
                             "560,20;40,100 560,100";
        a.eventName = "Feria de adopción";
        a.submittedAtMs = QDateTime::currentMSecsSinceEpoch();
        a.createdAtMs = a.updatedAtMs = a.submittedAtMs;
        nlohmann::json values = toJson(a);
        values.erase("id");
        sync::PushRequest push;
        push.clientId = kiosk.value("clientId", "");
        push.mutations.push_back(
            sync::Mutation{1,
                           sync::makeChange(sync::EntityType::AdoptionApplication, a.id, values,
                                            sync::Hlc{QDateTime::currentMSecsSinceEpoch(), 0, push.clientId}),
                           std::nullopt});
        nlohmann::json answer;
        const int status = server.postJson(QStringLiteral("/api/v1/sync/push"), toJson(push), &answer,
                                           QByteArray::fromStdString(kiosk.value("token", "")));
        if (status != 200 || answer["results"][0].value("status", "") != "applied") {
            qWarning("kiosk push answered %d: %s", status, answer.dump().c_str());
            return false;
        }
        return true;
    }

    /** Clicks the dialog's OK button and waits for it to close. */
    static bool accept(QDialog* dialog)
    {
        QPointer<QDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, 5000);
    }

    static bool changeStatus(AdoptionAnimalsPage* page, AdoptionStatus to, const QString& note)
    {
        auto* dialog = qobject_cast<StatusChangeDialog*>(page->changeStatus());
        if (!dialog || !dialog->selectStatus(to)) {
            return false;
        }
        QTest::keyClicks(child<QLineEdit>(dialog, "noteLineEdit"), note);
        return accept(dialog);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Argentina));
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        QVERIFY(m_dir.isValid());
        Settings::instance().setValue(Settings::Key::ClinicName, QStringLiteral("Refugio Patitas"));
        Settings::instance().setValue(Settings::Key::Country, QStringLiteral("AR"));
    }

    void testAdoptionDayFromIntakeToContract()
    {
        TestServer server(TestServer::Options{{},
                                              {{QStringLiteral("auth.tokenCacheMilliseconds"), QStringLiteral("0")},
                                               {QStringLiteral("sync.versionCacheMilliseconds"), QStringLiteral("0")}},
                                              {}});
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Refugio Patitas")));

        test::ServiceFixture f;
        QVERIFY(f.setUp());
        f.clock().advanceMs(QDateTime::currentMSecsSinceEpoch() - f.clock().nowMs());
        const QDate today = QDate::currentDate();
        f.clock().setToday(
            Date{today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day())});
        const QString pet = f.addPet(QStringLiteral("Manchitas"), {}, QStringLiteral("Jorge Ruiz"));
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString(), fastTiming());
        sync.attach(&window);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AdoptionActions* actions = window.adoptionActions();
        QVERIFY(window.findChild<QMenu*>(QStringLiteral("adoptionMenu")));
        QCOMPARE(actions->animalsAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
        QCOMPARE(actions->inboxAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
        SigninRequest request;
        request.email = kEmail;
        request.password = kPassword;
        request.deviceName = QStringLiteral("Recepción");
        QVERIFY(sync.signIn(server.url(), request).hasValue());

        // Intake, in care, adoptable, and the public profile, all through the window.
        AdoptionWindow* adoption = actions->showAnimals();
        QVERIFY(QTest::qWaitForWindowExposed(adoption));
        AdoptionAnimalsPage* animals = adoption->animalsPage();
        auto* table = child<QTableView>(animals, "animalsTableView");
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::snapshot(adoption, QStringLiteral("adoption-animals-empty"));
        QTest::mouseClick(child<QPushButton>(animals, "intakeButton"), Qt::LeftButton);
        auto* intake = adoption->findChild<IntakeDialog*>();
        QVERIFY(intake);
        auto* petCombo = child<QComboBox>(intake, "petComboBox");
        petCombo->setCurrentIndex(petCombo->findData(pet));
        child<DateEdit>(intake, "dateEdit")->setDate(today.addDays(-12));
        auto* source = child<QComboBox>(intake, "sourceComboBox");
        source->setCurrentIndex(source->findData(int(IntakeSource::Surrender)));
        QTest::keyClicks(child<QLineEdit>(intake, "broughtByLineEdit"), QStringLiteral("Jorge Ruiz"));
        QTest::keyClicks(child<QLineEdit>(intake, "phoneLineEdit"), QStringLiteral("011 4321-9876"));
        test::snapshot(intake, QStringLiteral("adoption-intake-dialog"));
        QVERIFY(accept(intake));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(animals->currentPetId(), pet);
        QCOMPARE(table->model()->index(0, AdoptionAnimalModel::DaysInCare).data().toInt(), 12);
        QVERIFY(changeStatus(animals, AdoptionStatus::InCare, QStringLiteral("vet check done")));
        auto* statusDialog = qobject_cast<StatusChangeDialog*>(animals->changeStatus());
        QVERIFY(statusDialog);
        QVERIFY(!statusDialog->selectStatus(AdoptionStatus::Adopted)); // not offered from in care
        QVERIFY(statusDialog->selectStatus(AdoptionStatus::Adoptable));
        test::snapshot(statusDialog, QStringLiteral("adoption-status-dialog"));
        QVERIFY(accept(statusDialog));
        auto* profile = qobject_cast<AdoptionProfileDialog*>(animals->editProfile());
        QVERIFY(profile);
        // Text with accents goes in as an input method would put it (keyClicks sends Latin-1 keys only).
        child<QPlainTextEdit>(profile, "descriptionPlainTextEdit")
            ->insertPlainText(QStringLiteral("Tranquila y cariñosa, ideal para departamento."));
        child<QDoubleSpinBox>(profile, "feeDoubleSpinBox")->setValue(25000);
        auto* children = child<QComboBox>(profile, "goodWithChildrenComboBox");
        children->setCurrentIndex(children->findData(int(Answer::Yes)));
        test::snapshot(profile, QStringLiteral("adoption-profile-dialog"));
        QTest::mouseClick(child<QPushButton>(profile, "okButton"), Qt::LeftButton); // no currency: refused
        QVERIFY(profile->isVisible());
        QVERIFY(child<QLabel>(profile, "errorLabel")->text().contains(QStringLiteral("currency")));
        QTest::keyClicks(child<QLineEdit>(profile, "currencyLineEdit"), QStringLiteral("ars"));
        QVERIFY(accept(profile));
        QCOMPARE(table->model()->index(0, AdoptionAnimalModel::Status).data().toString(), QStringLiteral("Adoptable"));
        QVERIFY(child<QLabel>(animals, "countsLabel")->text().contains(QStringLiteral("Adoptable: 1")));
        QCOMPARE(child<QTableView>(animals, "historyTableView")->model()->rowCount(), 3);
        test::snapshot(adoption, QStringLiteral("adoption-animals"));
        QVERIFY(syncNow(sync));

        // A kiosk at the adoption fair sends an application; the next sync brings it.
        QVERIFY(kioskApplies(server, pet));
        auto* badge = actions->badge();
        QVERIFY(!badge->isVisible());
        QVERIFY(syncNow(sync));
        QTRY_VERIFY(actions->notice()->isVisible());
        QVERIFY(child<QLabel>(actions->notice(), "applicationNoticeLabel")
                    ->text()
                    .contains(QString::fromStdString(kApplicant)));
        QTRY_VERIFY(badge->isVisible());
        QVERIFY2(badge->text().startsWith(QStringLiteral("1 new application")), qPrintable(badge->text()));
        test::snapshot(&window, QStringLiteral("adoption-notice-and-badge"));

        // The notice opens the inbox on the application: the whole of it on one screen.
        QTest::mouseClick(child<QPushButton>(actions->notice(), "openInboxButton"), Qt::LeftButton);
        ApplicationsPage* inbox = adoption->applicationsPage();
        QTRY_VERIFY(inbox->isVisible());
        QVERIFY(!inbox->currentApplicationId().isEmpty());
        const QString applicationId = inbox->currentApplicationId();
        const QString details = child<QTextBrowser>(inbox, "detailsTextBrowser")->toPlainText();
        for (const QString& part : {QString::fromStdString(kApplicant), QStringLiteral("lucia@example.com"),
                                    QStringLiteral("Nos encantaría conocer a Manchitas <3"),
                                    QStringLiteral("Feria de adopción"), QStringLiteral("Apartment")}) {
            QVERIFY2(details.contains(part), qPrintable(part + QStringLiteral(" not in ") + details));
        }
        QVERIFY(!child<QLabel>(inbox, "signatureLabel")->pixmap().isNull());
        QTRY_VERIFY(!badge->isVisible());                                  // looked at
        QVERIFY(!child<QPushButton>(inbox, "approveButton")->isEnabled()); // new -> approved is not a step
        test::snapshot(adoption, QStringLiteral("adoption-inbox"));

        child<QLineEdit>(inbox, "decisionNoteLineEdit")->insert(QStringLiteral("llamada, visita el sábado"));
        QTest::mouseClick(child<QPushButton>(inbox, "contactedButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(inbox, "approveButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(inbox, "approveButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(inbox, "completeButton")->isEnabled());
        QCOMPARE((*window.adoption().profile(pet))->status, AdoptionStatus::Reserved);
        QCOMPARE(child<QTableView>(inbox, "historyTableView")->model()->rowCount(), 2);

        // Complete: the staff member confirms, types their name and signs with the mouse, then the
        // contract is saved where they say.
        const QString pdf = m_dir.filePath(QStringLiteral("contrato.pdf"));
        m_prompts.saveFiles << pdf;
        QTest::mouseClick(child<QPushButton>(inbox, "completeButton"), Qt::LeftButton);
        auto* complete = adoption->findChild<CompleteAdoptionDialog*>();
        QVERIFY(complete);
        QVERIFY(QTest::qWaitForWindowExposed(complete));
        QVERIFY(child<QLabel>(complete, "questionLabel")->text().contains(QString::fromStdString(kApplicant)));
        auto* staff = child<QLineEdit>(complete, "staffNameLineEdit");
        staff->clear();
        QTest::mouseClick(child<QPushButton>(complete, "okButton"), Qt::LeftButton); // no name: refused
        QVERIFY(complete->isVisible());
        QVERIFY(!child<QLabel>(complete, "errorLabel")->text().isEmpty());
        staff->insert(kStaff);
        SignaturePad* pad = complete->signaturePad();
        QVERIFY(!child<QPushButton>(complete, "clearSignatureButton")->isEnabled());
        // A loop and a long stroke across the pad, as a hand would sign.
        const QRect r = pad->rect().adjusted(20, 20, -20, -20);
        QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, r.bottomLeft());
        for (int i = 1; i <= 12; ++i) {
            const QPoint at(r.left() + r.width() * i / 12, i % 2 ? r.top() : r.bottom());
            QMouseEvent move(QEvent::MouseMove, at, pad->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, r.topRight());
        QVERIFY2(pad->isSigned(), qPrintable(QString::number(pad->inkLength())));
        QVERIFY(child<QPushButton>(complete, "clearSignatureButton")->isEnabled());
        QVERIFY(!complete->staffSignature().empty());
        test::snapshot(complete, QStringLiteral("adoption-complete-dialog"));
        QTest::mouseClick(child<QPushButton>(complete, "okButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pdf));
        QCOMPARE(child<QLineEdit>(inbox, "staffNameLineEdit")->text(), kStaff);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        test::snapshot(adoption, QStringLiteral("adoption-inbox-adopted"));
        auto record = f.service().loadPet(pet);
        QVERIFY(record);
        QCOMPARE(record->pet.status, PetStatus::Adopted);
        bool adopterIsPrimaryOwner = false;
        for (const ContactEntry& c : record->contacts) {
            adopterIsPrimaryOwner |= c.primary && c.person.name == kApplicant && c.role == ContactRole::Owner;
        }
        QVERIFY(adopterIsPrimaryOwner);
        QVERIFY(syncNow(sync));
        auto refused = SyncStore(f.service().database()).rejections(10);
        QVERIFY(refused);
        QVERIFY2(refused->empty(), refused->empty() ? "" : qPrintable(refused->front().code + refused->front().field));

        // The contract: both names in its text, the drawn signature in its area.
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QString::fromStdString(kApplicant)), qPrintable(words));
        QVERIFY(words.contains(kStaff));
        QVERIFY(words.contains(QStringLiteral("Manchitas")));
        QVERIFY(words.contains(QStringLiteral("25.000,00 ARS")));
        // Every page (the signatures are at the foot of the last one).
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        QProcess raster;
        raster.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), pdf, prefix});
        QVERIFY(raster.waitForFinished(20000));
        const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QVERIFY(!pages.isEmpty());
        const QImage page(m_dir.filePath(pages.last()));
        QVERIFY(!page.isNull());
        auto data = loadContractData(window.adoption(), applicationId, pet, kStaff);
        QVERIFY(data);
        const QRectF mm = report::adopterSignatureAreaMm(*data);
        const qreal perMm = 100 / 25.4;
        const QRect area(qRound(mm.left() * perMm), qRound(mm.top() * perMm), qRound(mm.width() * perMm),
                         qRound(mm.height() * perMm) - 3); // above the line under it
        const int ink = darkPixels(page, area);
        QVERIFY2(ink > 300, qPrintable(QStringLiteral("only %1 dark pixels in the signature area").arg(ink)));
        page.copy(area).save(m_dir.filePath(QStringLiteral("signature.png")));
        // The staff member's drawn signature fills their box; a typed name would only sit on its
        // line, so the upper half of the box holds ink only when it was drawn.
        const QRectF staffMm = report::staffSignatureAreaMm(*data);
        const QRect staffTop(qRound(staffMm.left() * perMm), qRound(staffMm.top() * perMm),
                             qRound(staffMm.width() * perMm), qRound(staffMm.height() * perMm / 2));
        const int staffInk = darkPixels(page, staffTop);
        QVERIFY2(staffInk > 150,
                 qPrintable(QStringLiteral("only %1 dark pixels in the staff signature").arg(staffInk)));
        if (!qEnvironmentVariable("PETINFO_SCREENSHOT_DIR").isEmpty()) {
            page.save(
                QDir(qEnvironmentVariable("PETINFO_SCREENSHOT_DIR")).filePath(QStringLiteral("adoption-contract.png")));
        }

        // A volunteer on this computer: no contact details, no decisions.
        QVERIFY(SyncStore(f.service().database())
                    .setState(QStringLiteral("account"),
                              QStringLiteral(R"({"server":"%1","role":"volunteer","userName":"Voluntario"})")
                                  .arg(server.url().toString())));
        QPointer<AdoptionWindow> closing(adoption);
        adoption->close();
        QTRY_VERIFY(closing.isNull()); // a new window reads the role afresh
        AdoptionWindow* volunteer = actions->showInbox();
        QTRY_VERIFY(volunteer->applicationsPage()->isVisible());
        ApplicationsPage* theirs = volunteer->applicationsPage();
        child<QComboBox>(theirs, "statusFilterComboBox")->setCurrentIndex(1); // all
        QVERIFY(theirs->selectApplication(applicationId));
        const QString hidden = child<QTextBrowser>(theirs, "detailsTextBrowser")->toPlainText();
        QVERIFY(hidden.contains(QString::fromStdString(kApplicant)));
        QVERIFY2(!hidden.contains(QStringLiteral("lucia@example.com")), qPrintable(hidden));
        QVERIFY(!hidden.contains(QStringLiteral("Corrientes")));
        QVERIFY(!child<QPushButton>(theirs, "contractButton")->isEnabled());
        QVERIFY(!child<QPushButton>(theirs, "saveNotesButton")->isEnabled());
        test::snapshot(volunteer, QStringLiteral("adoption-inbox-volunteer"));
    }
};

QTEST_MAIN(TestAdoption)
#include "TestAdoption.moc"
