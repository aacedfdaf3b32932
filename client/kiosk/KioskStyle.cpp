// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/KioskStyle.h"

#include <QVariant>
#include <QWidget>

#include <algorithm>

namespace petinfo::client::kioskstyle {

int basePixelSize(int screenHeight)
{
    return std::clamp(20 + (screenHeight - 800) * 6 / 280, 20, 26);
}

QString styleSheet(int base)
{
    const int big = base * 3 / 2;
    const int huge = base * 2;
    const int small = std::max(14, base * 3 / 4);
    const int target = std::max(56, base * 3);
    return QStringLiteral(R"(
QWidget#kioskWindow, QWidget#enrolmentPage { background: #f4f1ea; }
QWidget { font-size: %1px; color: #1f2328; }
QLabel[role="title"] { font-size: %3px; font-weight: 600; }
QLabel[role="heading"] { font-size: %2px; font-weight: 600; }
QLabel[role="muted"] { color: #4f5660; }
QLabel[role="small"] { font-size: %4px; color: #4f5660; }
QLabel[role="error"] { color: #a4161a; font-weight: 600; }
QLabel[role="badge"] { background: #e3f0e6; color: #1b5e20; border-radius: 12px; padding: 4px 12px; font-size: %4px; }
QLabel[role="badgeNo"] { background: #f6e0e0; color: #8e1b1b; border-radius: 12px; padding: 4px 12px; font-size: %4px; }
QWidget#kioskTopBar { background: #2f5d50; }
QWidget#kioskTopBar QLabel { color: white; }
QPushButton { min-height: %5px; min-width: %5px; padding: 4px 24px; border-radius: 12px; border: 2px solid #2f5d50;
              background: white; color: #2f5d50; font-weight: 600; }
QPushButton:pressed { background: #dfe9e5; }
QPushButton:disabled { border-color: #b8bfbc; color: #8a928f; }
QPushButton[role="primary"] { background: #2f5d50; color: white; }
QPushButton[role="primary"]:pressed { background: #234a3f; }
QPushButton[role="primary"]:disabled { background: #b8bfbc; border-color: #b8bfbc; color: white; }
QPushButton[role="key"], QPushButton#unlockButton { font-size: %2px; min-height: %6px; min-width: %6px; }
QPushButton[role="quiet"] { border: none; background: transparent; color: white; font-size: %4px; min-width: 0; }
QPushButton:checked { background: #2f5d50; color: white; }
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox { min-height: %5px; border: 2px solid #8a928f; border-radius: 8px;
                                                 padding: 0 12px; background: white; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus { border-color: #2f5d50; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border-color: #a4161a; }
QComboBox QAbstractItemView { font-size: %1px; }
QComboBox QAbstractItemView::item { min-height: %5px; }
QCheckBox, QRadioButton { min-height: %5px; spacing: 16px; }
QCheckBox::indicator, QRadioButton::indicator { width: 36px; height: 36px; }
QSpinBox::up-button, QSpinBox::down-button { width: 48px; }
QScrollBar:vertical { width: 28px; }
QScrollBar:horizontal { height: 28px; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget#qt_scrollarea_viewport, QScrollArea > QWidget#qt_scrollarea_viewport > QWidget {
    background: transparent; }
QListView { border: none; background: transparent; }
/* The gallery paints its own background under the cards (CardGridView): the window's colour. */
QListView#animalListView { background: #f4f1ea; }
)")
        .arg(base)
        .arg(big)
        .arg(huge)
        .arg(small)
        .arg(target)
        .arg(target * 4 / 3);
}

void setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
}

} // namespace petinfo::client::kioskstyle
