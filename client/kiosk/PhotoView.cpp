// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/PhotoView.h"

#include <QPainter>
#include <QPainterPath>

namespace petinfo::client {

PhotoView::PhotoView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(240, 180);
}

void PhotoView::setImage(const QImage& image, const QString& placeholder)
{
    m_image = image;
    m_placeholder = placeholder;
    update();
}

void PhotoView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_image.isNull()) {
        QPainterPath frame;
        frame.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 16, 16);
        painter.fillPath(frame, QColor(0xdf, 0xe6, 0xe2));
        painter.setPen(QColor(0x4f, 0x56, 0x60));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2.0, (height() - fitted.height()) / 2.0), fitted);
    QPainterPath clip;
    clip.addRoundedRect(target, 16, 16);
    painter.setClipPath(clip);
    painter.drawImage(target, m_image);
}

} // namespace petinfo::client
