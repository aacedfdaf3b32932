// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "gui/AdoptionActions.h"
#include "gui/AppIcon.h"
#include "gui/BillingActions.h"
#include "gui/ColumnSamples.h"
#include "gui/DataTransfer.h"
#include "gui/DueStateDelegate.h"
#include "gui/FoundAnimalActions.h"
#include "gui/PeoplePage.h"
#include "gui/PetEditorDialog.h"
#include "gui/Prompts.h"
#include "gui/ReminderActions.h"
#include "gui/ReportActions.h"
#include "gui/StatusBar.h"
#include "gui/TableColumns.h"
#include "gui/UndoCommands.h"
#include "models/DomainText.h"
#include "models/DueModel.h"
#include "models/PetFilterProxyModel.h"
#include "models/PetListModel.h"
#include "models/TrashModel.h"
#include "services/PersonService.h"
#include "services/PetService.h"
#include "services/ReminderService.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include <utility>

namespace petinfo::client {

namespace {

constexpr int kStatusMessageMs = 8000;

/** Common setup of the list views: whole rows, one at a time, no editing, fixed row heights
 *  (a 50,000-row list must not measure every row). */
void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() * 3 / 2);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
}

/** Raise one of these when its model's columns change: a layout saved for other columns is dropped. */
constexpr int kPetColumnsVersion = 1;
constexpr int kDueColumnsVersion = 2; // 2: the WhatsApp reminder column
constexpr int kTrashColumnsVersion = 1;

} // namespace

MainWindow::MainWindow(PetService& service, std::shared_ptr<const DatabaseFile> file, Prompts& prompts, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_file(std::move(file))
    , m_prompts(prompts)
    , m_undo(new QUndoStack(this))
    , m_pets(new PetListModel(&service, this))
    , m_proxy(new PetFilterProxyModel(this))
    , m_due(new DueModel(service, DueModel::kDefaultPageSize, this))
    , m_trash(new TrashModel(service, this))
    , m_transfer(new DataTransfer(service, m_file, prompts, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Pet Info"));
    setWindowIcon(appIcon());
    m_proxy->setSourceModel(m_pets);
    if (auto r = m_pets->reload(); !r) {
        reportError(tr("Could not load the pets"), describe(r.error()));
    }

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("viewTabWidget"));
    m_views->setDocumentMode(true);
    m_views->addTab(createPetsView(), tr("Pets"));
    m_views->addTab(createDueView(), tr("Due soon / overdue"));
    m_views->addTab(createTrashView(), tr("Trash"));
    m_people = new PersonService(m_service, this);
    m_reminders = new ReminderService(m_service, this);
    m_due->setReminderService(m_reminders);
    m_peoplePage = new PeoplePage(*m_people, m_prompts, *m_undo, this);
    m_views->addTab(m_peoplePage, tr("People"));
    setCentralWidget(m_views);

    m_petCount = new QLabel(this);
    m_petCount->setObjectName(QStringLiteral("petCountLabel"));
    m_dueCount = new QLabel(this);
    m_dueCount->setObjectName(QStringLiteral("dueCountLabel"));
    setStatusBar(new StatusBar(this));
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    statusBar()->addPermanentWidget(m_dueCount);
    statusBar()->addPermanentWidget(m_petCount);

    createActions();
    createMenus();
    createToolBar();
    m_reports = new ReportActions(*this);
    m_reports->addTo(menuBar(), findChild<QToolBar*>(QStringLiteral("mainToolBar")));
    m_reminderActions = new ReminderActions(*this);
    m_reminderActions->addTo(menuBar());
    m_adoptionActions = new AdoptionActions(*this);
    m_adoptionActions->addTo(menuBar());
    m_foundAnimalActions = new FoundAnimalActions(*this);
    m_foundAnimalActions->addTo(menuBar());
    m_billingActions = new BillingActions(*this);
    m_billingActions->addTo(menuBar());

    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_proxy), static_cast<QAbstractItemModel*>(m_trash)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    }
    connect(m_due, &DueModel::countsChanged, this, &MainWindow::updateCounts);
    // A reload (a sync that brought changes, an import) keeps what the user had selected.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = m_petTable->selectionModel()->selectedRows().isEmpty() ? QStringList() : selectedPetIds();
        m_keptCurrent = m_petTable->currentIndex().data(PetListModel::IdRole).toString();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::restoreKeptSelection);
    auto loadFailed = [this](const StorageError& e) {
        reportError(tr("Could not load the list"), describe(e));
    };
    connect(m_pets, &PetListModel::loadFailed, this, loadFailed);
    connect(m_due, &DueModel::loadFailed, this, loadFailed);
    connect(m_trash, &TrashModel::loadFailed, this, loadFailed);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::announceUndoStep);
    connect(m_transfer, &DataTransfer::restoreRequested, this, &MainWindow::restoreRequested);
    connect(m_transfer, &DataTransfer::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_peoplePage, &PeoplePage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });

    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 150, fm.height() * 40);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    updateCounts();
    updateActions();
    m_filter->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // The undo stack is a child: its destructor clears it, which must not reach announceUndoStep().
    disconnect(m_undo, nullptr, this, nullptr);
}

