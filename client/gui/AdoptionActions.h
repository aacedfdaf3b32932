// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QFrame;
class QLabel;
class QMenuBar;
class QToolButton;

namespace petinfo::client {

class AdoptionService;
class AdoptionWindow;
class MainWindow;
class OrganisationService;

/** The window's adoption commands: the Adoption window's animals (Ctrl+Shift+A) and applications
 *  inbox (Ctrl+Shift+I) in an Adoption menu, a status-bar badge with the number of new
 *  applications not looked at here, and a notice above the views when a sync brings new ones.
 *  Owns the window's AdoptionService and OrganisationService (the public adoption page). */
class AdoptionActions final : public QObject
{
    Q_OBJECT

public:
    explicit AdoptionActions(MainWindow& window);

    /** Adds the Adoption menu before Help, the badge to the status bar and the notice strip. */
    void addTo(QMenuBar* menuBar);

    AdoptionService& service() { return *m_service; }
    OrganisationService& organisation() { return *m_organisation; }
    QAction* animalsAction() const { return m_animals; }
    QAction* inboxAction() const { return m_inbox; }
    QToolButton* badge() const { return m_badge; }
    QFrame* notice() const { return m_notice; }

public Q_SLOTS:
    /** Shows the Adoption window (one per main window, raised when open already). */
    AdoptionWindow* showAnimals();
    AdoptionWindow* showInbox();

private:
    AdoptionWindow* window();
    void updateBadge();
    void announce(const QStringList& applicants);

    MainWindow& m_window;
    AdoptionService* m_service;
    OrganisationService* m_organisation;
    QAction* m_animals;
    QAction* m_inbox;
    QToolButton* m_badge;
    QFrame* m_notice;
    QLabel* m_noticeText;
    QPointer<AdoptionWindow> m_open;
};

} // namespace petinfo::client
