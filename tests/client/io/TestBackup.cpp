// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/Backup.h"
#include "services/PetService.h"
#include "storage/BackupPaths.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestBackup final : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDay = 24LL * 3600 * 1000;

    static QStringList petNames(const DatabaseFile& file, const Clock& clock)
    {
        auto db = file.connect();
        if (!db) {
            return {QStringLiteral("<cannot open>")};
        }
        PetService service(std::move(*db), clock);
        QStringList names;
        for (const auto& s : *service.petSummaries()) {
            names << s.name;
        }
        return names;
    }

    /** Every table, index and trigger (the chunk triggers keep sync rows: a copy must have them). */
    static QStringList schemaOf(const DatabaseFile& file)
    {
        auto db = file.connect();
        if (!db) {
            return {QStringLiteral("<cannot open>")};
        }
        Query q(**db, QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name"));
        QStringList names;
        if (q.exec()) {
            while (q.next()) {
                names << q.text(0);
            }
        }
        return names;
    }

    static void addPet(const DatabaseFile& file, const Clock& clock, const char* name)
    {
        auto db = file.connect();
        QVERIFY(db.hasValue());
        PetService service(std::move(*db), clock);
        PetRecord r;
        r.pet.name = name;
        QVERIFY(service.createPet(r).hasValue());
    }

private Q_SLOTS:
    void testBackupIsEncryptedAndVerified()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        ManualClock clock(1795000000000, Date{2026, 11, 22});
        addPet(*t.file, clock, "Zanahoria");
        const QString target = t.dir.filePath(QStringLiteral("b.petinfo-backup"));
        auto made = Backup::create(*t.file, target, clock);
        QVERIFY2(made.hasValue(), made ? "" : made.error().detail.c_str());
        const QByteArray bytes = test::readAll(target);
        QVERIFY(bytes.startsWith("PETINFO-BACKUP\n"));
        QVERIFY(!bytes.contains("Zanahoria"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        auto info = Backup::inspect(target);
        QVERIFY(info.hasValue());
        QCOMPARE(info->createdAtMs, clock.nowMs());
        QCOMPARE(info->meta.databaseId, t.file->meta().databaseId);

        // A damaged or truncated backup is recognised before anything is touched.
        QByteArray damaged = bytes;
        damaged[damaged.size() - 10] = static_cast<char>(damaged[damaged.size() - 10] ^ 1);
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
        f.close();
        QCOMPARE(Backup::inspect(target).error().code, StorageErrc::Damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() / 2));
        f.close();
        QCOMPARE(Backup::inspect(target).error().code, StorageErrc::Damaged);
        t.db.reset();
        const QByteArray before = test::fileSha256(t.path());
        auto restored = Backup::restore(target, t.path(), t.secrets, clock);
        QCOMPARE(restored.error().code, StorageErrc::Damaged);
        QCOMPARE(test::fileSha256(t.path()), before);
    }

    void testRestoreBringsBackOldStateAndKeepsCurrent()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        t.db.reset();
        ManualClock clock(1795000000000, Date{2026, 11, 22});
        addPet(*t.file, clock, "Before");
        const QString target = t.dir.filePath(QStringLiteral("b.petinfo-backup"));
        QVERIFY(Backup::create(*t.file, target, clock).hasValue());
        addPet(*t.file, clock, "After");
        const DatabaseMeta meta = t.file->meta();
        const QStringList schema = schemaOf(*t.file);
        QVERIFY(schema.contains(QStringLiteral("trigger health_records_keep_sync_row")));
        t.file.reset();

        clock.advanceMs(60000);
        auto kept = Backup::restore(target, t.path(), t.secrets, clock);
        QVERIFY2(kept.hasValue(), kept ? "" : kept.error().detail.c_str());
        QVERIFY(kept->contains(QStringLiteral("pre-restore-")));
        auto reopened = DatabaseFile::unlock(t.path(), t.secrets, nullptr);
        QVERIFY(reopened.hasValue());
        QCOMPARE(petNames(**reopened, clock), QStringList{"Before"});
        QCOMPARE((*reopened)->meta().databaseId, meta.databaseId);
        QCOMPARE(schemaOf(**reopened), schema);

        // The state before the restore is itself restorable: nothing was lost.
        reopened->reset();
        QVERIFY(Backup::restore(*kept, t.path(), t.secrets, clock).hasValue());
        auto again = DatabaseFile::unlock(t.path(), t.secrets, nullptr);
        QCOMPARE(petNames(**again, clock), (QStringList{"After", "Before"}));
    }

    void testPortablePassphraseBackupRestoresElsewhere()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        t.db.reset();
        ManualClock clock(1795000000000, Date{2026, 11, 22});
        addPet(*t.file, clock, "Portable");
        const QString target = t.dir.filePath(QStringLiteral("export.petinfo-backup"));
        const SecureBytes pass(QByteArrayView("export passphrase"));
        QVERIFY(Backup::create(*t.file, target, clock, &pass, test::kTestKdfIterations).hasValue());
        QCOMPARE(Backup::inspect(target)->meta.keySource, KeySource::Passphrase);

        // Another machine: another keychain, no database yet.
        QTemporaryDir other;
        MemorySecretStore otherSecrets;
        const QString otherPath = other.filePath(QStringLiteral("petinfo.db"));
        const SecureBytes wrong(QByteArrayView("nope"));
        QCOMPARE(Backup::restore(target, otherPath, otherSecrets, clock, &wrong).error().code, StorageErrc::WrongKey);
        QVERIFY(!QFile::exists(otherPath));
        auto restored = Backup::restore(target, otherPath, otherSecrets, clock, &pass);
        QVERIFY2(restored.hasValue(), restored ? "" : restored.error().detail.c_str());
        QVERIFY(restored->isEmpty());
        auto file = DatabaseFile::unlock(otherPath, otherSecrets, &pass);
        QVERIFY(file.hasValue());
        QCOMPARE(petNames(**file, clock), QStringList{"Portable"});
        // No stray temporary files are left behind.
        QCOMPARE(QDir(other.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void testRestoreOverDamagedDatabaseKeepsItAside()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        t.db.reset();
        ManualClock clock(1795000000000, Date{2026, 11, 22});
        addPet(*t.file, clock, "Saved");
        QVERIFY(Backup::runAutomatic(*t.file, clock)->has_value());
        t.file.reset();
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() - 10);
        f.close();
        QCOMPARE(DatabaseFile::unlock(t.path(), t.secrets, nullptr).error().code, StorageErrc::Damaged);
        const auto backups = Backup::list(backupDirFor(t.path()));
        QCOMPARE(backups.size(), std::size_t{1});
        auto kept = Backup::restore(backups.front().path, t.path(), t.secrets, clock);
        QVERIFY2(kept.hasValue(), kept ? "" : kept.error().detail.c_str());
        QVERIFY(kept->contains(QStringLiteral(".damaged-")));
        QVERIFY(QFile::exists(*kept));
        auto file = DatabaseFile::unlock(t.path(), t.secrets, nullptr);
        QVERIFY(file.hasValue());
        QCOMPARE(petNames(**file, clock), QStringList{"Saved"});
    }

    void testAutomaticBackupsRunDailyAndKeepSeven()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        t.db.reset();
        ManualClock clock(1795000000000, Date{2026, 11, 22});
        QVERIFY(Backup::runAutomatic(*t.file, clock)->has_value());
        clock.advanceMs(kDay / 2);
        QVERIFY(!Backup::runAutomatic(*t.file, clock)->has_value());
        for (int day = 0; day < 9; ++day) {
            clock.advanceMs(kDay);
            QVERIFY(Backup::runAutomatic(*t.file, clock)->has_value());
        }
        const auto backups = Backup::list(backupDirFor(t.path()));
        QCOMPARE(backups.size(), std::size_t{7});
        QCOMPARE(backups.front().createdAtMs, clock.nowMs());
        QVERIFY(backups.front().createdAtMs > backups.back().createdAtMs);
    }

    void testCancelLeavesNoBackup()
    {
        test::TempDatabase t;
        QVERIFY(t.create());
        t.db.reset();
        ManualClock clock(1795000000000, Date{2026, 11, 22});
        for (int i = 0; i < 50; ++i) {
            addPet(*t.file, clock, "Pet");
        }
        const QString target = t.dir.filePath(QStringLiteral("c.petinfo-backup"));
        auto made = Backup::create(*t.file, target, clock, nullptr, 0, [](qint64, qint64) { return false; });
        QCOMPARE(made.error().code, StorageErrc::Cancelled);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(t.dir.path()).entryList({QStringLiteral(".petinfo-*")}, QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
