// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/GalleryPage.h"

#include "kiosk/AnimalModel.h"
#include "kiosk/FlowLayout.h"
#include "kiosk/KioskStyle.h"
#include "models/AdoptionText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScroller>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <utility>

namespace petinfo::client {

namespace {
constexpr int kSpacing = 20;
const QColor kCard(0xff, 0xff, 0xff);
const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x4f, 0x56, 0x60);
const QColor kGreen(0x2f, 0x5d, 0x50);
} // namespace

QSize AnimalCardDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return m_size;
}

void AnimalCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
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
    const QImage photo = index.data(Qt::DecorationRole).value<QImage>();
    if (photo.isNull()) {
        painter->fillRect(photoRect, QColor(0xdf, 0xe6, 0xe2));
        QFont initial = option.font;
        initial.setPixelSize(static_cast<int>(photoRect.height() / 3));
        initial.setBold(true);
        painter->setFont(initial);
        painter->setPen(kGreen);
        painter->drawText(photoRect, Qt::AlignCenter, index.data(AnimalModel::NameRole).toString().left(1));
    } else {
        painter->drawImage(photoRect, photo);
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
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(name).elidedText(index.data(AnimalModel::NameRole).toString(), Qt::ElideRight, nameRect.width()));
    y += nameHeight + 2;
    // A little under the kiosk's type size: "cerca de 2 anos · Macho · Médio" and "Taxa de adoção:
    // ARS 10.000,00" whole on a card four to a row at 1920 px.
    QFont facts = option.font;
    facts.setPixelSize(base * 9 / 10);
    painter->setFont(facts);
    painter->setPen(kMuted);
    const qreal factsHeight = QFontMetricsF(facts).height();
    painter->drawText(QRectF(card.left() + pad, y, card.width() - 2 * pad, factsHeight), Qt::AlignLeft,
                      QFontMetricsF(facts).elidedText(index.data(AnimalModel::FactsRole).toString(), Qt::ElideRight,
                                                      card.width() - 2 * pad));
    y += factsHeight + 8;
    // Badges: the ones that fit on one line.
    QFont badgeFont = option.font;
    badgeFont.setPixelSize(std::max(13, base * 3 / 4));
    painter->setFont(badgeFont);
    const QFontMetricsF badgeMetrics(badgeFont);
    qreal x = card.left() + pad;
    const qreal badgeHeight = badgeMetrics.height() + 8;
    const QStringList badges = index.data(AnimalModel::BadgesRole).toStringList();
    const auto positive = index.data(AnimalModel::BadgesPositiveRole).value<QList<bool>>();
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const QString& badge = badges[i];
        const qreal w = badgeMetrics.horizontalAdvance(badge) + 20;
        if (x + w > card.right() - pad) {
            break;
        }
        // By the answer, not the words: "No cats" is "Não se dá com gatos" in Portuguese.
        const bool no = i < positive.size() && !positive[i];
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
    painter->drawText(
        feeRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(facts).elidedText(index.data(AnimalModel::FeeRole).toString(), Qt::ElideRight, feeRect.width()));
    painter->restore();
}