QWidget* MainWindow::createPetsView()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("petsPage"));
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Find by name, microchip, owner or phone (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Find pets"));
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (std::size_t i = 0; i < enumCount<PetStatus>(); ++i) {
        m_statusFilter->addItem(statusLabel(static_cast<PetStatus>(i)), static_cast<int>(i));
    }
    m_petTable = new QTableView(page);
    m_petTable->setObjectName(QStringLiteral("petTableView"));
    m_petTable->setModel(m_proxy);
    setUpTable(m_petTable);
    // Several pets at once for tags and batch reports.
    m_petTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_petTable->setSortingEnabled(true);
    m_petTable->sortByColumn(PetListModel::Name, Qt::AscendingOrder);
    m_petColumns = new TableColumns(m_petTable, QStringLiteral("pets"), kPetColumnsVersion,
                                    {{.column = PetListModel::Name, .minChars = 12, .maxChars = 32, .hideable = false},
                                     {.column = PetListModel::Species, .samples = allLabels(&speciesLabel)},
                                     {.column = PetListModel::Breed, .minChars = 8, .maxChars = 20},
                                     {.column = PetListModel::Status, .samples = allLabels(&statusLabel)},
                                     {.column = PetListModel::Microchip, .samples = microchipSample()},
                                     {.column = PetListModel::Owner, .minChars = 12, .maxChars = 28},
                                     {.column = PetListModel::Phone, .minChars = 14}});
    m_petHint = new QLabel(page);
    m_petHint->setObjectName(QStringLiteral("petListHintLabel"));
    m_petHint->setAlignment(Qt::AlignCenter);
    m_petHint->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_statusFilter);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_petHint);
    layout->addWidget(m_petTable, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PetFilterProxyModel::setFilterText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional(static_cast<PetStatus>(status)));
    });
    // Escape clears the filter; Down moves from the filter into the list.
    auto* clear = new QAction(m_filter);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clear);
    auto* down = new QAction(m_filter);
    down->setShortcut(Qt::Key_Down);
    down->setShortcutContext(Qt::WidgetShortcut);
    connect(down, &QAction::triggered, this, [this] {
        m_petTable->setFocus(Qt::ShortcutFocusReason);
        if (!m_petTable->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_petTable->selectRow(0);
        }
    });
    m_filter->addAction(down);
    connect(m_petTable, &QTableView::activated, this, &MainWindow::editSelected);
    connect(m_petTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    return page;
}

QWidget* MainWindow::createDueView()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("duePage"));
    m_dueTable = new QTableView(page);
    m_dueTable->setObjectName(QStringLiteral("dueTableView"));
    m_dueTable->setModel(m_due);
    setUpTable(m_dueTable);
    m_dueTable->setItemDelegate(new DueStateDelegate(DueModel::DueStateRole, DueModel::State, this));
    // Overdue rows are bold, with an icon in the State column: the samples are measured so.
    const QMap<int, QVariant> overdue{{DueModel::DueStateRole, static_cast<int>(DueState::Overdue)}};
    const Date today = m_service.clock().today();
    const QStringList dueTexts{dueText(today.addDays(-999), today), dueText(today, today),
                               dueText(today.addDays(PetService::kDueSoonDays), today)};
    m_dueColumns =
        new TableColumns(m_dueTable, QStringLiteral("due"), kDueColumnsVersion,
                         {{.column = DueModel::DueDate, .samples = dateSamples(today), .sampleData = overdue},
                          {.column = DueModel::State, .samples = dueTexts, .sampleData = overdue},
                          {.column = DueModel::Pet, .minChars = 10, .maxChars = 32, .hideable = false},
                          {.column = DueModel::Kind, .samples = allLabels(&healthKindLabel), .sampleData = overdue},
                          {.column = DueModel::Product, .minChars = 8, .maxChars = 20},
                          {.column = DueModel::Owner, .minChars = 12, .maxChars = 24},
                          {.column = DueModel::Phone, .minChars = 14},
                          {.column = DueModel::Reminder, .maxChars = 40, .shownAtFirst = false}});
    auto* hint = new QLabel(tr("Open health records due in the next %n day(s) or already overdue, most overdue "
                               "first. Double-click a row to open the pet.",
                               nullptr, PetService::kDueSoonDays),
                            page);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_dueTable, 1);
    connect(m_dueTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (PetEditorDialog* editor = editPet(index.data(DueModel::PetIdRole).toString())) {
            editor->showTab(PetEditorDialog::HealthTab);
        }
    });
    connect(m_dueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    return page;
}

