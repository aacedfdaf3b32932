// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFlow.h"

#include <QCoreApplication>
#include <QPainter>

namespace petinfo::report::detail {

namespace {
class FlowText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::report::HealthReport)
};

const QColor kRule(170, 170, 170);
const QColor kHeaderFill(232, 236, 240);
constexpr qreal kTablePt = 8.5;
} // namespace

PageFlow::PageFlow(QPaintDevice* device, const QRectF& body)
    : m_device(device)
    , m_units(*device)
    , m_body(body)
    , m_y(body.top())
    , m_pages(1)
{}

void PageFlow::newPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
    if (m_hook) {
        m_hook();
    }
}

bool PageFlow::ensure(qreal height)
{
    if (height <= remaining() || atPageTop()) {
        return false;
    }
    newPage();
    return true;
}

void PageFlow::paint(PaintOp op)
{
    m_pages.back().push_back(std::move(op));
}

Table::Table(PageFlow& flow, QString continuedTitle, std::vector<TableColumn> columns)
    : m_flow(flow)
    , m_continuedTitle(std::move(continuedTitle))
    , m_columns(std::move(columns))
    , m_padX(flow.units().x(1.2))
    , m_padY(flow.units().y(0.9))
    , m_headerFont(makeFont(kTablePt - 0.5, FontRole::SansBold))
    , m_cellFont(makeFont(kTablePt))
    , m_boldFont(makeFont(kTablePt, FontRole::SansBold))
{
    qreal total = 0;
    for (const TableColumn& c : m_columns) {
        total += c.weight;
    }
    qreal x = flow.left();
    for (const TableColumn& c : m_columns) {
        const qreal w = flow.width() * c.weight / total;
        m_x.push_back(x);
        m_width.push_back(w);
        x += w;
    }
    // Header and a first row together; a table pushed to a new page (after a chart) says whose it is.
    if (m_flow.ensure(m_flow.units().y(14))) {
        sectionTitle(m_flow, m_continuedTitle, 0);
    }
    paintHeader();
    // From here on, every page break inside this table repeats its title and header.
    m_flow.setPageBreakHook([this] {
        sectionTitle(m_flow, m_continuedTitle, 0);
        paintHeader();
    });
}

Table::~Table()
{
    m_flow.setPageBreakHook({});
    m_flow.advance(m_flow.units().y(2));
}

void Table::paintHeader()
{
    std::vector<TextBlock> blocks;
    qreal height = 0;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        blocks.emplace_back(m_columns[i].header, m_headerFont, m_flow.device(), m_width[i] - 2 * m_padX,
                            m_columns[i].align);
        height = std::max(height, blocks.back().height());
    }
    height += 2 * m_padY;
    const QRectF band(m_flow.left(), m_flow.y(), m_flow.width(), height);
    const qreal rule = m_flow.units().len(0.25);
    m_flow.paint([band, blocks, x = m_x, padX = m_padX, padY = m_padY, rule](QPainter& p) {
        p.fillRect(band, kHeaderFill);
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            blocks[i].draw(p, QPointF(x[i] + padX, band.top() + padY));
        }
        p.setPen(QPen(kRule, rule));
        p.drawLine(band.bottomLeft(), band.bottomRight());
    });
    m_flow.advance(height);
}

std::vector<TextBlock> Table::layoutRow(const TableRow& row) const
{
    std::vector<TextBlock> blocks;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const TableCell cell = i < row.cells.size() ? row.cells[i] : TableCell{};
        // Cells are capped at 6 lines: the full text of long notes is in the Notes section.
        blocks.emplace_back(cell.text, cell.bold ? m_boldFont : m_cellFont, m_flow.device(), m_width[i] - 2 * m_padX,
                            m_columns[i].align, 6);
    }
    return blocks;
}

void Table::addRow(const TableRow& row)
{
    const std::vector<TextBlock> blocks = layoutRow(row);
    qreal height = m_flow.units().y(3.5); // an empty row still has a height
    for (const TextBlock& b : blocks) {
        height = std::max(height, b.height());
    }
    height += 2 * m_padY;
    m_flow.ensure(height);
    std::vector<QColor> colours;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        colours.push_back(i < row.cells.size() ? row.cells[i].colour : QColor(Qt::black));
    }
    const QRectF band(m_flow.left(), m_flow.y(), m_flow.width(), height);
    const qreal rule = m_flow.units().len(0.1);
    m_flow.paint(
        [band, blocks, colours, background = row.background, x = m_x, padX = m_padX, padY = m_padY, rule](QPainter& p) {
            if (background.alpha() > 0) {
                p.fillRect(band, background);
            }
            for (std::size_t i = 0; i < blocks.size(); ++i) {
                blocks[i].draw(p, QPointF(x[i] + padX, band.top() + padY), colours[i]);
            }
            p.setPen(QPen(kRule, rule));
            p.drawLine(band.bottomLeft(), band.bottomRight());
        });
    m_flow.advance(height);
}

void sectionTitle(PageFlow& flow, const QString& title, qreal keepWithNext)
{
    const TextBlock block(title, makeFont(12, FontRole::SansBold), flow.device(), flow.width());
    const qreal before = flow.atPageTop() ? 0 : flow.units().y(4);
    const qreal after = flow.units().y(1.5);
    flow.ensure(before + block.height() + after + keepWithNext);
    if (!flow.atPageTop()) {
        flow.advance(before);
    }
    const QPointF at(flow.left(), flow.y());
    flow.paint([block, at](QPainter& p) { block.draw(p, at, QColor(20, 60, 100)); });
    flow.advance(block.height() + after);
}

void paragraph(PageFlow& flow, const QString& text, const QFont& font, const QColor& colour, qreal indent)
{
    const TextBlock block(text, font, flow.device(), flow.width() - indent);
    int line = 0;
    while (line < block.lineCount()) {
        // As many lines as fit on this page.
        int last = line;
        while (last < block.lineCount() && block.lineTop(last + 1) - block.lineTop(line) <= flow.remaining()) {
            ++last;
        }
        if (last == line) {
            if (flow.atPageTop()) {
                ++last; // a line taller than a page: print it anyway rather than loop
            } else {
                flow.newPage();
                continue;
            }
        }
        const QPointF at(flow.left() + indent, flow.y());
        flow.paint([block, at, line, last, colour](QPainter& p) { block.drawLines(p, at, line, last, colour); });
        flow.advance(block.lineTop(last) - block.lineTop(line));
        line = last;
    }
}

} // namespace petinfo::report::detail
