// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PeoplePage.h"

#include "gui/MergePeopleDialog.h"
#include "gui/PersonDialog.h"
#include "gui/Prompts.h"
#include "models/PeopleModel.h"
#include "services/PersonService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace petinfo::client {

PeoplePage::PeoplePage(PersonService& people, Prompts& prompts, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_people(people)
    , m_prompts(prompts)
    , m_undo(undo)
    , m_model(new PeopleModel(people, true, this))
    , m_proxy(new PeopleFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_openButton(new QPushButton(tr("&Open…"), this))
    , m_mergeButton(new QPushButton(tr("&Merge into…"), this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_filter->setObjectName(QStringLiteral("peopleFilterLineEdit"));
    m_hint->setObjectName(QStringLiteral("peopleHintLabel"));
    m_table->setObjectName(QStringLiteral("peopleTableView"));
    m_openButton->setObjectName(QStringLiteral("openPersonButton"));
    m_mergeButton->setObjectName(QStringLiteral("mergePeopleButton"));

    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Find by name, phone, e-mail or pet"));
    m_filter->setAccessibleName(tr("Find people"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::Name, Qt::AscendingOrder);
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(PeopleModel::Name, ch * 24);
    m_table->setColumnWidth(PeopleModel::Phone, ch * 24);
    m_table->setColumnWidth(PeopleModel::Email, ch * 26);
    // A number, but its title must show whole in every language ("Mascotas", "Animais").
    m_table->setColumnWidth(PeopleModel::PetCount,
                            std::max(ch * 7, m_table->horizontalHeader()->sectionSizeHint(PeopleModel::PetCount)));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_mergeButton->setToolTip(tr("The selected person was typed in twice? Merge the two records into one"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_mergeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PeopleFilterProxyModel::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, &PeoplePage::updateState);
    // Escape clears the search; Down moves from it into the list.
    auto* clear = new QAction(m_filter);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clear);
    auto* down = new QAction(m_filter);
    down->setShortcut(Qt::Key_Down);
    down->setShortcutContext(Qt::WidgetShortcut);
    connect(down, &QAction::triggered, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
            const QModelIndex current = m_table->currentIndex();
            m_table->selectRow(current.isValid() ? current.row() : 0);
        }
    });
    m_filter->addAction(down);
    connect(m_table, &QTableView::activated, this, &PeoplePage::openSelected);
    connect(m_openButton, &QPushButton::clicked, this, &PeoplePage::openSelected);
    connect(m_mergeButton, &QPushButton::clicked, this, &PeoplePage::mergeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &PeoplePage::updateState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeoplePage::updateState);
    connect(m_model, &PeopleModel::reloaded, this, &PeoplePage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PeoplePage::updateState);
    connect(m_model, &PeopleModel::loadFailed, this,
            [this](const StorageError& e) { m_prompts.error(this, tr("Could not load the people"), describe(e)); });
    updateState();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::showEvent(QShowEvent* event)
{
    m_model->setLive(true);
    QWidget::showEvent(event);
}

void PeoplePage::hideEvent(QHideEvent* event)
{
    m_model->setLive(false);
    QWidget::hideEvent(event);
}

QString PeoplePage::selectedPersonId() const
{
    return m_table->selectionModel()->hasSelection() ? m_table->currentIndex().data(PeopleModel::IdRole).toString()
                                                     : QString();
}

bool PeoplePage::selectPerson(const QString& personId)
{
    m_model->ensureLoaded();
    const int row = m_model->rowOf(personId);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

PersonDialog* PeoplePage::openPerson(const QString& personId)
{
    if (personId.isEmpty()) {
        return nullptr;
    }
    auto* dialog = new PersonDialog(m_people, m_prompts, m_undo, personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // The page may show someone else now (after a merge): keep them selected.
        selectPerson(dialog->personId());
    });
    dialog->open();
    return dialog;
}

PersonDialog* PeoplePage::openSelected()
{
    return openPerson(selectedPersonId());
}

MergePeopleDialog* PeoplePage::mergeSelected()
{
    const QString id = selectedPersonId();
    if (id.isEmpty()) {
        return nullptr;
    }
    auto* dialog = new MergePeopleDialog(m_people, m_prompts, m_undo, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergePeopleDialog::merged, this, [this, dialog](const QString& keptId, const QString&) {
        const QString kept = m_model->rowOf(keptId) >= 0
                                 ? m_model->index(m_model->rowOf(keptId), PeopleModel::Name).data().toString()
                                 : QString();
        Q_EMIT message(tr("Merged %1 into %2. Undo with Ctrl+Z.").arg(dialog->duplicateName(), kept));
        selectPerson(keptId);
    });
    dialog->open();
    return dialog;
}

void PeoplePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void PeoplePage::updateState()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_openButton->setEnabled(selected);
    m_mergeButton->setEnabled(selected && m_model->rowCount() > 1);
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_hint->setText(tr("No people yet. Owners and other contacts are added on a pet's Contacts tab, and "
                           "each person is kept once for all their pets."));
    } else if (shown == 0) {
        m_hint->setText(tr("No one matches \"%1\".").arg(m_filter->text()));
    }
    m_hint->setVisible(shown == 0 && !m_model->isStale());
}

} // namespace petinfo::client