QWidget* MainWindow::createTrashView()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("trashPage"));
    m_trashTable = new QTableView(page);
    m_trashTable->setObjectName(QStringLiteral("trashTableView"));
    m_trashTable->setModel(m_trash);
    setUpTable(m_trashTable);
    QStringList deletedSamples;
    const Date today = m_service.clock().today();
    for (unsigned month = 1; month <= 12; ++month) {
        deletedSamples << dateTimeText(
            QDateTime(toQDate(Date{today.year, month, 28}), QTime(23, 59)).toMSecsSinceEpoch());
    }
    m_trashColumns = new TableColumns(m_trashTable, QStringLiteral("trash"), kTrashColumnsVersion,
                                      {{.column = TrashModel::Name, .minChars = 12, .maxChars = 32, .hideable = false},
                                       {.column = TrashModel::Species, .samples = allLabels(&speciesLabel)},
                                       {.column = TrashModel::Microchip, .samples = microchipSample()},
                                       {.column = TrashModel::Owner, .minChars = 12, .maxChars = 28},
                                       {.column = TrashModel::Deleted, .samples = deletedSamples}});
    m_restoreButton = new QPushButton(tr("&Restore"), page);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_purgeButton = new QPushButton(tr("Delete &forever…"), page);
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));
    auto* hint =
        new QLabel(tr("Deleted pets stay here, with all their records, until you delete them for good."), page);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreButton);
    buttons->addWidget(m_purgeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_trashTable, 1);
    layout->addLayout(buttons);
    // Restore works on the current row: the trash opens with one, and keeps one as rows go.
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::keepTrashRowCurrent);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_trash, signal, this, &MainWindow::keepTrashRowCurrent);
    }
    connect(m_trash, &QAbstractItemModel::modelReset, this, &MainWindow::keepTrashRowCurrent);
    connect(m_restoreButton, &QPushButton::clicked, this, &MainWindow::restoreSelectedFromTrash);
    connect(m_purgeButton, &QPushButton::clicked, this, &MainWindow::purgeSelectedFromTrash);
    connect(m_trashTable, &QTableView::activated, this, &MainWindow::restoreSelectedFromTrash);
    connect(m_trashTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    return page;
}

TableColumns* MainWindow::columns(View view) const
{
    switch (view) {
    case PetsView:
        return m_petColumns;
    case DueView:
        return m_dueColumns;
    case PeopleView:
        return nullptr; // the People page keeps its own list
    case TrashView:
        break;
    }
    return m_trashColumns;
}

void MainWindow::keepTrashRowCurrent()
{
    if (m_views->currentIndex() != TrashView || m_trash->rowCount() == 0) {
        updateActions();
        return;
    }
    // Removing the selected row leaves a current row without a selection; a fresh trash has none.
    QModelIndex current = m_trashTable->currentIndex();
    if (!current.isValid()) {
        current = m_trash->index(0, 0);
    }
    if (!m_trashTable->selectionModel()->isRowSelected(current.row(), {})) {
        m_trashTable->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
    }
    updateActions();
}

void MainWindow::showView(View view)
{
    m_views->setCurrentIndex(view);
}

void MainWindow::setBanner(QWidget* banner)
{
    auto* host = new QWidget(this);
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(host);
}

