// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/CardGridView.h"

#include <QPaintEvent>
#include <QPainter>

namespace petinfo::client {

CardGridView::CardGridView(QWidget* parent)
    : QListView(parent)
{
    // Qt then paints no background for the viewport, nor anything beneath it: paintEvent does.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
}

void CardGridView::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(viewport());
        painter.fillRect(event->rect(), viewport()->palette().color(QPalette::Base));
    }
    QListView::paintEvent(event);
}

} // namespace petinfo::client
