// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ConflictLogDialog.h"

#include "gui/Prompts.h"
#include "models/DomainText.h"
#include "storage/StorageError.h"
#include "sync/ConflictLog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace petinfo::client {

ConflictLogDialog::ConflictLogDialog(PetService& service, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new ConflictModel(service, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_restore(new QPushButton(tr("&Put Back Overwritten Value"), this))
{
    setObjectName(QStringLiteral("conflictLogDialog"));
    setWindowTitle(tr("Conflict Log"));
    auto* intro = new QLabel(tr("When two devices changed the same field before syncing, the later change was "
                                "kept everywhere. Nothing is lost: the overwritten value is listed here and can be "
                                "put back, which is a new change that syncs."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("conflictSummaryLabel"));
    m_view->setObjectName(QStringLiteral("conflictTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_restore->setObjectName(QStringLiteral("restoreConflictButton"));
    m_restore->setToolTip(tr("Make the overwritten value current again (a new edit that syncs)"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &ConflictLogDialog::restoreSelected);
    connect(m_view, &QTableView::activated, this, &ConflictLogDialog::restoreSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictLogDialog::updateState);
    connect(m_model, &ConflictModel::loadFailed, this, [this](const StorageError& e) {
        m_prompts.error(this, tr("Cannot read the conflict log"), describe(e, QString()));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    if (auto r = m_model->reload(); !r) {
        m_prompts.error(this, tr("Cannot read the conflict log"), describe(r.error(), QString()));
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictLogDialog::updateState);
    updateState();
    resize(900, 420);
}

void ConflictLogDialog::updateState()
{
    const int total = m_model->rowCount();
    m_summary->setText(total == 0 ? tr("No conflicts: every change so far met no other change of the same field.")
                                  : tr("%n conflict(s), %1 not put back.", nullptr, total).arg(m_model->openCount()));
    const QModelIndex current = m_view->selectionModel()->hasSelection() ? m_view->currentIndex() : QModelIndex();
    m_restore->setEnabled(current.isValid() && !current.data(ConflictModel::RestoredRole).toBool());
}

void ConflictLogDialog::restoreSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(ConflictModel::RestoredRole).toBool()) {
        return;
    }
    const qint64 id = current.data(ConflictModel::IdRole).toLongLong();
    const int row = current.row();
    if (auto r = restoreLosingValue(m_service, id); !r) {
        m_prompts.error(this, tr("Could not put the value back"), describe(r.error(), QString()));
        return;
    }
    Q_EMIT valueRestored();
    if (row < m_model->rowCount()) {
        m_view->selectRow(row);
    }
    updateState();
}

} // namespace petinfo::client
