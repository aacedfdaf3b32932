// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/StatusBar.h"

#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

#include <algorithm>

namespace petinfo::client {

StatusBar::StatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    connect(this, &QStatusBar::messageChanged, this, [this](const QString& message) { setToolTip(message); });
}

int StatusBar::gap() const
{
    return fontMetrics().averageCharWidth() * 3;
}

QRect StatusBar::messageRect() const
{
    // While a message shows, QStatusBar hides the normal widgets: the visible ones are permanent.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int left = 6;
    int right = width() - 12;
    for (const QWidget* w : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!w->isVisible() || w->isWindow()) {
            continue;
        }
        if (qobject_cast<const QSizeGrip*>(w)) {
            if (rtl) {
                left = std::max(left, w->geometry().right() + 1);
            } else {
                right = std::min(right, w->x());
            }
            continue;
        }
        if (rtl) {
            left = std::max(left, w->geometry().right() + 1 + gap());
        } else {
            right = std::min(right, w->x() - gap());
        }
    }
    return QRect(left, 0, std::max(0, right - left), height());
}

QString StatusBar::shownMessage() const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideMiddle, messageRect().width());
}

void StatusBar::paintEvent(QPaintEvent* event)
{
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // QStatusBar's own painting, with the message shortened and kept clear of the permanent widgets.
    QPainter p(this);
    QStyleOption panel;
    panel.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &panel, &p, this);
    for (QWidget* w : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!w->isVisible() || w->isWindow() || qobject_cast<QSizeGrip*>(w)) {
            continue;
        }
        QStyleOption frame(0);
        frame.rect = w->geometry().adjusted(-2, -1, 2, 1);
        frame.palette = palette();
        frame.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frame, &p, w);
    }
    p.setPen(palette().windowText().color());
    p.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}

} // namespace petinfo::client
