// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace petinfo::report::detail {

/** Wrapped text laid out once for a paint device, measured, then drawn (also line by line, so a
 *  paragraph can continue on the next page). Cheap to copy: the layout is shared. */
class TextBlock
{
public:
    TextBlock() = default;
    /** `maxLines` > 0 cuts the text after that many lines and ends it with an ellipsis. Words
     *  longer than the width (URLs, batch numbers) break anywhere. */
    TextBlock(const QString& text, const QFont& font, QPaintDevice* device, qreal width,
              Qt::Alignment align = Qt::AlignLeft, int maxLines = 0);

    qreal height() const { return m_height; }
    qreal width() const { return m_width; }
    /** Widest line, for shrinking a box to its text. */
    qreal naturalWidth() const;
    int lineCount() const;
    /** Top of line `i` relative to the block; lineTop(lineCount()) is the block's height. */
    qreal lineTop(int i) const;
    bool isEmpty() const { return m_layout == nullptr; }

    void draw(QPainter& painter, const QPointF& topLeft, const QColor& color = Qt::black) const;
    /** Draws lines [first, last) with line `first` at `topLeft`. */
    void drawLines(QPainter& painter, const QPointF& topLeft, int first, int last,
                   const QColor& color = Qt::black) const;

private:
    void layout(const QString& text, const QFont& font, QPaintDevice* device, Qt::Alignment align);

    std::shared_ptr<QTextLayout> m_layout;
    qreal m_width = 0;
    qreal m_height = 0;
};

enum class FontRole
{
    Sans,
    SansBold,
    Mono,
};
/** The fonts used on tags and reports, at a real point size (Qt scales to the device). DejaVu
 *  first: it ships with the Linux package and covers Latin, Greek and Cyrillic. */
QFont makeFont(qreal pointSize, FontRole role = FontRole::Sans);

/** Width of a single line of `text` in `font` on `device`. */
qreal textWidth(const QString& text, const QFont& font, QPaintDevice* device);

/** The largest point size in [minPt, maxPt] at which `text` fits in `width` on one line; minPt if
 *  none does (the caller elides). */
qreal fittingPointSize(const QString& text, QFont font, QPaintDevice* device, qreal width, qreal minPt, qreal maxPt);

/** Elides `text` to `width` with an ellipsis on the right. */
QString elided(const QString& text, const QFont& font, QPaintDevice* device, qreal width);

} // namespace petinfo::report::detail
