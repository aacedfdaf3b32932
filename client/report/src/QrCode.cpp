// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/QrCode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <QPainter>

#include <exception>
#include <map>
#include <utility>

namespace petinfo::report {

namespace {

// MultiFormatWriter takes the QR level as 0..8: 3-4 give M, 5-6 Q, 7-8 H (checked by decoding the
// result's ecLevel() in the tests).
int zxingEccLevel(QrErrorCorrection ecc)
{
    switch (ecc) {
    case QrErrorCorrection::Medium:
        return 4;
    case QrErrorCorrection::Quartile:
        return 6;
    case QrErrorCorrection::High:
        return 8;
    }
    return 4;
}

bool isAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7F) {
            return false;
        }
    }
    return true;
}

} // namespace

ReportResult<QrCode> QrCode::encode(const QString& text, QrErrorCorrection ecc)
{
    if (text.isEmpty()) {
        return fail(ReportErrc::QrEncodingFailed, "empty payload");
    }
    QrCode code;
    code.m_text = text;
    code.m_ecc = ecc;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(zxingEccLevel(ecc)).setMargin(0);
        // Plain ASCII (every tag URL) goes without an ECI segment: shorter, and some older phone
        // scanners mishandle ECI. Anything else must say it is UTF-8.
        std::string bytes;
        if (isAscii(text)) {
            bytes = text.toLatin1().toStdString();
        } else {
            writer.setEncoding(ZXing::CharacterSet::UTF8);
            bytes = text.toUtf8().toStdString();
        }
        const ZXing::BitMatrix matrix = writer.encode(bytes, 0, 0);
        if (matrix.width() != matrix.height() || matrix.width() < 21) {
            return fail(ReportErrc::QrEncodingFailed, "unexpected matrix size");
        }
        code.m_size = matrix.width();
        code.m_modules.resize(static_cast<std::size_t>(code.m_size * code.m_size));
        for (int y = 0; y < code.m_size; ++y) {
            for (int x = 0; x < code.m_size; ++x) {
                code.m_modules[static_cast<std::size_t>(y * code.m_size + x)] = matrix.get(x, y) ? 1 : 0;
            }
        }
    } catch (const std::exception& e) {
        // ZXing reports an oversized payload by throwing; it must not cross our boundary.
        return fail(ReportErrc::QrEncodingFailed, e.what());
    }
    return code;
}

std::vector<QrCode::Rect> QrCode::mergedRects() const
{
    // Horizontal runs per row; a run with the same columns as an open rectangle from the row above
    // extends it downwards. Finder patterns and solid areas become a handful of rectangles.
    std::vector<Rect> rects;
    std::map<std::pair<int, int>, std::size_t> open; // (x, w) -> index of the rectangle ending on the row above
    for (int y = 0; y < m_size; ++y) {
        std::map<std::pair<int, int>, std::size_t> next;
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y)) {
                ++x;
            }
            const std::pair<int, int> key{start, x - start};
            if (auto it = open.find(key); it != open.end()) {
                ++rects[it->second].h;
                next.emplace(key, it->second);
            } else {
                rects.push_back({start, y, x - start, 1});
                next.emplace(key, rects.size() - 1);
            }
        }
        open = std::move(next);
    }
    return rects;
}

int QrCode::rectangleCount() const
{
    return static_cast<int>(mergedRects().size());
}

QPainterPath QrCode::modulePath(const QRectF& symbolRect) const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    if (m_size == 0) {
        return path;
    }
    const qreal mx = symbolRect.width() / m_size;
    const qreal my = symbolRect.height() / m_size;
    for (const Rect& r : mergedRects()) {
        path.addRect(QRectF(symbolRect.left() + r.x * mx, symbolRect.top() + r.y * my, r.w * mx, r.h * my));
    }
    return path;
}

QRectF QrCode::symbolRect(const QRectF& outerRect) const
{
    const qreal total = sizeWithQuietZone();
    const qreal qx = outerRect.width() * kQuietZoneModules / total;
    const qreal qy = outerRect.height() * kQuietZoneModules / total;
    return outerRect.adjusted(qx, qy, -qx, -qy);
}

void QrCode::paint(QPainter& painter, const QRectF& outerRect, const QColor& dark) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(outerRect, Qt::white);
    painter.setBrush(dark);
    painter.drawPath(modulePath(symbolRect(outerRect)));
    painter.restore();
}

} // namespace petinfo::report
