// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextBlock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace petinfo::report::detail {

TextBlock::TextBlock(const QString& text, const QFont& font, QPaintDevice* device, qreal width, Qt::Alignment align,
                     int maxLines)
    : m_width(width)
{
    if (text.isEmpty()) {
        return;
    }
    layout(text, font, device, align);
    if (maxLines > 0 && m_layout->lineCount() > maxLines) {
        // Cut at the end of the last allowed line, leaving room for the ellipsis.
        const QTextLine last = m_layout->lineAt(maxLines - 1);
        QString cut = text.left(last.textStart() + last.textLength()).trimmed();
        const QFontMetricsF metrics(font, device);
        const QString ellipsis(QChar(0x2026));
        while (!cut.isEmpty() && metrics.horizontalAdvance(cut.mid(last.textStart()) + ellipsis) > width) {
            cut.chop(1);
        }
        layout(cut + ellipsis, font, device, align);
    }
}

void TextBlock::layout(const QString& text, const QFont& font, QPaintDevice* device, Qt::Alignment align)
{
    // QTextLayout breaks lines only at U+2028, not at '\n'.
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_shared<QTextLayout>(lines, font, device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    qreal y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(m_width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
    m_height = y;
}

qreal TextBlock::naturalWidth() const
{
    if (!m_layout) {
        return 0;
    }
    qreal widest = 0;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        widest = std::max(widest, m_layout->lineAt(i).naturalTextWidth());
    }
    return widest;
}

int TextBlock::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

qreal TextBlock::lineTop(int i) const
{
    if (!m_layout || i >= m_layout->lineCount()) {
        return m_height;
    }
    return m_layout->lineAt(i).y();
}

void TextBlock::draw(QPainter& painter, const QPointF& topLeft, const QColor& color) const
{
    drawLines(painter, topLeft, 0, lineCount(), color);
}

void TextBlock::drawLines(QPainter& painter, const QPointF& topLeft, int first, int last, const QColor& color) const
{
    if (!m_layout) {
        return;
    }
    painter.save();
    painter.setPen(color);
    const qreal shift = lineTop(first);
    for (int i = first; i < last && i < m_layout->lineCount(); ++i) {
        m_layout->lineAt(i).draw(&painter, topLeft - QPointF(0, shift));
    }
    painter.restore();
}

QFont makeFont(qreal pointSize, FontRole role)
{
    QFont font;
    if (role == FontRole::Mono) {
        font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                          QStringLiteral("Liberation Mono"), QStringLiteral("Consolas"), QStringLiteral("Menlo")});
        font.setStyleHint(QFont::TypeWriter);
    } else {
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                          QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"), QStringLiteral("Arial")});
        font.setStyleHint(QFont::SansSerif);
    }
    font.setBold(role == FontRole::SansBold);
    font.setPointSizeF(pointSize);
    // Hinting snaps glyphs to the device grid: wrong for a 1200 dpi PDF that is viewed at any zoom.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

qreal textWidth(const QString& text, const QFont& font, QPaintDevice* device)
{
    return QFontMetricsF(font, device).horizontalAdvance(text);
}

qreal fittingPointSize(const QString& text, QFont font, QPaintDevice* device, qreal width, qreal minPt, qreal maxPt)
{
    font.setPointSizeF(maxPt);
    const qreal full = textWidth(text, font, device);
    if (full <= width) {
        return maxPt;
    }
    // Advance scales almost linearly with the point size; one correction step absorbs hinting.
    qreal size = std::max(minPt, maxPt * width / full);
    font.setPointSizeF(size);
    while (size > minPt && textWidth(text, font, device) > width) {
        size = std::max(minPt, size - 0.25);
        font.setPointSizeF(size);
    }
    return size;
}

QString elided(const QString& text, const QFont& font, QPaintDevice* device, qreal width)
{
    return QFontMetricsF(font, device).elidedText(text, Qt::ElideRight, width);
}

} // namespace petinfo::report::detail
