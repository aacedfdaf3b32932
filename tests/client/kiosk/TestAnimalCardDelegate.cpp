// SPDX-License-Identifier: GPL-3.0-or-later
// The gallery's cards: drawn once and then copied, a copy looks exactly like the card drawn in
// place (at any position and pixel ratio), and a card is drawn again whenever anything it shows
// changes (its photo arriving, its texts, focus, font, size): a stale card is never shown.
#include "ShelterSeed.h"
#include "kiosk/AnimalCardDelegate.h"
#include "kiosk/AnimalModel.h"
#include "kiosk/PhotoCache.h"
#include "petinfo/common/Clock.h"

#include <QApplication>
#include <QPainter>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

namespace {

const QColor kBackground(0xf4, 0xf1, 0xea);

KioskAnimal animal(const QString& id, const QString& name, const QString& photo = {})
{
    KioskAnimal a;
    a.petId = id;
    a.name = name;
    a.species = Species::Dog;
    a.sex = Sex::Female;
    a.birthDate = Date{2023, 3, 1};
    a.profile.size = AnimalSize::Medium;
    a.profile.goodWithChildren = Answer::Yes;
    a.profile.goodWithCats = Answer::No;
    a.profile.feeMinor = 500000;
    a.profile.feeCurrency = "ARS";
    if (!photo.isEmpty()) {
        a.photos << photo;
    }
    return a;
}

/** An image of `size` in the window's colour, at `pixelRatio`. */
QImage canvas(QSize size, qreal pixelRatio = 1.0)
{
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(kBackground);
    return image;
}

/** The largest difference of any channel of any pixel (the images have the same size). */
int largestDifference(const QImage& a, const QImage& b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max(
                {largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return largest;
}

} // namespace

class TestAnimalCardDelegate final : public QObject
{
    Q_OBJECT

    ManualClock m_clock{1'796'000'000'000, Date{2026, 12, 7}};
    QHash<QString, QByteArray> m_photoBytes{{QStringLiteral("p1"), test::samplePhoto(1, {640, 480})},
                                            {QStringLiteral("p2"), test::samplePhoto(2, {640, 480})}};
    const QSize m_cell{360, 450};

    PhotoCache::Loader loader()
    {
        return [this](const QString& id) {
            return m_photoBytes.value(id);
        };
    }

    QStyleOptionViewItem option(QPoint at = {}) const
    {
        QStyleOptionViewItem option;
        option.rect = QRect(at, m_cell);
        option.font = QApplication::font();
        option.font.setPixelSize(20);
        option.state = QStyle::State_Enabled;
        return option;
    }

    /** What the delegate paints for `index` with `option`, on a canvas `size` large. */
    static QImage painted(const AnimalCardDelegate& delegate, const QStyleOptionViewItem& option,
                          const QModelIndex& index, QSize size, qreal pixelRatio = 1.0)
    {
        QImage image = canvas(size, pixelRatio);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        delegate.paint(&painter, option, index);
        return image;
    }

    /** The same card drawn straight onto the canvas. */
    static QImage drawn(const QStyleOptionViewItem& option, const QModelIndex& index, QSize size,
                        qreal pixelRatio = 1.0)
    {
        QImage image = canvas(size, pixelRatio);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        drawAnimalCard(&painter, option, index);
        return image;
    }

private Q_SLOTS:
    void testCopiedCardLooksAsDrawnInPlace_data()
    {
        QTest::addColumn<QPoint>("at");
        QTest::addColumn<qreal>("pixelRatio");
        QTest::addColumn<bool>("withPhoto");
        QTest::newRow("origin") << QPoint(0, 0) << 1.0 << true;
        QTest::newRow("second column, scrolled") << QPoint(360, -137) << 1.0 << true;
        QTest::newRow("no photo yet") << QPoint(360, 45) << 1.0 << false;
        QTest::newRow("pixel ratio 2") << QPoint(360, 45) << 2.0 << true;
    }

    void testCopiedCardLooksAsDrawnInPlace()
    {
        QFETCH(QPoint, at);
        QFETCH(qreal, pixelRatio);
        QFETCH(bool, withPhoto);
        PhotoCache photos(loader(), {480, 360}, 10);
        AnimalModel model(m_clock, &photos);
        model.setAnimals({animal(QStringLiteral("a"), QStringLiteral("Canela"), QStringLiteral("p1"))});
        const QModelIndex index = model.index(0);
        if (withPhoto) {
            (void)index.data(Qt::DecorationRole);
            photos.waitForDecodes();
        }
        AnimalCardDelegate delegate;
        delegate.setCardSize(m_cell);
        const QSize size(2 * m_cell.width(), m_cell.height() + 100);
        const QImage expected = drawn(option(at), index, size, pixelRatio);
        const QImage first = painted(delegate, option(at), index, size, pixelRatio);
        const QImage copied = painted(delegate, option(at), index, size, pixelRatio);
        QCOMPARE(delegate.cardsDrawn(), 1);
        QCOMPARE(first, copied);
        // Antialiased edges composed through the card's pixmap may round one level apart.
        QVERIFY2(largestDifference(expected, copied) <= 1,
                 qPrintable(QString::number(largestDifference(expected, copied))));
        QVERIFY(expected != canvas(size, pixelRatio)); // a card was drawn at all
    }

    void testCardDrawnAgainWhenWhatItShowsChanges()
    {
        PhotoCache photos(loader(), {480, 360}, 10);
        AnimalModel model(m_clock, &photos);
        model.setAnimals({animal(QStringLiteral("a"), QStringLiteral("Canela"), QStringLiteral("p1"))});
        AnimalCardDelegate delegate;
        delegate.setCardSize(m_cell);
        const auto check = [&](const QStyleOptionViewItem& option, int drawnCards) {
            const QImage image = painted(delegate, option, model.index(0), m_cell);
            if (delegate.cardsDrawn() != drawnCards) {
                qWarning("cards drawn: %d, expected %d", delegate.cardsDrawn(), drawnCards);
                return QImage();
            }
            return largestDifference(image, drawn(option, model.index(0), m_cell)) <= 1 ? image : QImage();
        };

        const QImage placeholder = check(option(), 1);
        QVERIFY(!placeholder.isNull());
        QVERIFY(!check(option(), 1).isNull()); // the photo is still being decoded: copied
        photos.waitForDecodes();
        const QImage withPhoto = check(option(), 2);
        QVERIFY(!withPhoto.isNull());
        QVERIFY(withPhoto != placeholder);

        // The same animal with another name and photo (a sync changed it).
        model.setAnimals({animal(QStringLiteral("a"), QStringLiteral("Canelita"), QStringLiteral("p2"))});
        (void)model.index(0).data(Qt::DecorationRole);
        photos.waitForDecodes();
        const QImage renamed = check(option(), 3);
        QVERIFY(!renamed.isNull());
        QVERIFY(renamed != withPhoto);

        QStyleOptionViewItem focused = option();
        focused.state |= QStyle::State_HasFocus;
        const QImage withFocus = check(focused, 4);
        QVERIFY(!withFocus.isNull());
        QVERIFY(withFocus != renamed);
        QVERIFY(!check(option(), 5).isNull()); // and back

        QStyleOptionViewItem larger = option();
        larger.font.setPixelSize(26);
        QVERIFY(!check(larger, 6).isNull());
        QCOMPARE(check(larger, 6).isNull(), false);

        delegate.setCardSize({400, 500});
        QVERIFY(!check(larger, 7).isNull());
    }

    void testKeepsAtMostTheCardsAskedFor()
    {
        AnimalModel model(m_clock, nullptr);
        model.setAnimals({animal(QStringLiteral("a"), QStringLiteral("Bruno")),
                          animal(QStringLiteral("b"), QStringLiteral("Canela")),
                          animal(QStringLiteral("c"), QStringLiteral("Kira"))});
        AnimalCardDelegate delegate;
        delegate.setCardSize(m_cell);
        delegate.setCachedCards(2);
        QCOMPARE(delegate.cachedCards(), 2);
        for (int row : {0, 1, 2}) {
            (void)painted(delegate, option(), model.index(row), m_cell);
        }
        QCOMPARE(delegate.cardsDrawn(), 3);
        (void)painted(delegate, option(), model.index(2), m_cell);
        (void)painted(delegate, option(), model.index(1), m_cell);
        QCOMPARE(delegate.cardsDrawn(), 3);
        (void)painted(delegate, option(), model.index(0), m_cell); // the least recently shown went
        QCOMPARE(delegate.cardsDrawn(), 4);

        delegate.setCachedCards(0); // at least one is always kept
        QCOMPARE(delegate.cachedCards(), 1);
        (void)painted(delegate, option(), model.index(0), m_cell);
        (void)painted(delegate, option(), model.index(0), m_cell);
        QCOMPARE(delegate.cardsDrawn(), 4);
    }
};

QTEST_MAIN(TestAnimalCardDelegate)
#include "TestAnimalCardDelegate.moc"
