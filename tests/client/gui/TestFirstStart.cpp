// SPDX-License-Identifier: GPL-3.0-or-later
// The app's first and second start with the real keychain code (QtKeychain over the Secret Service)
// and the real dialogs, on whatever keychain the test is given: ctest runs this program once per
// keychain a new user may have (tests/client/secrets/fake-secret-service.py): the test
// environment's gnome-keyring, a locked keyring the user unlocks, a locked keyring whose prompt
// the user dismisses, a session with no Secret Service, and no D-Bus at all. The first start
// crashed (SIGSEGV) on every one of them that had no usable keychain.
#include "Screenshots.h"

#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/PassphraseDialog.h"
#include "gui/Prompts.h"
#include "petinfo/common/Clock.h"
#include "petinfo/common/Random.h"
#include "secrets/SecretStore.h"
#include "storage/BackupPaths.h"
#include "storage/DatabaseFile.h"
#include "storage/DatabaseMeta.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

using namespace petinfo;
using namespace petinfo::client;

namespace {

/** Answers the app's modal dialogs the way a user would: types a passphrase twice and presses
 *  Create or Unlock; any other modal (an error box) is recorded and closed. */
class DialogDriver final : public QObject
{
public:
    explicit DialogDriver(QString passphrase)
        : m_passphrase(std::move(passphrase))
    {
        m_timer.setInterval(30);
        connect(&m_timer, &QTimer::timeout, this, &DialogDriver::poll);
        m_timer.start();
    }

    QStringList passphraseDialogs; ///< window title + intro of every passphrase dialog answered
    QStringList otherDialogs;      ///< text of every other modal closed

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr || !modal->isVisible()) {
            return;
        }
        if (qobject_cast<QProgressDialog*>(modal) != nullptr) {
            return; // deriving the key takes a moment (longer under sanitizers): let it finish
        }
        if (auto* dialog = qobject_cast<PassphraseDialog*>(modal)) {
            auto* intro = dialog->findChild<QLabel*>(QStringLiteral("introLabel"));
            passphraseDialogs << dialog->windowTitle() + QStringLiteral(": ") + (intro ? intro->text() : QString());
            test::snapshot(dialog, QStringLiteral("first-start-passphrase-%1").arg(passphraseDialogs.size()));
            for (const char* name : {"passphraseLineEdit", "confirmLineEdit"}) {
                if (auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name))) {
                    edit->setFocus();
                    QTest::keyClicks(edit, m_passphrase);
                }
            }
            auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
            if (ok != nullptr && ok->isEnabled()) {
                QTest::mouseClick(ok, Qt::LeftButton);
            } else {
                otherDialogs << QStringLiteral("passphrase dialog: the OK button stayed disabled");
                dialog->reject();
            }
            return;
        }
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            otherDialogs << box->windowTitle() + QStringLiteral(": ") + box->text();
            box->reject();
            return;
        }
        otherDialogs << modal->metaObject()->className();
        modal->close();
    }

    QString m_passphrase;
    QTimer m_timer;
};

} // namespace

class TestFirstStart final : public QObject
{
    Q_OBJECT

    QString m_mode;
    QTemporaryDir m_dir;
    QString m_service = QStringLiteral("Pet Info first start %1").arg(QString::fromStdString(newUuid()));
    const QString m_passphrase = QStringLiteral("seven green parrots sing");

    /** Keychains that can hold the database key: no passphrase is asked for. */
    bool keychainUsable() const { return m_mode == u"keyring" || m_mode == u"unlocked" || m_mode == u"locked"; }

