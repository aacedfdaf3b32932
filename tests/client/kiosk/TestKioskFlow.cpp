// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor's way through the kiosk with real widgets: browse and filter the gallery, an animal's
// page with every photo, the application form with validation in plain words and a signature,
// the thank-you screen; idleness wipes a half-typed form; an idle gallery becomes a slideshow.
#include "../gui/Screenshots.h"
#include "ServiceFixture.h"
#include "ShelterSeed.h"

#include "gui/SignaturePad.h"
#include "gui/Translations.h"
#include "kiosk/AdoptionFlow.h"
#include "kiosk/AnimalModel.h"
#include "kiosk/AnimalPage.h"
#include "kiosk/ApplicationForm.h"
#include "kiosk/EnrolmentPage.h"
#include "kiosk/GalleryPage.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/KioskRepository.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PhotoCache.h"
#include "kiosk/PhotoView.h"
#include "kiosk/SlideshowPage.h"
#include "kiosk/StaffPage.h"
#include "kiosk/StaffPin.h"
#include "petinfo/common/AdoptionCodec.h"
#include "storage/Query.h"
#include "sync/SyncStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

namespace {

template <typename T>
T* child(QObject* parent, const QString& name)
{
    auto* found = parent->findChild<T*>(name);
    if (!found) {
        qWarning("no child %s", qPrintable(name));
    }
    return found;
}

void sign(SignaturePad* pad)
{
    const QList<QPointF> points{{30, 120}, {90, 50}, {160, 150}, {240, 60}, {330, 140}, {420, 70}};
    const auto send = [pad](QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, pad->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(pad, &event);
    };
    send(QEvent::MouseButtonPress, points.first(), Qt::LeftButton, Qt::LeftButton);
    for (const QPointF& p : points) {
        send(QEvent::MouseMove, p, Qt::NoButton, Qt::LeftButton);
    }
    send(QEvent::MouseButtonRelease, points.last(), Qt::LeftButton, Qt::NoButton);
}

/** Every text any widget of the application shows or holds. */
QStringList allTexts()
{
    QStringList texts;
    for (QWidget* w : QApplication::allWidgets()) {
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            texts << edit->text();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            texts << plain->toPlainText();
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        }
    }
    return texts;
}

} // namespace

class TestKioskFlow final : public QObject
{
    Q_OBJECT

    struct Kiosk
    {
        test::ServiceFixture f;
        QStringList ids;
        std::unique_ptr<KioskWindow> window;
        std::unique_ptr<AdoptionFlow> flow;

        bool setUp(int animals, KioskTiming timing, QSize size = {1280, 800})
        {
            if (!f.setUp()) {
                return false;
            }
            ids = test::seedKioskGallery(f.service().database(), f.clock(), animals, 3);
            if (ids.size() != animals) {
                return false;
            }
            window = std::make_unique<KioskWindow>(StaffPin::hash(SecureBytes(QByteArrayView("2468")), 1000), f.clock(),
                                                   timing);
            window->setTitle(QStringLiteral("Refugio Patitas · Adoption day"));
            flow = std::make_unique<AdoptionFlow>(*window, f.service().database(), f.clock(),
                                                  QStringLiteral("Adoption day"));
            window->resize(size);
            window->show();
            return QTest::qWaitForWindowExposed(window.get());
        }
        GalleryPage* gallery() { return flow->gallery(); }
        int shown() { return gallery()->view()->model()->rowCount(); }
        const KioskAnimal* shownAnimal(int row)
        {
            const QModelIndex index = gallery()->view()->model()->index(row, 0);
            return flow->animals().animal(index.data(AnimalModel::PetIdRole).toString());
        }
        void clickCard(int row)
        {
            QListView* view = gallery()->view();
            const QRect rect = view->visualRect(view->model()->index(row, 0));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        }
    };

    static void snapshotBoth(Kiosk& k, const QString& name)
    {
        k.window->resize(1280, 800);
        QApplication::processEvents();
        test::snapshot(k.window.get(), QStringLiteral("kiosk-%1-1280x800").arg(name));
        k.window->resize(1920, 1080);
        QApplication::processEvents();
        k.flow->cardPhotos().waitForDecodes();
        QApplication::processEvents();
        test::snapshot(k.window.get(), QStringLiteral("kiosk-%1-1920x1080").arg(name));
        k.window->resize(1280, 800);
        QApplication::processEvents();
    }

    static KioskTiming slowTiming()
    {
        KioskTiming t;
        t.idleResetMs = 600'000; // nothing happens by itself unless a test asks for it
        t.slideshowAfterMs = 600'000;
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(installTranslations(QLocale(QLocale::English)));
    }

