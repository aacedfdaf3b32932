// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Units.h"
#include "petinfo/report/LabelLayout.h"
#include "petinfo/report/QrCode.h"
#include "petinfo/report/TagSheet.h"

#include <QImage>

class QPainter;

namespace petinfo::report::detail {

/** A tag ready to paint: its QR code is built, its photo decoded. */
struct PreparedTag
{
    const TagItem* item = nullptr;
    QString url;
    QrCode qr;
    QImage photo; ///< kennel cards only; null when there is none
};

struct TagPaintContext
{
    QPainter* painter = nullptr;
    QPaintDevice* device = nullptr;
    Units units;
    const TagSheetJob* job = nullptr;
};

/** The QR code's square (quiet zone included) inside a label of `labelSizeMm`, label-relative. */
QRectF qrOuterRectMm(TagStyle style, const QSizeF& labelSizeMm);

/** Paints one tag into `labelRectMm` (page coordinates, calibration already applied). */
void paintTag(const TagPaintContext& context, const QRectF& labelRectMm, const PreparedTag& tag);

} // namespace petinfo::report::detail
