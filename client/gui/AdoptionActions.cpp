// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AdoptionActions.h"

#include "gui/AdoptionWindow.h"
#include "gui/MainWindow.h"
#include "services/AdoptionService.h"
#include "services/OrganisationService.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

namespace petinfo::client {

namespace {
constexpr int kStatusMessageMs = 5000;
} // namespace

AdoptionActions::AdoptionActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_service(new AdoptionService(window.service(), this))
    , m_organisation(new OrganisationService(this))
    , m_animals(new QAction(tr("&Adoption…"), &window))
    , m_inbox(new QAction(tr("Applications &Inbox…"), &window))
    , m_badge(new QToolButton(&window))
    , m_notice(new QFrame(&window))
    , m_noticeText(new QLabel(m_notice))
{
    m_animals->setObjectName(QStringLiteral("adoptionAction"));
    m_animals->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_animals->setToolTip(tr("Animals by adoption status, intake and profiles (Ctrl+Shift+A)"));
    m_inbox->setObjectName(QStringLiteral("applicationsInboxAction"));
    m_inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_inbox->setToolTip(tr("Adoption applications from the kiosk, the adoption page and staff (Ctrl+Shift+I)"));
    connect(m_animals, &QAction::triggered, this, &AdoptionActions::showAnimals);
    connect(m_inbox, &QAction::triggered, this, &AdoptionActions::showInbox);

    m_badge->setObjectName(QStringLiteral("applicationsBadgeToolButton"));
    m_badge->setAutoRaise(true);
    m_badge->setStyleSheet(QStringLiteral("QToolButton { background: palette(highlight); color: "
                                          "palette(highlighted-text); border-radius: 8px; padding: 0 8px; "
                                          "font-weight: bold; }"));
    m_badge->hide();
    connect(m_badge, &QToolButton::clicked, this, &AdoptionActions::showInbox);

    m_notice->setObjectName(QStringLiteral("applicationNoticeFrame"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    m_noticeText->setObjectName(QStringLiteral("applicationNoticeLabel"));
    m_noticeText->setTextFormat(Qt::PlainText);
    auto* open = new QPushButton(tr("Open Inbox"), m_notice);
    open->setObjectName(QStringLiteral("openInboxButton"));
    auto* dismiss = new QToolButton(m_notice);
    dismiss->setObjectName(QStringLiteral("dismissNoticeToolButton"));
    dismiss->setText(QStringLiteral("\u2715"));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    auto* layout = new QHBoxLayout(m_notice);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_noticeText, 1);
    layout->addWidget(open);
    layout->addWidget(dismiss);
    m_notice->hide();
    connect(open, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        showInbox();
    });
    connect(dismiss, &QToolButton::clicked, m_notice, &QWidget::hide);

    connect(m_service, &AdoptionService::changed, this, &AdoptionActions::updateBadge);
    connect(m_service, &AdoptionService::applicationsArrived, this, &AdoptionActions::announce);
}

void AdoptionActions::addTo(QMenuBar* menuBar)
{
    auto* menu = new QMenu(tr("A&doption"), menuBar);
    menu->setObjectName(QStringLiteral("adoptionMenu"));
    menu->addAction(m_animals);
    menu->addAction(m_inbox);
    const QList<QAction*> menus = menuBar->actions();
    menuBar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    m_window.statusBar()->addPermanentWidget(m_badge);
    m_window.setBanner(m_notice);
    updateBadge();
}

AdoptionWindow* AdoptionActions::window()
{
    if (!m_open) {
        m_open = new AdoptionWindow(*m_service, *m_organisation, m_window.prompts(), &m_window);
        m_open->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_open, &AdoptionWindow::message, this,
                [this](const QString& text) { m_window.statusBar()->showMessage(text, kStatusMessageMs); });
    }
    m_open->show();
    m_open->raise();
    m_open->activateWindow();
    return m_open;
}

AdoptionWindow* AdoptionActions::showAnimals()
{
    AdoptionWindow* w = window();
    w->showAnimals();
    return w;
}

AdoptionWindow* AdoptionActions::showInbox()
{
    AdoptionWindow* w = window();
    w->showApplications();
    return w;
}

void AdoptionActions::updateBadge()
{
    auto unseen = m_service->unseenCount();
    const int n = unseen ? *unseen : 0;
    m_badge->setText(tr("%n new application(s)", nullptr, n));
    m_badge->setToolTip(tr("Open the applications inbox (Ctrl+Shift+I)"));
    m_badge->setVisible(n > 0);
    if (n == 0) {
        m_notice->hide();
    }
}

void AdoptionActions::announce(const QStringList& applicants)
{
    const QString text = applicants.size() == 1
                             ? tr("New adoption application from %1.").arg(applicants.front())
                             : tr("%n new adoption applications.", nullptr, static_cast<int>(applicants.size()));
    m_noticeText->setText(text);
    m_notice->show();
    m_window.statusBar()->showMessage(text, kStatusMessageMs);
    QApplication::alert(&m_window); // the taskbar entry asks for attention when the window is behind
    updateBadge();
}

// MainWindow's accessor lives here, beside what it returns (MainWindow.cpp is long enough).
AdoptionService& MainWindow::adoption()
{
    return m_adoptionActions->service();
}

} // namespace petinfo::client
