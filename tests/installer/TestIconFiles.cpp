// SPDX-License-Identifier: GPL-3.0-or-later
// installer/icons: the app icon rendered to PNG, and the .ico and .icns containers around the PNGs.
#include "IconFiles.h"
#include "gui/AppIcon.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTest>
#include <QtEndian>

using petinfo::installer::PngImage;

namespace {

QImage decode(const QByteArray& png)
{
    QImage image;
    image.loadFromData(png, "PNG");
    return image;
}

QList<PngImage> render(std::initializer_list<int> sizes)
{
    QList<PngImage> images;
    for (int size : sizes) {
        images.append({size, petinfo::installer::renderPng(petinfo::client::appIcon(), size)});
    }
    return images;
}

quint16 le16(const QByteArray& data, int at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 le32(const QByteArray& data, int at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint32 be32(const QByteArray& data, int at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

} // namespace

class TestIconFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRenderPngIsTheAppIcon_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 48, 256, 1024}) {
            QTest::addRow("%d", size) << size;
        }
    }

    void testRenderPngIsTheAppIcon()
    {
        QFETCH(int, size);
        const QImage image = decode(petinfo::installer::renderPng(petinfo::client::appIcon(), size));
        QCOMPARE(image.size(), QSize(size, size));
        // The 64-unit design: rounded corners are transparent, the square is teal, the pad white.
        const auto at = [&](double x, double y) {
            return image.pixelColor(int(x * size / 64), int(y * size / 64));
        };
        QCOMPARE(at(0.2, 0.2).alpha(), 0);
        QCOMPARE(at(6, 32), QColor(0x1f, 0x8a, 0x7a));
        QCOMPARE(at(32, 42), QColor(Qt::white));
    }

    void testIcoHoldsEachPng()
    {
        const QList<PngImage> images = render({16, 32, 256});
        const auto ico = petinfo::installer::icoFile(images);
        QVERIFY(ico);
        const QByteArray& data = *ico;
        QCOMPARE(le16(data, 0), quint16(0));
        QCOMPARE(le16(data, 2), quint16(1)); // an icon, not a cursor
        QCOMPARE(le16(data, 4), quint16(images.size()));
        for (int i = 0; i < images.size(); ++i) {
            const int entry = 6 + 16 * i;
            const int side = images[i].size == 256 ? 0 : images[i].size;
            QCOMPARE(quint8(data[entry]), quint8(side));
            QCOMPARE(quint8(data[entry + 1]), quint8(side));
            QCOMPARE(le16(data, entry + 6), quint16(32));
            const quint32 length = le32(data, entry + 8);
            const quint32 offset = le32(data, entry + 12);
            QVERIFY(offset + length <= quint32(data.size()));
            QCOMPARE(data.mid(offset, length), images[i].data);
        }
        QCOMPARE(quint32(data.size()), le32(data, 6 + 16 * 2 + 12) + le32(data, 6 + 16 * 2 + 8));
    }

    void testIcoReadsBackWithQt()
    {
        if (!QImageReader::supportedImageFormats().contains("ico")) {
            QSKIP("Qt's ico image plugin is not installed");
        }
        const auto ico = petinfo::installer::icoFile(render({16, 48}));
        QVERIFY(ico);
        QByteArray bytes = *ico;
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer, "ico");
        QCOMPARE(reader.imageCount(), 2);
        QList<QSize> sizes;
        for (int i = 0; i < reader.imageCount(); ++i) {
            QVERIFY(reader.jumpToImage(i));
            sizes.append(reader.read().size());
        }
        QCOMPARE(sizes, (QList<QSize>{QSize(16, 16), QSize(48, 48)}));
    }

    void testIcoRefusesWhatItCannotSay()
    {
        QVERIFY(!petinfo::installer::icoFile(render({512})));
        QVERIFY(!petinfo::installer::icoFile({{0, QByteArray("x")}}));
    }

    void testIcnsElements()
    {
        const QList<PngImage> images = render({16, 32, 1024});
        const auto icns = petinfo::installer::icnsFile(images);
        QVERIFY(icns);
        const QByteArray& data = *icns;
        QCOMPARE(data.left(4), QByteArray("icns"));
        QCOMPARE(be32(data, 4), quint32(data.size()));
        // 32 pixels is both "32×32" and "16×16 @2x".
        const QList<std::pair<QByteArray, int>> expected{{"icp4", 0}, {"icp5", 1}, {"ic11", 1}, {"ic10", 2}};
        int at = 8;
        for (const auto& [type, image] : expected) {
            QCOMPARE(data.mid(at, 4), type);
            const quint32 length = be32(data, at + 4);
            QCOMPARE(data.mid(at + 8, length - 8), images[image].data);
            at += int(length);
        }
        QCOMPARE(at, data.size());
    }

    void testIcnsRefusesUnknownSizes() { QVERIFY(!petinfo::installer::icnsFile(render({48}))); }
};

QTEST_MAIN(TestIconFiles)
#include "TestIconFiles.moc"
