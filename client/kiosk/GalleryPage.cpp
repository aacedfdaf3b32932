// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/GalleryPage.h"

#include "kiosk/AnimalCardDelegate.h"
#include "kiosk/AnimalModel.h"
#include "kiosk/CardGridView.h"
#include "kiosk/FlowLayout.h"
#include "kiosk/KioskStyle.h"
#include "models/AdoptionText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScroller>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <utility>

namespace petinfo::client {

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
    , m_view(new CardGridView(this))
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
    // Drawn cards kept: a screenful (a part row at the top and the bottom included) and as many
    // again, so scrolling back a little copies cards rather than drawing them.
    const int visibleRows = m_view->viewport()->height() / card.height() + 2;
    m_delegate->setCachedCards(2 * columns * visibleRows);
    if (card == m_delegate->cardSize() && m_view->gridSize() == card) {
        return;
    }
    m_delegate->setCardSize(card);
    m_view->setGridSize(card);
    m_view->doItemsLayout();
}

} // namespace petinfo::client
