// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/LabelLayout.h"
#include "petinfo/report/TagSheet.h"

#include <QTest>

#include <set>

using namespace petinfo::report;

namespace {

constexpr double kInch = 25.4;
constexpr double kToleranceMm = 0.5;

/** A label sheet as its manufacturer specifies it, typed in from the spec sheet rather than taken
 *  from the code under test. */
struct SheetSpec
{
    double pageW, pageH;
    int columns, rows;
    double labelW, labelH;
    double left, top;      // page edge to the first label
    double pitchX, pitchY; // label to label
};

const SheetSpec kL7160{210, 297, 3, 7, 63.5, 38.1, 7.25, 15.15, 66.0, 38.1};
const SheetSpec k5160{8.5 * kInch, 11 * kInch,     3,           10,           2.625 * kInch,
                      1 * kInch,   0.1875 * kInch, 0.5 * kInch, 2.75 * kInch, 1 * kInch};
const SheetSpec kDymo{89, 36, 1, 1, 89, 36, 0, 0, 89, 36};

QRectF specRect(const SheetSpec& s, int index)
{
    const int column = index % s.columns;
    const int row = index / s.columns;
    return {s.left + column * s.pitchX, s.top + row * s.pitchY, s.labelW, s.labelH};
}

bool near(double a, double b)
{
    return std::abs(a - b) <= kToleranceMm;
}

} // namespace

Q_DECLARE_METATYPE(SheetSpec)

class TestLabelLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSheetsMatchManufacturerSpec_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<SheetSpec>("spec");
        QTest::newRow("Avery L7160") << "avery-l7160" << kL7160;
        QTest::newRow("Avery 5160") << "avery-5160" << k5160;
        QTest::newRow("Dymo 89x36") << "dymo-89x36" << kDymo;
    }

    void testSheetsMatchManufacturerSpec()
    {
        QFETCH(QString, id);
        QFETCH(SheetSpec, spec);
        const auto layout = TagLayout::byId(id);
        QVERIFY(layout.has_value());
        const SheetGeometry& g = layout->sheet;
        QVERIFY(g.isValid());
        QVERIFY(near(g.pageSizeMm.width(), spec.pageW));
        QVERIFY(near(g.pageSizeMm.height(), spec.pageH));
        QCOMPARE(g.labelsPerPage(), spec.columns * spec.rows);
        for (int i = 0; i < g.labelsPerPage(); ++i) {
            const QRectF got = g.labelRectMm(i);
            const QRectF want = specRect(spec, i);
            QVERIFY2(near(got.left(), want.left()) && near(got.top(), want.top()) && near(got.right(), want.right()) &&
                         near(got.bottom(), want.bottom()),
                     qPrintable(QStringLiteral("label %1: (%2,%3 %4x%5) vs spec (%6,%7 %8x%9)")
                                    .arg(i)
                                    .arg(got.left())
                                    .arg(got.top())
                                    .arg(got.width())
                                    .arg(got.height())
                                    .arg(want.left())
                                    .arg(want.top())
                                    .arg(want.width())
                                    .arg(want.height())));
        }
        // The specs are symmetric: the right and bottom margins equal the left and top ones.
        const QRectF last = g.labelRectMm(g.labelsPerPage() - 1);
        QVERIFY(near(spec.pageW - last.right(), spec.left));
        QVERIFY(near(spec.pageH - last.bottom(), spec.top));
    }

    void testRoundAndCollarSheetsFitOnA4_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        QTest::addColumn<bool>("round");
        QTest::newRow("round 25") << "round-25" << 25.0 << 25.0 << true;
        QTest::newRow("round 30") << "round-30" << 30.0 << 30.0 << true;
        QTest::newRow("collar") << "collar" << 50.0 << 22.0 << false;
        QTest::newRow("kennel card") << "kennel-card-a6" << 105.0 << 148.0 << false;
    }

    void testRoundAndCollarSheetsFitOnA4()
    {
        QFETCH(QString, id);
        QFETCH(double, width);
        QFETCH(double, height);
        QFETCH(bool, round);
        const auto layout = TagLayout::byId(id);
        QVERIFY(layout.has_value());
        const SheetGeometry& g = layout->sheet;
        QVERIFY(g.isValid());
        QCOMPARE(g.round, round);
        QCOMPARE(g.labelSizeMm, QSizeF(width, height));
        // Cut-out tags need room for scissors; every tag keeps >= 10 mm from the paper edge when
        // several share a page (office printers cannot print to the edge).
        const QRectF first = g.labelRectMm(0);
        const QRectF last = g.labelRectMm(g.labelsPerPage() - 1);
        if (g.labelsPerPage() > 1) {
            QVERIFY(first.left() >= 10 - 1e-9 && first.top() >= 10 - 1e-9);
            QVERIFY(g.pageSizeMm.width() - last.right() >= 10 - 1e-9);
            QVERIFY(g.pageSizeMm.height() - last.bottom() >= 10 - 1e-9);
            QVERIFY(near(first.left(), g.pageSizeMm.width() - last.right())); // centred
            QVERIFY(g.pitchMm.width() - width >= 5 - 1e-9);
        }
        for (int i = 0; i + 1 < g.labelsPerPage(); ++i) {
            if ((i + 1) % g.columns != 0) {
                QVERIFY(!g.labelRectMm(i).intersects(g.labelRectMm(i + 1)));
            }
        }
    }

    void testBuiltInIdsAreUniqueAndNamed()
    {
        std::set<QString> ids;
        for (const TagLayout& layout : TagLayout::builtIn()) {
            QVERIFY(ids.insert(layout.id).second);
            QVERIFY(!layout.displayName().isEmpty());
            QVERIFY(layout.displayName() != layout.id);
            QCOMPARE(TagLayout::byId(layout.id.toUpper()), std::optional<TagLayout>(layout));
        }
        QVERIFY(!TagLayout::byId(QStringLiteral("no-such-sheet")).has_value());
    }

    void testInvalidGeometryIsRejected()
    {
        SheetGeometry g = TagLayout::averyL7160().sheet;
        g.pitchMm.setWidth(60); // narrower than a label: overlap
        QVERIFY(!g.isValid());
        g = TagLayout::averyL7160().sheet;
        g.rows = 8; // runs off the page
        QVERIFY(!g.isValid());
        g = TagLayout::averyL7160().sheet;
        g.columns = 0;
        QVERIFY(!g.isValid());
    }

    void testPlacementAppliesSkipAndCalibration()
    {
        TagSheetJob job;
        job.layout = TagLayout::averyL7160();
        job.items = blankTags(40);
        job.skipLabels = 5;
        job.calibration = {1.5, -0.75};
        QCOMPARE(tagPageCount(job), 3); // 5 + 40 slots of 21
        const TagPlacement first = tagPlacement(job, 0);
        QCOMPARE(first.page, 0);
        const QRectF spec5 = specRect(kL7160, 5).translated(1.5, -0.75);
        QVERIFY(near(first.labelRectMm.left(), spec5.left()) && near(first.labelRectMm.top(), spec5.top()));
        const TagPlacement p16 = tagPlacement(job, 16); // slot 21: first label of page 2
        QCOMPARE(p16.page, 1);
        QVERIFY(near(p16.labelRectMm.left(), kL7160.left + 1.5) && near(p16.labelRectMm.top(), kL7160.top - 0.75));
        job.skipLabels = 0;
        job.items = blankTags(21);
        QCOMPARE(tagPageCount(job), 1);
        job.items = blankTags(22);
        QCOMPARE(tagPageCount(job), 2);
    }
};

QTEST_GUILESS_MAIN(TestLabelLayout)
#include "TestLabelLayout.moc"
