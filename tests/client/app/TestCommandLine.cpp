// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI executables' command line where there is no display (the desktop app and the kiosk share
// their start-up): --help and --version answer in the terminal (over SSH, in a package's check)
// instead of aborting for want of a screen, and a wrong option is an error, not a crash.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestCommandLine final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    /** Runs `binary` with no display of any kind and no platform plugin chosen for it. */
    static Run runWithoutDisplay(const QString& binary, const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"}) {
            env.remove(QString::fromLatin1(name));
        }
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(binary, arguments);
        Run run;
        if (!app.waitForFinished(30000)) {
            app.kill();
            app.waitForFinished();
            return run;
        }
        run.exitCode = app.exitCode();
        run.status = app.exitStatus();
        run.out = QString::fromLocal8Bit(app.readAllStandardOutput());
        run.err = QString::fromLocal8Bit(app.readAllStandardError());
        return run;
    }

    static void addExecutables()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ownOption"); // one of the executable's own options
        QTest::newRow("petinfo") << QStringLiteral(PETINFO_APP_BINARY) << QStringLiteral("petinfo")
                                 << QStringLiteral("--server-url");
        QTest::newRow("petinfo-kiosk") << QStringLiteral(PETINFO_KIOSK_BINARY) << QStringLiteral("petinfo-kiosk")
                                       << QStringLiteral("--windowed");
    }

private Q_SLOTS:
    void testHelpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("ownOption");
        for (const char* option : {"--help", "-h", "--help-all"}) {
            QTest::addRow("petinfo %s", option)
                << QStringLiteral(PETINFO_APP_BINARY) << QString::fromLatin1(option) << QStringLiteral("--server-url");
            QTest::addRow("petinfo-kiosk %s", option)
                << QStringLiteral(PETINFO_KIOSK_BINARY) << QString::fromLatin1(option) << QStringLiteral("--windowed");
        }
    }

    void testHelpWithoutDisplay()
    {
        QFETCH(QString, binary);
        QFETCH(QString, option);
        QFETCH(QString, ownOption);
        const Run run = runWithoutDisplay(binary, {option});
        QVERIFY2(run.status == QProcess::NormalExit, qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--db")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("--server-url")));
        QVERIFY(run.out.contains(ownOption));
        QVERIFY(run.out.contains(QStringLiteral("--version")));
        QVERIFY(run.out.contains(QStringLiteral("Pet Info")));
        QVERIFY2(!run.err.contains(QStringLiteral("display")), qPrintable(run.err));
    }

    void testVersionWithoutDisplay_data() { addExecutables(); }

    void testVersionWithoutDisplay()
    {
        QFETCH(QString, binary);
        QFETCH(QString, name);
        for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            const Run run = runWithoutDisplay(binary, {option});
            QVERIFY2(run.status == QProcess::NormalExit, qPrintable(run.err));
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out.trimmed(), name + QStringLiteral(" " PETINFO_VERSION));
        }
    }

    void testUnknownOptionIsAnErrorNotACrash_data() { addExecutables(); }

    void testUnknownOptionIsAnErrorNotACrash()
    {
        QFETCH(QString, binary);
        const Run run = runWithoutDisplay(binary, {QStringLiteral("--no-such-option")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
