// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Palette.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace petinfo::client::palette {

namespace {

QColor tuned(const QPalette& palette, int hue)
{
    // Same hue, lightness chosen for contrast against the base colour (WCAG-ish 4.5:1 either way).
    return isDark(palette) ? QColor::fromHsl(hue, 200, 170) : QColor::fromHsl(hue, 220, 85);
}

QStyle* styleOf(const QWidget* widget)
{
    return widget ? widget->style() : QApplication::style();
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor errorText(const QPalette& palette)
{
    return tuned(palette, 0);
}

QColor warningText(const QPalette& palette)
{
    return tuned(palette, 35);
}

QIcon warningIcon(const QWidget* widget)
{
    return styleOf(widget)->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
}

QIcon errorIcon(const QWidget* widget)
{
    return styleOf(widget)->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, widget);
}

QIcon informationIcon(const QWidget* widget)
{
    return styleOf(widget)->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, widget);
}

} // namespace petinfo::client::palette
