// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/ApplicationForm.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace petinfo {
class Clock;
}

namespace petinfo::client {

class AnimalModel;
class AnimalPage;
class Database;
class GalleryPage;
class IdleWatcher;
class KioskWindow;
class PhotoCache;
class SlideshowPage;
class ThankYouPage;

/** The visitor's way through the kiosk: gallery -> animal -> application -> thank you -> gallery,
 *  the slideshow of an idle gallery, and the wipe after idleness. It reads animals and stores
 *  applications through the kiosk's repository and service on the GUI thread's connection. */
class AdoptionFlow final : public QObject
{
    Q_OBJECT

public:
    AdoptionFlow(KioskWindow& window, Database& db, const Clock& clock, QString eventName, QObject* parent = nullptr);
    ~AdoptionFlow() override;

    /** Reads the animals again (after a sync brought changes). */
    void reload();
    /** Counts the applications waiting to be sent and shows it to staff. */
    void refreshWaiting();

    AnimalModel& animals() { return *m_animals; }
    PhotoCache& cardPhotos() { return *m_cardPhotos; }
    GalleryPage* gallery() const { return m_gallery; }
    AnimalPage* animalPage() const { return m_animalPage; }
    ApplicationForm* form() const { return m_form; }
    ThankYouPage* thankYou() const { return m_thankYou; }
    SlideshowPage* slideshow() const { return m_slideshow; }

    /** The consent text shown on every application. */
    static QString consentText();

public Q_SLOTS:
    void showAnimal(const QString& petId);
    void startApplication(const QString& petId);

Q_SIGNALS:
    /** An application was stored and waits in the outbox. */
    void applicationStored();
    /** Reading the animals failed (shown to staff). */
    void problem(const QString& text);

private:
    void submit();
    /** Forgets the form and the thank-you text. */
    void wipe();
    /** wipe(), every filter off, and the gallery (idleness, or a finished application). */
    void nextVisitor();
    void pageChanged(QWidget* page);
    void startSlideshow();
    void stopSlideshow();

    KioskWindow& m_window;
    Database& m_db;
    const Clock& m_clock;
    QString m_eventName;
    PhotoCache* m_cardPhotos;
    PhotoCache* m_largePhotos;
    PhotoCache* m_stripPhotos;
    AnimalModel* m_animals;
    GalleryPage* m_gallery;
    AnimalPage* m_animalPage;
    ThankYouPage* m_thankYou;
    SlideshowPage* m_slideshow;
    QPointer<ApplicationForm> m_form;
    IdleWatcher* m_slideshowIdle;
    QTimer m_thankYouTimer;
};

} // namespace petinfo::client
