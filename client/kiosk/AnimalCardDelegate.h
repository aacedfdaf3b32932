// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace petinfo::client {

/** Paints one animal as a card: photo, name, age · sex · size, "good with" badges and the fee.
 *
 *  A card is drawn once into a pixmap at the card's size and the screen's device pixel ratio, and
 *  that pixmap is copied while the gallery scrolls: drawing a card (the photo scaled into a
 *  rounded clip, antialiased shapes, text shaped and elided) costs far more than a frame can
 *  spend on a screenful of them. A card is drawn again when anything it shows changes (its texts,
 *  its photo arriving, focus, font, size or pixel ratio). */
class AnimalCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AnimalCardDelegate(QObject* parent = nullptr);

    /** The grid cell every card fills (the spacing between cards included). Drops drawn cards. */
    void setCardSize(QSize size);
    QSize cardSize() const { return m_size; }
    /** How many drawn cards are kept (the least recently shown go first). */
    void setCachedCards(int cards);
    int cachedCards() const { return m_cards.maxCost(); }
    /** How many cards were drawn rather than copied, since this delegate was made. */
    int cardsDrawn() const { return m_cardsDrawn; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct DrawnCard
    {
        QString content; ///< what the card shows, as drawn: see cardContentKey()
        QPixmap pixmap;
    };

    QSize m_size{360, 420};
    mutable QCache<QString, DrawnCard> m_cards; ///< by pet id
    mutable int m_cardsDrawn = 0;
};

/** Draws the card for `index` in `option.rect` straight onto `painter` (what the delegate's cached
 *  pixmaps hold). */
void drawAnimalCard(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index);

} // namespace petinfo::client
