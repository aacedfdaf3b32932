// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/AnimalCardDelegate.h"

#include "kiosk/AnimalModel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <memory>

namespace petinfo::client {

namespace {
constexpr int kSpacing = 20;
const QColor kCard(0xff, 0xff, 0xff);
const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x4f, 0x56, 0x60);
const QColor kGreen(0x2f, 0x5d, 0x50);

/** What one card shows, read from the model once per paint. */
struct CardContent
{
    QString name;
    QString facts;
    QString fee;
    QStringList badges;
    QList<bool> badgesPositive; ///< per badge: a yes (green) or a no (red)
    QImage photo;
};

CardContent cardContent(const QModelIndex& index)
{
    return {index.data(AnimalModel::NameRole).toString(),
            index.data(AnimalModel::FactsRole).toString(),
            index.data(AnimalModel::FeeRole).toString(),
            index.data(AnimalModel::BadgesRole).toStringList(),
            index.data(AnimalModel::BadgesPositiveRole).value<QList<bool>>(),
            index.data(Qt::DecorationRole).value<QImage>()};
}

/** Everything a drawn card depends on: a drawn card whose key differs is stale. */
QString cardContentKey(const QStyleOptionViewItem& option, const CardContent& card, qreal pixelRatio)
{
    const QChar separator(0x1f);
    return QStringList{card.name,
                       card.facts,
                       card.fee,
                       card.badges.join(separator),
                       QString::number(std::count(card.badgesPositive.begin(), card.badgesPositive.end(), true)) +
                           QLatin1Char('/') + QString::number(card.badgesPositive.size()),
                       QString::number(card.photo.cacheKey()),
                       (option.state & QStyle::State_HasFocus) ? QStringLiteral("focus") : QString(),
                       option.font.key(),
                       QString::number(option.rect.width()),
                       QString::number(option.rect.height()),
                       QString::number(pixelRatio)}
        .join(separator);
}

void drawCard(QPainter* painter, const QStyleOptionViewItem& option, const CardContent& content)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(kSpacing / 2.0, kSpacing / 2.0, -kSpacing / 2.0, -kSpacing / 2.0);
    QPainterPath shape;
    shape.addRoundedRect(card, 16, 16);
    painter->fillPath(shape, kCard);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(kGreen, 4));
        painter->drawPath(shape);
    }
    // The photo fills the top 60 %, cropped to cover it.
    const QRectF photoRect(card.left(), card.top(), card.width(), card.height() * 0.6);
    painter->save();
    painter->setClipPath(shape);
    if (content.photo.isNull()) {
        painter->fillRect(photoRect, QColor(0xdf, 0xe6, 0xe2));
        QFont initial = option.font;
        initial.setPixelSize(static_cast<int>(photoRect.height() / 3));
        initial.setBold(true);
        painter->setFont(initial);
        painter->setPen(kGreen);
        painter->drawText(photoRect, Qt::AlignCenter, content.name.left(1));
    } else {
        painter->drawImage(photoRect, content.photo);
    }
    painter->restore();

    const int base = std::max(14, option.font.pixelSize() > 0 ? option.font.pixelSize() : 20);
    const qreal pad = 16;
    qreal y = photoRect.bottom() + 10;
    QFont name = option.font;
    name.setPixelSize(base * 3 / 2);
    name.setBold(true);
    painter->setFont(name);
    painter->setPen(kText);
    const qreal nameHeight = QFontMetricsF(name).height();
    const QRectF nameRect(card.left() + pad, y, card.width() - 2 * pad, nameHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(name).elidedText(content.name, Qt::ElideRight, nameRect.width()));
    y += nameHeight + 2;
    // A little under the kiosk's type size: "cerca de 2 anos · Macho · Médio" and "Taxa de adoção:
    // ARS 10.000,00" whole on a card four to a row at 1920 px.
    QFont facts = option.font;
    facts.setPixelSize(base * 9 / 10);
    painter->setFont(facts);
    painter->setPen(kMuted);
    const qreal factsHeight = QFontMetricsF(facts).height();
    painter->drawText(QRectF(card.left() + pad, y, card.width() - 2 * pad, factsHeight), Qt::AlignLeft,
                      QFontMetricsF(facts).elidedText(content.facts, Qt::ElideRight, card.width() - 2 * pad));
    y += factsHeight + 8;
    // Badges: the ones that fit on one line.
    QFont badgeFont = option.font;
    badgeFont.setPixelSize(std::max(13, base * 3 / 4));
    painter->setFont(badgeFont);
    const QFontMetricsF badgeMetrics(badgeFont);
    qreal x = card.left() + pad;
    const qreal badgeHeight = badgeMetrics.height() + 8;
    for (qsizetype i = 0; i < content.badges.size(); ++i) {
        const QString& badge = content.badges[i];
        const qreal w = badgeMetrics.horizontalAdvance(badge) + 20;
        if (x + w > card.right() - pad) {
            break;
        }
        // By the answer, not the words: "No cats" is "Não se dá com gatos" in Portuguese.
        const bool no = i < content.badgesPositive.size() && !content.badgesPositive[i];
        QPainterPath pill;
        pill.addRoundedRect(QRectF(x, y, w, badgeHeight), badgeHeight / 2, badgeHeight / 2);
        painter->fillPath(pill, no ? QColor(0xf6, 0xe0, 0xe0) : QColor(0xe3, 0xf0, 0xe6));
        painter->setPen(no ? QColor(0x8e, 0x1b, 0x1b) : QColor(0x1b, 0x5e, 0x20));
        painter->drawText(QRectF(x, y, w, badgeHeight), Qt::AlignCenter, badge);
        x += w + 8;
    }
    painter->setFont(facts);
    painter->setPen(kGreen);
    const QRectF feeRect(card.left() + pad, card.bottom() - factsHeight - 12, card.width() - 2 * pad, factsHeight);
    painter->drawText(feeRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(facts).elidedText(content.fee, Qt::ElideRight, feeRect.width()));
    painter->restore();
}

} // namespace