    void testScrolledGalleryShowsWhatAFreshPaintShows()
    {
        // The grid is opaque, so Qt scrolls it by moving what is painted and paints only what
        // comes into view: the screen must still show what painting it all anew shows.
        Kiosk k;
        QVERIFY(k.setUp(30, slowTiming()));
        QScrollBar* bar = k.gallery()->view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 600);
        for (int step = 0; step < 12; ++step) {
            bar->setValue(bar->value() + (step % 4 == 3 ? -45 : 60));
            QTest::qWait(5);
            k.flow->cardPhotos().waitForDecodes();
        }
        QApplication::processEvents();
        QScreen* screen = k.window->screen();
        const QImage onScreen = screen->grabWindow(k.window->winId()).toImage().convertToFormat(QImage::Format_RGB32);
        const QImage fresh = k.window->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(onScreen.size(), fresh.size());
        QVERIFY(onScreen == fresh);
    }

    void testBrowseAndFilter()
    {
        Kiosk k;
        QVERIFY(k.setUp(12, slowTiming()));
        QAbstractItemModelTester modelTester(&k.gallery()->filter());
        QCOMPARE(k.window->currentPage(), k.gallery());
        QCOMPARE(k.shown(), 12);
        auto* count = child<QLabel>(k.window.get(), QStringLiteral("countLabel"));
        // Plural forms come from the translation files (refreshed by the lead), so the expected
        // text is made the same way; the number must be in it.
        QCOMPARE(count->text(), GalleryPage::tr("%n animal(s) looking for a home", nullptr, 12));
        QVERIFY(count->text().startsWith(QStringLiteral("12 animal")));
        // Card photos are decoded off the GUI thread: asked for, then there.
        (void)k.flow->animals().index(0).data(Qt::DecorationRole);
        k.flow->cardPhotos().waitForDecodes();
        QVERIFY(!k.flow->animals().index(0).data(Qt::DecorationRole).value<QImage>().isNull());
        snapshotBoth(k, QStringLiteral("gallery"));

        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("dogsButton")), Qt::LeftButton);
        QCOMPARE(k.shown(), 5);
        for (int row = 0; row < k.shown(); ++row) {
            QCOMPARE(k.shownAnimal(row)->species, Species::Dog);
        }
        QCOMPARE(count->text(), QStringLiteral("5 of 12 animals"));
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("catsButton")), Qt::LeftButton);
        QCOMPARE(k.shown(), 5);
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("otherSpeciesButton")), Qt::LeftButton);
        QCOMPARE(k.shown(), 2);
        QCOMPARE(k.shownAnimal(0)->species, Species::Rabbit);
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("allSpeciesButton")), Qt::LeftButton);
        QCOMPARE(k.shown(), 12);

        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("goodWithChildrenButton")), Qt::LeftButton);
        QVERIFY(k.shown() > 0 && k.shown() < 12);
        for (int row = 0; row < k.shown(); ++row) {
            QCOMPARE(k.shownAnimal(row)->profile.goodWithChildren, Answer::Yes);
        }
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("goodWithChildrenButton")), Qt::LeftButton);
        QCOMPARE(k.shown(), 12);
        auto* size = child<QComboBox>(k.window.get(), QStringLiteral("sizeComboBox"));
        size->setCurrentIndex(size->findData(int(AnimalSize::Large)));
        QVERIFY(k.shown() > 0 && k.shown() < 12);
        for (int row = 0; row < k.shown(); ++row) {
            QCOMPARE(k.shownAnimal(row)->profile.size, AnimalSize::Large);
        }
        size->setCurrentIndex(0);
        auto* age = child<QComboBox>(k.window.get(), QStringLiteral("ageComboBox"));
        age->setCurrentIndex(age->findData(int(AgeGroup::Young)));
        QVERIFY(k.shown() > 0 && k.shown() < 12);
        for (int row = 0; row < k.shown(); ++row) {
            QCOMPARE(ageGroupOf(k.shownAnimal(row)->birthDate, k.f.clock().today()), AgeGroup::Young);
        }
        // A combination nobody matches: said plainly, with the way back.
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("otherSpeciesButton")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("goodWithCatsButton")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("goodWithDogsButton")), Qt::LeftButton);
        QCOMPARE(k.shown(), 0);
        QVERIFY(child<QWidget>(k.window.get(), QStringLiteral("noMatchPage"))->isVisible());
        snapshotBoth(k, QStringLiteral("gallery-no-match"));
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("showAllButton")), Qt::LeftButton);
        QCOMPARE(k.shown(), 12);
        QCOMPARE(age->currentIndex(), 0);
        QVERIFY(!child<QPushButton>(k.window.get(), QStringLiteral("goodWithCatsButton"))->isChecked());

        // An animal's page, with every public photo.
        k.clickCard(1);
        auto* page = child<AnimalPage>(k.window.get(), QStringLiteral("animalPage"));
        QCOMPARE(k.window->currentPage(), page);
        const KioskAnimal* toby = k.flow->animals().animal(page->petId());
        QCOMPARE(child<QLabel>(page, QStringLiteral("nameLabel"))->text(), toby->name);
        QCOMPARE(page->photoCount(), 3);
        QVERIFY(child<QPushButton>(page, QStringLiteral("photo3Button")));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("photo3Button")), Qt::LeftButton);
        QVERIFY(!child<PhotoView>(page, QStringLiteral("photoView"))->image().isNull());
        QCOMPARE(child<QPushButton>(page, QStringLiteral("meetButton"))->text(),
                 QStringLiteral("I'd Like to Meet %1").arg(toby->name));
        QCOMPARE(child<QLabel>(page, QStringLiteral("feeLabel"))->text().isEmpty(), false);
        snapshotBoth(k, QStringLiteral("animal"));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("backButton")), Qt::LeftButton);
        QCOMPARE(k.window->currentPage(), k.gallery());
    }

    void testApplyWithValidationAndSignature()
    {
        KioskTiming timing = slowTiming();
        timing.thankYouMs = 400;
        Kiosk k;
        QVERIFY(k.setUp(6, timing));
        k.clickCard(0);
        const QString petId = child<AnimalPage>(k.window.get(), QStringLiteral("animalPage"))->petId();
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("meetButton")), Qt::LeftButton);
        ApplicationForm* form = k.flow->form();
        QVERIFY(form);
        QCOMPARE(k.window->currentPage(), form);
        QVERIFY(child<QLabel>(form, QStringLiteral("consentTextLabel"))->text().contains(QStringLiteral("true")));
        snapshotBoth(k, QStringLiteral("form"));

        // Sending an empty form says what is missing, in plain words, next to each field.
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("sendButton")), Qt::LeftButton);
        QCOMPARE(child<QLabel>(form, QStringLiteral("applicantNameIssueLabel"))->text(),
                 QStringLiteral("Please write your name."));
        QCOMPARE(child<QLabel>(form, QStringLiteral("phoneIssueLabel"))->text(),
                 QStringLiteral("Please give a phone number or an e-mail address, so the shelter can reach you."));
        QCOMPARE(child<QLabel>(form, QStringLiteral("consentAcceptedIssueLabel"))->text(),
                 QStringLiteral("Please read the text above and tick the box."));
        QCOMPARE(child<QLabel>(form, QStringLiteral("signatureStrokesIssueLabel"))->text(),
                 QStringLiteral("Please sign in the box below with your finger."));
        QCOMPARE(k.window->currentPage(), form);
        snapshotBoth(k, QStringLiteral("form-problems"));

        // QTest types ASCII only; the rest arrives as an input method would put it.
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("nameLineEdit")), QStringLiteral("Ana G"));
        child<QLineEdit>(form, QStringLiteral("nameLineEdit"))->insert(QStringLiteral("ómez"));
        QVERIFY(child<QLabel>(form, QStringLiteral("applicantNameIssueLabel"))->isHidden());
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("emailLineEdit")), QStringLiteral("ana@"));
        QTest::mouseClick(child<QCheckBox>(form, QStringLiteral("consentCheckBox")), Qt::LeftButton);
        child<QSpinBox>(form, QStringLiteral("childrenSpinBox"))->setValue(2);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("childrenAgesLineEdit")), QStringLiteral("4, nine"));
        // A tap is not a signature.
        QTest::mouseClick(child<SignaturePad>(form, QStringLiteral("signaturePad")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("sendButton")), Qt::LeftButton);
        QCOMPARE(child<QLabel>(form, QStringLiteral("emailIssueLabel"))->text(),
                 QStringLiteral("This e-mail address does not look right. It should look like name@example.com."));
        QCOMPARE(child<QLabel>(form, QStringLiteral("childrenAgesIssueLabel"))->text(),
                 QStringLiteral("Write each child's age in years, separated by commas, like 4, 9."));
        QVERIFY(!child<QLabel>(form, QStringLiteral("signatureStrokesIssueLabel"))->isHidden());

        child<QLineEdit>(form, QStringLiteral("emailLineEdit"))->setText(QStringLiteral("ana@example.com"));
        child<QLineEdit>(form, QStringLiteral("childrenAgesLineEdit"))->setText(QStringLiteral("4, 9"));
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("phoneLineEdit")), QStringLiteral("+5491141234567"));
        sign(child<SignaturePad>(form, QStringLiteral("signaturePad")));
        snapshotBoth(k, QStringLiteral("form-signed"));
        // The end of the form: the consent text, its box, the signature and Send.
        child<QScrollArea>(form, QStringLiteral("formScrollArea"))
            ->ensureWidgetVisible(child<QPushButton>(form, QStringLiteral("sendButton")));
        snapshotBoth(k, QStringLiteral("form-signature"));
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("sendButton")), Qt::LeftButton);

        QCOMPARE(k.window->currentPage()->objectName(), QStringLiteral("thankYouPage"));
        QCOMPARE(child<QLabel>(k.window.get(), QStringLiteral("thankYouTitleLabel"))->text(),
                 QStringLiteral("Thank you, Ana!"));
        QVERIFY(k.flow->form() == nullptr);
        snapshotBoth(k, QStringLiteral("thank-you"));
        QCOMPARE(*KioskRepository(k.f.service().database()).waitingApplications(), qint64(1));
        QCOMPARE(child<QLabel>(k.window.get(), QStringLiteral("waitingLabel"))->text(), waitingText(1));
        QVERIFY(waitingText(1).startsWith(QStringLiteral("1 application")));

        // What waits in the outbox is the whole application, signature included.
        Query q(k.f.service().database(),
                QStringLiteral("SELECT row_id FROM outbox WHERE type = 'adoptionApplication'"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        auto row = SyncStore(k.f.service().database()).find(sync::EntityType::AdoptionApplication, q.text(0));
        QVERIFY(row && row->has_value());
        auto stored = adoptionApplicationFromFields(sync::RowFields(**row));
        QVERIFY(stored);
        QCOMPARE(stored->applicantName, std::string("Ana Gómez"));
        QCOMPARE(stored->email, std::string("ana@example.com"));
        QCOMPARE(stored->children, 2);
        QCOMPARE(stored->petIds, std::vector<std::string>{petId.toStdString()});
        QCOMPARE(stored->channel, ApplicationChannel::Kiosk);
        QCOMPARE(stored->eventName, std::string("Adoption day"));
        QVERIFY(stored->consentAccepted);
        QCOMPARE(QString::fromStdString(stored->consentText), AdoptionFlow::consentText());
        const auto signature = decodeSignature(stored->signatureStrokes);
        // The tap's dot is kept as drawn, then the signature's one long stroke.
        QVERIFY(signature && signature->strokes.size() == 2 && signature->strokes.front().size() == 1 &&
                signature->strokes.back().size() >= 5);

        // The thank-you screen returns to the gallery by itself.
        QTRY_COMPARE(k.window->currentPage(), k.gallery());
        QVERIFY(!allTexts().contains(QStringLiteral("Thank you, Ana!")));

        // Once the server has it, the kiosk keeps no copy of the applicant's details.
        QVERIFY(SyncStore(k.f.service().database()).acknowledgeUpTo(1'000'000));
        k.flow->refreshWaiting();
        QCOMPARE(*KioskRepository(k.f.service().database()).waitingApplications(), qint64(0));
        QVERIFY(child<QLabel>(k.window.get(), QStringLiteral("waitingLabel"))->text().isEmpty());
        Query left(k.f.service().database(),
                   QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE type = 'adoptionApplication'"));
        QVERIFY(left.exec());
        QVERIFY(left.next());
        QCOMPARE(left.int64(0), qint64(0));
    }

    void testIdleWipesTheForm()
    {
        KioskTiming timing = slowTiming();
        timing.idleResetMs = 500;
        Kiosk k;
        QVERIFY(k.setUp(4, timing));
        k.clickCard(2);
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("meetButton")), Qt::LeftButton);
        QPointer<ApplicationForm> form = k.flow->form();
        QVERIFY(form);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("nameLineEdit")), QStringLiteral("Half Typed"));
        QTest::keyClicks(child<QPlainTextEdit>(form, QStringLiteral("messagePlainTextEdit")),
                         QStringLiteral("Secret message"));
        sign(child<SignaturePad>(form, QStringLiteral("signaturePad")));
        QVERIFY(allTexts().contains(QStringLiteral("Half Typed")));
        QTRY_COMPARE(k.window->currentPage(), k.gallery());
        QTRY_VERIFY(form.isNull());
        QVERIFY(k.flow->form() == nullptr);
        const QStringList texts = allTexts();
        QVERIFY(!texts.contains(QStringLiteral("Half Typed")));
        QVERIFY(!texts.contains(QStringLiteral("Secret message")));
        QVERIFY(QApplication::allWidgets().size() > 0);
        for (QWidget* w : QApplication::allWidgets()) {
            QVERIFY(!qobject_cast<SignaturePad*>(w));
        }
        // And nothing of it was written to the database.
        QCOMPARE(*KioskRepository(k.f.service().database()).waitingApplications(), qint64(0));
        Query q(k.f.service().database(),
                QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE type = 'adoptionApplication'"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.int64(0), qint64(0));
    }

    void testIdleGalleryBecomesSlideshow()
    {
        KioskTiming timing = slowTiming();
        timing.slideshowAfterMs = 300;
        timing.slideIntervalMs = 150;
        Kiosk k;
        QVERIFY(k.setUp(5, timing));
        SlideshowPage* slideshow = k.flow->slideshow();
        QTRY_COMPARE(k.window->currentPage(), slideshow);
        QVERIFY(slideshow->isRunning());
        const int first = slideshow->currentRow();
        QTRY_VERIFY(slideshow->currentRow() != first);
        QVERIFY(!child<PhotoView>(slideshow, QStringLiteral("slidePhotoView"))->image().isNull());
        snapshotBoth(k, QStringLiteral("slideshow"));
        // A touch stops it, back on the gallery.
        QTest::mouseClick(slideshow, Qt::LeftButton, {}, QPoint(200, 200));
        QTRY_COMPARE(k.window->currentPage(), k.gallery());
        QVERIFY(!slideshow->isRunning());
    }

    void testEnrolmentChecksWhatIsTyped()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        EnrolmentPage page(f.database().file, f.database().secrets, QStringLiteral("http://127.0.0.1:1"));
        page.setPinIterations(1000);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* error = child<QLabel>(&page, QStringLiteral("enrolmentErrorLabel"));
        auto* enrol = child<QPushButton>(&page, QStringLiteral("enrolButton"));
        QTest::mouseClick(enrol, Qt::LeftButton);
        QCOMPARE(error->text(), QStringLiteral("Paste the kiosk device's token."));
        QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("tokenLineEdit")), QStringLiteral("pit_abc"));
        QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("pinLineEdit")), QStringLiteral("12"));
        QTest::mouseClick(enrol, Qt::LeftButton);
        QCOMPARE(error->text(), QStringLiteral("The staff PIN must be 4 to 12 digits."));
        QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("pinLineEdit")), QStringLiteral("34"));
        QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("pinRepeatLineEdit")), QStringLiteral("1243"));
        QTest::mouseClick(enrol, Qt::LeftButton);
        QCOMPARE(error->text(), QStringLiteral("The two PINs are not the same. Type the PIN again."));
        test::snapshot(&page, QStringLiteral("kiosk-enrolment-1280x800"));
        page.resize(1920, 1080);
        test::snapshot(&page, QStringLiteral("kiosk-enrolment-1920x1080"));
        // A server that does not answer: said plainly, and nothing is stored.
        child<QLineEdit>(&page, QStringLiteral("pinRepeatLineEdit"))->setText(QStringLiteral("1234"));
        QSignalSpy enrolled(&page, &EnrolmentPage::enrolled);
        QTest::mouseClick(enrol, Qt::LeftButton);
        QCOMPARE(error->text(), QStringLiteral("The server cannot be reached. Check the address and the network."));
        QCOMPARE(enrolled.count(), 0);
        QVERIFY(!KioskConfig::load(f.service().database())->isEnrolled());
        // The PINs are not kept in the fields after an attempt.
        QVERIFY(child<QLineEdit>(&page, QStringLiteral("pinLineEdit"))->text().isEmpty());
    }

    void testStaffScreens()
    {
        Kiosk k;
        QVERIFY(k.setUp(3, slowTiming()));
        k.window->setWaiting(2);
        k.window->setSyncText(QStringLiteral("No network: applications are kept safely on this kiosk and sent when "
                                             "the network is back."));
        QTest::mouseClick(child<QPushButton>(k.window.get(), QStringLiteral("staffButton")), Qt::LeftButton);
        snapshotBoth(k, QStringLiteral("pin"));
    }
};

QTEST_MAIN(TestKioskFlow)
#include "TestKioskFlow.moc"