PetEditorDialog* MainWindow::newPet()
{
    auto* editor = new PetEditorDialog(m_service, m_prompts, QString(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setReminderService(m_reminders);
    connect(editor, &PetEditorDialog::saved, this, [this](const QString& id) { selectPet(id); });
    editor->open();
    return editor;
}

PetEditorDialog* MainWindow::editPet(const QString& petId)
{
    if (petId.isEmpty()) {
        return nullptr;
    }
    auto* editor = new PetEditorDialog(m_service, m_prompts, petId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setReminderService(m_reminders);
    editor->open();
    return editor;
}

QString MainWindow::selectedPetId() const
{
    switch (m_views->currentIndex()) {
    case PetsView:
        return m_petTable->selectionModel()->hasSelection()
                   ? m_petTable->currentIndex().data(PetListModel::IdRole).toString()
                   : QString();
    case DueView:
        return m_dueTable->selectionModel()->hasSelection()
                   ? m_dueTable->currentIndex().data(DueModel::PetIdRole).toString()
                   : QString();
    default:
        return {};
    }
}

QStringList MainWindow::selectedPetIds() const
{
    if (m_views->currentIndex() != PetsView) {
        const QString id = selectedPetId();
        return id.isEmpty() ? QStringList() : QStringList{id};
    }
    QModelIndexList rows = m_petTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : rows) {
        ids << index.data(PetListModel::IdRole).toString();
    }
    return ids;
}

bool MainWindow::selectPet(const QString& petId)
{
    const int row = m_pets->rowOf(petId);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_pets->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_pets->index(row, 0));
    }
    showView(PetsView);
    // Not selectRow(): with several rows selectable it follows the keyboard modifiers held (Ctrl toggles).
    m_petTable->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_petTable->scrollTo(index);
    return true;
}

