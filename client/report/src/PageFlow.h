// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextBlock.h"
#include "Units.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

namespace petinfo::report::detail {

using PaintOp = std::function<void(QPainter&)>;

/** Lays content out top to bottom across pages and records what to paint on each one. Painting
 *  happens afterwards, when the page count is known ("Page 2 of 5"). Device units throughout. */
class PageFlow
{
public:
    PageFlow(QPaintDevice* device, const QRectF& body);

    QPaintDevice* device() const { return m_device; }
    const Units& units() const { return m_units; }
    qreal left() const { return m_body.left(); }
    qreal width() const { return m_body.width(); }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_body.top(); }

    void advance(qreal dy) { m_y += dy; }
    void newPage();
    /** Moves to a new page unless `height` fits below the current position (or the page is still
     *  empty, where nothing more can be gained). True if a page was started. */
    bool ensure(qreal height);
    void paint(PaintOp op);
    /** Called after every page break, e.g. to repeat a table header. Replaces the previous hook. */
    void setPageBreakHook(std::function<void()> hook) { m_hook = std::move(hook); }

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    const std::vector<PaintOp>& ops(int page) const { return m_pages[static_cast<std::size_t>(page)]; }

private:
    QPaintDevice* m_device;
    Units m_units;
    QRectF m_body;
    qreal m_y;
    std::vector<std::vector<PaintOp>> m_pages;
    std::function<void()> m_hook;
};

struct TableColumn
{
    QString header;
    qreal weight = 1; ///< share of the table width
    Qt::Alignment align = Qt::AlignLeft;
};

struct TableCell
{
    QString text;
    bool bold = false;
    QColor colour = Qt::black;
};

struct TableRow
{
    std::vector<TableCell> cells;
    QColor background = Qt::transparent;
};

/** A table whose header row is repeated, under a "(continued)" title, on every page it reaches. */
class Table
{
public:
    Table(PageFlow& flow, QString continuedTitle, std::vector<TableColumn> columns);
    ~Table();
    Table(const Table&) = delete;
    Table& operator=(const Table&) = delete;

    void addRow(const TableRow& row);

private:
    void paintHeader();
    std::vector<TextBlock> layoutRow(const TableRow& row) const;

    PageFlow& m_flow;
    QString m_continuedTitle;
    std::vector<TableColumn> m_columns;
    std::vector<qreal> m_x;     ///< column left edges
    std::vector<qreal> m_width; ///< column widths
    qreal m_padX;
    qreal m_padY;
    QFont m_headerFont;
    QFont m_cellFont;
    QFont m_boldFont;
};

/** A section heading, kept on the same page as at least `keepWithNext` of what follows. */
void sectionTitle(PageFlow& flow, const QString& title, qreal keepWithNext);

/** A paragraph that may continue on the next page, line by line. */
void paragraph(PageFlow& flow, const QString& text, const QFont& font, const QColor& colour = Qt::black,
               qreal indent = 0);

} // namespace petinfo::report::detail
