// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/LabelLayout.h"

#include <QCoreApplication>

#include <cmath>

namespace petinfo::report {

namespace {

constexpr qreal kInch = 25.4;
constexpr qreal kEpsilon = 1e-6;

// The context is the class's own name: lupdate cannot qualify petinfo::report::TagLayout here and
// filed the strings under "LayoutText", so with that context they were never translated.
class LayoutText
{
    Q_DECLARE_TR_FUNCTIONS(LayoutText)
};

TagLayout make(const char* id, TagStyle style, SheetGeometry sheet, bool cutGuides)
{
    TagLayout layout;
    layout.id = QString::fromLatin1(id);
    layout.style = style;
    layout.sheet = sheet;
    layout.cutGuides = cutGuides;
    return layout;
}

SheetGeometry singleLabelPage(QSizeF sizeMm, qreal cornerRadiusMm)
{
    SheetGeometry g;
    g.pageSizeMm = sizeMm;
    g.labelSizeMm = sizeMm;
    g.pitchMm = sizeMm;
    g.cornerRadiusMm = cornerRadiusMm;
    return g;
}

} // namespace

QRectF SheetGeometry::labelRectMm(int indexOnPage) const
{
    const int column = indexOnPage % columns;
    const int row = indexOnPage / columns;
    return {QPointF(firstLabelMm.x() + column * pitchMm.width(), firstLabelMm.y() + row * pitchMm.height()),
            labelSizeMm};
}

bool SheetGeometry::isValid() const
{
    if (columns < 1 || rows < 1 || labelSizeMm.width() <= 0 || labelSizeMm.height() <= 0 || pageSizeMm.width() <= 0 ||
        pageSizeMm.height() <= 0) {
        return false;
    }
    if ((columns > 1 && pitchMm.width() + kEpsilon < labelSizeMm.width()) ||
        (rows > 1 && pitchMm.height() + kEpsilon < labelSizeMm.height())) {
        return false; // overlapping labels
    }
    const QRectF page(QPointF(0, 0), pageSizeMm);
    const QRectF first = labelRectMm(0);
    const QRectF last = labelRectMm(labelsPerPage() - 1);
    return first.left() >= -kEpsilon && first.top() >= -kEpsilon && last.right() <= page.right() + kEpsilon &&
           last.bottom() <= page.bottom() + kEpsilon;
}

SheetGeometry centredGrid(const QSizeF& pageSizeMm, const QSizeF& labelSizeMm, qreal gapMm, qreal minMarginMm)
{
    SheetGeometry g;
    g.pageSizeMm = pageSizeMm;
    g.labelSizeMm = labelSizeMm;
    g.pitchMm = QSizeF(labelSizeMm.width() + gapMm, labelSizeMm.height() + gapMm);
    const qreal usableW = pageSizeMm.width() - 2 * minMarginMm + gapMm;
    const qreal usableH = pageSizeMm.height() - 2 * minMarginMm + gapMm;
    g.columns = std::max(1, static_cast<int>(std::floor(usableW / g.pitchMm.width() + kEpsilon)));
    g.rows = std::max(1, static_cast<int>(std::floor(usableH / g.pitchMm.height() + kEpsilon)));
    const qreal gridW = g.columns * labelSizeMm.width() + (g.columns - 1) * gapMm;
    const qreal gridH = g.rows * labelSizeMm.height() + (g.rows - 1) * gapMm;
    g.firstLabelMm = QPointF((pageSizeMm.width() - gridW) / 2, (pageSizeMm.height() - gridH) / 2);
    return g;
}

// Plain-paper tags (round, collar) are printed on A4 with cut guides; 5 mm between tags leaves
// room for scissors, 10 mm margins suit any office printer.
TagLayout TagLayout::roundTag25()
{
    SheetGeometry g = centredGrid({sizes::kA4WidthMm, sizes::kA4HeightMm}, {25, 25}, 5, 10);
    g.round = true;
    return make("round-25", TagStyle::Round, g, true);
}

TagLayout TagLayout::roundTag30()
{
    SheetGeometry g = centredGrid({sizes::kA4WidthMm, sizes::kA4HeightMm}, {30, 30}, 5, 10);
    g.round = true;
    return make("round-30", TagStyle::Round, g, true);
}

TagLayout TagLayout::collarTag()
{
    SheetGeometry g = centredGrid({sizes::kA4WidthMm, sizes::kA4HeightMm},
                                  {sizes::kCollarTagWidthMm, sizes::kCollarTagHeightMm}, 5, 10);
    g.cornerRadiusMm = 3;
    return make("collar", TagStyle::Collar, g, true);
}

TagLayout TagLayout::kennelCard()
{
    return make("kennel-card-a6", TagStyle::KennelCard, singleLabelPage({sizes::kA6WidthMm, sizes::kA6HeightMm}, 0),
                false);
}

// Avery L7160 (A4): 21 labels 63.5 x 38.1 mm, 3 across x 7 down, 2.5 mm between columns and none
// between rows, grid centred on the page: 7.25 mm side and 15.15 mm top margins.
TagLayout TagLayout::averyL7160()
{
    SheetGeometry g;
    g.pageSizeMm = {sizes::kA4WidthMm, sizes::kA4HeightMm};
    g.columns = 3;
    g.rows = 7;
    g.labelSizeMm = {63.5, 38.1};
    g.pitchMm = {66.0, 38.1};
    g.firstLabelMm = {7.25, 15.15};
    g.cornerRadiusMm = 2.5;
    return make("avery-l7160", TagStyle::Label, g, false);
}

// Avery 5160 (US Letter): 30 labels 2 5/8 x 1 in, 3 across x 10 down, 1/8 in between columns,
// 3/16 in side and 1/2 in top margins.
TagLayout TagLayout::avery5160()
{
    SheetGeometry g;
    g.pageSizeMm = {sizes::kLetterWidthMm, sizes::kLetterHeightMm};
    g.columns = 3;
    g.rows = 10;
    g.labelSizeMm = {2.625 * kInch, 1.0 * kInch};
    g.pitchMm = {2.75 * kInch, 1.0 * kInch};
    g.firstLabelMm = {0.1875 * kInch, 0.5 * kInch};
    g.cornerRadiusMm = 0.0625 * kInch;
    return make("avery-5160", TagStyle::Label, g, false);
}

// Dymo LabelWriter 89 x 36 mm (99012 "large address"): one label per page, drawn landscape.
TagLayout TagLayout::dymo89x36()
{
    return make("dymo-89x36", TagStyle::Label, singleLabelPage({89, 36}, 2), false);
}

std::vector<TagLayout> TagLayout::builtIn()
{
    return {averyL7160(), avery5160(), dymo89x36(), roundTag25(), roundTag30(), collarTag(), kennelCard()};
}

std::optional<TagLayout> TagLayout::byId(const QString& id)
{
    for (TagLayout layout : builtIn()) {
        if (layout.id.compare(id, Qt::CaseInsensitive) == 0) {
            return layout;
        }
    }
    return std::nullopt;
}

QString TagLayout::displayName() const
{
    if (id == QLatin1String("round-25")) {
        return LayoutText::tr("Round tag 25 mm (A4, cut out)");
    }
    if (id == QLatin1String("round-30")) {
        return LayoutText::tr("Round tag 30 mm (A4, cut out)");
    }
    if (id == QLatin1String("collar")) {
        return LayoutText::tr("Collar tag 50 x 22 mm (A4, cut out)");
    }
    if (id == QLatin1String("kennel-card-a6")) {
        return LayoutText::tr("Kennel card (A6)");
    }
    if (id == QLatin1String("avery-l7160")) {
        return LayoutText::tr("Avery L7160 (A4, 21 labels)");
    }
    if (id == QLatin1String("avery-5160")) {
        return LayoutText::tr("Avery 5160 (Letter, 30 labels)");
    }
    if (id == QLatin1String("dymo-89x36")) {
        return LayoutText::tr("Dymo 89 x 36 mm label");
    }
    return id;
}

} // namespace petinfo::report
