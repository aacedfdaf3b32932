// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SignaturePad.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTouchEvent>

#include <algorithm>
#include <cmath>

namespace petinfo::client {

namespace {
constexpr double kPenWidth = 3.0;
} // namespace

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Signature"));
    setAccessibleDescription(tr("Sign here with your finger or the mouse"));
}

double SignaturePad::inkLength() const
{
    double length = 0;
    for (const SignatureStroke& stroke : m_strokes) {
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            const QPointF d = stroke[i] - stroke[i - 1];
            length += std::hypot(d.x(), d.y());
        }
    }
    return length;
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::beginStroke(QPointF at)
{
    m_strokes.append(SignatureStroke{at});
    m_drawing = true;
    update();
    Q_EMIT changed();
}

void SignaturePad::extendStroke(QPointF at)
{
    if (!m_drawing || m_strokes.isEmpty()) {
        return;
    }
    // Keep the point inside the pad: a finger sliding off the edge should not draw outside it.
    at.setX(std::clamp(at.x(), 0.0, double(width())));
    at.setY(std::clamp(at.y(), 0.0, double(height())));
    if (m_strokes.last().last() == at) {
        return;
    }
    m_strokes.last().append(at);
    update();
    Q_EMIT changed();
}

void SignaturePad::endStroke()
{
    m_drawing = false;
}

bool SignaturePad::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        // One finger signs; a second finger resting on the screen is ignored.
        auto* touch = static_cast<QTouchEvent*>(event);
        if (touch->points().isEmpty()) {
            return true;
        }
        const QEventPoint& point = touch->points().first();
        if (point.state() == QEventPoint::Pressed) {
            beginStroke(point.position());
        } else if (point.state() == QEventPoint::Updated) {
            extendStroke(point.position());
        } else if (point.state() == QEventPoint::Released) {
            extendStroke(point.position());
            endStroke();
        }
        event->accept();
        return true;
    }
    case QEvent::TouchCancel:
        endStroke();
        return true;
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        beginStroke(event->position());
    }
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton) {
        extendStroke(event->position());
    }
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        extendStroke(event->position());
        endStroke();
    }
}

void SignaturePad::drawStrokes(QPainter& painter, const QList<SignatureStroke>& strokes, double penWidth)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const SignatureStroke& stroke : strokes) {
        if (stroke.size() == 1) {
            painter.drawPoint(stroke.first());
            continue;
        }
        QPainterPath path(stroke.first());
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            path.lineTo(stroke[i]);
        }
        painter.drawPath(path);
    }
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    // The line to sign on, as on paper.
    painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 2, Qt::DashLine));
    const int baseline = height() * 3 / 4;
    painter.drawLine(24, baseline, width() - 24, baseline);
    if (m_strokes.isEmpty()) {
        painter.setPen(QColor(0x75, 0x75, 0x75));
        painter.drawText(rect().adjusted(24, 0, -24, -(height() - baseline) - 8), Qt::AlignLeft | Qt::AlignBottom,
                         tr("Sign here"));
    }
    drawStrokes(painter, m_strokes, kPenWidth);
    painter.setPen(QPen(QColor(0x61, 0x61, 0x61), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(1, 1, -1, -1));
}

QImage SignaturePad::toImage(QSize size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (width() <= 0 || height() <= 0 || size.isEmpty()) {
        return image;
    }
    QPainter painter(&image);
    const double scale = std::min(double(size.width()) / width(), double(size.height()) / height());
    painter.translate((size.width() - width() * scale) / 2, (size.height() - height() * scale) / 2);
    painter.scale(scale, scale);
    drawStrokes(painter, m_strokes, kPenWidth);
    return image;
}

Signature toSignature(const SignaturePad& pad)
{
    Signature signature;
    signature.width = std::clamp(pad.width(), 1, limits::kMaxSignatureExtent);
    signature.height = std::clamp(pad.height(), 1, limits::kMaxSignatureExtent);
    std::size_t points = 0;
    for (const SignatureStroke& stroke : pad.strokes()) {
        if (signature.strokes.size() >= limits::kMaxSignatureStrokes) {
            break;
        }
        std::vector<Signature::Point> out;
        for (const QPointF& p : stroke) {
            const Signature::Point q{std::clamp(static_cast<int>(std::lround(p.x())), 0, signature.width),
                                     std::clamp(static_cast<int>(std::lround(p.y())), 0, signature.height)};
            // Points closer than 2 px add nothing to the drawing.
            if (!out.empty() && std::abs(out.back().x - q.x) < 2 && std::abs(out.back().y - q.y) < 2) {
                continue;
            }
            out.push_back(q);
        }
        if (!stroke.isEmpty() && out.size() == 1 && stroke.size() > 1) {
            const QPointF& last = stroke.last();
            out.push_back({static_cast<int>(std::lround(last.x())), static_cast<int>(std::lround(last.y()))});
        }
        if (points + out.size() > limits::kMaxSignaturePoints) {
            break;
        }
        points += out.size();
        signature.strokes.push_back(std::move(out));
    }
    return signature;
}

} // namespace petinfo::client
