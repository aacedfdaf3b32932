// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

class QPalette;
class QWidget;

namespace petinfo::client {

/** Colours derived from the current palette, so marks stay readable in light and dark themes
 *  instead of hard-coding a red that vanishes on a dark background. */
namespace palette {

/** Whether the palette has light text on a dark window (a dark theme). */
bool isDark(const QPalette& palette);
/** Text colour for overdue items and errors: a red tuned to the background's lightness. */
QColor errorText(const QPalette& palette);
/** Text colour for warnings and "due soon": an amber tuned the same way. */
QColor warningText(const QPalette& palette);

/** The style's standard warning / error / information icons. */
QIcon warningIcon(const QWidget* widget);
QIcon errorIcon(const QWidget* widget);
QIcon informationIcon(const QWidget* widget);

} // namespace palette

} // namespace petinfo::client
