// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/QrDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <QImageReader>
#include <QLineF>
#include <QPainter>

#include <algorithm>
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

namespace {

ZXing::DecodeHints hintsFor(const DecodeOptions& options)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(options.tryHarder).setTryRotate(options.tryRotate);
    return hints;
}

qreal side(const DecodedQr& qr)
{
    const QRectF box = qr.corners.boundingRect();
    return std::max(box.width(), box.height());
}

/** Collects results, dropping a code already found at about the same place (overlapping windows
 *  see it more than once). The same text elsewhere is kept: a sheet may repeat a code. */
class Collector
{
public:
    void add(const ZXing::Results& results, QPoint origin)
    {
        for (const ZXing::Result& result : results) {
            if (!result.isValid()) {
                continue;
            }
            DecodedQr qr;
            qr.text = QString::fromStdString(result.text());
            for (const auto& p : result.position()) {
                qr.corners << QPointF(p.x + origin.x(), p.y + origin.y());
            }
            qr.errorCorrection = QString::fromStdString(result.ecLevel());
            const bool known = std::any_of(m_found.begin(), m_found.end(), [&qr](const DecodedQr& other) {
                return other.text == qr.text && QLineF(other.center(), qr.center()).length() < side(other) / 2;
            });
            if (!known) {
                m_found.push_back(std::move(qr));
            }
        }
    }
    bool empty() const { return m_found.empty(); }
    qreal medianSide() const
    {
        std::vector<qreal> sides;
        for (const DecodedQr& qr : m_found) {
            sides.push_back(side(qr));
        }
        std::nth_element(sides.begin(), sides.begin() + static_cast<std::ptrdiff_t>(sides.size() / 2), sides.end());
        return sides[sides.size() / 2];
    }
    std::vector<DecodedQr> take() { return std::move(m_found); }

private:
    std::vector<DecodedQr> m_found;
};

ZXing::Results read(const ZXing::ImageView& view, const ZXing::DecodeHints& hints)
{
    try {
        return ZXing::ReadBarcodes(view, hints);
    } catch (const std::exception&) {
        return {}; // ZXing does not document throwing here; never let it cross our boundary.
    }
}

/** Decodes overlapping square windows of `tile` pixels, half a window apart. */
void scanTiles(const ZXing::ImageView& view, int tile, const ZXing::DecodeHints& hints, Collector& collector)
{
    const int step = std::max(1, tile / 2);
    for (int top = 0; top < view.height(); top += step) {
        for (int left = 0; left < view.width(); left += step) {
            collector.add(read(view.cropped(left, top, tile, tile), hints), QPoint(left, top));
            if (left + tile >= view.width()) {
                break;
            }
        }
        if (top + tile >= view.height()) {
            break;
        }
    }
}

} // namespace

std::vector<DecodedQr> decodeQrCodes(const QImage& image, const DecodeOptions& options)
{
    const QImage grey = flattenOnWhite(image);
    if (grey.isNull()) {
        return {};
    }
    // bytesPerLine, not width: QImage rows are 32-bit aligned.
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    const ZXing::DecodeHints hints = hintsFor(options);
    Collector collector;
    collector.add(read(view, hints), QPoint());
    if (!collector.empty() && !options.findAll) {
        return collector.take();
    }
    constexpr int kSmallestWindow = 120; // pixels; below that a code is not decodable anyway
    const int shorter = std::min(grey.width(), grey.height());
    if (collector.empty()) {
        // Nothing yet: windows of decreasing size until something turns up.
        for (int divisor : {2, 3, 4, 6, 8, 12}) {
            const int tile = shorter * 2 / (divisor + 1);
            if (tile < kSmallestWindow) {
                break;
            }
            scanTiles(view, tile, hints, collector);
            if (!collector.empty()) {
                break;
            }
        }
    }
    if (options.findAll && !collector.empty()) {
        // Windows three codes wide: with half-window steps every code lies whole in one of them,
        // together with few enough neighbours for the detector to pair its finder patterns.
        const int tile = std::max(kSmallestWindow, static_cast<int>(collector.medianSide() * 3));
        if (tile < std::max(grey.width(), grey.height())) {
            scanTiles(view, tile, hints, collector);
        }
    }
    return collector.take();
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
