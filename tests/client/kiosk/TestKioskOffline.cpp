// SPDX-License-Identifier: GPL-3.0-or-later
// A whole adoption event against the real server, with the real kiosk in child processes: enrol
// with a kiosk-device token and cache the animals; the network goes away; a visitor fills in and
// signs an application; the kiosk process is killed; it starts again, the network comes back, and
// the application arrives at the server exactly once (also after another sync).
#include "ScriptedPrompts.h"
#include "ShelterSeed.h"
#include "SyncDevice.h"
#include "TestServer.h"

#include "gui/SignaturePad.h"
#include "gui/Translations.h"
#include "kiosk/AdoptionFlow.h"
#include "kiosk/AnimalModel.h"
#include "kiosk/ApplicationForm.h"
#include "kiosk/EnrolmentPage.h"
#include "kiosk/GalleryPage.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/KioskController.h"
#include "kiosk/KioskRepository.h"
#include "kiosk/StaffPin.h"
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "storage/Query.h"
#include "sync/SyncStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <functional>

using namespace petinfo;
using namespace petinfo::client;

namespace {

const QString kPassphrase = QStringLiteral("kiosk database passphrase");
const QString kEmail = QStringLiteral("admin@refugio.example");
const QString kPassword = QStringLiteral("correct horse battery");

void say(const QByteArray& line)
{
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(50);
    }
    return true;
}

template <typename T>
T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
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

/** The kiosk as petinfo-kiosk runs it, on a passphrase-protected database (no keychain here). */
int runChild(const QString& mode, const QString& databasePath, const QString& serverUrl, const QString& token)
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QLocale(QLocale::English));
    MemorySecretStore secrets;
    secrets.setAvailable(false);
    test::ScriptedPrompts prompts;
    prompts.passphrases = {kPassphrase, kPassphrase, kPassphrase};
    KioskController::Options options;
    options.databasePath = databasePath;
    options.serverUrl = serverUrl;
    options.pinIterations = 1000;
    options.fullScreen = false;
    options.syncTiming.debounceMs = 50;
    options.syncTiming.backoffBaseMs = 200;
    options.syncTiming.backoffMaxMs = 400;
    options.syncTiming.requestTimeoutMs = 3000;
    KioskController controller(options, secrets, prompts, SystemClock::instance());
    if (!controller.start()) {
        say("FAILED start: " + prompts.errors.join(QStringLiteral("; ")).toUtf8());
        return 2;
    }
    if (mode == QLatin1String("enrol")) {
        EnrolmentPage* page = controller.enrolment();
        if (!page) {
            say("FAILED no enrolment page");
            return 2;
        }
        child<QLineEdit>(page, "tokenLineEdit")->setText(token);
        child<QLineEdit>(page, "eventLineEdit")->setText(QStringLiteral("Adoption day"));
        child<QLineEdit>(page, "pinLineEdit")->setText(QStringLiteral("2468"));
        child<QLineEdit>(page, "pinRepeatLineEdit")->setText(QStringLiteral("2468"));
        QTest::mouseClick(child<QPushButton>(page, "enrolButton"), Qt::LeftButton);
        if (!waitFor([&] { return controller.flow() && controller.flow()->animals().rowCount() > 0; }, 60000)) {
            say("FAILED no animals after enrolment");
            return 3;
        }
        // Every public photo's bytes are cached too, for the event without a network.
        if (!waitFor([&] { return controller.sync()->status().state == SyncStatus::State::Idle; }, 60000)) {
            say("FAILED sync did not settle: " + controller.sync()->status().detail.toUtf8());
            return 3;
        }
        int photos = 0;
        KioskRepository repository(controller.database());
        for (const KioskAnimal& animal : controller.flow()->animals().animals()) {
            for (const QString& sha : animal.photos) {
                auto bytes = repository.photo(sha);
                photos += bytes && !bytes->isEmpty() ? 1 : 0;
            }
        }
        say("ANIMALS " + QByteArray::number(controller.flow()->animals().rowCount()) + " PHOTOS " +
            QByteArray::number(photos));
        return 0;
    }
    if (!controller.flow()) {
        say("FAILED the kiosk did not open");
        return 2;
    }
    AdoptionFlow& flow = *controller.flow();
    if (mode == QLatin1String("apply")) {
        if (flow.animals().rowCount() == 0) {
            say("FAILED no cached animals");
            return 3;
        }
        // The screen a kiosk has, laid out before anyone touches it (the signature pad has its size).
        controller.window()->resize(1280, 800);
        if (!QTest::qWaitForWindowExposed(controller.window())) {
            say("FAILED the kiosk window was not shown");
            return 2;
        }
        flow.startApplication(flow.animals().index(0).data(AnimalModel::PetIdRole).toString());
        QApplication::processEvents();
        ApplicationForm* form = flow.form();
        QTest::keyClicks(child<QLineEdit>(form, "nameLineEdit"), QStringLiteral("Marta Ruiz"));
        QTest::keyClicks(child<QLineEdit>(form, "phoneLineEdit"), QStringLiteral("+5491155550123"));
        QTest::mouseClick(child<QCheckBox>(form, "consentCheckBox"), Qt::LeftButton);
        sign(child<SignaturePad>(form, "signaturePad"));
        QTest::mouseClick(child<QPushButton>(form, "sendButton"), Qt::LeftButton);
        auto waiting = KioskRepository(controller.database()).waitingApplications();
        if (!waiting || *waiting != 1 || flow.form()) {
            QStringList shown;
            if (flow.form()) {
                for (const QLabel* label : flow.form()->findChildren<QLabel*>()) {
                    if ((label->objectName().endsWith(QLatin1String("IssueLabel")) ||
                         label->objectName() == QLatin1String("formMessageLabel")) &&
                        !label->isHidden()) {
                        shown << label->objectName() + QLatin1Char('=') + label->text();
                    }
                }
            }
            say("FAILED the application was not stored: " + shown.join(QStringLiteral("; ")).toUtf8());
            return 3;
        }
        say("STORED");
        // Stays up (offline, retrying) until the test kills it.
        for (;;) {
            QTest::qWait(1000);
        }
    }
    if (mode == QLatin1String("send")) {
        if (!waitFor(
                [&] {
                    auto waiting = KioskRepository(controller.database()).waitingApplications();
                    return waiting && *waiting == 0 && controller.sync()->status().state == SyncStatus::State::Idle;
                },
                60000)) {
            say("FAILED still waiting: " + controller.sync()->status().detail.toUtf8());
            return 3;
        }
        say("SENT");
        return 0;
    }
    say("FAILED unknown mode");
    return 2;
}

} // namespace