void MainWindow::restoreKeptSelection()
{
    const QStringList ids = std::exchange(m_keptSelection, {});
    const QString current = std::exchange(m_keptCurrent, {});
    QItemSelection selection;
    for (const QString& id : ids) {
        const int row = m_pets->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_pets->index(row, 0));
        if (index.isValid()) {
            selection.select(index, index);
        }
    }
    if (selection.isEmpty()) {
        return;
    }
    QItemSelectionModel* model = m_petTable->selectionModel();
    const int currentRow = current.isEmpty() ? -1 : m_pets->rowOf(current);
    const QModelIndex currentIndex =
        currentRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_pets->index(currentRow, 0));
    if (currentIndex.isValid()) {
        model->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::editSelected()
{
    editPet(selectedPetId());
}

void MainWindow::deleteSelected()
{
    const QStringList ids = selectedPetIds();
    if (ids.isEmpty()) {
        return;
    }
    const QString undoKeys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    const auto onError = [this](const StorageError& e) {
        reportError(tr("Could not change the pet"), describe(e));
    };
    if (ids.size() == 1) {
        const QString name = petName(ids.front());
        if (!m_prompts.confirm(this, tr("Delete pet"),
                               tr("Move %1 and all its records to the trash?\n\nYou can undo this with %2 or "
                                  "restore the pet from the Trash.")
                                   .arg(name, undoKeys),
                               tr("Move to trash"))) {
            return;
        }
        m_undo->push(new TrashPetCommand(m_service, ids.front(), name, onError));
        statusBar()->showMessage(tr("%1 moved to the trash. Undo with %2.").arg(name, undoKeys), kStatusMessageMs);
        return;
    }
    // Several pets: one question, and one undo step that brings them all back.
    const int count = static_cast<int>(ids.size());
    QStringList names;
    for (const QString& id : ids) {
        names << petName(id);
    }
    constexpr int kNamesShown = 5;
    QString listed = QLocale().createSeparatedList(names.mid(0, kNamesShown));
    if (count > kNamesShown) {
        listed = tr("%1 and %n more", nullptr, count - kNamesShown).arg(names.mid(0, kNamesShown).join(tr(", ")));
    }
    if (!m_prompts.confirm(this, tr("Delete pets"),
                           tr("Move %n pets and all their records to the trash?\n\n%1\n\nYou can undo this with %2 "
                              "or restore the pets from the Trash.",
                              nullptr, count)
                               .arg(listed, undoKeys),
                           tr("Move to trash"))) {
        return;
    }
    m_undo->beginMacro(tr("Delete %n pet(s)", nullptr, count));
    for (int i = 0; i < count; ++i) {
        m_undo->push(new TrashPetCommand(m_service, ids.at(i), names.at(i), onError));
    }
    m_undo->endMacro();
    statusBar()->showMessage(tr("%n pet(s) moved to the trash. Undo with %1.", nullptr, count).arg(undoKeys),
                             kStatusMessageMs);
}

void MainWindow::restoreSelectedFromTrash()
{
    const QModelIndex current = m_trashTable->currentIndex();
    if (!current.isValid() || !m_trashTable->selectionModel()->hasSelection()) {
        return;
    }
    const QString id = current.data(TrashModel::IdRole).toString();
    const QString name = current.siblingAtColumn(TrashModel::Name).data().toString();
    m_undo->push(new RestorePetCommand(m_service, id, name, [this](const StorageError& e) {
        reportError(tr("Could not restore the pet"), describe(e));
    }));
    statusBar()->showMessage(tr("%1 restored.").arg(name), kStatusMessageMs);
}

void MainWindow::purgeSelectedFromTrash()
{
    const QModelIndex current = m_trashTable->currentIndex();
    if (!current.isValid() || !m_trashTable->selectionModel()->hasSelection()) {
        return;
    }
    const QString id = current.data(TrashModel::IdRole).toString();
    const QString name = current.siblingAtColumn(TrashModel::Name).data().toString();
    if (!m_prompts.confirm(this, tr("Delete forever"),
                           tr("Delete %1 and all its records for good? This cannot be undone.").arg(name),
                           tr("Delete forever"))) {
        return;
    }
    if (auto r = m_service.purgePet(id); !r) {
        reportError(tr("Could not delete the pet"), describe(r.error()));
        return;
    }
    // Undo steps that refer to the purged pet could no longer work.
    m_undo->clear();
    if (auto r = m_trash->reload(); !r) {
        reportError(tr("Could not load the list"), describe(r.error()));
    }
}

void MainWindow::focusFilter()
{
    if (m_views->currentIndex() == PeopleView) {
        m_peoplePage->focusFilter();
        return;
    }
    showView(PetsView);
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MainWindow::refresh()
{
    m_service.announceReset();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    for (TableColumns* columns : {m_petColumns, m_dueColumns, m_trashColumns}) {
        columns->save();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::announceUndoStep(int index)
{
    // What the status bar said about a step ("… moved to the trash") is not true once it is
    // undone: say what was undone or redone instead. A new step says its own thing after push().
    const int previous = m_undoIndex;
    m_undoIndex = index;
    if (m_undo->count() == 0 || index == previous) {
        return; // cleared (after a purge), or nothing moved
    }
    if (index < previous) {
        statusBar()->showMessage(tr("Undone: %1.").arg(m_undo->text(index)), kStatusMessageMs);
    } else if (index == previous + 1 && previous < m_undo->count()) {
        statusBar()->showMessage(tr("Redone: %1.").arg(m_undo->text(previous)), kStatusMessageMs);
    }
}

void MainWindow::updateCounts()
{
    const int total = m_pets->rowCount();
    const int shown = m_proxy->rowCount();
    m_petCount->setText(shown == total ? tr("%n pet(s)", nullptr, total)
                                       : tr("%1 of %n pet(s)", nullptr, total).arg(shown));
    const DueCounts counts = m_due->counts();
    m_dueCount->setText(tr("%1 overdue · %2 due soon").arg(counts.overdue).arg(counts.dueSoon));
    m_views->setTabText(DueView, counts.overdue > 0 ? tr("Due soon / overdue (%1)").arg(counts.overdue)
                                                    : tr("Due soon / overdue"));
    m_views->setTabText(TrashView, m_trash->rowCount() > 0 ? tr("Trash (%1)").arg(m_trash->rowCount()) : tr("Trash"));
    if (total == 0) {
        m_petHint->setText(tr("No pets yet. Add the first one with File > New Pet (Ctrl+N), or import a CSV file."));
    } else if (shown == 0) {
        m_petHint->setText(tr("No pet matches \"%1\".").arg(m_filter->text()));
    }
    m_petHint->setVisible(shown == 0);
}

void MainWindow::reportError(const QString& title, const QString& text)
{
    m_prompts.error(this, title, text);
}

QString MainWindow::petName(const QString& petId) const
{
    const int row = m_pets->rowOf(petId);
    return row >= 0 ? m_pets->summaryAt(row).name : tr("this pet");
}

} // namespace petinfo::client
