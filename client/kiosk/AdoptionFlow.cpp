// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/AdoptionFlow.h"

#include "kiosk/AnimalModel.h"
#include "kiosk/AnimalPage.h"
#include "kiosk/ApplicationForm.h"
#include "kiosk/GalleryPage.h"
#include "kiosk/IdleWatcher.h"
#include "kiosk/KioskApplicationService.h"
#include "kiosk/KioskRepository.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PhotoCache.h"
#include "kiosk/SlideshowPage.h"
#include "kiosk/ThankYouPage.h"
#include "settings/Settings.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace petinfo::client {

namespace {
// Cache sizes keep a 500-animal gallery well under 300 MB: ~60 MB of cards, ~60 MB of large photos.
constexpr int kCardPhotos = 120;
constexpr int kLargePhotos = 12;
constexpr int kStripPhotos = 60;
} // namespace

QString AdoptionFlow::consentText()
{
    return tr("I confirm that what I wrote is true. I agree that the shelter keeps this application and contacts "
              "me about the adoption. Applying does not reserve the animal: the shelter decides after getting to "
              "know me, and may visit my home before the adoption.");
}

AdoptionFlow::AdoptionFlow(KioskWindow& window, Database& db, const Clock& clock, QString eventName, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_db(db)
    , m_clock(clock)
    , m_eventName(std::move(eventName))
{
    const auto loader = [this](const QString& sha256) {
        auto bytes = KioskRepository(m_db).photo(sha256);
        return bytes ? *bytes : QByteArray();
    };
    m_cardPhotos = new PhotoCache(loader, {480, 360}, kCardPhotos, this);
    m_largePhotos = new PhotoCache(loader, {1280, 960}, kLargePhotos, this);
    m_stripPhotos = new PhotoCache(loader, {160, 120}, kStripPhotos, this);
    m_animals = new AnimalModel(clock, m_cardPhotos, this);
    m_gallery = new GalleryPage(*m_animals);
    m_animalPage = new AnimalPage(*m_largePhotos, *m_stripPhotos);
    m_thankYou = new ThankYouPage;
    m_slideshow = new SlideshowPage(*m_animals, *m_largePhotos, window.timing().slideIntervalMs);
    m_slideshowIdle = new IdleWatcher(window.timing().slideshowAfterMs, this);
    m_window.setHomePage(m_gallery);
    for (QWidget* page :
         {static_cast<QWidget*>(m_animalPage), static_cast<QWidget*>(m_thankYou), static_cast<QWidget*>(m_slideshow)}) {
        m_window.addPage(page);
    }

    connect(m_gallery, &GalleryPage::animalChosen, this, &AdoptionFlow::showAnimal);
    connect(m_animalPage, &AnimalPage::backRequested, &m_window, &KioskWindow::goHome);
    connect(m_animalPage, &AnimalPage::meetRequested, this, &AdoptionFlow::startApplication);
    connect(m_thankYou, &ThankYouPage::doneRequested, this, &AdoptionFlow::nextVisitor);
    m_thankYouTimer.setSingleShot(true);
    m_thankYouTimer.setInterval(window.timing().thankYouMs);
    connect(&m_thankYouTimer, &QTimer::timeout, this, &AdoptionFlow::nextVisitor);
    connect(&m_window, &KioskWindow::idleReset, this, &AdoptionFlow::nextVisitor);
    connect(&m_window, &KioskWindow::wentHome, this, [this] {
        m_thankYouTimer.stop();
        wipe();
    });
    connect(&m_window, &KioskWindow::pageChanged, this, &AdoptionFlow::pageChanged);
    connect(m_slideshowIdle, &IdleWatcher::idle, this, &AdoptionFlow::startSlideshow);
    connect(m_slideshow, &SlideshowPage::touched, this, &AdoptionFlow::stopSlideshow, Qt::QueuedConnection);
    connect(
        &m_window.idleWatcher(), &IdleWatcher::activity, this,
        [this] {
            if (m_slideshow->isRunning()) {
                stopSlideshow();
            }
        },
        Qt::QueuedConnection);
    reload();
    refreshWaiting();
    pageChanged(m_window.currentPage());
}

AdoptionFlow::~AdoptionFlow() = default;

void AdoptionFlow::reload()
{
    auto animals = KioskRepository(m_db).adoptableAnimals();
    if (!animals) {
        qCWarning(lcKiosk) << "cannot read the animals:" << animals.error().detail.c_str();
        Q_EMIT problem(describe(animals.error()));
        return;
    }
    const QString shown = m_animalPage->petId();
    m_cardPhotos->clear();
    m_largePhotos->clear();
    m_stripPhotos->clear();
    m_animals->setAnimals(std::move(*animals));
    // An animal adopted (or reserved) meanwhile is no longer offered.
    if (m_window.currentPage() == m_animalPage && !m_animals->animal(shown)) {
        m_window.goHome();
    } else if (m_window.currentPage() == m_animalPage) {
        showAnimal(shown);
    }
}

void AdoptionFlow::refreshWaiting()
{
    KioskRepository repository(m_db);
    if (auto forgotten = repository.forgetSentApplications(); !forgotten) {
        qCWarning(lcKiosk) << "cannot forget sent applications:" << forgotten.error().detail.c_str();
    }
    auto waiting = repository.waitingApplications();
    m_window.setWaiting(waiting ? *waiting : 0);
}

void AdoptionFlow::showAnimal(const QString& petId)
{
    const KioskAnimal* animal = m_animals->animal(petId);
    if (!animal) {
        return;
    }
    const QModelIndex index = m_animals->index(static_cast<int>(animal - m_animals->animals().data()));
    m_animalPage->showAnimal(*animal, index.data(AnimalModel::FactsRole).toString());
    m_window.showPage(m_animalPage);
}

void AdoptionFlow::startApplication(const QString& petId)
{
    const KioskAnimal* animal = m_animals->animal(petId);
    if (!animal) {
        return;
    }
    wipe();
    m_form = new ApplicationForm(animal->petId, animal->name, consentText());
    connect(m_form, &ApplicationForm::submitted, this, &AdoptionFlow::submit);
    connect(m_form, &ApplicationForm::cancelled, this, [this, petId] {
        wipe();
        showAnimal(petId);
    });
    m_window.showPage(m_form);
}

void AdoptionFlow::submit()
{
    if (!m_form) {
        return;
    }
    const AdoptionApplication typed = m_form->application();
    KioskApplicationService service(m_db, m_clock);
    auto stored = service.submit(typed, m_eventName, Settings::instance().country().toStdString());
    if (!stored) {
        if (stored.error().storage) {
            qCWarning(lcKiosk) << "the application was not stored:" << stored.error().storage->detail.c_str();
            m_form->showMessage(tr("Your application could not be saved. Please ask the shelter's staff for help; "
                                   "nothing you typed was lost."));
        } else {
            m_form->showIssues(stored.error().report);
        }
        return;
    }
    qCInfo(lcKiosk) << "application stored:" << stored->c_str();
    const QString petId = m_form->petId();
    wipe();
    const KioskAnimal* animal = m_animals->animal(petId);
    m_thankYou->showFor(QString::fromStdString(typed.applicantName), animal ? animal->name : QString());
    m_window.showPage(m_thankYou);
    m_thankYouTimer.start();
    refreshWaiting();
    Q_EMIT applicationStored();
}

void AdoptionFlow::wipe()
{
    // Destroyed, not cleared: no text, undo history or signature survives anywhere. Later, not
    // now: this may run inside one of the form's own signals.
    if (m_form) {
        m_form->hide();
        m_form->deleteLater();
        m_form = nullptr;
    }
    if (m_window.currentPage() != m_thankYou) {
        m_thankYou->clear();
    }
}

void AdoptionFlow::nextVisitor()
{
    // Whoever comes next starts from the whole gallery, and nothing of the last visitor stays.
    m_thankYouTimer.stop();
    wipe();
    m_gallery->resetFilters();
    if (m_window.currentPage() == m_thankYou) {
        m_window.goHome();
    }
}

void AdoptionFlow::pageChanged(QWidget* page)
{
    if (page == m_gallery) {
        m_slideshowIdle->restart();
    } else {
        m_slideshowIdle->stop();
    }
    if (page != m_slideshow) {
        m_slideshow->stop();
    }
}

void AdoptionFlow::startSlideshow()
{
    if (m_window.currentPage() != m_gallery || m_animals->rowCount() == 0) {
        return;
    }
    m_window.showPage(m_slideshow);
    m_slideshow->start();
}

void AdoptionFlow::stopSlideshow()
{
    if (m_window.currentPage() == m_slideshow) {
        m_slideshow->stop();
        m_window.goHome();
    }
}

} // namespace petinfo::client
