// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AdoptionWindow.h"

#include "gui/AdoptionDialogs.h"
#include "gui/ApplicationsPage.h"
#include "gui/Prompts.h"
#include "gui/PublicPageBox.h"
#include "models/AdoptionModels.h"
#include "models/AdoptionText.h"
#include "services/AdoptionService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

constexpr int kAllStatuses = -1;

/** Sorts days in care and fees as numbers, the rest as text. */
class AnimalSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        if (left.column() == AdoptionAnimalModel::DaysInCare) {
            return left.data(AdoptionAnimalModel::DaysRole).toInt() < right.data(AdoptionAnimalModel::DaysRole).toInt();
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

AdoptionAnimalsPage::AdoptionAnimalsPage(AdoptionService& service, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new AdoptionAnimalModel(service, this))
    , m_proxy(new AnimalSortProxy(this))
    , m_history(new StatusHistoryModel(service, this))
    , m_statusFilter(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_historyTable(new QTableView(this))
    , m_intake(new QPushButton(tr("Record &Intake…"), this))
    , m_status(new QPushButton(tr("Change &Status…"), this))
    , m_profile(new QPushButton(tr("Adoption &Profile…"), this))
{
    setObjectName(QStringLiteral("adoptionAnimalsPage"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_table->setObjectName(QStringLiteral("animalsTableView"));
    m_historyTable->setObjectName(QStringLiteral("historyTableView"));
    m_intake->setObjectName(QStringLiteral("intakeButton"));
    m_status->setObjectName(QStringLiteral("changeStatusButton"));
    m_profile->setObjectName(QStringLiteral("profileButton"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AdoptionAnimalModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AdoptionAnimalModel::Name, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_historyTable->setModel(m_history);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(StatusHistoryModel::Note, QHeaderView::Stretch);
    m_historyTable->setMaximumHeight(fontMetrics().height() * 9);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_statusFilter);
    top->addStretch(1);
    top->addWidget(m_intake);
    top->addWidget(m_status);
    top->addWidget(m_profile);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("History of the selected animal:"), this));
    layout->addWidget(m_historyTable);

    connect(m_model, &AdoptionAnimalModel::countsChanged, this, &AdoptionAnimalsPage::updateCounts);
    connect(m_statusFilter, &QComboBox::activated, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_model->setStatusFilter(status == kAllStatuses ? std::nullopt
                                                        : std::optional(static_cast<AdoptionStatus>(status)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_history->setSubjectId(currentPetId());
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AdoptionAnimalsPage::updateActions);
    connect(m_intake, &QPushButton::clicked, this, &AdoptionAnimalsPage::recordIntake);
    connect(m_status, &QPushButton::clicked, this, &AdoptionAnimalsPage::changeStatus);
    connect(m_profile, &QPushButton::clicked, this, &AdoptionAnimalsPage::editProfile);
    connect(m_table, &QAbstractItemView::activated, this, &AdoptionAnimalsPage::changeStatus);
    auto loadFailed = [this](const StorageError& e) {
        m_prompts.error(this, tr("Could not load the adoption list"), describe(e));
    };
    connect(m_model, &AdoptionAnimalModel::loadFailed, this, loadFailed);
    connect(m_history, &StatusHistoryModel::loadFailed, this, loadFailed);

    if (auto r = m_model->reload(); !r) {
        loadFailed(r.error());
    }
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateActions();
}

void AdoptionAnimalsPage::updateCounts()
{
    const AdoptionCounts& counts = m_model->counts();
    const int current = m_statusFilter->currentData().isValid() ? m_statusFilter->currentData().toInt() : kAllStatuses;
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All animals (%1)").arg(m_model->total()), kAllStatuses);
    QStringList parts;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const auto status = static_cast<AdoptionStatus>(i);
        m_statusFilter->addItem(tr("%1 (%2)").arg(adoptionStatusLabel(status)).arg(counts[i]), static_cast<int>(i));
        if (counts[i] > 0) {
            parts << tr("%1: %2").arg(adoptionStatusLabel(status)).arg(counts[i]);
        }
    }
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(current)));
    m_counts->setText(parts.isEmpty()
                          ? tr("No animals in the adoption workflow yet. Record an intake to start.")
                          : tr("%n animal(s). ", nullptr, m_model->total()) + parts.join(QStringLiteral(" · ")));
}

void AdoptionAnimalsPage::updateActions()
{
    const bool edits = m_service.mayEdit();
    const bool selected = !currentPetId().isEmpty();
    m_intake->setEnabled(edits);
    m_status->setEnabled(edits && selected);
    m_profile->setEnabled(edits && selected);
}

QString AdoptionAnimalsPage::currentPetId() const
{
    return m_table->currentIndex().data(AdoptionAnimalModel::IdRole).toString();
}

bool AdoptionAnimalsPage::selectPet(const QString& petId)
{
    int row = m_model->rowOf(petId);
    if (row < 0) {
        m_model->setStatusFilter(std::nullopt);
        m_statusFilter->setCurrentIndex(0);
        row = m_model->rowOf(petId);
    }
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return true;
}

QDialog* AdoptionAnimalsPage::recordIntake()
{
    auto* dialog = new IntakeDialog(m_service, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectPet(dialog->petId()); });
    dialog->open();
    return dialog;
}

QDialog* AdoptionAnimalsPage::changeStatus()
{
    const QString petId = currentPetId();
    if (petId.isEmpty() || !m_service.mayEdit()) {
        return nullptr;
    }
    auto* dialog = new StatusChangeDialog(m_service, petId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog* AdoptionAnimalsPage::editProfile()
{
    const QString petId = currentPetId();
    if (petId.isEmpty() || !m_service.mayEdit()) {
        return nullptr;
    }
    auto* dialog = new AdoptionProfileDialog(m_service, petId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AdoptionWindow::AdoptionWindow(AdoptionService& service, OrganisationService& organisation, Prompts& prompts,
                               QWidget* parent)
    : QDialog(parent)
    , m_publicPage(new PublicPageBox(organisation, prompts, this))
    , m_tabs(new QTabWidget(this))
    , m_animals(new AdoptionAnimalsPage(service, prompts, this))
    , m_applications(new ApplicationsPage(service, prompts, this))
{
    setObjectName(QStringLiteral("adoptionWindow"));
    setWindowTitle(tr("Adoption"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_tabs->setObjectName(QStringLiteral("adoptionTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_animals, tr("&Animals"));
    m_tabs->addTab(m_applications, tr("A&pplications"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_publicPage);
    layout->addWidget(m_tabs);
    connect(m_applications, &ApplicationsPage::message, this, &AdoptionWindow::message);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 170, fm.height() * 42);
}

void AdoptionWindow::showAnimals()
{
    m_tabs->setCurrentWidget(m_animals);
}

void AdoptionWindow::showApplications()
{
    m_tabs->setCurrentWidget(m_applications);
}

} // namespace petinfo::client
