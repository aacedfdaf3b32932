// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/KioskWindow.h"

#include "kiosk/IdleWatcher.h"
#include "kiosk/KioskStyle.h"
#include "kiosk/PinPage.h"
#include "kiosk/StaffPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcKiosk, "petinfo.client.kiosk")

namespace petinfo::client {

bool isLeavingKey(const QKeyEvent* event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (key == Qt::Key_Escape || key == Qt::Key_Close || key == Qt::Key_Exit) {
        return true;
    }
    if (key == Qt::Key_F4 && (mods & (Qt::AltModifier | Qt::ControlModifier))) {
        return true;
    }
    return (key == Qt::Key_Q || key == Qt::Key_W) && (mods & (Qt::ControlModifier | Qt::MetaModifier));
}

KioskWindow::KioskWindow(QByteArray pinHash, const Clock& clock, KioskTiming timing, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_timing(timing)
    , m_pages(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_staffButton(new QPushButton(tr("Staff"), this))
    , m_pin(new PinPage(std::move(pinHash), clock, this))
    , m_staff(new StaffPage(this))
    , m_idle(new IdleWatcher(timing.idleResetMs, this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setContextMenuPolicy(Qt::NoContextMenu);
    setWindowTitle(tr("Pet Info Adoption Kiosk"));

    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("kioskTopBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("kioskTitleLabel"));
    kioskstyle::setRole(m_title, "heading");
    m_waiting->setObjectName(QStringLiteral("waitingLabel"));
    kioskstyle::setRole(m_waiting, "small");
    m_staffButton->setObjectName(QStringLiteral("staffButton"));
    kioskstyle::setRole(m_staffButton, "quiet");
    m_staffButton->setFocusPolicy(Qt::NoFocus);
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(24, 8, 8, 8);
    barLayout->addWidget(m_title, 1);
    barLayout->addWidget(m_waiting);
    barLayout->addWidget(m_staffButton);

    m_pages->setObjectName(QStringLiteral("kioskStackedWidget"));
    m_pages->addWidget(m_pin);
    m_pages->addWidget(m_staff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The screen decides the size, not the tallest page: pages fit themselves to it.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(bar);
    layout->addWidget(m_pages, 1);

    connect(m_staffButton, &QPushButton::clicked, this, &KioskWindow::showStaffLogin);
    connect(m_pin, &PinPage::cancelled, this, &KioskWindow::goHome);
    connect(m_pin, &PinPage::unlocked, this, [this] { m_pages->setCurrentWidget(m_staff); });
    connect(m_staff, &StaffPage::backRequested, this, &KioskWindow::goHome);
    connect(m_staff, &StaffPage::syncNowRequested, this, &KioskWindow::syncNowRequested);
    connect(m_staff, &StaffPage::exitRequested, this, &KioskWindow::leave);
    connect(m_idle, &IdleWatcher::idle, this, &KioskWindow::onIdle);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { Q_EMIT pageChanged(m_pages->currentWidget()); });
    // Keys that leave or close windows are swallowed before any widget (or shortcut) sees them,
    // and no widget may open a context menu.
    qApp->installEventFilter(this);
    m_idle->restart();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::lockDown()
{
    showFullScreen();
    raise();
    activateWindow();
}

void KioskWindow::setTitle(const QString& title)
{
    m_title->setText(title);
}

void KioskWindow::setHomePage(QWidget* page)
{
    m_home = page;
    m_pages->addWidget(page);
    m_pages->setCurrentWidget(page);
}

void KioskWindow::addPage(QWidget* page)
{
    if (m_pages->indexOf(page) < 0) {
        m_pages->addWidget(page);
    }
}

void KioskWindow::showPage(QWidget* page)
{
    addPage(page);
    m_pages->setCurrentWidget(page);
}

void KioskWindow::goHome()
{
    if (m_home) {
        m_pages->setCurrentWidget(m_home);
    }
    Q_EMIT wentHome();
}

QWidget* KioskWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void KioskWindow::setWaiting(qint64 applications)
{
    m_waiting->setText(waitingText(applications));
    m_staff->setWaiting(applications);
}

void KioskWindow::setSyncText(const QString& text)
{
    m_staff->setSyncText(text);
}

void KioskWindow::showStaffLogin()
{
    m_pages->setCurrentWidget(m_pin);
}

void KioskWindow::onIdle()
{
    qCInfo(lcKiosk) << "idle: wiping the screen and going back to the gallery";
    Q_EMIT idleReset();
    // A page that is itself what idleness shows (the slideshow) stays.
    if (!currentPage() || !currentPage()->property("kioskShownWhenIdle").toBool()) {
        goHome();
    }
}

void KioskWindow::leave()
{
    qCInfo(lcKiosk) << "staff left the kiosk";
    m_exitAllowed = true;
    m_idle->stop();
    close();
    Q_EMIT exitRequested();
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        if (!m_exitAllowed && isLeavingKey(static_cast<QKeyEvent*>(event))) {
            event->accept();
            return true;
        }
        break;
    case QEvent::ContextMenu:
        return !m_exitAllowed;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_exitAllowed) {
        event->accept();
        return;
    }
    // Alt+F4 and the window manager's close land here: the kiosk stays.
    event->ignore();
}

void KioskWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Type and targets grow with the screen: the same layout reads well at 1280x800 and 1920x1080.
    const int base = kioskstyle::basePixelSize(height());
    if (base != m_basePixelSize) {
        m_basePixelSize = base;
        setStyleSheet(kioskstyle::styleSheet(base));
    }
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    if (isLeavingKey(event)) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace petinfo::client
