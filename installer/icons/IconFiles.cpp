// SPDX-License-Identifier: GPL-3.0-or-later
#include "IconFiles.h"

#include <QBuffer>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QtEndian>

#include <map>
#include <vector>

namespace petinfo::installer {

namespace {

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

/** The .icns element types that hold a PNG of each size (Apple's Icon Services names). */
const std::map<int, std::vector<const char*>>& icnsTypes()
{
    static const std::map<int, std::vector<const char*>> types{
        {16, {"icp4"}},          {32, {"icp5", "ic11"}},  {64, {"icp6", "ic12"}}, {128, {"ic07"}},
        {256, {"ic08", "ic13"}}, {512, {"ic09", "ic14"}}, {1024, {"ic10"}},
    };
    return types;
}

} // namespace

QByteArray renderPng(const QIcon& icon, int size)
{
    // Painted straight into an image of exactly `size` pixels: no screen, no device pixel ratio.
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, QRect(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

std::optional<QByteArray> icoFile(const QList<PngImage>& images)
{
    constexpr int headerSize = 6;
    constexpr int entrySize = 16;
    QByteArray out;
    appendLe16(out, 0); // reserved
    appendLe16(out, 1); // 1: icon (2 would be a cursor)
    appendLe16(out, static_cast<quint16>(images.size()));
    quint32 offset = headerSize + entrySize * static_cast<quint32>(images.size());
    for (const PngImage& image : images) {
        if (image.size < 1 || image.size > 256) {
            return std::nullopt;
        }
        // Width and height are one byte each; 0 means 256.
        const char side = static_cast<char>(image.size == 256 ? 0 : image.size);
        out.append(side);
        out.append(side);
        out.append('\0');    // no palette
        out.append('\0');    // reserved
        appendLe16(out, 1);  // colour planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, static_cast<quint32>(image.data.size()));
        appendLe32(out, offset);
        offset += static_cast<quint32>(image.data.size());
    }
    for (const PngImage& image : images) {
        out.append(image.data);
    }
    return out;
}

std::optional<QByteArray> icnsFile(const QList<PngImage>& images)
{
    QByteArray elements;
    for (const PngImage& image : images) {
        const auto types = icnsTypes().find(image.size);
        if (types == icnsTypes().end()) {
            return std::nullopt;
        }
        for (const char* type : types->second) {
            elements.append(type, 4);
            appendBe32(elements, static_cast<quint32>(8 + image.data.size()));
            elements.append(image.data);
        }
    }
    QByteArray out("icns", 4);
    appendBe32(out, static_cast<quint32>(8 + elements.size()));
    out.append(elements);
    return out;
}

} // namespace petinfo::installer
