// SPDX-License-Identifier: GPL-3.0-or-later
// Organisation > Plan and billing against the real server binary (its clock moved through
// debug.clockFile) and the fakes of MercadoPago and Stripe in a process of their own: the screen
// signed out, on the free plan, with a checkout pending (its QR code read back), paid through
// each provider from the app's Upgrade to the plan active in the app (the fake pays at the URL
// the app opened and sends the signed webhook), refused, expired, refunded and with the server
// gone; and a payment's receipt PDF rasterised and read back.
#include "FakePaymentsProcess.h"
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"
#include "TestServer.h"

#include "billing/BillingService.h"
#include "billing/PaymentListModel.h"
#include "gui/BillingActions.h"
#include "gui/BillingDialog.h"
#include "gui/MainWindow.h"
#include "gui/SyncController.h"
#include "gui/Translations.h"
#include "petinfo/report/QrDecoder.h"
#include "sync/SyncStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;
using petinfo::test::FakePaymentsProcess;
using petinfo::test::TestServer;

namespace {

const QString kEmail = QStringLiteral("admin@clinica.example");
const QString kPassword = QStringLiteral("correct horse battery");
constexpr qint64 kHour = 3600 * 1000;

/** pdftotext writes the amount's no-break space as it is; compare with plain spaces. */
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

class TestBilling final : public QObject
{
    Q_OBJECT

