// SPDX-License-Identifier: GPL-3.0-or-later
// The signature pad, driven by real mouse and touch events: vector strokes are kept, a tap is not a
// signature, "clear" empties it, and it renders into an image that is not blank.
#include "../gui/Screenshots.h"
#include "gui/SignaturePad.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

namespace {

void sendMouse(QWidget* w, QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, w->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

/** A mouse drag through `points`. */
void drag(QWidget* w, const QList<QPointF>& points)
{
    sendMouse(w, QEvent::MouseButtonPress, points.first(), Qt::LeftButton, Qt::LeftButton);
    for (qsizetype i = 1; i < points.size(); ++i) {
        sendMouse(w, QEvent::MouseMove, points[i], Qt::NoButton, Qt::LeftButton);
    }
    sendMouse(w, QEvent::MouseButtonRelease, points.last(), Qt::LeftButton, Qt::NoButton);
}

int darkPixels(const QImage& image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    return dark;
}

} // namespace

class TestSignaturePad final : public QObject
{
    Q_OBJECT

    QPointingDevice* m_touch = nullptr;

private Q_SLOTS:
    void initTestCase() { m_touch = QTest::createTouchDevice(); }

    void testMouseStrokesAreKept()
    {
        SignaturePad pad;
        pad.resize(600, 200);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QSignalSpy changed(&pad, &SignaturePad::changed);
        drag(&pad, {{20, 100}, {120, 60}, {220, 140}, {320, 60}});
        drag(&pad, {{350, 150}, {550, 150}});
        QCOMPARE(pad.strokes().size(), 2);
        QCOMPARE(pad.strokes().first().size(), 4);
        QCOMPARE(pad.strokes().first().first(), QPointF(20, 100));
        QCOMPARE(pad.strokes().last().last(), QPointF(550, 150));
        QVERIFY(pad.inkLength() > 500);
        QVERIFY(pad.isSigned());
        QVERIFY(changed.count() >= 6);
        test::snapshot(&pad, QStringLiteral("kiosk-signature-pad"));
    }

    void testMovesWithoutButtonDrawNothing()
    {
        SignaturePad pad;
        pad.resize(600, 200);
        pad.show();
        sendMouse(&pad, QEvent::MouseMove, {10, 10}, Qt::NoButton, Qt::NoButton);
        sendMouse(&pad, QEvent::MouseMove, {300, 100}, Qt::NoButton, Qt::NoButton);
        sendMouse(&pad, QEvent::MouseButtonPress, {10, 10}, Qt::RightButton, Qt::RightButton);
        sendMouse(&pad, QEvent::MouseMove, {300, 100}, Qt::NoButton, Qt::RightButton);
        QVERIFY(pad.isEmpty());
    }

    void testTapIsNotASignature()
    {
        SignaturePad pad;
        pad.resize(600, 200);
        pad.show();
        drag(&pad, {{100, 100}, {104, 102}});
        QVERIFY(!pad.isEmpty());
        QVERIFY(!pad.isSigned());
        drag(&pad, {{100, 100}, {140, 100}});
        QVERIFY(!pad.isSigned()); // 44 px of ink: still a scribble, not a signature
    }

    void testTouchStrokes()
    {
        SignaturePad pad;
        pad.resize(600, 200);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QTest::touchEvent(&pad, m_touch).press(0, QPoint(30, 150));
        QTest::touchEvent(&pad, m_touch).move(0, QPoint(200, 40));
        QTest::touchEvent(&pad, m_touch).move(0, QPoint(400, 160));
        QTest::touchEvent(&pad, m_touch).release(0, QPoint(580, 60));
        QCOMPARE(pad.strokes().size(), 1);
        QCOMPARE(pad.strokes().first().size(), 4);
        QVERIFY(pad.isSigned());
        // A finger sliding off the pad draws along its edge, never outside it.
        QTest::touchEvent(&pad, m_touch).press(0, QPoint(500, 100));
        QTest::touchEvent(&pad, m_touch).move(0, QPoint(900, 400));
        QTest::touchEvent(&pad, m_touch).release(0, QPoint(900, 400));
        QCOMPARE(pad.strokes().last().last(), QPointF(600, 200));
    }

    void testClearAndImage()
    {
        SignaturePad pad;
        pad.resize(600, 200);
        pad.show();
        const QImage blank = pad.toImage({300, 100});
        QCOMPARE(blank.size(), QSize(300, 100));
        QCOMPARE(darkPixels(blank), 0);
        drag(&pad, {{20, 100}, {120, 60}, {220, 140}, {320, 60}, {580, 120}});
        const QImage signedImage = pad.toImage({300, 100});
        QVERIFY2(darkPixels(signedImage) > 200, "the signature is drawn into the image");
        QSignalSpy changed(&pad, &SignaturePad::changed);
        pad.clear();
        QCOMPARE(changed.count(), 1);
        QVERIFY(pad.isEmpty());
        QVERIFY(!pad.isSigned());
        QCOMPARE(darkPixels(pad.toImage({300, 100})), 0);
    }
};

QTEST_MAIN(TestSignaturePad)
#include "TestSignaturePad.moc"
