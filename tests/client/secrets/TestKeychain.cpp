// SPDX-License-Identifier: GPL-3.0-or-later
// A round trip through the real OS keychain (Secret Service: gnome-keyring inside
// dbus-run-session in scripts/test-env.sh), and a database unlocked with the key kept there.
#include "TestSupport.h"

#include "petinfo/common/Random.h"
#include "secrets/SecretStore.h"
#include "storage/BackupPaths.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestKeychain final : public QObject
{
    Q_OBJECT

    QString m_service = QStringLiteral("Pet Info test %1").arg(QString::fromStdString(newUuid()));

private Q_SLOTS:
    void initTestCase()
    {
        const auto env = QProcessEnvironment::systemEnvironment();
        if (env.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).isEmpty()) {
            if (env.value(QStringLiteral("CI")) == QStringLiteral("true")) {
                QFAIL("no D-Bus session: run the tests through scripts/test-env.sh");
            }
            QSKIP("no D-Bus session bus; run through scripts/test-env.sh");
        }
    }

    void testRoundTrip()
    {
        KeychainSecretStore store(m_service);
        const QString name = QStringLiteral("round-trip");
        const SecureBytes secret(QByteArrayView("\x00\x01\xfe\xff binary key material", 25));
        auto written = store.write(name, secret);
        QVERIFY2(written.hasValue(), written ? "" : written.error().detail.c_str());
        auto read = store.read(name);
        QVERIFY2(read.hasValue(), read ? "" : read.error().detail.c_str());
        QVERIFY(*read == secret);
        QVERIFY(store.remove(name).hasValue());
        auto gone = store.read(name);
        QVERIFY(!gone.hasValue());
        QCOMPARE(gone.error().code, SecretErrc::NotFound);
    }

    void testDatabaseKeyLivesInKeychain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        KeychainSecretStore store(m_service);
        CreateOptions options;
        options.source = CreateOptions::Source::Keychain;
        auto created = DatabaseFile::create(path, store, options);
        QVERIFY2(created.hasValue(), created ? "" : created.error().detail.c_str());
        const DatabaseMeta meta = (*created)->meta();
        QCOMPARE(meta.keySource, KeySource::Keychain);
        // Nothing secret is in the meta file: only the key-check HMAC.
        QVERIFY(!test::readAll(metaPathFor(path)).contains((*created)->key().toHex().view().toByteArray()));
        created->reset();

        // A fresh store object (as after a restart) finds the key.
        KeychainSecretStore again(m_service);
        auto unlocked = DatabaseFile::unlock(path, again, nullptr);
        QVERIFY2(unlocked.hasValue(), unlocked ? "" : unlocked.error().detail.c_str());
        QVERIFY(again.remove(meta.keychainEntry()).hasValue());
        auto locked = DatabaseFile::unlock(path, again, nullptr);
        QCOMPARE(locked.error().code, StorageErrc::KeyUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
