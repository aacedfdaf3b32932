// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real petinfo-cli executable the way a script would.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args, const QByteArray& passphrase = "cli test passphrase",
            const QStringList& extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PETINFO_PASSPHRASE"));
        if (!passphrase.isEmpty()) {
            env.insert(QStringLiteral("PETINFO_PASSPHRASE"), QString::fromUtf8(passphrase));
        }
        // No keychain: the passphrase path is what this test covers.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        for (const QString& kv : extraEnv) {
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PETINFO_CLI), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static bool isOneLine(const QByteArray& text)
    {
        return !text.isEmpty() && text.count('\n') == 1 && text.endsWith('\n') && text.startsWith("petinfo-cli: ");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
        const Run init = cli({QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY(init.out.contains("passphrase"));
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 1); // never overwrites
    }

    void testAddPetAndListJson()
    {
        const Run add = cli({QStringLiteral("add-pet"), QStringLiteral("--name"), QStringLiteral("Zanahoria"),
                             QStringLiteral("--species"), QStringLiteral("dog"), QStringLiteral("--microchip"),
                             QStringLiteral("982000123456789"), QStringLiteral("--owner"), QStringLiteral("Ana"),
                             QStringLiteral("--phone"), QStringLiteral("+54 9 11 2345-6789")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QString id = QString::fromUtf8(add.out).trimmed();
        QCOMPARE(id.size(), 36);

        const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray pets = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(pets.size(), 1);
        QCOMPARE(pets[0][QStringLiteral("id")].toString(), id);
        QCOMPARE(pets[0][QStringLiteral("name")].toString(), QStringLiteral("Zanahoria"));
        QCOMPARE(pets[0][QStringLiteral("species")].toString(), QStringLiteral("dog"));
        QCOMPARE(pets[0][QStringLiteral("ownerPhones")].toString(), QStringLiteral("+5491123456789"));

        const Run record =
            cli({QStringLiteral("add-record"), QStringLiteral("--pet"), QStringLiteral("982000123456789"),
                 QStringLiteral("--product"), QStringLiteral("Rabies"), QStringLiteral("--date"),
                 QStringLiteral("2025-01-01"), QStringLiteral("--next-due"), QStringLiteral("2026-01-01")});
        QVERIFY2(record.exitCode == 0, record.err.constData());
        const Run show = cli({QStringLiteral("show"), id});
        const QJsonObject pet = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(pet[QStringLiteral("healthRecords")].toArray().size(), 1);
    }

    void testErrorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("wrong passphrase") << QStringList{"list"} << QByteArray("wrong") << 1;
        QTest::newRow("no passphrase") << QStringList{"list"} << QByteArray() << 1;
        QTest::newRow("bad microchip") << QStringList{"add-pet", "--name", "X", "--microchip", "123"}
                                       << QByteArray("cli test passphrase") << 1;
        QTest::newRow("bad species") << QStringList{"add-pet", "--name", "X", "--species", "dragon"}
                                     << QByteArray("cli test passphrase") << 2;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << QByteArray("cli test passphrase") << 2;
        QTest::newRow("passphrase as argument is refused")
            << QStringList{"list", "--passphrase", "cli test passphrase"} << QByteArray() << 2;
        QTest::newRow("missing import file")
            << QStringList{"import", "/nonexistent.csv"} << QByteArray("cli test passphrase") << 1;
    }

    void testErrorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, passphrase);
        QFETCH(int, exitCode);
        const Run run = cli(args, passphrase);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(isOneLine(run.err), run.err.constData());
    }

    void testTagsPrintScanAndClaim()
    {
        const Run add = cli({QStringLiteral("add-pet"), QStringLiteral("--name"), QStringLiteral("Tagged")});
        QCOMPARE(add.exitCode, 0);
        const QString petId = QString::fromUtf8(add.out).trimmed();
        const QString pdf = m_dir.filePath(QStringLiteral("blank.pdf"));
        Run run = cli({QStringLiteral("tags"), QStringLiteral("--blank"), QStringLiteral("3"),
                       QStringLiteral("--layout"), QStringLiteral("dymo-89x36"), QStringLiteral("--base-url"),
                       QStringLiteral("https://pets.example.org"), QStringLiteral("--output"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("3 tags on 3 pages"));
        // Rasterise the first label as a person's phone camera would see it, and scan it back.
        const QString png = m_dir.filePath(QStringLiteral("label"));
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
                                                    QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                    QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, png});
        QVERIFY(pdftoppm.waitForFinished(30000));
        QCOMPARE(pdftoppm.exitCode(), 0);
        run = cli({QStringLiteral("scan"), png + QStringLiteral(".png")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not assigned"), run.err.constData());
        const QByteArray tagId = run.err.mid(run.err.indexOf("tag ") + 4, 22);
        run = cli({QStringLiteral("claim-tag"), QStringLiteral("--pet"), petId, QStringLiteral("--tag"),
                   QStringLiteral("https://pets.example.org/t/") + QString::fromLatin1(tagId)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("scan"), png + QStringLiteral(".png")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), petId);
        // A second pet cannot take the same tag.
        const Run other = cli({QStringLiteral("add-pet"), QStringLiteral("--name"), QStringLiteral("Other")});
        run = cli({QStringLiteral("claim-tag"), QStringLiteral("--pet"), QString::fromUtf8(other.out).trimmed(),
                   QStringLiteral("--tag"), QString::fromLatin1(tagId)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(isOneLine(run.err));

        const QString report = m_dir.filePath(QStringLiteral("report.pdf"));
        run = cli({QStringLiteral("report"), QStringLiteral("--pet"), petId, QStringLiteral("--base-url"),
                   QStringLiteral("https://pets.example.org"), QStringLiteral("--output"), report});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(text.readAllStandardOutput().contains("Tagged"));
    }

    void testImportExportBackupRestore()
    {
        const QString csv = m_dir.filePath(QStringLiteral("in.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nombre;especie;microchip;dueño;teléfono\nLuna;gato;982000000000001;Luis;+5491100000000\n"
                "Rex;dragón;;;\n");
        f.close();
        Run run = cli({QStringLiteral("import"), csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("row 2"));
        QVERIFY(isOneLine(run.err));
        run = cli({QStringLiteral("import"), csv, QStringLiteral("--skip-invalid")});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
        run = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--output"), exported});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile e(exported);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QByteArray text = e.readAll();
        QVERIFY(text.contains("Luna"));
        QVERIFY(text.contains("Zanahoria"));

        const QString backup = m_dir.filePath(QStringLiteral("b.petinfo-backup"));
        run = cli({QStringLiteral("backup"), QStringLiteral("--output"), backup});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("add-pet"), QStringLiteral("--name"), QStringLiteral("After backup")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("restore"), backup});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("kept"));
        run = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!run.out.contains("After backup"));
        QVERIFY(run.out.contains("Luna"));
        QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