void drawAnimalCard(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    drawCard(painter, option, cardContent(index));
}

AnimalCardDelegate::AnimalCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cards(48)
{}

void AnimalCardDelegate::setCardSize(QSize size)
{
    if (size != m_size) {
        m_size = size;
        m_cards.clear();
    }
}

void AnimalCardDelegate::setCachedCards(int cards)
{
    m_cards.setMaxCost(std::max(1, cards));
}

QSize AnimalCardDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return m_size;
}

void AnimalCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const CardContent content = cardContent(index);
    const qreal pixelRatio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QString key = cardContentKey(option, content, pixelRatio);
    const QString petId = index.data(AnimalModel::PetIdRole).toString();
    DrawnCard* drawn = m_cards.object(petId.isEmpty() ? key : petId);
    if (!drawn || drawn->content != key) {
        // Drawn at the origin: the card moves by whole pixels only, so it looks exactly as if drawn
        // in place.
        QStyleOptionViewItem atOrigin(option);
        atOrigin.rect.moveTopLeft({0, 0});
        auto fresh = std::make_unique<DrawnCard>();
        fresh->pixmap = QPixmap(qCeil(option.rect.width() * pixelRatio), qCeil(option.rect.height() * pixelRatio));
        fresh->pixmap.setDevicePixelRatio(pixelRatio);
        fresh->pixmap.fill(Qt::transparent);
        {
            QPainter cardPainter(&fresh->pixmap);
            // The view's hints (smooth photo scaling among them), as if drawn on the view.
            cardPainter.setRenderHints(painter->renderHints());
            drawCard(&cardPainter, atOrigin, content);
        }
        ++m_cardsDrawn;
        fresh->content = std::move(key);
        drawn = fresh.get();
        // Never refused: the cost is 1 and the capacity at least 1.
        m_cards.insert(petId.isEmpty() ? drawn->content : petId, fresh.release());
    }
    painter->drawPixmap(option.rect.topLeft(), drawn->pixmap);
}

} // namespace petinfo::client