GalleryPage::GalleryPage(AnimalModel& animals, QWidget* parent)
    : QWidget(parent)
    , m_animals(animals)
    , m_filter(new AnimalFilterProxyModel(this))
    , m_delegate(new AnimalCardDelegate(this))
    , m_species(new QButtonGroup(this))
    , m_age(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("galleryPage"));
    m_filter->setSourceModel(&m_animals);

    // The filters wrap onto another line where a language's words need more room than the screen
    // has (Spanish and Portuguese at 1280 px), rather than cutting them.
    auto* speciesRow = new FlowLayout(12);
    const std::array<std::pair<QString, const char*>, 4> species{{{tr("All Animals"), "allSpeciesButton"},
                                                                  {tr("Dogs"), "dogsButton"},
                                                                  {tr("Cats"), "catsButton"},
                                                                  {tr("Others"), "otherSpeciesButton"}}};
    for (std::size_t i = 0; i < species.size(); ++i) {
        QPushButton* button = toggle(species[i].first, species[i].second);
        m_species->addButton(button, static_cast<int>(i));
        speciesRow->addWidget(button);
    }
    m_species->button(0)->setChecked(true);
    m_age->setObjectName(QStringLiteral("ageComboBox"));
    m_age->addItem(tr("Any age"), int(AgeGroup::Any));
    m_age->addItem(tr("Under a year"), int(AgeGroup::Young));
    m_age->addItem(tr("1 to 7 years"), int(AgeGroup::Adult));
    m_age->addItem(tr("8 years and over"), int(AgeGroup::Senior));
    m_age->setAccessibleName(tr("Age"));
    m_size->setObjectName(QStringLiteral("sizeComboBox"));
    m_size->addItem(tr("Any size"), -1);
    for (AnimalSize s : {AnimalSize::Small, AnimalSize::Medium, AnimalSize::Large, AnimalSize::Giant}) {
        m_size->addItem(animalSizeLabel(s), int(s));
    }
    m_size->setAccessibleName(tr("Size"));
    speciesRow->addWidget(m_age);
    speciesRow->addWidget(m_size);

    auto* goodRow = new FlowLayout(12);
    m_children = toggle(tr("Good with Children"), "goodWithChildrenButton");
    m_dogs = toggle(tr("Good with Dogs"), "goodWithDogsButton");
    m_cats = toggle(tr("Good with Cats"), "goodWithCatsButton");
    goodRow->addWidget(m_children);
    goodRow->addWidget(m_dogs);
    goodRow->addWidget(m_cats);
    m_count->setObjectName(QStringLiteral("countLabel"));
    kioskstyle::setRole(m_count, "muted");

    m_view->setObjectName(QStringLiteral("animalListView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there: a scroll bar that comes and goes would change the width the columns share.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->viewport()->installEventFilter(this);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Animals looking for a home"));
    QScroller::grabGesture(m_view->viewport(), QScroller::TouchGesture);
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex& index) { Q_EMIT animalChosen(index.data(AnimalModel::PetIdRole).toString()); });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT animalChosen(index.data(AnimalModel::PetIdRole).toString()); });

    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("noMatchPage"));
    auto* emptyText = new QLabel(tr("No animal matches all of these choices right now."), empty);
    emptyText->setObjectName(QStringLiteral("noMatchLabel"));
    kioskstyle::setRole(emptyText, "heading");
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* showAll = new QPushButton(tr("Show All Animals"), empty);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    kioskstyle::setRole(showAll, "primary");
    connect(showAll, &QPushButton::clicked, this, &GalleryPage::resetFilters);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(showAll, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 0);
    layout->setSpacing(12);
    layout->addLayout(speciesRow);
    layout->addLayout(goodRow);
    layout->addWidget(m_count);
    layout->addWidget(m_stack, 1);

    connect(m_species, &QButtonGroup::idClicked, this, &GalleryPage::applyFilters);
    connect(m_age, &QComboBox::currentIndexChanged, this, &GalleryPage::applyFilters);
    connect(m_size, &QComboBox::currentIndexChanged, this, &GalleryPage::applyFilters);
    for (QPushButton* b : {m_children, m_dogs, m_cats}) {
        connect(b, &QPushButton::toggled, this, &GalleryPage::applyFilters);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GalleryPage::refreshCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &GalleryPage::refreshCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GalleryPage::refreshCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &GalleryPage::refreshCount);
    refreshCount();
}

QPushButton* GalleryPage::toggle(const QString& text, const char* name)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(name));
    button->setCheckable(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

void GalleryPage::applyFilters()
{
    using Species = AnimalFilterProxyModel::SpeciesFilter;
    m_filter->setSpecies(static_cast<Species>(std::max(0, m_species->checkedId())));
    m_filter->setAgeGroup(static_cast<AgeGroup>(m_age->currentData().toInt()));
    const int size = m_size->currentData().toInt();
    m_filter->setSize(size < 0 ? std::nullopt : std::optional<AnimalSize>(static_cast<AnimalSize>(size)));
    m_filter->setGoodWithChildren(m_children->isChecked());
    m_filter->setGoodWithDogs(m_dogs->isChecked());
    m_filter->setGoodWithCats(m_cats->isChecked());
    refreshCount();
}

void GalleryPage::resetFilters()
{
    const QSignalBlocker blockAge(m_age);
    const QSignalBlocker blockSize(m_size);
    m_species->button(0)->setChecked(true);
    m_age->setCurrentIndex(0);
    m_size->setCurrentIndex(0);
    for (QPushButton* b : {m_children, m_dogs, m_cats}) {
        const QSignalBlocker block(b);
        b->setChecked(false);
    }
    m_filter->clearFilters();
    m_view->scrollToTop();
    refreshCount();
}

void GalleryPage::refreshCount()
{
    const int shown = m_filter->rowCount();
    m_count->setText(m_filter->isFiltering() ? tr("%n of %1 animals", nullptr, shown).arg(m_animals.rowCount())
                                             : tr("%n animal(s) looking for a home", nullptr, shown));
    m_stack->setCurrentIndex(shown == 0 && m_filter->isFiltering() ? 1 : 0);
}

void GalleryPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

bool GalleryPage::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport's width is known only once the view has laid out its scroll bar.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        layoutCards();
    }
    return QWidget::eventFilter(watched, event);
}

void GalleryPage::layoutCards()
{
    // As many columns as fit cards wide enough for their text (17 characters' worth of the kiosk's
    // type size: 340 px at 1280x800); the cards share the width.
    const int base = m_view->font().pixelSize() > 0 ? m_view->font().pixelSize() : 20;
    const int width = m_view->viewport()->width();
    const int columns = std::max(2, width / (base * 17));
    const int cardWidth = (width - 2) / columns;
    const QSize card(cardWidth, cardWidth * 5 / 4);
    if (card == m_delegate->cardSize() && m_view->gridSize() == card) {
        return;
    }
    m_delegate->setCardSize(card);
    m_view->setGridSize(card);
    m_view->doItemsLayout();
}

} // namespace petinfo::client
