// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace petinfo::test {

/** With PETINFO_SCREENSHOT_DIR set, saves what the widget shows as NAME.png there, so a person can
 *  look at every screen the GUI tests reach (scripts/screenshots.sh). Otherwise does nothing. */
inline void snapshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PETINFO_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget) {
        return;
    }
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // pending layout requests, as a person would see it
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace petinfo::test
