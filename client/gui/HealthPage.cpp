// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/HealthPage.h"

#include "gui/ColumnSamples.h"
#include "gui/DueStateDelegate.h"
#include "gui/HealthRecordDialog.h"
#include "gui/Prompts.h"
#include "gui/TableColumns.h"
#include "gui/UndoCommands.h"
#include "models/DomainText.h"
#include "models/HealthRecordModel.h"
#include "services/PetService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {
/** Raise when the model's columns change: a layout saved for other columns is dropped. */
constexpr int kHealthColumnsVersion = 1;
} // namespace

HealthPage::HealthPage(PetService& service, Prompts& prompts, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_undo(undo)
    , m_model(new HealthRecordModel(service, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add record…"), this))
    , m_renew(new QPushButton(tr("&Renew…"), this))
    , m_delete(new QPushButton(tr("&Delete record"), this))
{
    m_summary->setObjectName(QStringLiteral("healthSummaryLabel"));
    m_table->setObjectName(QStringLiteral("healthTableView"));
    m_add->setObjectName(QStringLiteral("addRecordButton"));
    m_renew->setObjectName(QStringLiteral("renewRecordButton"));
    m_delete->setObjectName(QStringLiteral("deleteRecordButton"));
    m_renew->setToolTip(tr("Record the next dose of the selected vaccine or treatment"));

    m_table->setModel(m_model);
    m_table->setItemDelegate(new DueStateDelegate(HealthRecordModel::DueStateRole, HealthRecordModel::NextDue, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    // Dates and kinds whole in any language (overdue rows are bold); free text within bounds, whole
    // when there is room; the last column never narrower than its title (the view scrolls then).
    const QMap<int, QVariant> overdue{{HealthRecordModel::DueStateRole, static_cast<int>(DueState::Overdue)}};
    const QStringList dates = dateSamples(service.clock().today());
    new TableColumns(
        m_table, QStringLiteral("health"), kHealthColumnsVersion,
        {{.column = HealthRecordModel::RecordDate, .samples = dates, .sampleData = overdue, .hideable = false},
         {.column = HealthRecordModel::Kind, .samples = allLabels(&healthKindLabel), .sampleData = overdue},
         {.column = HealthRecordModel::Product, .minChars = 8, .maxChars = 24},
         {.column = HealthRecordModel::Batch, .maxChars = 14},
         {.column = HealthRecordModel::NextDue, .samples = dates, .sampleData = overdue},
         {.column = HealthRecordModel::GivenBy, .maxChars = 20},
         {.column = HealthRecordModel::Notes, .maxChars = 30},
         {.column = HealthRecordModel::Reminder, .maxChars = 40}});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_renew);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &HealthPage::addRecord);
    connect(m_renew, &QPushButton::clicked, this, &HealthPage::renewSelected);
    connect(m_delete, &QPushButton::clicked, this, &HealthPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &HealthPage::renewSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HealthPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HealthPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HealthPage::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HealthPage::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HealthPage::updateButtons);
    updateSummary();
}

void HealthPage::setPetId(const QString& petId)
{
    m_model->setPetId(petId);
    updateSummary();
}

void HealthPage::setReminderService(ReminderService* reminders)
{
    m_model->setReminderService(reminders);
}

HealthRecordDialog* HealthPage::addRecord()
{
    auto* dialog = new HealthRecordDialog(m_service, m_prompts, m_model->petId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

HealthRecordDialog* HealthPage::renewSelected()
{
    const HealthRecord* record = m_model->itemFromIndex(m_table->currentIndex().siblingAtColumn(0));
    if (!record) {
        return nullptr;
    }
    auto* dialog = new HealthRecordDialog(m_service, m_prompts, m_model->petId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->renewFrom(*record);
    dialog->open();
    return dialog;
}

void HealthPage::deleteSelected()
{
    const HealthRecord* record = m_model->itemFromIndex(m_table->currentIndex().siblingAtColumn(0));
    if (!record) {
        return;
    }
    const QString what =
        tr("%1 of %2")
            .arg(record->product.empty() ? healthKindLabel(record->kind) : QString::fromStdString(record->product),
                 dateText(record->date));
    if (!m_prompts.confirm(this, tr("Delete health record"),
                           tr("Delete the record \"%1\"? You can undo this with Ctrl+Z.").arg(what), tr("Delete"))) {
        return;
    }
    m_undo.push(new TrashHealthRecordCommand(
        m_service, QString::fromStdString(record->id), what,
        [this](const StorageError& e) { m_prompts.error(this, tr("Could not change the record"), describe(e)); }));
}

void HealthPage::updateSummary()
{
    const int overdue = m_model->overdueCount();
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No health records yet. Add vaccines, dewormings, treatments and check-ups here."));
    } else if (overdue > 0) {
        m_summary->setText(tr("%n record(s) overdue.", nullptr, overdue));
    } else {
        m_summary->setText(tr("%n record(s); nothing overdue.", nullptr, m_model->rowCount()));
    }
    updateButtons();
}

void HealthPage::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_renew->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_add->setEnabled(!m_model->petId().isEmpty());
}

} // namespace petinfo::client
