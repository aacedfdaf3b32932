// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/ReportError.h"

#include <QImage>
#include <QPolygonF>
#include <QString>

#include <vector>

namespace petinfo::report {

/** One QR code found in an image. */
struct DecodedQr
{
    QString text;            ///< the payload (UTF-8 decoded)
    QPolygonF corners;       ///< symbol corners in image pixels: top-left, top-right, bottom-right, bottom-left
    QString errorCorrection; ///< "L", "M", "Q" or "H"

    QPointF center() const;
};

struct DecodeOptions
{
    bool tryHarder = true; ///< slower, finds more codes in photos
    bool tryRotate = true; ///< also 90/180/270 degrees
    /** Find every code in an image of many (a printed sheet of tags). ZXing's multi-code search
     *  misses codes laid out in a grid, so this also scans overlapping windows about three codes
     *  wide. Slower; off for a photo of one tag. */
    bool findAll = false;
};

/** The QR codes in `image`, in any QImage format. Transparent pixels count as white (a PDF
 *  rendered by Qt PDF has a transparent background). When a first pass over the whole image finds
 *  nothing, windows of decreasing size are tried (a small tag in a large photo). Each code is
 *  reported once. Safe to call from any thread. */
std::vector<DecodedQr> decodeQrCodes(const QImage& image, const DecodeOptions& options = {});

/** Reads an image file (any format Qt reads; EXIF rotation applied) and decodes its QR codes.
 *  ImageUnreadable or NoCodeFound instead of an empty list. */
ReportResult<std::vector<DecodedQr>> decodeQrCodesFromFile(const QString& path, const DecodeOptions& options = {});

/** `image` composited onto white and converted to 8-bit grey: what the decoder sees. */
QImage flattenOnWhite(const QImage& image);

} // namespace petinfo::report
