// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainText.h"
#include "HealthReportSections.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace petinfo::report::detail {

namespace {

const QColor kAxis(120, 120, 120);
const QColor kGrid(225, 225, 225);
const QColor kLine(20, 90, 160);

qreal niceStep(qreal range, int targetTicks)
{
    const qreal raw = range / targetTicks;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const qreal normal = raw / magnitude;
    const qreal nice = normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10;
    return nice * magnitude;
}

} // namespace

void weightChart(PageFlow& flow, const std::vector<WeightEntry>& entries, const QLocale& locale, qreal heightMm)
{
    const Units& u = flow.units();
    const qreal height = u.y(heightMm);
    flow.ensure(height);
    const QRectF box(flow.left(), flow.y(), flow.width(), height);
    const QRectF plot = box.adjusted(u.x(14), u.y(6), -u.x(4), -u.y(7));

    double lo = entries.front().kg;
    double hi = lo;
    for (const WeightEntry& w : entries) {
        lo = std::min(lo, w.kg);
        hi = std::max(hi, w.kg);
    }
    if (hi - lo < 0.2) { // a flat line still gets a readable scale
        lo -= 0.5;
        hi += 0.5;
    }
    const qreal step = niceStep(hi - lo, 4);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;

    const std::int64_t firstDay = entries.front().date.toDays();
    const std::int64_t lastDay = entries.back().date.toDays();
    const bool sameDay = firstDay == lastDay;
    const auto xOf = [&](std::size_t i) {
        const qreal t =
            sameDay ? static_cast<qreal>(i) / static_cast<qreal>(entries.size() - 1)
                    : static_cast<qreal>(entries[i].date.toDays() - firstDay) / static_cast<qreal>(lastDay - firstDay);
        return plot.left() + t * plot.width();
    };
    const auto yOf = [&](double kg) {
        return plot.bottom() - (kg - lo) / (hi - lo) * plot.height();
    };

    QPainterPath line;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const QPointF p(xOf(i), yOf(entries[i].kg));
        i == 0 ? line.moveTo(p) : line.lineTo(p);
    }
    struct Tick
    {
        qreal pos;
        TextBlock label;
    };
    const QFont tickFont = makeFont(7);
    std::vector<Tick> yTicks;
    for (qreal v = lo; v <= hi + step / 2; v += step) {
        yTicks.push_back({yOf(v), TextBlock(locale.toString(v, 'f', step < 1 ? 1 : 0), tickFont, flow.device(), u.x(12),
                                            Qt::AlignRight)});
    }
    std::vector<Tick> xTicks;
    const int xCount = entries.size() > 2 ? 3 : 2;
    for (int k = 0; k < xCount; ++k) {
        const std::size_t i = (entries.size() - 1) * static_cast<std::size_t>(k) / static_cast<std::size_t>(xCount - 1);
        xTicks.push_back({xOf(i), TextBlock(formatDate(entries[i].date, locale), tickFont, flow.device(), u.x(30),
                                            Qt::AlignHCenter)});
    }
    const TextBlock unit(QStringLiteral("kg"), tickFont, flow.device(), u.x(12), Qt::AlignRight);
    // Dots only where they stay distinct; 200 dots would merge into a thick smear.
    const bool dots = entries.size() <= 60;
    std::vector<QPointF> points;
    if (dots) {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            points.emplace_back(xOf(i), yOf(entries[i].kg));
        }
    }
    const qreal thin = u.len(0.15);
    const qreal thick = u.len(0.5);
    const qreal dot = u.len(0.7);
    const qreal labelOffset = u.y(1.2);
    flow.paint([=](QPainter& p) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(kGrid, thin));
        for (const Tick& t : yTicks) {
            p.drawLine(QPointF(plot.left(), t.pos), QPointF(plot.right(), t.pos));
        }
        p.setPen(QPen(kAxis, thin * 1.5));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        p.drawLine(plot.bottomLeft(), plot.topLeft());
        for (const Tick& t : yTicks) {
            t.label.draw(p, QPointF(box.left(), t.pos - t.label.height() / 2), kAxis);
        }
        unit.draw(p, box.topLeft(), kAxis);
        for (std::size_t k = 0; k < xTicks.size(); ++k) {
            const Tick& t = xTicks[k];
            // Keep the end labels inside the chart box.
            qreal x = t.pos - t.label.width() / 2;
            x = std::clamp(x, box.left(), box.right() - t.label.width());
            t.label.draw(p, QPointF(x, plot.bottom() + labelOffset), kAxis);
        }
        p.setPen(QPen(kLine, thick, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
        p.setPen(Qt::NoPen);
        p.setBrush(kLine);
        for (const QPointF& pt : points) {
            p.drawEllipse(pt, dot, dot);
        }
        p.restore();
    });
    flow.advance(height);
}

} // namespace petinfo::report::detail
