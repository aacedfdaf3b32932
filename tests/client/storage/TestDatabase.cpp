// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted file's guarantees: no plaintext on disk, wrong keys change nothing, damage is
// refused with a pointer to the backups, and plain SQLite is never loaded into the process.
#include "TestSupport.h"

#include "petinfo/common/Domain.h"

#include "storage/BackupPaths.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace petinfo;
using namespace petinfo::client;

class TestDatabase final : public QObject
{
    Q_OBJECT

private:
    static void insertPet(Database& db, const QString& name)
    {
        QSqlQuery q(db.sql());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO pets (id, name, species, created_at, updated_at) "
                                         "VALUES (?, ?, 'dog', 0, 0)")));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(name);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    /** A closed database holding a pet, keyed by a passphrase. */
    static void makePassphraseDatabase(const QString& path, const char* passphrase)
    {
        MemorySecretStore secrets;
        CreateOptions options;
        options.source = CreateOptions::Source::Passphrase;
        options.passphrase = SecureBytes(QByteArrayView(passphrase));
        options.kdfIterations = test::kTestKdfIterations;
        auto file = DatabaseFile::create(path, secrets, options);
        QVERIFY2(file.hasValue(), file ? "" : file.error().detail.c_str());
        auto db = (*file)->connect();
        QVERIFY(db.hasValue());
        for (int i = 0; i < 200; ++i) {
            insertPet(**db, QStringLiteral("Pet number %1 with a long name").arg(i));
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testFileHasNoPlaintext()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        insertPet(*t.db, QStringLiteral("Zanahoria"));
        t.db.reset();
        t.file.reset();

        const QByteArray bytes = test::readAll(t.path());
        QVERIFY(bytes.size() > 0);
        QVERIFY(!bytes.startsWith(QByteArrayLiteral("SQLite format 3")));
        QVERIFY(!bytes.contains("Zanahoria"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        QVERIFY(!QFile::exists(t.path() + QStringLiteral("-wal")) ||
                !test::readAll(t.path() + QStringLiteral("-wal")).contains("Zanahoria"));

        // The same check with the `strings` tool a person would use.
        const QString strings = QStandardPaths::findExecutable(QStringLiteral("strings"));
        if (!strings.isEmpty()) {
            QProcess p;
            p.start(strings, {t.path()});
            QVERIFY(p.waitForFinished());
            QVERIFY(!p.readAllStandardOutput().contains("Zanahoria"));
        }
    }

    void testReopensWithKeychainKey()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        insertPet(*t.db, QStringLiteral("Luna"));
        t.db.reset();
        t.file.reset();
        auto file = DatabaseFile::unlock(t.path(), t.secrets, nullptr);
        QVERIFY(file.hasValue());
        auto db = (*file)->connect();
        QVERIFY(db.hasValue());
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pets")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Luna"));
        QCOMPARE(*(*db)->userVersion(), latestSchemaVersion());
    }

    void testWrongPassphraseChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        makePassphraseDatabase(path, "correct horse battery staple");
        const QByteArray before = test::fileSha256(path);
        const QByteArray metaBefore = test::fileSha256(metaPathFor(path));

        MemorySecretStore secrets;
        const SecureBytes wrong(QByteArrayView("correct horse battery stapler"));
        auto file = DatabaseFile::unlock(path, secrets, &wrong);
        QVERIFY(!file.hasValue());
        QCOMPARE(file.error().code, StorageErrc::WrongKey);
        QVERIFY(describe(file.error(), path).contains(QStringLiteral("Wrong passphrase")));
        QCOMPARE(test::fileSha256(path), before);
        QCOMPARE(test::fileSha256(metaPathFor(path)), metaBefore);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        auto missing = DatabaseFile::unlock(path, secrets, nullptr);
        QCOMPARE(missing.error().code, StorageErrc::PassphraseRequired);

        const SecureBytes right(QByteArrayView("correct horse battery staple"));
        QVERIFY(DatabaseFile::unlock(path, secrets, &right).hasValue());
    }

    void testWrongKeychainKeyChangesNothing()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        insertPet(*t.db, QStringLiteral("Toby"));
        const DatabaseMeta meta = t.file->meta();
        t.db.reset();
        t.file.reset();
        const QByteArray before = test::fileSha256(t.path());
        QVERIFY(t.secrets.write(meta.keychainEntry(), SecureBytes(QByteArray(32, 'k'))).hasValue());
        auto file = DatabaseFile::unlock(t.path(), t.secrets, nullptr);
        QCOMPARE(file.error().code, StorageErrc::WrongKey);
        QCOMPARE(test::fileSha256(t.path()), before);

        QVERIFY(t.secrets.remove(meta.keychainEntry()).hasValue());
        file = DatabaseFile::unlock(t.path(), t.secrets, nullptr);
        QCOMPARE(file.error().code, StorageErrc::KeyUnavailable);
    }

    void testDamagedFileIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated mid-page") << QStringLiteral("truncate-odd");
        QTest::newRow("truncated to half") << QStringLiteral("truncate-half");
        QTest::newRow("header bytes flipped") << QStringLiteral("flip-header");
        QTest::newRow("empty file") << QStringLiteral("empty");
    }

    void testDamagedFileIsRefused()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        makePassphraseDatabase(path, "pw");
        QByteArray bytes = test::readAll(path);
        QVERIFY(bytes.size() > 8192);
        if (damage == QStringLiteral("truncate-odd")) {
            bytes.truncate(bytes.size() - 100);
        } else if (damage == QStringLiteral("truncate-half")) {
            bytes.truncate(bytes.size() / 2 / 1024 * 1024);
        } else if (damage == QStringLiteral("flip-header")) {
            for (int i = 100; i < 140; ++i) {
                bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
            }
        } else {
            bytes.clear();
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        MemorySecretStore secrets;
        const SecureBytes pass(QByteArrayView("pw"));
        auto file = DatabaseFile::unlock(path, secrets, &pass);
        QVERIFY2(!file.hasValue(), "a damaged database was opened");
        QCOMPARE(file.error().code, StorageErrc::Damaged);
        const QString message = describe(file.error(), path);
        QVERIFY2(message.contains(backupDirFor(path)), qPrintable(message));
        QCOMPARE(test::readAll(path), bytes);
    }

    void testMissingMetaIsExplained()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        t.db.reset();
        t.file.reset();
        QVERIFY(QFile::remove(metaPathFor(t.path())));
        auto file = DatabaseFile::unlock(t.path(), t.secrets, nullptr);
        QCOMPARE(file.error().code, StorageErrc::MetaMissing);
        QVERIFY(describe(file.error(), t.path()).contains(QStringLiteral(".meta")));
    }

    void testCreateWithoutKeychainAsksForPassphrase()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        secrets.setAvailable(false);
        const QString path = dir.filePath(QStringLiteral("k.db"));
        auto file = DatabaseFile::create(path, secrets, CreateOptions{});
        QCOMPARE(file.error().code, StorageErrc::PassphraseRequired);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(metaPathFor(path)));
    }

    void testNestedTransactionsRollBackInnerOnly()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        auto outer = t.db->transaction([&]() -> StorageResult<void> {
            insertPet(*t.db, QStringLiteral("Kept"));
            auto inner = t.db->transaction([&]() -> StorageResult<void> {
                insertPet(*t.db, QStringLiteral("Undone"));
                return fail(StorageErrc::Invalid, "inner fails");
            });
            Q_UNUSED(inner);
            return {};
        });
        QVERIFY(outer.hasValue());
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM pets")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Kept"));
    }

    void testTextBoundInPlaceIsReadThenForgotten()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        const QString sql = QStringLiteral("SELECT ?, ?, ?");
        const std::string name = "Zanahoria ñandú";
        {
            Query q(*t.db, sql);
            q.bindStable(name).bindConstant(enumName(Species::Cat)).bind(std::string("copied"));
            QVERIFY(q.exec());
            QVERIFY(q.next());
            QCOMPARE(q.str(0), name);
            QCOMPARE(q.str(1), std::string("cat"));
            QCOMPARE(q.str(2), std::string("copied"));
        }
        // The statement stays cached; it must not keep a pointer to the caller's text.
        sqlite3_stmt* cached = nullptr;
        for (sqlite3_stmt* s = sqlite3_next_stmt(t.db->handle(), nullptr); s;
             s = sqlite3_next_stmt(t.db->handle(), s)) {
            if (QString::fromUtf8(sqlite3_sql(s)) == sql) {
                cached = s;
            }
        }
        QVERIFY(cached);
        char* expanded = sqlite3_expanded_sql(cached);
        QCOMPARE(QString::fromUtf8(expanded), QStringLiteral("SELECT NULL, NULL, NULL"));
        sqlite3_free(expanded);
    }

    void testOneQueryRunsManyTimes()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        QVERIFY(t.db->execScript(QStringLiteral("CREATE TABLE numbers (n INTEGER, word TEXT, day TEXT)")));
        const std::vector<std::string> words = {"one", "two", "three"};
        {
            Query insert(*t.db, QStringLiteral("INSERT INTO numbers VALUES (?, ?, ?)"));
            for (int i = 0; i < 3; ++i) {
                insert.bind(i + 1).bindStable(words[static_cast<std::size_t>(i)]).bind(Date{2026, 12, i + 1u});
                QVERIFY(insert.exec());
                QCOMPARE(insert.rowsAffected(), 1);
            }
            // A failed run leaves it usable.
            insert.bind(9).bind(QStringLiteral("nine"));
            QVERIFY(!insert.exec());
            insert.bind(4).bindOrNull(qint64{0}).bindOrNull(std::string());
            QVERIFY(insert.exec());
        }
        // A SELECT run again before its rows were all read starts over, with the new binding.
        Query select(*t.db, QStringLiteral("SELECT word, day FROM numbers WHERE n >= ? ORDER BY n"));
        select.bind(1);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.str(0), std::string("one"));
        select.bind(2);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.str(0), std::string("two"));
        QCOMPARE(select.date(1), std::optional<Date>(Date{2026, 12, 2}));
        QVERIFY(select.next());
        QCOMPARE(select.str(0), std::string("three"));
        QVERIFY(select.next());
        QVERIFY(select.isNull(0));
        QVERIFY(select.isNull(1));
        QVERIFY(!select.next());
        // Without parameters, running again starts over too.
        Query count(*t.db, QStringLiteral("SELECT count(*) FROM numbers"));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(count.exec());
            QVERIFY(count.next());
            QCOMPARE(count.int64(0), 4);
        }
        QVERIFY(count.exec());
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), 4);
        QVERIFY(!count.next());
    }

    void testPlainSqliteIsNeverLoaded()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly)) {
            QSKIP("no /proc/self/maps on this platform");
        }
        const QByteArray text = maps.readAll();
        QVERIFY(text.contains("libsqlcipher"));
        QVERIFY2(!text.contains("libsqlite3"), "plain SQLite is loaded next to SQLCipher");
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
