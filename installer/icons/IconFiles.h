// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

class QIcon;

namespace petinfo::installer {

/** One square PNG rendering of the app icon. */
struct PngImage
{
    int size = 0; ///< width and height in pixels
    QByteArray data;
};

/** Paints `icon` into a square PNG of `size` pixels (no screen needed). */
QByteArray renderPng(const QIcon& icon, int size);

/** A Windows .ico file whose entries are the PNG images themselves (read by Windows Vista and later).
 *  nullopt when an image is larger than 256 pixels, the largest an .ico entry can say. */
std::optional<QByteArray> icoFile(const QList<PngImage>& images);

/** A macOS .icns file of PNG elements. Each size becomes the element types macOS looks up for it
 *  (32 pixels is both "32×32" and "16×16 @2x"); nullopt for a size .icns has no type for
 *  (16, 32, 64, 128, 256, 512 and 1024 are known). */
std::optional<QByteArray> icnsFile(const QList<PngImage>& images);

} // namespace petinfo::installer
