// SPDX-License-Identifier: GPL-3.0-or-later
// The shelter's public adoption page from the desktop, against the real server binary: the
// Adoption window shows the page's whole address (Copy, Open), an admin changes it (a taken one is
// refused, the old address stops working), the address read before stays when the server is out
// of reach; kennel cards printed through the tag dialog carry the adoptable animal's adoption link
// (read by ZXing and by zbar), which the server redirects to the animal's page.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"
#include "SyncRound.h"
#include "TestServer.h"

#include "gui/AdoptionActions.h"
#include "gui/AdoptionWindow.h"
#include "gui/MainWindow.h"
#include "gui/PublicPageBox.h"
#include "gui/SyncController.h"
#include "gui/TagPrintDialog.h"
#include "gui/Translations.h"
#include "petinfo/report/QrDecoder.h"
#include "services/AdoptionService.h"
#include "services/OrganisationService.h"
#include "services/PetService.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::fastTiming;
using petinfo::test::syncNow;
using petinfo::test::TestServer;

namespace {

const QString kEmail = QStringLiteral("coordinacion@refugio.example");
const QString kPassword = QStringLiteral("correct horse battery");

/** An HTTP answer, redirects not followed. */
struct HttpAnswer
{
    int status = 0;
    QString location;
    QString body;
};

HttpAnswer httpGet(const QUrl& url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QString::fromUtf8(reply->rawHeader("Location")), QString::fromUtf8(reply->readAll())};
    reply->deleteLater();
    return answer;
}

/** The same address on the test server: printed codes carry the public address, which the test
 *  cannot reach; the path is what the server answers. */
QUrl onServer(const TestServer& server, const QString& printed)
{
    QUrl url = server.url();
    url.setPath(QUrl(printed).path());
    return url;
}

/** The QR codes on every page of a PDF, rasterised by poppler: read by ZXing (ours) and by zbar. */
struct PageCodes
{
    QStringList zxing;
    QStringList zbar;
};

PageCodes decodePdf(const QString& pdf, const QString& workDir)
{
    PageCodes codes;
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), pdf,
                                              QDir(workDir).filePath(QStringLiteral("card"))});
    if (!render.waitForFinished(60000) || render.exitCode() != 0) {
        return codes;
    }
    for (const QString& png : QDir(workDir).entryList({QStringLiteral("card*.png")}, QDir::Files, QDir::Name)) {
        const QString path = QDir(workDir).filePath(png);
        for (const report::DecodedQr& code : report::decodeQrCodes(QImage(path))) {
            codes.zxing << code.text;
        }
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), path});
        zbar.waitForFinished(60000);
        for (const QString& line : QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                codes.zbar << line.trimmed();
            }
        }
    }
    return codes;
}

} // namespace

