// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AppIcon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace petinfo::client {

namespace {

/** Paints the 64×64 design of resources/icons/petinfo.svg scaled to the target rectangle. */
class PawIconEngine final : public QIconEngine
{
public:
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 64.0, rect.height() / 64.0);
        // Brand colours: this is an app icon, not UI chrome, so it does not follow the palette.
        const QColor back = mode == QIcon::Disabled ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x1f, 0x8a, 0x7a);
        QPainterPath square;
        square.addRoundedRect(QRectF(2, 2, 60, 60), 14, 14);
        painter->fillPath(square, back);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xff, 0xff, 0xff));
        painter->drawEllipse(QRectF(20, 30, 24, 20)); // pad
        painter->drawEllipse(QRectF(11, 22, 9, 12));  // toes
        painter->drawEllipse(QRectF(21, 13, 9, 12));
        painter->drawEllipse(QRectF(34, 13, 9, 12));
        painter->drawEllipse(QRectF(44, 22, 9, 12));
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine* clone() const override { return new PawIconEngine; }
    QString key() const override { return QStringLiteral("petinfo-paw"); }
};

} // namespace

QIcon appIcon()
{
    return QIcon(new PawIconEngine);
}

} // namespace petinfo::client
