// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/SlideshowPage.h"

#include "kiosk/AnimalModel.h"
#include "kiosk/KioskStyle.h"
#include "kiosk/PhotoCache.h"
#include "kiosk/PhotoView.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace petinfo::client {

SlideshowPage::SlideshowPage(AnimalModel& animals, PhotoCache& photos, int intervalMs, QWidget* parent)
    : QWidget(parent)
    , m_animals(animals)
    , m_photos(photos)
    , m_photo(new PhotoView(this))
    , m_name(new QLabel(this))
    , m_hint(new QLabel(tr("Touch the screen to see all the animals looking for a home"), this))
{
    setObjectName(QStringLiteral("slideshowPage"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    // Idleness does not end the slideshow: it is what idleness shows.
    setProperty("kioskShownWhenIdle", true);
    m_photo->setObjectName(QStringLiteral("slidePhotoView"));
    m_name->setObjectName(QStringLiteral("slideNameLabel"));
    kioskstyle::setRole(m_name, "title");
    m_name->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("slideHintLabel"));
    kioskstyle::setRole(m_hint, "muted");
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_photo->setAttribute(Qt::WA_TransparentForMouseEvents);
    for (QLabel* label : {m_name, m_hint}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_photo, 1);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SlideshowPage::advance);
}

void SlideshowPage::start()
{
    m_row = -1;
    advance();
    m_timer.start();
}

void SlideshowPage::stop()
{
    m_timer.stop();
}

void SlideshowPage::advance()
{
    const int rows = m_animals.rowCount();
    if (rows == 0) {
        m_photo->setImage({});
        m_name->clear();
        return;
    }
    m_row = (m_row + 1) % rows;
    const QModelIndex index = m_animals.index(m_row);
    m_name->setText(QStringLiteral("%1 · %2").arg(index.data(AnimalModel::NameRole).toString(),
                                                  index.data(AnimalModel::FactsRole).toString()));
    const QString photoId = index.data(AnimalModel::PhotoIdRole).toString();
    m_photo->setImage(photoId.isEmpty() ? QImage() : m_photos.photoNow(photoId));
}

void SlideshowPage::mousePressEvent(QMouseEvent* event)
{
    QWidget::mousePressEvent(event);
    Q_EMIT touched();
}

bool SlideshowPage::event(QEvent* event)
{
    if (event->type() == QEvent::TouchBegin) {
        event->accept();
        Q_EMIT touched();
        return true;
    }
    return QWidget::event(event);
}

} // namespace petinfo::client
