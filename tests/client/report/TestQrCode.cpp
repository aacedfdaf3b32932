// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTestSupport.h"
#include "petinfo/report/QrCode.h"
#include "petinfo/report/QrDecoder.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace petinfo::report;

namespace {

/** The code painted the way the PDFs paint it, onto an image, `pixelsPerModule` per module. */
QImage paintCode(const QrCode& code, int pixelsPerModule, QImage::Format format = QImage::Format_RGB32,
                 QColor background = Qt::white)
{
    const int side = code.sizeWithQuietZone() * pixelsPerModule + 40;
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(background);
    QPainter painter(&image);
    code.paint(painter, QRectF(20, 20, side - 40, side - 40));
    painter.end();
    return image.convertToFormat(format);
}

QString tagUrl()
{
    return QStringLiteral("https://petinfo.example/t/AbCdEfGhIjKlMnOpQrStUv");
}

} // namespace

class TestQrCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEncodesDecodablePayload_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QrErrorCorrection>("ecc");
        QTest::addColumn<QString>("level");
        QTest::newRow("tag url M") << tagUrl() << QrErrorCorrection::Medium << "M";
        QTest::newRow("tag url Q") << tagUrl() << QrErrorCorrection::Quartile << "Q";
        QTest::newRow("tag url H") << tagUrl() << QrErrorCorrection::High << "H";
        QTest::newRow("path prefix") << QStringLiteral("https://example.org/clinics/norte/t/AbCdEfGhIjKlMnOpQrStUv")
                                     << QrErrorCorrection::Medium << "M";
        QTest::newRow("utf-8") << QStringLiteral("Ñandú 🐾 Größe") << QrErrorCorrection::Medium << "M";
    }

    void testEncodesDecodablePayload()
    {
        QFETCH(QString, text);
        QFETCH(QrErrorCorrection, ecc);
        QFETCH(QString, level);
        auto code = QrCode::encode(text, ecc);
        QVERIFY2(code.hasValue(), code ? "" : code.error().detail.c_str());
        QCOMPARE(code->errorCorrection(), ecc);
        QCOMPARE((code->size() - 17) % 4, 0); // a real QR version: 21, 25, 29…
        const auto found = decodeQrCodes(paintCode(*code, 6));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].text, text);
        QCOMPARE(found[0].errorCorrection, level);
    }

    void testRejectsOversizedPayload()
    {
        auto code = QrCode::encode(QString(5000, QLatin1Char('x')));
        QVERIFY(!code.hasValue());
        QCOMPARE(code.error().code, ReportErrc::QrEncodingFailed);
        QVERIFY(!QrCode::encode(QString()).hasValue());
    }

    void testPathCoversExactlyTheDarkModules()
    {
        auto code = QrCode::encode(tagUrl());
        QVERIFY(code.hasValue());
        int dark = 0;
        for (int y = 0; y < code->size(); ++y) {
            for (int x = 0; x < code->size(); ++x) {
                dark += code->isDark(x, y) ? 1 : 0;
            }
        }
        // Merging must save shapes, or the PDF carries one rectangle per module.
        QVERIFY2(code->rectangleCount() < dark / 2,
                 qPrintable(QStringLiteral("%1 rectangles for %2 modules").arg(code->rectangleCount()).arg(dark)));
        constexpr int kModule = 10;
        const QPainterPath path = code->modulePath(QRectF(0, 0, code->size() * kModule, code->size() * kModule));
        QCOMPARE(path.fillRule(), Qt::WindingFill);
        for (int y = 0; y < code->size(); ++y) {
            for (int x = 0; x < code->size(); ++x) {
                const QPointF centre((x + 0.5) * kModule, (y + 0.5) * kModule);
                QVERIFY2(path.contains(centre) == code->isDark(x, y),
                         qPrintable(QStringLiteral("module %1,%2").arg(x).arg(y)));
            }
        }
    }

    void testPaintsFullQuietZone()
    {
        auto code = QrCode::encode(tagUrl());
        QVERIFY(code.hasValue());
        constexpr int kModule = 5;
        // A grey label background must not reach into the quiet zone.
        const QImage image = paintCode(*code, kModule, QImage::Format_RGB32, QColor(128, 128, 128));
        const int outer = code->sizeWithQuietZone() * kModule;
        const int quiet = QrCode::kQuietZoneModules * kModule;
        for (int y = 20; y < 20 + outer; ++y) {
            for (int x = 20; x < 20 + outer; ++x) {
                const bool inQuietZone =
                    x < 20 + quiet || y < 20 + quiet || x >= 20 + outer - quiet || y >= 20 + outer - quiet;
                if (inQuietZone) {
                    QVERIFY2(image.pixel(x, y) == qRgb(255, 255, 255),
                             qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
                }
            }
        }
        QCOMPARE(code->symbolRect(QRectF(0, 0, outer, outer)),
                 QRectF(quiet, quiet, code->size() * kModule, code->size() * kModule));
    }

    void testDecodesImageFormats_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::addColumn<bool>("transparentBackground");
        QTest::newRow("RGB32") << QImage::Format_RGB32 << false;
        QTest::newRow("ARGB32 transparent") << QImage::Format_ARGB32 << true;
        QTest::newRow("ARGB32 premultiplied transparent") << QImage::Format_ARGB32_Premultiplied << true;
        QTest::newRow("RGBA8888 transparent") << QImage::Format_RGBA8888 << true;
        QTest::newRow("RGB888") << QImage::Format_RGB888 << false;
        QTest::newRow("BGR888") << QImage::Format_BGR888 << false;
        QTest::newRow("RGB16") << QImage::Format_RGB16 << false;
        QTest::newRow("Grayscale8") << QImage::Format_Grayscale8 << false;
        QTest::newRow("Grayscale16") << QImage::Format_Grayscale16 << false;
        QTest::newRow("Indexed8") << QImage::Format_Indexed8 << false;
        QTest::newRow("Mono") << QImage::Format_Mono << false;
    }

    void testDecodesImageFormats()
    {
        QFETCH(QImage::Format, format);
        QFETCH(bool, transparentBackground);
        auto code = QrCode::encode(tagUrl());
        QVERIFY(code.hasValue());
        QImage image = paintCode(*code, 5, QImage::Format_ARGB32, transparentBackground ? Qt::transparent : Qt::white);
        if (transparentBackground) {
            // Like a Qt PDF page: only the dark modules are opaque.
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            const int outer = code->sizeWithQuietZone() * 5;
            painter.drawPath(code->modulePath(code->symbolRect(QRectF(20, 20, outer, outer))));
        }
        image = image.convertToFormat(format);
        QCOMPARE(image.format(), format);
        const auto found = decodeQrCodes(image);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].text, tagUrl());
    }

    void testDecodesRotatedAndSeveralCodes()
    {
        QImage sheet(900, 300, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QStringList texts;
        QPainter painter(&sheet);
        for (int i = 0; i < 3; ++i) {
            texts << QStringLiteral("https://petinfo.example/t/code%1AbCdEfGhIjKlMn").arg(i);
            auto code = QrCode::encode(texts.last());
            QVERIFY(code.hasValue());
            painter.save();
            painter.translate(150 + i * 300, 150);
            painter.rotate(i * 90);
            code->paint(painter, QRectF(-130, -130, 260, 260));
            painter.restore();
        }
        painter.end();
        QStringList decoded;
        for (const DecodedQr& qr : decodeQrCodes(sheet)) {
            decoded << qr.text;
            QCOMPARE(qr.corners.size(), 4);
        }
        decoded.sort();
        QCOMPARE(decoded, texts);
    }

    void testDecodesFromFile_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("png") << QByteArray("PNG");
        QTest::newRow("jpeg") << QByteArray("JPG");
        QTest::newRow("bmp") << QByteArray("BMP");
    }

    void testDecodesFromFile()
    {
        QFETCH(QByteArray, format);
        QTemporaryDir dir;
        auto code = QrCode::encode(tagUrl());
        QVERIFY(code.hasValue());
        const QString path = dir.filePath(QStringLiteral("scan.") + QString::fromLatin1(format).toLower());
        QVERIFY(paintCode(*code, 4).save(path, format.constData()));
        auto found = decodeQrCodesFromFile(path);
        QVERIFY(found.hasValue());
        QCOMPARE(found->size(), std::size_t(1));
        QCOMPARE(found->front().text, tagUrl());
    }

    void testReportsUnreadableAndEmptyImages()
    {
        QTemporaryDir dir;
        auto missing = decodeQrCodesFromFile(dir.filePath(QStringLiteral("missing.png")));
        QVERIFY(!missing.hasValue());
        QCOMPARE(missing.error().code, ReportErrc::ImageUnreadable);

        const QString garbage = dir.filePath(QStringLiteral("garbage.png"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        auto unreadable = decodeQrCodesFromFile(garbage);
        QVERIFY(!unreadable.hasValue());
        QCOMPARE(unreadable.error().code, ReportErrc::ImageUnreadable);

        QImage blank(400, 400, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString blankPath = dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(blank.save(blankPath));
        auto none = decodeQrCodesFromFile(blankPath);
        QVERIFY(!none.hasValue());
        QCOMPARE(none.error().code, ReportErrc::NoCodeFound);
        QVERIFY(decodeQrCodes(QImage()).empty());
    }
};

QTEST_MAIN(TestQrCode)
#include "TestQrCode.moc"
