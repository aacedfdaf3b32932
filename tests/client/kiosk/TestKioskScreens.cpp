// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's screens in one language (PETINFO_TEST_LANGUAGE: en, es, pt_BR, or pseudo for the
// pseudo-translation; the ctest names client.kiosk.Screens.<language>), at 1280x800 and 1920x1080:
// the gallery and its filters, an animal's page, the application form with its problems and the
// signature, the thank-you screen, the staff PIN (wrong, locked) and staff screens, enrolment. On
// each, no label, button or wrapped text is cut off, and in the pseudo run nothing is left
// untranslated; money goes through the locale. With PETINFO_SCREENSHOT_DIR set each screen is saved
// as kiosk-<language>-<screen>-<size>.png for a person to look at.
#include "ScreenChecks.h"
#include "Screenshots.h"
#include "ServiceFixture.h"
#include "ShelterSeed.h"

#include "billing/Money.h"
#include "gui/SignaturePad.h"
#include "kiosk/AdoptionFlow.h"
#include "kiosk/AnimalModel.h"
#include "kiosk/AnimalPage.h"
#include "kiosk/ApplicationForm.h"
#include "kiosk/EnrolmentPage.h"
#include "kiosk/GalleryPage.h"
#include "kiosk/KioskController.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PhotoCache.h"
#include "kiosk/PinPage.h"
#include "kiosk/StaffPin.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

namespace {

constexpr char kPin[] = "2468";

template <typename T>
T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

bool isPseudo()
{
    return test::testLanguage() == QLatin1String("pseudo");
}

bool pseudoMarked(const QString& text)
{
    return text.contains(QChar(0x27E6));
}

/** Under the pseudo-translation, the kiosk's own headings and messages (labels no form row names),
 *  the choices of its lists and what the cards say about each animal (age, sex, size, answers, fee)
 *  must be marked too; the animals' names and stories are data. */
QStringList untranslatedKioskTexts(QWidget* root)
{
    static const QStringList labels{"countLabel",          "noMatchLabel",        "feeLabel",
                                    "formTitleLabel",      "formIntroLabel",      "consentTextLabel",
                                    "signHereLabel",       "thankYouTitleLabel",  "thankYouTextLabel",
                                    "pinTitleLabel",       "pinIntroLabel",       "pinMessageLabel",
                                    "staffTitleLabel",     "staffWaitingLabel",   "staffSyncLabel",
                                    "waitingLabel",        "enrolmentTitleLabel", "enrolmentIntroLabel",
                                    "enrolmentErrorLabel", "slideHintLabel"};
    QStringList problems;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        const bool issue = label->objectName().endsWith(QLatin1String("IssueLabel"));
        if (label->isVisibleTo(root) && !label->text().isEmpty() && (issue || labels.contains(label->objectName())) &&
            !pseudoMarked(label->text())) {
            problems << QStringLiteral("%1 \"%2\" is not translated").arg(label->objectName(), label->text());
        }
    }
    for (const QComboBox* box : root->findChildren<QComboBox*>()) {
        for (int i = 0; box->isVisibleTo(root) && i < box->count(); ++i) {
            if (!pseudoMarked(box->itemText(i))) {
                problems << QStringLiteral("%1 \"%2\" is not translated").arg(box->objectName(), box->itemText(i));
            }
        }
    }
    if (auto* gallery = root->findChild<GalleryPage*>(); gallery && gallery->isVisibleTo(root)) {
        const QAbstractItemModel* cards = gallery->view()->model();
        for (int row = 0; row < cards->rowCount(); ++row) {
            const QModelIndex card = cards->index(row, 0);
            QStringList texts = card.data(AnimalModel::BadgesRole).toStringList();
            texts << card.data(AnimalModel::FeeRole).toString();
            // "2 years · Female · Medium": the age, sex and size each translated.
            texts << card.data(AnimalModel::FactsRole).toString().split(QStringLiteral(" · "));
            for (const QString& text : texts) {
                if (!text.isEmpty() && !pseudoMarked(text)) {
                    problems << QStringLiteral("card \"%1\" is not translated").arg(text);
                }
            }
        }
    }
    return problems;
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

} // namespace

