// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace petinfo::client {

/** One pen-down-to-pen-up line of a signature, in pad coordinates (0,0 top left, pixels). */
using SignatureStroke = QList<QPointF>;

/** Where a person signs with a finger, a pen or the mouse. Strokes are kept as vectors (to be
 *  stored with the application and rendered sharply into its PDF); the pad renders them into an
 *  image of any size. A signature counts only with enough ink: a tap or a dot is not one. */
class SignaturePad final : public QWidget
{
    Q_OBJECT

public:
    /** Minimum ink, as total stroke length in pad pixels, for isSigned(). */
    static constexpr double kDefaultMinInk = 120.0;

    explicit SignaturePad(QWidget* parent = nullptr);

    const QList<SignatureStroke>& strokes() const { return m_strokes; }
    /** Total length of all strokes, in pad pixels. */
    double inkLength() const;
    bool isSigned() const { return inkLength() >= m_minInk; }
    void setMinInk(double pixels) { m_minInk = pixels; }
    bool isEmpty() const { return m_strokes.isEmpty(); }
    /** The strokes drawn black on white into `size`, scaled to fit with the pad's aspect ratio. */
    QImage toImage(QSize size) const;
    QSize sizeHint() const override { return {640, 220}; }
    QSize minimumSizeHint() const override { return {320, 140}; }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    /** A stroke was added or extended, or the pad was cleared. */
    void changed();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void beginStroke(QPointF at);
    void extendStroke(QPointF at);
    void endStroke();
    static void drawStrokes(QPainter& painter, const QList<SignatureStroke>& strokes, double penWidth);

    QList<SignatureStroke> m_strokes;
    bool m_drawing = false;
    double m_minInk = kDefaultMinInk;
};

/** The pad's strokes as an application's or a contract's signature (integer points, close points
 *  merged so it stays within the limits). */
Signature toSignature(const SignaturePad& pad);

} // namespace petinfo::client
