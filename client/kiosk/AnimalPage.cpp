// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/AnimalPage.h"

#include "kiosk/AnimalModel.h"
#include "kiosk/KioskStyle.h"
#include "kiosk/PhotoCache.h"
#include "kiosk/PhotoView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace petinfo::client {

AnimalPage::AnimalPage(PhotoCache& photos, PhotoCache& thumbnails, QWidget* parent)
    : QWidget(parent)
    , m_photos(photos)
    , m_thumbnails(thumbnails)
    , m_photo(new PhotoView(this))
    , m_strip(new QWidget(this))
    , m_stripLayout(new QHBoxLayout(m_strip))
    , m_name(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_badges(new QWidget(this))
    , m_badgesLayout(new QHBoxLayout(m_badges))
    , m_description(new QLabel(this))
    , m_fee(new QLabel(this))
    , m_meet(new QPushButton(this))
{
    setObjectName(QStringLiteral("animalPage"));
    m_photo->setObjectName(QStringLiteral("photoView"));
    m_strip->setObjectName(QStringLiteral("photoStrip"));
    m_stripLayout->setContentsMargins(0, 0, 0, 0);
    m_stripLayout->setSpacing(12);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    kioskstyle::setRole(m_name, "title");
    m_name->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("factsLabel"));
    kioskstyle::setRole(m_facts, "heading");
    m_facts->setWordWrap(true);
    m_badges->setObjectName(QStringLiteral("badgesWidget"));
    m_badgesLayout->setContentsMargins(0, 0, 0, 0);
    m_badgesLayout->setSpacing(8);
    m_description->setObjectName(QStringLiteral("descriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setTextFormat(Qt::PlainText);
    m_fee->setObjectName(QStringLiteral("feeLabel"));
    kioskstyle::setRole(m_fee, "heading");
    m_meet->setObjectName(QStringLiteral("meetButton"));
    kioskstyle::setRole(m_meet, "primary");
    auto* back = new QPushButton(tr("Back to All Animals"), this);
    back->setObjectName(QStringLiteral("backButton"));
    connect(back, &QPushButton::clicked, this, &AnimalPage::backRequested);
    connect(m_meet, &QPushButton::clicked, this, [this] { Q_EMIT meetRequested(m_petId); });

    auto* story = new QScrollArea(this);
    story->setObjectName(QStringLiteral("descriptionScrollArea"));
    story->setWidgetResizable(true);
    story->setWidget(m_description);
    story->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(story->viewport(), QScroller::TouchGesture);

    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(m_photo, 1);
    left->addWidget(m_strip);
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(m_name);
    right->addWidget(m_facts);
    right->addWidget(m_badges);
    right->addWidget(story, 1);
    right->addWidget(m_fee);
    right->addWidget(m_meet);
    right->addWidget(back);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(32);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
}

void AnimalPage::clearBadges()
{
    while (QLayoutItem* item = m_badgesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    while (QLayoutItem* item = m_stripLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void AnimalPage::showAnimal(const KioskAnimal& animal, const QString& facts)
{
    clearBadges();
    m_petId = animal.petId;
    m_name->setText(animal.name);
    m_facts->setText(animal.breed.isEmpty() ? facts : facts + QStringLiteral(" · ") + animal.breed);
    m_description->setText(QString::fromStdString(animal.profile.description));
    m_fee->setText(feeText(animal.profile));
    m_meet->setText(tr("I'd Like to Meet %1").arg(animal.name));
    QList<bool> positive;
    const QStringList badges = goodWithBadges(animal.profile, &positive);
    for (qsizetype i = 0; i < badges.size(); ++i) {
        auto* badge = new QLabel(badges[i], m_badges);
        kioskstyle::setRole(badge, positive[i] ? "badge" : "badgeNo");
        m_badgesLayout->addWidget(badge);
    }
    m_badgesLayout->addStretch(1);
    m_photoIds = animal.photos;
    // The strip only when there is more than one photo to choose from.
    for (qsizetype i = 0; m_photoIds.size() > 1 && i < m_photoIds.size(); ++i) {
        auto* thumb = new QPushButton(m_strip);
        thumb->setObjectName(QStringLiteral("photo%1Button").arg(i + 1));
        thumb->setAccessibleName(tr("Photo %1 of %2").arg(i + 1).arg(m_photoIds.size()));
        thumb->setIcon(QPixmap::fromImage(m_thumbnails.photoNow(m_photoIds[i])));
        thumb->setIconSize(m_thumbnails.size());
        thumb->setFixedSize(m_thumbnails.size() + QSize(12, 12));
        thumb->setStyleSheet(QStringLiteral("padding: 4px;"));
        connect(thumb, &QPushButton::clicked, this, [this, i] { showPhoto(static_cast<int>(i)); });
        m_stripLayout->addWidget(thumb);
    }
    m_stripLayout->addStretch(1);
    m_strip->setVisible(m_photoIds.size() > 1);
    showPhoto(0);
}

void AnimalPage::showPhoto(int index)
{
    if (index < 0 || index >= m_photoIds.size()) {
        m_photo->setImage({}, tr("No photo yet"));
        return;
    }
    m_photo->setImage(m_photos.photoNow(m_photoIds[index]), tr("The photo has not arrived yet"));
}

} // namespace petinfo::client