    QString databasePath() const { return m_dir.filePath(QStringLiteral("records/pets.db")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_mode = qEnvironmentVariable("PETINFO_FAKE_SECRETS_MODE", QStringLiteral("keyring"));
        QVERIFY(m_dir.isValid());
        qInfo("keychain: %s", qPrintable(m_mode));
    }

    void testFirstStartShowsTheWindowAndStaysUp()
    {
        DialogPrompts prompts;
        DialogDriver driver(m_passphrase);
        KeychainSecretStore secrets(m_service);
        auto controller = std::make_unique<AppController>(AppController::Options{databasePath(), {}}, secrets, prompts,
                                                          SystemClock::instance());
        QVERIFY2(controller->start(), qPrintable(driver.otherDialogs.join(QLatin1Char('\n'))));
        QVERIFY(controller->window());
        QVERIFY(QTest::qWaitForWindowExposed(controller->window()));
        // The crash came from events posted during the start and run right after it: give them time.
        QTest::qWait(1500);
        controller->waitForBackgroundWork();
        QVERIFY(controller->window()->isVisible());
        test::snapshot(controller->window(), QStringLiteral("first-start-window-%1").arg(m_mode));
        QVERIFY2(driver.otherDialogs.isEmpty(), qPrintable(driver.otherDialogs.join(QLatin1Char('\n'))));

        auto meta = DatabaseMeta::load(metaPathFor(databasePath()));
        QVERIFY(meta);
        if (keychainUsable()) {
            QVERIFY2(driver.passphraseDialogs.isEmpty(), qPrintable(driver.passphraseDialogs.join(QLatin1Char('\n'))));
            QCOMPARE(meta->keySource, KeySource::Keychain);
        } else {
            QCOMPARE(driver.passphraseDialogs.size(), 1);
            QVERIFY2(driver.passphraseDialogs.front().contains(QStringLiteral("keychain")),
                     qPrintable(driver.passphraseDialogs.front()));
            QCOMPARE(meta->keySource, KeySource::Passphrase);
        }
        controller.reset();
        QTest::qWait(200); // anything still posted by the closed window runs now, not after the test
    }

    void testSecondStartOpensTheSameRecords()
    {
        QVERIFY(QFile::exists(databasePath()));
        DialogPrompts prompts;
        DialogDriver driver(m_passphrase);
        KeychainSecretStore secrets(m_service);
        AppController controller({databasePath(), {}}, secrets, prompts, SystemClock::instance());
        QVERIFY2(controller.start(), qPrintable(driver.otherDialogs.join(QLatin1Char('\n'))));
        QVERIFY(controller.window());
        QTest::qWait(500);
        controller.waitForBackgroundWork();
        QVERIFY2(driver.otherDialogs.isEmpty(), qPrintable(driver.otherDialogs.join(QLatin1Char('\n'))));
        QCOMPARE(driver.passphraseDialogs.size(), keychainUsable() ? 0 : 1);
        if (!keychainUsable()) {
            QVERIFY(driver.passphraseDialogs.front().startsWith(PassphraseDialog::tr("Unlock Pet Info")));
        }
    }

    void testKeychainFromAWorkerThread()
    {
        // Slow work (creating, unlocking, restoring behind a progress dialog) reaches the keychain
        // from a worker thread while the GUI thread waits in its event loop.
        KeychainSecretStore secrets(m_service);
        const QString name = QStringLiteral("worker-thread");
        const SecureBytes secret(QByteArrayView("worker secret"));
        QFutureWatcher<QString> watcher;
        QEventLoop loop;
        connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([&]() -> QString {
            auto written = secrets.write(name, secret);
            if (!written) {
                return QStringLiteral("write: %1").arg(static_cast<int>(written.error().code));
            }
            auto read = secrets.read(name);
            if (!read || !(*read == secret)) {
                return QStringLiteral("read back failed");
            }
            return secrets.remove(name) ? QStringLiteral("ok") : QStringLiteral("remove failed");
        }));
        if (!watcher.isFinished()) {
            loop.exec();
        }
        const QString outcome = watcher.result();
        QTest::qWait(300); // the keychain's own posted events
        if (keychainUsable()) {
            QCOMPARE(outcome, QStringLiteral("ok")); // a locked keyring was unlocked at the first start
        } else if (m_mode == u"dismiss") {
            QVERIFY2(outcome.startsWith(QStringLiteral("write: ")), qPrintable(outcome));
        } else {
            QCOMPARE(outcome, QStringLiteral("write: %1").arg(static_cast<int>(SecretErrc::Unavailable)));
        }
    }
};

QTEST_MAIN(TestFirstStart)
#include "TestFirstStart.moc"