/** look() and stop the test at its first problem (a helper's QVERIFY only leaves the helper). */
#define LOOK(...)                                                                                                      \
    do {                                                                                                               \
        look(__VA_ARGS__);                                                                                             \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

class TestKioskScreens final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    std::unique_ptr<KioskWindow> m_window;
    std::unique_ptr<AdoptionFlow> m_flow;

    /** Saves and checks `widget` at both kiosk screen sizes, ending at 1280x800. */
    void look(QWidget* widget, const QString& screen, const std::function<void()>& atEachSize = {})
    {
        for (QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
            widget->resize(size);
            QVERIFY(QTest::qWaitForWindowExposed(widget));
            QApplication::processEvents();
            if (m_flow) {
                m_flow->cardPhotos().waitForDecodes();
            }
            if (atEachSize) {
                atEachSize();
            }
            QApplication::processEvents();
            const QString name = QStringLiteral("kiosk-%1-%2-%3x%4")
                                     .arg(test::testLanguage(), screen)
                                     .arg(size.width())
                                     .arg(size.height());
            test::snapshot(widget, name);
            QStringList problems = test::clippedTexts(widget);
            if (isPseudo()) {
                problems += test::untranslatedTexts(widget) + untranslatedKioskTexts(widget);
            }
            QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        }
    }

    void click(const char* name)
    {
        auto* button = child<QPushButton>(m_window.get(), name);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void typePin(const char* pin)
    {
        for (const char* c = pin; *c; ++c) {
            click(QStringLiteral("key%1Button").arg(*c).toLatin1().constData());
        }
        click("unlockButton");
        auto* page = child<PinPage>(m_window.get(), "pinPage");
        QTRY_VERIFY(!page->isChecking());
        QApplication::processEvents(); // the watcher's finished() is queued
    }

    void clickCard(int row)
    {
        QListView* view = m_flow->gallery()->view();
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(test::installTestLanguage(test::testLanguage()), qPrintable(test::testLanguage()));
    }

    void init()
    {
        QVERIFY(m_f.setUp());
        QCOMPARE(test::seedKioskGallery(m_f.service().database(), m_f.clock(), 12, 3).size(), 12);
        KioskTiming timing;
        timing.idleResetMs = 600'000; // nothing happens by itself
        timing.slideshowAfterMs = 600'000;
        timing.thankYouMs = 600'000;
        m_window =
            std::make_unique<KioskWindow>(StaffPin::hash(SecureBytes(QByteArrayView(kPin)), 1000), m_f.clock(), timing);
        m_window->setTitle(QStringLiteral("Refugio Patitas · Feria de adopción"));
        m_flow = std::make_unique<AdoptionFlow>(*m_window, m_f.service().database(), m_f.clock(),
                                                QStringLiteral("Feria de adopción"));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_flow.reset();
        m_window.reset();
    }

    void testGallery()
    {
        LOOK(m_window.get(), QStringLiteral("gallery"));
        // A "no" answer is painted as one in every language, whatever its words begin with.
        QListView* view = m_flow->gallery()->view();
        const QColor noBadge(0xf6, 0xe0, 0xe0);
        bool checked = false;
        for (int row = 0; row < view->model()->rowCount() && !checked; ++row) {
            const QModelIndex card = view->model()->index(row, 0);
            const auto positive = card.data(AnimalModel::BadgesPositiveRole).value<QList<bool>>();
            if (positive.isEmpty() || positive.first()) {
                continue;
            }
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = QRect(QPoint(0, 0), view->gridSize());
            QImage image(option.rect.size(), QImage::Format_RGB32);
            image.fill(Qt::black);
            QPainter painter(&image);
            view->itemDelegate()->paint(&painter, option, card);
            painter.end();
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y) {
                for (int x = 0; x < image.width() && !painted; ++x) {
                    painted = image.pixelColor(x, y) == noBadge;
                }
            }
            QVERIFY2(painted, qPrintable(card.data(AnimalModel::BadgesRole).toStringList().join(QLatin1Char(','))));
            checked = true;
        }
        QVERIFY(checked);
        click("dogsButton");
        click("goodWithChildrenButton");
        QVERIFY(m_flow->gallery()->view()->model()->rowCount() > 0);
        LOOK(m_window.get(), QStringLiteral("filters"));
        click("otherSpeciesButton");
        click("goodWithCatsButton");
        click("goodWithDogsButton");
        QCOMPARE(m_flow->gallery()->view()->model()->rowCount(), 0);
        LOOK(m_window.get(), QStringLiteral("no-match"));
    }

    void testAnimalPage()
    {
        // An animal with a fee in pesos: money as the locale writes it ("$ 5.000,00" in Argentina,
        // "ARS 5.000,00" in Brazil, "ARS 5,000.00" in English).
        const QString money = formatMoney(500000, QStringLiteral("ARS"), 2);
        const QAbstractItemModel* cards = m_flow->gallery()->view()->model();
        int row = 0;
        while (row < cards->rowCount() && !cards->index(row, 0).data(AnimalModel::FeeRole).toString().contains(money)) {
            ++row;
        }
        QVERIFY2(row < cards->rowCount(), qPrintable(cards->index(1, 0).data(AnimalModel::FeeRole).toString()));
        clickCard(row);
        auto* page = child<AnimalPage>(m_window.get(), "animalPage");
        QCOMPARE(m_window->currentPage(), page);
        QVERIFY2(child<QLabel>(page, "feeLabel")->text().contains(money), qPrintable(money));
        LOOK(m_window.get(), QStringLiteral("animal"));
    }

    void testApplicationForm()
    {
        clickCard(0);
        click("meetButton");
        ApplicationForm* form = m_flow->form();
        QVERIFY(form);
        LOOK(m_window.get(), QStringLiteral("form"));
        // Sent empty: what is missing, next to each field.
        QTest::mouseClick(child<QPushButton>(form, "sendButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(form, "applicantNameIssueLabel")->isHidden());
        auto* scroll = child<QScrollArea>(form, "formScrollArea");
        LOOK(m_window.get(), QStringLiteral("form-problems"),
             [scroll, form] { scroll->ensureWidgetVisible(child<QLineEdit>(form, "nameLineEdit"), 50, 120); });
        QTest::keyClicks(child<QLineEdit>(form, "emailLineEdit"), QStringLiteral("ana@"));
        QTest::keyClicks(child<QLineEdit>(form, "childrenAgesLineEdit"), QStringLiteral("x"));
        QTest::mouseClick(child<QPushButton>(form, "sendButton"), Qt::LeftButton);
        LOOK(m_window.get(), QStringLiteral("form-more-problems"),
             [scroll, form] { scroll->ensureWidgetVisible(child<QLineEdit>(form, "emailLineEdit"), 50, 120); });
        // The end of the form: the consent text, its box, the signature and Send.
        sign(child<SignaturePad>(form, "signaturePad"));
        LOOK(m_window.get(), QStringLiteral("form-signature"),
             [scroll, form] { scroll->ensureWidgetVisible(child<QPushButton>(form, "sendButton")); });

        child<QLineEdit>(form, "nameLineEdit")->setText(QStringLiteral("Ana Gómez"));
        child<QLineEdit>(form, "emailLineEdit")->setText(QStringLiteral("ana@example.com"));
        child<QLineEdit>(form, "childrenAgesLineEdit")->clear();
        QTest::mouseClick(child<QCheckBox>(form, "consentCheckBox"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(form, "sendButton"), Qt::LeftButton);
        QCOMPARE(m_window->currentPage()->objectName(), QStringLiteral("thankYouPage"));
        LOOK(m_window.get(), QStringLiteral("thank-you"));
    }

    void testStaffScreens()
    {
        m_window->setWaiting(2);
        SyncStatus offline;
        offline.state = SyncStatus::State::Offline;
        m_window->setSyncText(kioskSyncText(offline));
        click("staffButton");
        LOOK(m_window.get(), QStringLiteral("pin"));
        typePin("1111");
        QVERIFY(!child<QLabel>(m_window.get(), "pinMessageLabel")->text().isEmpty());
        LOOK(m_window.get(), QStringLiteral("pin-wrong"));
        for (int i = 1; i < PinGuard::kMaxTries; ++i) {
            typePin("1111");
        }
        QVERIFY(!child<QPushButton>(m_window.get(), "unlockButton")->isEnabled());
        LOOK(m_window.get(), QStringLiteral("pin-locked"));
        m_f.clock().advanceMs(PinGuard::kLockMs);
        child<PinPage>(m_window.get(), "pinPage")->reset(); // as the countdown would, a moment later
        QVERIFY(child<QPushButton>(m_window.get(), "unlockButton")->isEnabled());
        typePin(kPin);
        QCOMPARE(m_window->currentPage()->objectName(), QStringLiteral("staffPage"));
        LOOK(m_window.get(), QStringLiteral("staff"));
    }

    void testEnrolment()
    {
        EnrolmentPage page(m_f.database().file, m_f.database().secrets, QStringLiteral("https://sync.example.org"));
        page.setPinIterations(1000);
        page.show();
        QTest::keyClicks(child<QLineEdit>(&page, "tokenLineEdit"), QStringLiteral("pit_abc"));
        QTest::keyClicks(child<QLineEdit>(&page, "pinLineEdit"), QStringLiteral("1234"));
        QTest::keyClicks(child<QLineEdit>(&page, "pinRepeatLineEdit"), QStringLiteral("1243"));
        QTest::mouseClick(child<QPushButton>(&page, "enrolButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&page, "enrolmentErrorLabel")->text().isEmpty());
        LOOK(&page, QStringLiteral("enrolment"));
    }
};

QTEST_MAIN(TestKioskScreens)
#include "TestKioskScreens.moc"
