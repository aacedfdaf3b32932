// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

namespace petinfo::report {

/** What is printed on one label. */
enum class TagStyle
{
    Round,      ///< circular tag: QR in the middle, name above, short id below
    Collar,     ///< slide-on collar tag with slots at both ends
    KennelCard, ///< A6 card for a cage or kennel: photo, name, status, details, QR
    Label,      ///< adhesive label: QR on the left, name and short id on the right
};

/** Where labels sit on a page. All lengths in millimetres, origin at the page's top-left corner,
 *  before printer calibration. Value type, so a custom sheet is just another instance. */
struct SheetGeometry
{
    QSizeF pageSizeMm; ///< width x height of the page as it is drawn on (landscape if wider)
    int columns = 1;
    int rows = 1;
    QSizeF labelSizeMm;   ///< one label (the bounding box for round labels)
    QPointF firstLabelMm; ///< top-left corner of the first label
    QSizeF pitchMm;       ///< from one label's top-left corner to the next one's (across, down)
    bool round = false;
    qreal cornerRadiusMm = 0;

    int labelsPerPage() const { return columns * rows; }
    /** Labels fill rows left to right, then top to bottom. */
    QRectF labelRectMm(int indexOnPage) const;
    /** Every label lies on the page, and labels do not overlap. */
    bool isValid() const;

    friend bool operator==(const SheetGeometry&, const SheetGeometry&) = default;
};

/** A named layout: a tag style on a sheet. `id` is stable (CLI option values, settings). */
struct TagLayout
{
    QString id;
    TagStyle style = TagStyle::Label;
    SheetGeometry sheet;
    bool cutGuides = false; ///< thin outlines to cut along (plain paper); off for pre-cut label stock

    /** Translated name for menus. */
    QString displayName() const;

    static TagLayout roundTag25();
    static TagLayout roundTag30();
    static TagLayout collarTag();
    static TagLayout kennelCard();
    static TagLayout averyL7160();
    static TagLayout avery5160();
    static TagLayout dymo89x36();

    static std::vector<TagLayout> builtIn();
    static std::optional<TagLayout> byId(const QString& id);

    friend bool operator==(const TagLayout&, const TagLayout&) = default;
};

/** Printer offset calibration: moves everything printed by this much (mm, + is right / down),
 *  for printers that feed label stock slightly off. Measured once per printer with a test sheet. */
struct PrinterCalibration
{
    qreal offsetXMm = 0;
    qreal offsetYMm = 0;

    friend bool operator==(const PrinterCalibration&, const PrinterCalibration&) = default;
};

/** Centres a grid of `labelSizeMm` labels with `gapMm` between them on a page, keeping at least
 *  `minMarginMm` to the page edges (most printers cannot print closer). */
SheetGeometry centredGrid(const QSizeF& pageSizeMm, const QSizeF& labelSizeMm, qreal gapMm, qreal minMarginMm);

/** Physical sizes used by the built-in layouts. */
namespace sizes {
inline constexpr qreal kA4WidthMm = 210.0;
inline constexpr qreal kA4HeightMm = 297.0;
inline constexpr qreal kLetterWidthMm = 215.9;
inline constexpr qreal kLetterHeightMm = 279.4;
inline constexpr qreal kA6WidthMm = 105.0;
inline constexpr qreal kA6HeightMm = 148.0;
inline constexpr qreal kCollarTagWidthMm = 50.0;
inline constexpr qreal kCollarTagHeightMm = 22.0;
inline constexpr qreal kCollarSlotWidthMm = 5.0; ///< each end, where the collar goes through
} // namespace sizes

} // namespace petinfo::report
