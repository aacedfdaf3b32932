// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/ReportError.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <vector>

class QPainter;

namespace petinfo::report {

/** QR error-correction levels we allow. L (7 %) is left out on purpose: tags get scratched. */
enum class QrErrorCorrection
{
    Medium,   ///< M, ~15 % of codewords recoverable
    Quartile, ///< Q, ~25 %
    High,     ///< H, ~30 %
};

/** An encoded QR symbol as a module matrix. Painted as vector shapes, never as a scaled bitmap, so
 *  edges stay sharp at any printer resolution. */
class QrCode
{
public:
    /** ISO/IEC 18004 asks for a light margin of 4 modules around the symbol. */
    static constexpr int kQuietZoneModules = 4;

    /** Encodes `text` (ASCII as-is; anything else as UTF-8 with an ECI marker). */
    static ReportResult<QrCode> encode(const QString& text, QrErrorCorrection ecc = QrErrorCorrection::Medium);

    /** Modules per side of the symbol, without the quiet zone. */
    int size() const { return m_size; }
    /** Modules per side including the quiet zone on both sides. */
    int sizeWithQuietZone() const { return m_size + 2 * kQuietZoneModules; }
    bool isDark(int x, int y) const { return m_modules[static_cast<std::size_t>(y * m_size + x)] != 0; }
    QrErrorCorrection errorCorrection() const { return m_ecc; }
    const QString& text() const { return m_text; }

    /** The dark modules as one path of merged rectangles (runs joined across rows), in
     *  `symbolRect` (the symbol without quiet zone). Fill it with Qt::WindingFill. */
    QPainterPath modulePath(const QRectF& symbolRect) const;
    /** Number of rectangles in modulePath(): a measure of how much the merging saved. */
    int rectangleCount() const;

    /** Paints the quiet zone (white) and the symbol into `outerRect`, which includes the quiet zone
     *  and should be square. */
    void paint(QPainter& painter, const QRectF& outerRect, const QColor& dark = Qt::black) const;

    /** The symbol's rectangle inside `outerRect` (which includes the quiet zone). */
    QRectF symbolRect(const QRectF& outerRect) const;

private:
    struct Rect
    {
        int x, y, w, h;
    };
    std::vector<Rect> mergedRects() const;

    QString m_text;
    QrErrorCorrection m_ecc = QrErrorCorrection::Medium;
    int m_size = 0;
    std::vector<std::uint8_t> m_modules;
};

} // namespace petinfo::report
