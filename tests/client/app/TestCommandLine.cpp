// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's command line where there is no display: --help and --version answer in the
// terminal (over SSH, in a package's check) instead of aborting for want of a screen.
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

    /** Runs the app with no display of any kind and no platform plugin chosen for it. */
    static Run runWithoutDisplay(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"}) {
            env.remove(QString::fromLatin1(name));
        }
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PETINFO_APP_BINARY), arguments);
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

private Q_SLOTS:
    void testHelpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << "--help";
        QTest::newRow("-h") << "-h";
        QTest::newRow("--help-all") << "--help-all";
    }

    void testHelpWithoutDisplay()
    {
        QFETCH(QString, option);
        const Run run = runWithoutDisplay({option});
        QVERIFY2(run.status == QProcess::NormalExit, qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--db")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("--server-url")));
        QVERIFY(run.out.contains(QStringLiteral("Pet Info")));
        QVERIFY2(!run.err.contains(QStringLiteral("display")), qPrintable(run.err));
    }

    void testVersionWithoutDisplay()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--version")});
        QVERIFY2(run.status == QProcess::NormalExit, qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("petinfo " PETINFO_VERSION));
    }

    void testUnknownOptionIsAnErrorNotACrash()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--no-such-option")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