class TestKioskOffline final : public QObject
{
    Q_OBJECT

    /** Runs the kiosk in a child process until it prints a line starting with `expect`. */
    static bool runKiosk(QProcess& process, const QStringList& arguments, const QByteArray& expect, int timeoutMs,
                         QByteArray* line = nullptr)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QCoreApplication::applicationFilePath(),
                      QStringList{QStringLiteral("--kiosk-child")} + arguments);
        if (!process.waitForStarted(10000)) {
            return false;
        }
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            // The fault proxy lives on this thread: keep its event loop turning while waiting.
            QTest::qWait(100);
            out += process.readAllStandardOutput();
            for (const QByteArray& l : out.split('\n')) {
                if (l.startsWith(expect)) {
                    if (line) {
                        *line = l;
                    }
                    return true;
                }
                if (l.startsWith("FAILED")) {
                    qWarning("kiosk: %s\n%s", l.constData(), process.readAllStandardError().constData());
                    return false;
                }
            }
            if (process.state() == QProcess::NotRunning) {
                break;
            }
        }
        qWarning("kiosk said: %s\n%s", out.constData(), process.readAllStandardError().constData());
        return false;
    }

    /** Waits for a child to end by itself, with the proxy still serving. */
    static bool finished(QProcess& process)
    {
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 30000) {
            QTest::qWait(100);
        }
        return process.state() == QProcess::NotRunning;
    }

    static int applicationsAt(test::SyncDevice& admin, std::vector<AdoptionApplication>* found = nullptr)
    {
        if (!admin.sync()) {
            return -1;
        }
        Query q(admin.db(), QStringLiteral("SELECT id FROM sync_rows WHERE type = 'adoptionApplication'"));
        if (!q.exec()) {
            return -1;
        }
        int count = 0;
        while (q.next()) {
            ++count;
            auto row = SyncStore(admin.db()).find(sync::EntityType::AdoptionApplication, q.text(0));
            if (found && row && row->has_value()) {
                if (auto a = adoptionApplicationFromFields(sync::RowFields(**row))) {
                    found->push_back(*a);
                }
            }
        }
        return count;
    }

    /** petinfo-cli on its own passphrase-protected database (no keychain); exit code and stdout
     *  (stderr when it failed). */
    static std::pair<int, QByteArray> runCli(const QString& db, const QStringList& arguments)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PETINFO_PASSPHRASE"), QStringLiteral("cli passphrase"));
        env.insert(QStringLiteral("PETINFO_PASSWORD"), kPassword);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PETINFO_CLI), QStringList{QStringLiteral("--db"), db} + arguments);
        if (!cli.waitForFinished(60000)) {
            cli.kill();
            return {-1, "timed out"};
        }
        return {cli.exitCode(), cli.exitCode() == 0 ? cli.readAllStandardOutput() : cli.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testOnlyAdminsMakeKioskDevicesFromTheCli()
    {
        test::TestServer server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Refugio Patitas")));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("admin.db"));
        QCOMPARE(runCli(db, {QStringLiteral("init")}).first, 0);
        // Not signed in: said so.
        const auto before =
            runCli(db, {QStringLiteral("kiosk-device"), QStringLiteral("--name"), QStringLiteral("Lobby")});
        QCOMPARE(before.first, 1);
        QVERIFY(before.second.contains("not signed in"));
        QCOMPARE(runCli(db, {QStringLiteral("kiosk-device")}).first, 2); // no --name: usage
        QCOMPARE(runCli(db, {QStringLiteral("signin"), QStringLiteral("--server"), server.url().toString(),
                             QStringLiteral("--email"), kEmail})
                     .first,
                 0);
        const auto made =
            runCli(db, {QStringLiteral("kiosk-device"), QStringLiteral("--name"), QStringLiteral("Lobby")});
        QCOMPARE(made.first, 0);
        const auto answer = nlohmann::json::parse(made.second.toStdString(), nullptr, false);
        QVERIFY2(answer.is_object(), made.second.constData());
        // The token is a kiosk's, bound to the client id printed.
        SyncApi api(server.url(), 10000);
        api.setToken(QByteArray::fromStdString(answer.value("token", "")));
        auto me = api.whoAmI();
        QVERIFY(me);
        QCOMPARE(me->role, QStringLiteral("kiosk"));
        QCOMPARE(me->clientId.toStdString(), answer.value("clientId", ""));
        QCOMPARE(me->organisationName, QStringLiteral("Refugio Patitas"));

        // Enrolment takes a kiosk's token only, and stores nothing otherwise.
        test::TempDatabase kioskDb;
        QVERIFY(kioskDb.create());
        SyncApi people(server.url(), 10000);
        SigninRequest request;
        request.email = kEmail;
        request.password = kPassword;
        request.deviceName = QStringLiteral("admin laptop");
        request.clientId = QString::fromStdString(newUuid());
        auto adminSession = people.signIn(request);
        QVERIFY(adminSession);
        const auto enrol = [&](const QByteArray& token) {
            EnrolmentRequest e;
            e.serverUrl = server.url();
            e.deviceToken = token;
            e.pin = SecureBytes(QByteArrayView("2468"));
            e.eventName = QStringLiteral("  Feria de adopción  ");
            e.pinIterations = 1000;
            return enrolKiosk(*kioskDb.db, kioskDb.secrets, QStringLiteral("kiosk-db"), std::move(e));
        };
        auto refused = enrol(adminSession->token);
        QVERIFY(!refused);
        QCOMPARE(refused.error().network.code, NetErrc::Forbidden);
        QVERIFY(!KioskConfig::load(*kioskDb.db)->isEnrolled());
        QVERIFY(!storedAccount(*kioskDb.db)->has_value());
        auto enrolled = enrol(QByteArray::fromStdString(answer.value("token", "")));
        QVERIFY(enrolled);
        const KioskConfig config = *KioskConfig::load(*kioskDb.db);
        QVERIFY(config.isEnrolled());
        QCOMPARE(config.eventName, QStringLiteral("Feria de adopción"));
        QVERIFY(StaffPin::verify(SecureBytes(QByteArrayView("2468")), config.pinHash));
        QVERIFY(!config.pinHash.contains("2468"));
        QCOMPARE((*storedAccount(*kioskDb.db))->role, QStringLiteral("kiosk"));
        QCOMPARE(SyncStore(*kioskDb.db).state(QStringLiteral("client.id"))->toStdString(),
                 answer.value("clientId", ""));
    }

    void testApplicationSurvivesOfflineKillAndArrivesOnce()
    {
        test::TestServer server;
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY(server.signUp(kEmail, kPassword, QStringLiteral("Refugio Patitas")));
        test::SyncDevice admin(SystemClock::instance());
        QVERIFY(admin.open());
        QVERIFY(admin.signIn(server.url(), kEmail, kPassword));
        QCOMPARE(test::seedShelter(*admin.service, 3, 2, {320, 240}).size(), qsizetype(3));
        auto pushed = admin.sync();
        QVERIFY2(pushed, pushed ? "" : pushed.error().detail.c_str());
        nlohmann::json kiosk;
        QCOMPARE(
            server.postJson(QStringLiteral("/api/v1/kiosk-devices"), {{"name", "Event tablet"}}, &kiosk, admin.token),
            201);
        const QString token = QString::fromStdString(kiosk.value("token", ""));
        QVERIFY(!token.isEmpty());

        test::FaultProxy proxy(server.port());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kiosk.db"));
        const QString url = proxy.url().toString();

        // Enrolled at the shelter, with the network: the animals and their photos are cached.
        {
            QProcess enrol;
            QByteArray line;
            QVERIFY(runKiosk(enrol, {QStringLiteral("enrol"), db, url, token}, "ANIMALS", 90000, &line));
            QCOMPARE(line, QByteArray("ANIMALS 3 PHOTOS 6"));
            QVERIFY(finished(enrol));
            QCOMPARE(enrol.exitCode(), 0);
        }

        // At the event there is no network: connections to the server are refused.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        proxy.setTarget(deadPort);
        {
            QProcess apply;
            QVERIFY(runKiosk(apply, {QStringLiteral("apply"), db, url, token}, "STORED", 90000));
            // Pulled out of the wall: no shutdown at all.
            apply.kill();
            QVERIFY(apply.waitForFinished(10000));
        }
        QCOMPARE(applicationsAt(admin), 0);

        // The network is back; the kiosk starts again and sends what waited.
        proxy.setTarget(server.port());
        for (int round = 0; round < 2; ++round) {
            QProcess send;
            QVERIFY(runKiosk(send, {QStringLiteral("send"), db, url, token}, "SENT", 90000));
            QVERIFY(finished(send));
            std::vector<AdoptionApplication> found;
            QCOMPARE(applicationsAt(admin, &found), 1);
            QCOMPARE(found.size(), std::size_t(1));
            QCOMPARE(found.front().applicantName, std::string("Marta Ruiz"));
            QCOMPARE(found.front().channel, ApplicationChannel::Kiosk);
            QCOMPARE(found.front().eventName, std::string("Adoption day"));
            QVERIFY(decodeSignature(found.front().signatureStrokes).has_value());
        }
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc >= 5 && std::strcmp(argv[1], "--kiosk-child") == 0) {
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                        QString::fromLocal8Bit(argv[4]), argc >= 6 ? QString::fromLocal8Bit(argv[5]) : QString());
    }
    TestKioskOffline test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKioskOffline.moc"
