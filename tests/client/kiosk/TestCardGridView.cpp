// SPDX-License-Identifier: GPL-3.0-or-later
// The gallery's grid under the kiosk's style sheet: its viewport is opaque (repainting it does not
// repaint the window beneath, as a transparent one does at every scroll step) and it fills what
// no card covers with the window's colour.
#include "kiosk/CardGridView.h"
#include "kiosk/KioskStyle.h"

#include <QApplication>
#include <QStringListModel>
#include <QTest>
#include <QVBoxLayout>

using namespace petinfo::client;

namespace {

/** A window that counts its paint events. */
class CountingWindow final : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent*) override { ++paints; }
};

} // namespace

class TestCardGridView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRepaintingTheGridLeavesTheWindowBeneathAlone()
    {
        CountingWindow window;
        window.setObjectName(QStringLiteral("kioskWindow"));
        window.setStyleSheet(kioskstyle::styleSheet(20));
        auto* grid = new CardGridView(&window);
        grid->setObjectName(QStringLiteral("animalListView"));
        QStringListModel model({QStringLiteral("Bruno"), QStringLiteral("Canela")});
        grid->setModel(&model);
        auto* layout = new QVBoxLayout(&window);
        layout->setContentsMargins(24, 24, 24, 24);
        layout->addWidget(grid);
        window.resize(640, 480);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.paints > 0);

        window.paints = 0;
        grid->viewport()->repaint();
        grid->viewport()->repaint(QRect(10, 10, 50, 50));
        QCOMPARE(window.paints, 0);
    }

    void testFillsWhatNoCardCoversWithTheWindowColour()
    {
        QWidget window;
        window.setObjectName(QStringLiteral("kioskWindow"));
        window.setStyleSheet(kioskstyle::styleSheet(20));
        auto* grid = new CardGridView(&window);
        grid->setObjectName(QStringLiteral("animalListView"));
        QStringListModel empty;
        grid->setModel(&empty);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(grid);
        window.resize(640, 480);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QImage shown = grid->viewport()->grab().toImage();
        QVERIFY(!shown.isNull());
        const QRgb colour = QColor(0xf4, 0xf1, 0xea).rgb();
        for (int y = 0; y < shown.height(); y += 7) {
            for (int x = 0; x < shown.width(); x += 7) {
                QCOMPARE(shown.pixel(x, y), colour);
            }
        }
    }
};

QTEST_MAIN(TestCardGridView)
#include "TestCardGridView.moc"
