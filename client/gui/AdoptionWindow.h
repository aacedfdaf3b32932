// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace petinfo::client {

class AdoptionAnimalModel;
class AdoptionService;
class ApplicationsPage;
class OrganisationService;
class PublicPageBox;
class Prompts;
class StatusHistoryModel;

/** The animals in the adoption workflow: counts per status, a list filtered by status with days
 *  in care, the selected animal's history, and intake, status change and the adoption profile. */
class AdoptionAnimalsPage final : public QWidget
{
    Q_OBJECT

public:
    AdoptionAnimalsPage(AdoptionService& service, Prompts& prompts, QWidget* parent = nullptr);

    QString currentPetId() const;
    bool selectPet(const QString& petId);

public Q_SLOTS:
    /** Each opens its dialog (window-modal, non-blocking) and returns it for tests. */
    QDialog* recordIntake();
    QDialog* changeStatus();
    QDialog* editProfile();

private:
    void updateCounts();
    void updateActions();

    AdoptionService& m_service;
    Prompts& m_prompts;
    AdoptionAnimalModel* m_model;
    QSortFilterProxyModel* m_proxy;
    StatusHistoryModel* m_history;
    QComboBox* m_statusFilter;
    QLabel* m_counts;
    QTableView* m_table;
    QTableView* m_historyTable;
    QPushButton* m_intake;
    QPushButton* m_status;
    QPushButton* m_profile;
};

/** The Adoption window: the link to the organisation's public adoption page (PublicPageBox) over
 *  the animals (AdoptionAnimalsPage) and the applications inbox (ApplicationsPage) in two tabs.
 *  One per main window (AdoptionActions). */
class AdoptionWindow final : public QDialog
{
    Q_OBJECT

public:
    AdoptionWindow(AdoptionService& service, OrganisationService& organisation, Prompts& prompts,
                   QWidget* parent = nullptr);

    AdoptionAnimalsPage* animalsPage() const { return m_animals; }
    ApplicationsPage* applicationsPage() const { return m_applications; }
    PublicPageBox* publicPage() const { return m_publicPage; }
    void showAnimals();
    void showApplications();

Q_SIGNALS:
    void message(const QString& text);

private:
    PublicPageBox* m_publicPage;
    QTabWidget* m_tabs;
    AdoptionAnimalsPage* m_animals;
    ApplicationsPage* m_applications;
};

} // namespace petinfo::client
