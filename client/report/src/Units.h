// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>
#include <QRectF>

namespace petinfo::report::detail {

/** Millimetres to device units. Everything is painted in device units (no painter scaling), so
 *  fonts keep their real point sizes on every device: PDF writer, printer, preview, image. */
class Units
{
public:
    explicit Units(const QPaintDevice& device)
        : m_perMmX(device.logicalDpiX() / 25.4)
        , m_perMmY(device.logicalDpiY() / 25.4)
    {}

    qreal x(qreal mm) const { return mm * m_perMmX; }
    qreal y(qreal mm) const { return mm * m_perMmY; }
    /** A length that is not tied to one axis (pen widths, radii). */
    qreal len(qreal mm) const { return mm * (m_perMmX + m_perMmY) / 2; }
    QPointF point(const QPointF& mm) const { return {x(mm.x()), y(mm.y())}; }
    QSizeF size(const QSizeF& mm) const { return {x(mm.width()), y(mm.height())}; }
    QRectF rect(const QRectF& mm) const { return {point(mm.topLeft()), size(mm.size())}; }
    qreal toMmX(qreal device) const { return device / m_perMmX; }
    qreal toMmY(qreal device) const { return device / m_perMmY; }

private:
    qreal m_perMmX;
    qreal m_perMmY;
};

} // namespace petinfo::report::detail
