// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's photo cache: a photo asked for while a view paints is read and decoded only once
// control is back in the event loop (never during the paint), at the cache's size, once; a photo
// that is not there is not asked for again until clear().
#include "ShelterSeed.h"
#include "kiosk/PhotoCache.h"

#include <QSignalSpy>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestPhotoCache final : public QObject
{
    Q_OBJECT

    struct Photos
    {
        QHash<QString, QByteArray> bytes{{QStringLiteral("a"), test::samplePhoto(1, {640, 480})},
                                         {QStringLiteral("b"), test::samplePhoto(2, {480, 640})}};
        QStringList reads;

        PhotoCache::Loader loader()
        {
            return [this](const QString& id) {
                reads << id;
                return bytes.value(id);
            };
        }
    };

private Q_SLOTS:
    void testPhotoIsReadAfterThePaintThatAskedForIt()
    {
        Photos photos;
        PhotoCache cache(photos.loader(), {240, 180}, 10);
        QSignalSpy ready(&cache, &PhotoCache::photoReady);
        QVERIFY(cache.photo(QStringLiteral("a")).isNull());
        QVERIFY(cache.photo(QStringLiteral("b")).isNull());
        QVERIFY(cache.photo(QStringLiteral("a")).isNull());
        // Nothing read yet: a view painting cards goes on painting.
        QVERIFY(photos.reads.isEmpty());
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(photos.reads, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(cache.photo(QStringLiteral("a")).size(), QSize(240, 180));
        QCOMPARE(cache.photo(QStringLiteral("b")).size(), QSize(240, 180));
        QCOMPARE(photos.reads.size(), 2); // from the cache from now on
    }

    void testWaitForDecodesStartsWhatWasAskedFor()
    {
        Photos photos;
        PhotoCache cache(photos.loader(), {160, 120}, 10);
        QSignalSpy ready(&cache, &PhotoCache::photoReady);
        QVERIFY(cache.photo(QStringLiteral("a")).isNull());
        cache.waitForDecodes();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(cache.photo(QStringLiteral("a")).size(), QSize(160, 120));
        // The queued start that follows finds nothing left to do.
        QTest::qWait(20);
        QCOMPARE(photos.reads.size(), 1);
        QCOMPARE(ready.size(), 1);
    }

    void testMissingPhotoIsAskedForAgainOnlyAfterClear()
    {
        Photos photos;
        PhotoCache cache(photos.loader(), {160, 120}, 10);
        QSignalSpy ready(&cache, &PhotoCache::photoReady);
        QVERIFY(cache.photo(QStringLiteral("later")).isNull());
        cache.waitForDecodes();
        QVERIFY(cache.photo(QStringLiteral("later")).isNull());
        cache.waitForDecodes();
        QCOMPARE(photos.reads, QStringList{QStringLiteral("later")});
        QCOMPARE(ready.size(), 0);

        photos.bytes.insert(QStringLiteral("later"), test::samplePhoto(3, {320, 240}));
        cache.clear();
        QVERIFY(cache.photo(QStringLiteral("later")).isNull());
        cache.waitForDecodes();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(cache.photo(QStringLiteral("later")).size(), QSize(160, 120));
    }

    void testBytesThatAreNotAPhoto()
    {
        Photos photos;
        photos.bytes.insert(QStringLiteral("junk"), QByteArray("not a picture at all"));
        PhotoCache cache(photos.loader(), {160, 120}, 10);
        QSignalSpy ready(&cache, &PhotoCache::photoReady);
        QVERIFY(cache.photo(QStringLiteral("junk")).isNull());
        cache.waitForDecodes();
        QVERIFY(cache.photo(QStringLiteral("junk")).isNull());
        QCOMPARE(ready.size(), 0);
        QVERIFY(cache.photoNow(QStringLiteral("junk")).isNull());
    }

    void testDecodeCoversAndCrops_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("size");
        QTest::newRow("landscape into landscape") << QSize(1024, 768) << QSize(480, 360);
        QTest::newRow("portrait into landscape") << QSize(480, 640) << QSize(480, 360);
        QTest::newRow("smaller than asked") << QSize(100, 80) << QSize(480, 360);
    }

    void testDecodeCoversAndCrops()
    {
        QFETCH(QSize, source);
        QFETCH(QSize, size);
        const QImage image = decodeCovering(test::samplePhoto(7, source), size);
        QCOMPARE(image.size(), size);
        QCOMPARE(image.format(), QImage::Format_RGB32);
    }
};

QTEST_MAIN(TestPhotoCache)
#include "TestPhotoCache.moc"