class TestAdoptionPublicPage final : public QObject
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

    void testPublicPageAndAdoptionCards()
    {
        TestServer server(TestServer::Options{{},
                                              {{QStringLiteral("auth.tokenCacheMilliseconds"), QStringLiteral("0")},
                                               {QStringLiteral("sync.versionCacheMilliseconds"), QStringLiteral("0")}},
                                              {}});
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Refugio Patitas")));
        // Another shelter on the same server, whose address is taken.
        QVERIFY(server.signUp(QStringLiteral("otro@refugio.example"), kPassword, QStringLiteral("Otro Refugio")));

        test::ServiceFixture f;
        QVERIFY(f.setUp());
        const QDate today = QDate::currentDate();
        const Date day{today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day())};
        f.clock().setToday(day);
        const QString pet = f.addPet(QStringLiteral("Manchitas"));
        const QString inCare = f.addPet(QStringLiteral("Rocco"));
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString(), fastTiming());
        sync.attach(&window);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.adoption().addToWorkflow(pet, AdoptionStatus::Adoptable, day));
        QVERIFY(window.adoption().addToWorkflow(inCare, AdoptionStatus::InCare, day));

        // Not signed in: there is no public page, and nothing says otherwise.
        AdoptionWindow* adoption = window.adoptionActions()->showAnimals();
        QVERIFY(QTest::qWaitForWindowExposed(adoption));
        QVERIFY(!adoption->publicPage()->isVisible());
        adoption->close();
        QTRY_VERIFY(!window.findChild<AdoptionWindow*>());

        SigninRequest request;
        request.email = kEmail;
        request.password = kPassword;
        request.deviceName = QStringLiteral("Recepción");
        QVERIFY(sync.signIn(server.url(), request).hasValue());
        QVERIFY(syncNow(sync));

        // The Adoption window shows the page's whole address, with Copy and Open.
        adoption = window.adoptionActions()->showAnimals();
        QVERIFY(QTest::qWaitForWindowExposed(adoption));
        PublicPageBox* box = adoption->publicPage();
        QVERIFY(box->isVisible());
        auto* address = child<QLineEdit>(box, "publicPageLineEdit");
        const QString page = server.url().toString() + QStringLiteral("/adopt/refugio-patitas");
        QTRY_COMPARE(address->text(), page);
        QVERIFY(address->isVisible() && address->isReadOnly());
        QVERIFY(!child<QLabel>(box, "publicPageProblemLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>(box, "copyLinkButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), page);
        QList<QUrl> opened;
        box->setUrlOpener([&](const QUrl& url) {
            opened << url;
            return true;
        });
        QTest::mouseClick(child<QPushButton>(box, "openLinkButton"), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl(page)});
        const HttpAnswer list = httpGet(QUrl(page));
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.contains(QStringLiteral("Manchitas")));
        QVERIFY(!list.body.contains(QStringLiteral("Rocco"))); // in care, not up for adoption
        test::snapshot(adoption, QStringLiteral("adoption-public-page-link"));

        // An admin chooses another address: the whole new address shows as it is typed; a taken
        // one is refused in plain words; the old address stops working.
        auto* slugDialog = qobject_cast<PublicSlugDialog*>(box->changeAddress());
        QVERIFY(slugDialog);
        QVERIFY(QTest::qWaitForWindowExposed(slugDialog));
        auto* slug = child<QLineEdit>(slugDialog, "slugLineEdit");
        auto* save = child<QPushButton>(slugDialog, "okButton");
        QCOMPARE(slug->text(), QStringLiteral("refugio-patitas"));
        QVERIFY(!save->isEnabled()); // unchanged
        slug->selectAll();
        QTest::keyClicks(slug, QStringLiteral("ABC def")); // upper case and spaces cannot be typed
        QCOMPARE(slug->text(), QStringLiteral("def"));
        slug->clear();
        QTest::keyClicks(slug, QStringLiteral("otro-refugio"));
        QCOMPARE(child<QLabel>(slugDialog, "addressPreviewLabel")->text(),
                 server.url().toString() + QStringLiteral("/adopt/otro-refugio"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!child<QLabel>(slugDialog, "errorLabel")->text().isEmpty());
        QVERIFY2(child<QLabel>(slugDialog, "errorLabel")->text().contains(QStringLiteral("Another organisation")),
                 qPrintable(child<QLabel>(slugDialog, "errorLabel")->text()));
        QVERIFY(slugDialog->isVisible());
        slug->clear();
        QTest::keyClicks(slug, QStringLiteral("patitas-"));
        QVERIFY(!save->isEnabled()); // a dash at the end
        QTest::keyClicks(slug, QStringLiteral("felices"));
        test::snapshot(slugDialog, QStringLiteral("adoption-public-page-address-dialog"));
        QPointer<PublicSlugDialog> closing(slugDialog);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!closing);
        const QString moved = server.url().toString() + QStringLiteral("/adopt/patitas-felices");
        QTRY_COMPARE(address->text(), moved);
        QCOMPARE(window.adoptionActions()->organisation().publicSlug(), QStringLiteral("patitas-felices"));
        QCOMPARE(httpGet(QUrl(page)).status, 404);
        QCOMPARE(httpGet(QUrl(moved)).status, 200);

        // Kennel cards: the adoptable animal's code opens its adoption page, the other's its tag.
        const QString base = QStringLiteral("https://refugio-patitas.example");
        TagPrintDialog tags(f.service(), &window.adoption(), m_prompts, {pet, inCare});
        tags.setAddressCheck([](const QString&) { return QString(); });
        tags.setBaseUrl(base);
        tags.setLayoutId(QStringLiteral("kennel-card-a6"));
        QCOMPARE(tags.adoptablePets(), QSet<QString>{pet});
        auto* codes = child<QCheckBox>(&tags, "adoptionCodesCheckBox");
        QVERIFY(codes->isVisibleTo(&tags) && codes->isEnabled() && codes->isChecked());
        tags.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tags));
        QTRY_VERIFY_WITH_TIMEOUT(!tags.isBusy(), 30000);
        const QString summary = child<QLabel>(&tags, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("open the animal's adoption page")), qPrintable(summary));
        test::snapshot(&tags, QStringLiteral("adoption-kennel-card-dialog"));
        const QString cards = m_dir.filePath(QStringLiteral("cards.pdf"));
        QVERIFY(tags.saveTo(cards));
        QTemporaryDir pages;
        const PageCodes read = decodePdf(cards, pages.path());
        const QString adoptUrl = base + QStringLiteral("/adopt/pet/") + pet;
        const QString tagUrl =
            base + QStringLiteral("/t/") + QString::fromStdString(f.service().loadPet(inCare)->pet.tagId);
        QCOMPARE(read.zxing, (QStringList{adoptUrl, tagUrl}));
        QCOMPARE(read.zbar, (QStringList{adoptUrl, tagUrl}));
        if (!qEnvironmentVariable("PETINFO_SCREENSHOT_DIR").isEmpty()) {
            const QString shot = QDir(qEnvironmentVariable("PETINFO_SCREENSHOT_DIR"))
                                     .filePath(QStringLiteral("adoption-kennel-card.png"));
            QFile::remove(shot); // copy() never overwrites
            QFile::copy(QDir(pages.path()).filePath(QStringLiteral("card-1.png")), shot);
        }
        // What a visitor's phone gets: a redirect to the animal's page under today's address.
        const HttpAnswer scanned = httpGet(onServer(server, adoptUrl));
        QCOMPARE(scanned.status, 302);
        QCOMPARE(scanned.location, QStringLiteral("/adopt/patitas-felices/") + pet);
        const HttpAnswer animal = httpGet(onServer(server, scanned.location));
        QCOMPARE(animal.status, 200);
        QVERIFY(animal.body.contains(QStringLiteral("Manchitas")));
        QCOMPARE(httpGet(onServer(server, base + QStringLiteral("/adopt/pet/") + inCare)).status, 404);
        // Unticked, every card carries its tag.
        codes->setChecked(false);
        for (const report::TagItem& item : tags.job().items) {
            QVERIFY(!item.adoptionPage);
        }
        tags.close();

        // Another window while the server cannot be reached: the address read before still shows.
        server.stop();
        adoption->close();
        QTRY_VERIFY(!window.findChild<AdoptionWindow*>());
        adoption = window.adoptionActions()->showAnimals();
        box = adoption->publicPage();
        QSignalSpy reads(box, &PublicPageBox::refreshed);
        QVERIFY(QTest::qWaitForWindowExposed(adoption));
        address = child<QLineEdit>(box, "publicPageLineEdit");
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, 20000);
        QCOMPARE(reads[0][0].toBool(), false);
        // (Under the public address typed for the cards, which Preferences now keeps.)
        QCOMPARE(address->text(), base + QStringLiteral("/adopt/patitas-felices"));
        QVERIFY(address->isVisible() && !child<QLabel>(box, "publicPageProblemLabel")->isVisible());
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAdoptionPublicPage)
#include "TestAdoptionPublicPage.moc"
