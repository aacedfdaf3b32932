// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/QrDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <QImageReader>
#include <QPainter>

#include <exception>

namespace petinfo::report {

QPointF DecodedQr::center() const
{
    if (corners.isEmpty()) {
        return {};
    }
    QPointF sum;
    for (const QPointF& p : corners) {
        sum += p;
    }
    return sum / static_cast<qreal>(corners.size());
}

QImage flattenOnWhite(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    if (image.format() == QImage::Format_Grayscale8) {
        return image;
    }
    if (!image.hasAlphaChannel()) {
        return image.convertToFormat(QImage::Format_Grayscale8);
    }
    // Converting straight to grey would turn transparent (0,0,0,0) pixels black.
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    {
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
    }
    return opaque.convertToFormat(QImage::Format_Grayscale8);
}

std::vector<DecodedQr> decodeQrCodes(const QImage& image, const DecodeOptions& options)
{
    std::vector<DecodedQr> found;
    const QImage grey = flattenOnWhite(image);
    if (grey.isNull()) {
        return found;
    }
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode)
        .setTryHarder(options.tryHarder)
        .setTryRotate(options.tryRotate)
        .setMaxNumberOfSymbols(static_cast<std::uint8_t>(qBound(1, options.maxSymbols, 255)));
    // bytesPerLine, not width: QImage rows are 32-bit aligned.
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::Results results;
    try {
        results = ZXing::ReadBarcodes(view, hints);
    } catch (const std::exception&) {
        return found; // ZXing does not document throwing here; never let it cross our boundary.
    }
    for (const ZXing::Result& result : results) {
        if (!result.isValid()) {
            continue;
        }
        DecodedQr qr;
        qr.text = QString::fromStdString(result.text());
        const auto& position = result.position();
        for (const auto& p : position) {
            qr.corners << QPointF(p.x, p.y);
        }
        qr.errorCorrection = QString::fromStdString(result.ecLevel());
        found.push_back(std::move(qr));
    }
    return found;
}

ReportResult<std::vector<DecodedQr>> decodeQrCodesFromFile(const QString& path, const DecodeOptions& options)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QImage image = reader.read();
    if (image.isNull()) {
        return fail(ReportErrc::ImageUnreadable, (path + QLatin1String(": ") + reader.errorString()).toStdString());
    }
    auto codes = decodeQrCodes(image, options);
    if (codes.empty()) {
        return fail(ReportErrc::NoCodeFound, path.toStdString());
    }
    return codes;
}

} // namespace petinfo::report