    test::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;
    QString m_clockFile;
    qint64 m_serverTime = 0;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no child %s", name);
        }
        return found;
    }

    bool setServerTime(qint64 ms)
    {
        m_serverTime = ms;
        QFile file(m_clockFile + QStringLiteral(".tmp"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return false;
        }
        file.write(QByteArray::number(ms) + '\n');
        file.close();
        QFile::remove(m_clockFile);
        return QFile::rename(m_clockFile + QStringLiteral(".tmp"), m_clockFile);
    }

    static QString checkoutState(BillingDialog* dialog)
    {
        return child<QLabel>(dialog, "checkoutStateLabel")->property("checkoutState").toString();
    }

    static QString text(BillingDialog* dialog, const char* label) { return child<QLabel>(dialog, label)->text(); }

    static QString cell(QAbstractItemModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    /** Signed in, nothing waiting to be sent, and a sync finished. */
    static bool allSent(test::ServiceFixture& f, SyncController& sync)
    {
        const SyncStatus s = sync.engine().status();
        auto waiting = SyncStore(f.service().database()).outboxCount();
        return s.state == SyncStatus::State::Idle && s.lastSyncedAtMs > 0 && s.pendingChanges == 0 && waiting &&
               *waiting == 0;
    }

    /** The receipt of the selected payment saved, rasterised (saved as a screenshot) and read. */
    QString saveReceipt(BillingDialog* dialog, const QString& name)
    {
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        m_prompts.saveFiles = {pdf};
        QTest::mouseClick(child<QPushButton>(dialog, "receiptButton"), Qt::LeftButton);
        if (!m_prompts.errors.isEmpty() || !QFile::exists(pdf)) {
            return {};
        }
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                                  QStringLiteral("-singlefile"), pdf, m_dir.filePath(name)});
        if (!render.waitForFinished(60000) || render.exitCode() != 0) {
            return {};
        }
        const QImage page(m_dir.filePath(name + QStringLiteral(".png")));
        const int ink = page.isNull() ? 0 : darkPixels(page);
        if (ink < 2000 || ink > page.width() * page.height() / 5) {
            return {};
        }
        if (const QString shots = qEnvironmentVariable("PETINFO_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            page.save(QDir(shots).filePath(name + QStringLiteral(".png")));
        }
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0) {
            return {};
        }
        return plainSpaces(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    }

    /** Ink on a rendered page: pixels clearly darker than white. */
    static int darkPixels(const QImage& image)
    {
        int dark = 0;
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < grey.height(); ++y) {
            const uchar* line = grey.constScanLine(y);
            for (int x = 0; x < grey.width(); ++x) {
                dark += line[x] < 128 ? 1 : 0;
            }
        }
        return dark;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        QVERIFY(m_dir.isValid());
        m_clockFile = m_dir.filePath(QStringLiteral("clock"));
    }

    void init() { m_prompts.reset(); }

    void testPlanAndBillingFromUpgradeToReceipt()
    {
        FakePaymentsProcess fake;
        QVERIFY(fake.start());
        QVERIFY(setServerTime(QDateTime::currentMSecsSinceEpoch()));
        QMap<QString, QString> config = fake.serverConfig();
        config.insert(QStringLiteral("debug.clockFile"), m_clockFile);
        config.insert(QStringLiteral("jobs.pollMilliseconds"), QStringLiteral("50"));
        config.insert(QStringLiteral("auth.tokenCacheMilliseconds"), QStringLiteral("0"));
        TestServer server(TestServer::Options{{}, config, {}});
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Clínica Zanahoria")));

        test::ServiceFixture f;
        QVERIFY(f.setUp());
        f.clock().advanceMs(QDateTime::currentMSecsSinceEpoch() - f.clock().nowMs());
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString());
        sync.attach(&window);
        window.show();
        BillingActions* actions = window.billingActions();
        QVERIFY(window.findChild<QMenu*>(QStringLiteral("organisationMenu")));
        actions->billing().setPollInterval(150);

        // Signed out: the screen says so and offers nothing to buy.
        BillingDialog* dialog = actions->showBilling();
        QVERIFY(text(dialog, "noticeLabel").contains(QStringLiteral("not signed in")));
        QVERIFY(!child<QPushButton>(dialog, "upgradeButton")->isEnabled());
        test::snapshot(dialog, QStringLiteral("billing-not-signed-in"));
        dialog->close();

        SigninRequest request;
        request.email = kEmail;
        request.password = kPassword;
        request.deviceName = QStringLiteral("Recepción");
        QVERIFY(sync.signIn(server.url(), request).hasValue());

        // The free plan: its limits, the devices in use, what each plan allows and costs.
        QPointer<BillingDialog> open = actions->showBilling();
        dialog = open;
        QStringList opened;
        dialog->setUrlOpener([&opened](const QUrl& url) {
            opened << url.toString();
            return true;
        });
        QAbstractItemModelTester paymentsTester(dialog->payments());
        QTRY_COMPARE(text(dialog, "planNameLabel"), QStringLiteral("Free"));
        QVERIFY(text(dialog, "noticeLabel").isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("Devices: \\d of 2 · Kiosks: 0 of 0 · WhatsApp reminders: not "
                                                   "included"))
                     .match(text(dialog, "usageLabel"))
                     .hasMatch(),
                 qPrintable(text(dialog, "usageLabel")));
        auto* plans = child<QTableWidget>(dialog, "plansTableWidget");
        QCOMPARE(plans->rowCount(), 3);
        QCOMPARE(plans->item(0, 0)->text(), QStringLiteral("Free (current)"));
        QCOMPARE(plans->item(1, 1)->text(), QStringLiteral("10"));
        QCOMPARE(plans->item(1, 3)->text(), QStringLiteral("Yes"));
        auto* currency = child<QComboBox>(dialog, "currencyComboBox");
        QCOMPARE(currency->count(), 3); // CLP, MXN, USD: the currencies the plans are priced in
        QVERIFY(dialog->choose(QStringLiteral("clinic-monthly"), QStringLiteral("MXN")));
        QCOMPARE(plans->item(1, 4)->text(), QStringLiteral("MXN\u00A0499.00 a month"));
        QCOMPARE(plans->item(2, 4)->text(), QStringLiteral("MXN\u00A04,990.00 a year"));
        currency->setCurrentIndex(currency->findData(QStringLiteral("CLP")));
        QCOMPARE(plans->item(1, 4)->text(), QStringLiteral("not sold in CLP"));
        QCOMPARE(plans->item(2, 4)->text(), QStringLiteral("CLP\u00A0290,000 a year")); // no decimals
        QVERIFY(!child<QPushButton>(dialog, "upgradeButton")->isEnabled());
        QVERIFY(dialog->choose(QStringLiteral("clinic-monthly"), QStringLiteral("MXN")));
        QVERIFY(child<QPushButton>(dialog, "upgradeButton")->isEnabled());
        test::snapshot(dialog, QStringLiteral("billing-free"));

        // Upgrade through MercadoPago: the page opens in the browser and shows as a QR code.
        QTest::mouseClick(child<QPushButton>(dialog, "upgradeButton"), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QVERIFY2(opened[0].contains(QStringLiteral("pref_id=")), qPrintable(opened[0]));
        QCOMPARE(checkoutState(dialog), QStringLiteral("pending"));
        QVERIFY(text(dialog, "checkoutStateLabel").contains(QStringLiteral("Waiting for the payment")));
        QVERIFY(text(dialog, "checkoutStateLabel").contains(QStringLiteral("MXN\u00A0499.00")));
        QVERIFY(!child<QPushButton>(dialog, "upgradeButton")->isEnabled()); // one checkout at a time
        const auto codes =
            report::decodeQrCodes(child<QLabel>(dialog, "qrLabel")->pixmap().toImage(), report::DecodeOptions{});
        QCOMPARE(codes.size(), std::size_t{1});
        QCOMPARE(codes[0].text, opened[0]);
        QTest::qWait(400); // a few polls: still pending, nothing changes by itself
        QCOMPARE(checkoutState(dialog), QStringLiteral("pending"));
        QCOMPARE(text(dialog, "planNameLabel"), QStringLiteral("Free"));
        test::snapshot(dialog, QStringLiteral("billing-checkout-pending"));

        // The fake takes the payment at that page and MercadoPago notifies the server.
        QVERIFY(setServerTime(QDateTime::currentMSecsSinceEpoch()));
        const nlohmann::json paid = fake.pay(server.port(), opened[0]);
        QVERIFY2(paid.value("status", 0) == 200, paid.dump().c_str());
        QTRY_VERIFY2_WITH_TIMEOUT(checkoutState(dialog) == QLatin1String("paid"), qPrintable(server.log().right(3000)),
                                  15000);
        QTRY_COMPARE(text(dialog, "planNameLabel"), QStringLiteral("Clinic monthly"));
        QVERIFY2(text(dialog, "planStateLabel").startsWith(QStringLiteral("Paid until")),
                 qPrintable(text(dialog, "planStateLabel")));
        QVERIFY(text(dialog, "usageLabel")
                    .contains(QStringLiteral("of 10 · Kiosks: 0 of 2 · WhatsApp reminders: "
                                             "included")));
        QVERIFY(child<QLabel>(dialog, "qrLabel")->isHidden());
        QAbstractItemModel* payments = dialog->payments();
        QCOMPARE(payments->rowCount(), 1);
        QCOMPARE(cell(payments, 0, PaymentListModel::Amount), QStringLiteral("MXN\u00A0499.00"));
        QCOMPARE(cell(payments, 0, PaymentListModel::Provider), QStringLiteral("MercadoPago"));
        QCOMPARE(cell(payments, 0, PaymentListModel::State), QStringLiteral("Paid"));
        QCOMPARE(payments->index(0, 0).data(PaymentListModel::AmountMinorRole).toLongLong(), 49900);
        QCOMPARE(child<QPushButton>(dialog, "upgradeButton")->text(), QStringLiteral("Pay &Again…"));
        test::snapshot(dialog, QStringLiteral("billing-paid-mercadopago"));

        // The payment's receipt: a PDF with ink on it and the amount in it.
        auto* table = child<QTableView>(dialog, "paymentsTableView");
        QVERIFY(!child<QPushButton>(dialog, "receiptButton")->isEnabled());
        table->selectRow(0);
        QVERIFY(child<QPushButton>(dialog, "receiptButton")->isEnabled());
        const QString receipt = m_dir.filePath(QStringLiteral("receipt.pdf"));
        m_prompts.saveFiles = {receipt};
        QTest::mouseClick(child<QPushButton>(dialog, "receiptButton"), Qt::LeftButton);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(receipt));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                      QStringLiteral("-singlefile"), receipt, m_dir.filePath(QStringLiteral("receipt"))});
        QVERIFY(render.waitForFinished(60000) && render.exitCode() == 0);
        const QImage page(m_dir.filePath(QStringLiteral("receipt.png")));
        QVERIFY(!page.isNull());
        const int ink = darkPixels(page);
        QVERIFY2(ink > 2000 && ink < page.width() * page.height() / 5, qPrintable(QString::number(ink)));
        if (const QString shots = qEnvironmentVariable("PETINFO_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            page.save(QDir(shots).filePath(QStringLiteral("billing-receipt.png")));
        }
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), receipt, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0);
        const QString receiptText = plainSpaces(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        QVERIFY2(receiptText.contains(QStringLiteral("MXN 499.00")), qPrintable(receiptText));
        QVERIFY(receiptText.contains(QStringLiteral("Payment receipt")));
        QVERIFY(receiptText.contains(QStringLiteral("Clínica Zanahoria")));
        QVERIFY(receiptText.contains(QStringLiteral("Clinic monthly")));
        QVERIFY(receiptText.contains(QString::fromStdString(paid.value("payment", ""))));

        // A card MercadoPago refuses: the checkout fails, the plan stays.
        QVERIFY(dialog->choose(QStringLiteral("clinic-yearly"), QStringLiteral("MXN")));
        QVERIFY(dialog->upgrade());
        QCOMPARE(opened.size(), 2);
        QVERIFY(setServerTime(QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(fake.pay(server.port(), opened[1], QStringLiteral("rejected")).value("status", 0), 200);
        QTRY_COMPARE_WITH_TIMEOUT(checkoutState(dialog), QStringLiteral("failed"), 15000);
        QVERIFY(text(dialog, "checkoutStateLabel").contains(QStringLiteral("did not go through")));
        QCOMPARE(text(dialog, "planNameLabel"), QStringLiteral("Clinic monthly"));
        QCOMPARE(payments->rowCount(), 1);
        test::snapshot(dialog, QStringLiteral("billing-checkout-failed"));

        // Upgrade through Stripe (dollars): a subscription that renews.
        QVERIFY(dialog->choose(QStringLiteral("clinic-yearly"), QStringLiteral("USD")));
        QCOMPARE(plans->item(2, 4)->text(), QStringLiteral("USD\u00A0290.00 a year"));
        QTest::mouseClick(child<QPushButton>(dialog, "upgradeButton"), Qt::LeftButton);
        QCOMPARE(opened.size(), 3);
        QVERIFY2(opened[2].contains(QStringLiteral("/c/pay/")), qPrintable(opened[2]));
        QVERIFY(setServerTime(QDateTime::currentMSecsSinceEpoch()));
        const nlohmann::json stripePaid = fake.pay(server.port(), opened[2]);
        QVERIFY2(stripePaid.value("status", 0) == 200, stripePaid.dump().c_str());
        QTRY_COMPARE_WITH_TIMEOUT(checkoutState(dialog), QStringLiteral("paid"), 15000);
        QTRY_COMPARE(text(dialog, "planNameLabel"), QStringLiteral("Clinic yearly"));
        QVERIFY2(text(dialog, "planStateLabel").startsWith(QStringLiteral("Renews on")),
                 qPrintable(text(dialog, "planStateLabel")));
        QCOMPARE(payments->rowCount(), 2);
        QCOMPARE(cell(payments, 0, PaymentListModel::Amount), QStringLiteral("USD\u00A0290.00"));
        QCOMPARE(cell(payments, 0, PaymentListModel::Provider), QStringLiteral("Stripe"));
        QVERIFY(!child<QPushButton>(dialog, "upgradeButton")->isEnabled()); // it renews by itself
        test::snapshot(dialog, QStringLiteral("billing-paid-stripe"));

        // A checkout nobody pays: a day later the server says it expired.
        QVERIFY(dialog->choose(QStringLiteral("clinic-monthly"), QStringLiteral("MXN")));
        QVERIFY(dialog->upgrade());
        QCOMPARE(opened.size(), 4);
        QCOMPARE(checkoutState(dialog), QStringLiteral("pending"));
        QVERIFY(setServerTime(m_serverTime + 25 * kHour));
        QTRY_COMPARE_WITH_TIMEOUT(checkoutState(dialog), QStringLiteral("expired"), 15000);
        QVERIFY(text(dialog, "checkoutStateLabel").contains(QStringLiteral("expired")));
        QVERIFY(child<QPushButton>(dialog, "upgradeButton")->isEnabled());
        QCOMPARE(text(dialog, "planNameLabel"), QStringLiteral("Clinic yearly"));
        test::snapshot(dialog, QStringLiteral("billing-checkout-expired"));

        // Stripe refunds the subscription's payment: the plan ends, the payment says so.
        QCOMPARE(fake.refund(server.port(), m_serverTime).value("status", 0), 200);
        QVERIFY(dialog->load());
        QCOMPARE(text(dialog, "planNameLabel"), QStringLiteral("Free"));
        QVERIFY2(text(dialog, "planStateLabel").startsWith(QStringLiteral("Clinic yearly ended on")),
                 qPrintable(text(dialog, "planStateLabel")));
        QCOMPARE(payments->rowCount(), 2);
        QCOMPARE(cell(payments, 0, PaymentListModel::State), QStringLiteral("Refunded"));
        QCOMPARE(cell(payments, 1, PaymentListModel::State), QStringLiteral("Paid"));
        table->selectRow(0);
        test::snapshot(dialog, QStringLiteral("billing-refunded"));

        // Paying the expired page late (MercadoPago says it was paid now) activates nothing.
        const nlohmann::json late = fake.pay(server.port(), opened[3], QStringLiteral("approved"), m_serverTime);
        QCOMPARE(late.value("status", 0), 200);
        const QString latePayment = QString::fromStdString(late.value("payment", ""));
        QVERIFY(!latePayment.isEmpty());
        // The server asks MercadoPago about it in a job, then names the payment to refund.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->load() && !actions->billing().status().checkouts.empty() &&
                                     actions->billing().status().checkouts.front().detail.contains(latePayment),
                                 15000);
        QCOMPARE(actions->billing().status().checkouts.front().state, QStringLiteral("expired"));
        QCOMPARE(text(dialog, "planNameLabel"), QStringLiteral("Free"));
        QCOMPARE(payments->rowCount(), 2);

        // The server goes away: a clear message, nothing else changes.
        server.stop();
        QTest::mouseClick(child<QPushButton>(dialog, "refreshButton"), Qt::LeftButton);
        QTRY_VERIFY(text(dialog, "noticeLabel").contains(QStringLiteral("cannot be reached")));
        QCOMPARE(text(dialog, "planNameLabel"), QStringLiteral("Free"));
        test::snapshot(dialog, QStringLiteral("billing-offline"));
        dialog->close();
        QTRY_VERIFY(!open);
        QVERIFY(fake.counts().value("refusals", nlohmann::json::array()).empty());
    }

    /** A shelter past its free tag claims buys packs from the dialog's Buy, through MercadoPago
     *  and Stripe, and sees its quota raised; the pet whose tag waited keeps everything typed. */
    void testAddOnsFromBuyToTagClaims()
    {
        FakePaymentsProcess fake; // the free plan: 3 tag claims; tags10: 10 more, MXN 99.50 / USD 5.00
        QVERIFY(fake.start());
        QMap<QString, QString> config = fake.serverConfig();
        config.insert(QStringLiteral("jobs.pollMilliseconds"), QStringLiteral("50"));
        TestServer server(TestServer::Options{{}, config, {}});
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Refugio Patitas")));

        test::ServiceFixture f;
        QVERIFY(f.setUp());
        f.clock().advanceMs(QDateTime::currentMSecsSinceEpoch() - f.clock().nowMs());
        MainWindow window(f.service(), f.database().file, m_prompts);
        SyncController sync(f.service(), f.database().file, f.database().secrets, f.clock(), m_prompts,
                            server.url().toString());
        sync.attach(&window);
        window.show();
        BillingActions* actions = window.billingActions();
        actions->billing().setPollInterval(150);
        SigninRequest request;
        request.email = kEmail;
        request.password = kPassword;
        request.deviceName = QStringLiteral("Refugio");
        QVERIFY(sync.signIn(server.url(), request).hasValue());

        // Four pets, each with its printed tag: the fourth is past the three free claims. It is
        // synced all the same; only its tag waits.
        QStringList pets;
        for (const char* name : {"Firulais", "Manchas", "Pelusa", "Rayo"}) {
            pets << f.addPet(QString::fromUtf8(name));
        }
        sync.syncNowAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(allSent(f, sync), 20000);
        const auto rayo = f.service().loadPet(pets.last());
        QVERIFY(rayo);
        QCOMPARE(rayo->pet.name, std::string("Rayo"));
        QVERIFY(!rayo->pet.tagId.empty()); // nothing typed is lost on the device
        // The window says so at once, and its button opens Plan and Billing.
        auto* banner = child<QWidget>(&window, "syncBanner");
        QTRY_VERIFY(banner->isVisible());
        const QString bannerText = child<QLabel>(banner, "syncBannerLabel")->text();
        QVERIFY2(bannerText.contains(QStringLiteral("1 pet tag")) && bannerText.contains(QStringLiteral("not active")),
                 qPrintable(bannerText));
        QVERIFY(bannerText.contains(QStringLiteral("saved and synced")));
        test::snapshot(&window, QStringLiteral("main-tag-waiting"));
        QTest::mouseClick(child<QPushButton>(banner, "syncBannerButton"), Qt::LeftButton);

        auto* fromBanner = window.findChild<BillingDialog*>(QStringLiteral("billingDialog"));
        QVERIFY(fromBanner && fromBanner->isVisible());
        QPointer<BillingDialog> dialog = actions->showBilling();
        QCOMPARE(dialog.data(), fromBanner); // the one the banner opened
        QStringList opened;
        dialog->setUrlOpener([&opened](const QUrl& url) {
            opened << url.toString();
            return true;
        });
        QTRY_COMPARE(text(dialog, "planNameLabel"), QStringLiteral("Free"));
        QVERIFY2(text(dialog, "tagClaimsLabel").startsWith(QStringLiteral("Tag claims: 3 / 3")),
                 qPrintable(text(dialog, "tagClaimsLabel")));
        QVERIFY(text(dialog, "tagClaimsLabel").contains(QStringLiteral("1 pet tag")));
        QVERIFY(text(dialog, "tagClaimsLabel").contains(QStringLiteral("The pets are saved")));
        auto* addons = child<QTableWidget>(dialog, "addonsTableWidget");
        QCOMPARE(addons->rowCount(), 1);
        QCOMPARE(addons->item(0, 0)->text(), QStringLiteral("Tag pack (10 claims)"));
        // (%n plurals: the source text until the English translation has its forms)
        QVERIFY2(QRegularExpression(QStringLiteral("^10 tag claim(s|\\(s\\))$"))
                     .match(addons->item(0, 1)->text())
                     .hasMatch(),
                 qPrintable(addons->item(0, 1)->text()));
        auto* buy = child<QPushButton>(dialog, "buyButton");
        QVERIFY(dialog->chooseAddon(QStringLiteral("tags10"), QStringLiteral("CLP")));
        QCOMPARE(addons->item(0, 2)->text(), QStringLiteral("not sold in CLP"));
        QVERIFY(!buy->isEnabled());
        QVERIFY(dialog->chooseAddon(QStringLiteral("tags10"), QStringLiteral("MXN")));
        QCOMPARE(addons->item(0, 2)->text(), QStringLiteral("MXN\u00A099.50"));
        QVERIFY(buy->isEnabled());
        test::snapshot(dialog, QStringLiteral("billing-addons-waiting"));

        // Buy through MercadoPago: the page opens, shows as a QR code, and the dialog follows it.
        QTest::mouseClick(buy, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QVERIFY2(opened[0].contains(QStringLiteral("pref_id=")), qPrintable(opened[0]));
        QCOMPARE(checkoutState(dialog), QStringLiteral("pending"));
        QVERIFY(text(dialog, "checkoutStateLabel").contains(QStringLiteral("MXN\u00A099.50 for Tag pack")));
        QVERIFY(!buy->isEnabled()); // one checkout at a time
        QVERIFY(!child<QPushButton>(dialog, "upgradeButton")->isEnabled());
        const auto codes =
            report::decodeQrCodes(child<QLabel>(dialog, "qrLabel")->pixmap().toImage(), report::DecodeOptions{});
        QCOMPARE(codes.size(), std::size_t{1});
        QCOMPARE(codes[0].text, opened[0]);
        test::snapshot(dialog, QStringLiteral("billing-addon-pending"));
        const nlohmann::json paid = fake.pay(server.port(), opened[0]);
        QVERIFY2(paid.value("status", 0) == 200, paid.dump().c_str());
        QTRY_VERIFY2_WITH_TIMEOUT(checkoutState(dialog) == QLatin1String("paid"), qPrintable(server.log().right(3000)),
                                  15000);
        QVERIFY(text(dialog, "checkoutStateLabel").contains(QStringLiteral("tag claims are added")));
        QTRY_VERIFY2(text(dialog, "tagClaimsLabel").startsWith(QStringLiteral("Tag claims: 4 / 13 (10 from add-on")),
                     qPrintable(text(dialog, "tagClaimsLabel")));
        QVERIFY(!text(dialog, "tagClaimsLabel").contains(QStringLiteral("wait")));
        QCOMPARE(text(dialog, "planNameLabel"), QStringLiteral("Free")); // an add-on changes no plan
        QVERIFY(banner->isHidden());                                     // the tag no longer waits
        QAbstractItemModel* payments = dialog->payments();
        QCOMPARE(payments->rowCount(), 1);
        QCOMPARE(cell(payments, 0, PaymentListModel::Plan), QStringLiteral("Tag pack (10 claims)"));
        QCOMPARE(cell(payments, 0, PaymentListModel::Period), QStringLiteral("one-time purchase"));
        QCOMPARE(cell(payments, 0, PaymentListModel::Amount), QStringLiteral("MXN\u00A099.50"));
        QCOMPARE(payments->index(0, 0).data(PaymentListModel::AmountMinorRole).toLongLong(), 9950);
        test::snapshot(dialog, QStringLiteral("billing-addon-paid"));

        // Its receipt names the add-on and what it granted.
        child<QTableView>(dialog, "paymentsTableView")->selectRow(0);
        const QString receipt = saveReceipt(dialog, QStringLiteral("billing-addon-receipt"));
        QVERIFY2(!receipt.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        for (const QString& shown :
             {QStringLiteral("Pet Info add-on, paid once"), QStringLiteral("Add-on"),
              QStringLiteral("Tag pack (10 claims)"), QStringLiteral("10 tag claim"), QStringLiteral("MXN 99.50"),
              QStringLiteral("Refugio Patitas"), QString::fromStdString(paid.value("payment", ""))}) {
            QVERIFY2(receipt.contains(shown), qPrintable(shown + QStringLiteral(" not in:\n") + receipt));
        }
        QVERIFY2(!receipt.contains(QStringLiteral("Period")), qPrintable(receipt));

        // A second pack through Stripe (dollars), paid once (mode=payment), then refunded: only
        // its own ten claims go.
        QVERIFY(dialog->chooseAddon(QStringLiteral("tags10"), QStringLiteral("USD")));
        QVERIFY(dialog->buyAddon());
        QCOMPARE(opened.size(), 2);
        QVERIFY2(opened[1].contains(QStringLiteral("/c/pay/")), qPrintable(opened[1]));
        QCOMPARE(fake.pay(server.port(), opened[1]).value("status", 0), 200);
        QTRY_COMPARE_WITH_TIMEOUT(checkoutState(dialog), QStringLiteral("paid"), 15000);
        QTRY_VERIFY(text(dialog, "tagClaimsLabel").startsWith(QStringLiteral("Tag claims: 4 / 23 (20 from add-on")));
        QCOMPARE(payments->rowCount(), 2);
        QCOMPARE(cell(payments, 0, PaymentListModel::Amount), QStringLiteral("USD\u00A05.00"));
        QCOMPARE(fake.refund(server.port()).value("status", 0), 200);
        QVERIFY(dialog->load());
        QVERIFY(text(dialog, "tagClaimsLabel").startsWith(QStringLiteral("Tag claims: 4 / 13 (10 from add-on")));
        QCOMPARE(cell(payments, 0, PaymentListModel::State), QStringLiteral("Refunded"));
        QCOMPARE(cell(payments, 1, PaymentListModel::State), QStringLiteral("Paid"));
        QCOMPARE(checkoutState(dialog), QStringLiteral("refunded")); // not "paid" any more
        test::snapshot(dialog, QStringLiteral("billing-addon-refunded"));
        dialog->close();
        QVERIFY(fake.counts().value("refusals", nlohmann::json::array()).empty());
    }
};

QTEST_MAIN(TestBilling)
#include "TestBilling.moc"
