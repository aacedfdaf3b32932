// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace petinfo::client {

/** The kiosk's touch-first look: large type and hit targets (at least 56 px, above the 48 px that
 *  touch guidelines ask for), high contrast, readable from a step away at 1280x800 and 1920x1080. */
namespace kioskstyle {

/** The style sheet for the whole kiosk window, with the base text size in pixels. */
QString styleSheet(int basePixelSize);
/** The base text size for a screen of that height: 20 px at 800, growing to 26 px at 1080 and above. */
int basePixelSize(int screenHeight);
/** Marks a widget for one of the style sheet's roles ("primary", "secondary", "title", "badge", ...). */
void setRole(QWidget* widget, const char* role);

} // namespace kioskstyle

} // namespace petinfo::client
