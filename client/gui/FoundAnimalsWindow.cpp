// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FoundAnimalsWindow.h"

#include "gui/FoundAnimalDialog.h"
#include "gui/Prompts.h"
#include "models/DomainText.h"
#include "models/LostFoundText.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

constexpr int kPhotoSide = 140;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

void setUpTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    // Wide enough for each title while the list is still empty ("Correspondência" was cut).
    table->resizeColumnsToContents();
}

} // namespace

FoundAnimalsWindow::FoundAnimalsWindow(FoundAnimalService& service, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_showAll(new QCheckBox(tr("Show &reunited and closed"), this))
    , m_animals(new QTableWidget(this))
    , m_photo(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_matches(new QTableWidget(this))
    , m_add(new QPushButton(tr("&New Found Animal…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Delete…"), this))
    , m_close(new QPushButton(tr("C&lose Without Match…"), this))
    , m_reunite(new QPushButton(tr("&This Is the Pet…"), this))
{
    setObjectName(QStringLiteral("foundAnimalsWindow"));
    setWindowTitle(tr("Found Animals"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_showAll->setObjectName(QStringLiteral("showAllCheckBox"));
    m_animals->setObjectName(QStringLiteral("animalsTableWidget"));
    m_photo->setObjectName(QStringLiteral("photoLabel"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_matches->setObjectName(QStringLiteral("matchesTableWidget"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_close->setObjectName(QStringLiteral("closeRecordButton"));
    m_reunite->setObjectName(QStringLiteral("reuniteButton"));

    setUpTable(m_animals, {tr("Found"), tr("Animal"), tr("Where"), tr("State")});
    setUpTable(m_matches, {tr("Match"), tr("Lost pet"), tr("Family"), tr("Why")});
    m_reunite->setToolTip(tr("The selected lost pet is this animal: it is home again and this record is closed"));
    m_photo->setFixedSize(kPhotoSide, kPhotoSide);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_animals, 1);
    leftLayout->addWidget(m_showAll);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_add);
    leftButtons->addWidget(m_edit);
    leftButtons->addWidget(m_remove);
    leftButtons->addStretch(1);
    leftLayout->addLayout(leftButtons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    head->addWidget(m_photo, 0, Qt::AlignTop);
    head->addWidget(m_summary, 1);
    rightLayout->addLayout(head);
    auto* matchesLabel = new QLabel(tr("&Lost pets that may be this animal, best first:"), right);
    matchesLabel->setBuddy(m_matches);
    rightLayout->addWidget(matchesLabel);
    rightLayout->addWidget(m_matches, 1);
    auto* rightButtons = new QHBoxLayout;
    rightButtons->addWidget(m_reunite);
    rightButtons->addWidget(m_close);
    rightButtons->addStretch(1);
    rightLayout->addLayout(rightButtons);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("foundAnimalsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 560);

    connect(m_showAll, &QCheckBox::toggled, this, &FoundAnimalsWindow::reload);
    connect(m_add, &QPushButton::clicked, this, &FoundAnimalsWindow::addAnimal);
    connect(m_edit, &QPushButton::clicked, this, &FoundAnimalsWindow::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &FoundAnimalsWindow::removeSelected);
    connect(m_close, &QPushButton::clicked, this, &FoundAnimalsWindow::closeSelected);
    connect(m_reunite, &QPushButton::clicked, this, &FoundAnimalsWindow::reuniteSelected);
    connect(m_animals, &QTableWidget::itemSelectionChanged, this, &FoundAnimalsWindow::showMatches);
    connect(m_animals, &QTableWidget::cellActivated, this, [this] { editSelected(); });
    connect(m_matches, &QTableWidget::itemSelectionChanged, this, &FoundAnimalsWindow::updateButtons);
    connect(&m_service, &FoundAnimalService::changed, this, [this] {
        const auto current = selectedAnimal();
        reload();
        if (current) {
            selectAnimal(qs(current->id));
        }
    });
    reload();
}

void FoundAnimalsWindow::reload()
{
    auto list = m_service.list(m_showAll->isChecked());
    if (!list) {
        m_prompts.error(this, tr("Found Animals"), tr("The found animals could not be read."), describe(list.error()));
        list = std::vector<FoundAnimal>();
    }
    m_list = std::move(*list);
    const QSignalBlocker blocker(m_animals);
    m_animals->clearContents();
    m_animals->setRowCount(static_cast<int>(m_list.size()));
    for (int row = 0; row < static_cast<int>(m_list.size()); ++row) {
        const FoundAnimal& a = m_list[static_cast<std::size_t>(row)];
        m_animals->setItem(row, 0, cell(dateText(a.foundOn)));
        m_animals->setItem(row, 1, cell(foundAnimalSummary(a)));
        m_animals->setItem(row, 2, cell(qs(a.place)));
        m_animals->setItem(row, 3, cell(foundAnimalStateName(a.state)));
    }
    m_animals->resizeColumnsToContents();
    if (!m_list.empty()) {
        m_animals->selectRow(0);
    }
    showMatches();
}

void FoundAnimalsWindow::selectAnimal(const QString& id)
{
    for (int row = 0; row < static_cast<int>(m_list.size()); ++row) {
        if (qs(m_list[static_cast<std::size_t>(row)].id) == id) {
            m_animals->selectRow(row);
            return;
        }
    }
}

std::optional<FoundAnimal> FoundAnimalsWindow::selectedAnimal() const
{
    const int row = m_animals->currentRow();
    const auto selected = m_animals->selectionModel()->selectedRows();
    if (selected.isEmpty() || row < 0 || row >= static_cast<int>(m_list.size())) {
        return std::nullopt;
    }
    return m_list[static_cast<std::size_t>(row)];
}

void FoundAnimalsWindow::showMatches()
{
    m_found.clear();
    m_matches->clearContents();
    m_matches->setRowCount(0);
    const auto animal = selectedAnimal();
    if (!animal) {
        m_photo->setPixmap({});
        m_photo->setText(QString());
        m_summary->setText(m_list.empty() ? tr("No found animals. Record a stray with \"New Found Animal\".")
                                          : QString());
        updateButtons();
        return;
    }
    const auto bytes = m_service.photo(*animal);
    const QImage image = bytes ? QImage::fromData(*bytes) : QImage();
    if (image.isNull()) {
        m_photo->setPixmap({});
        m_photo->setText(tr("No photo"));
    } else {
        m_photo->setPixmap(QPixmap::fromImage(
            image.scaled(kPhotoSide - 4, kPhotoSide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    QStringList lines{foundAnimalSummary(*animal)};
    lines << tr("Found on %1 at %2").arg(dateText(animal->foundOn), qs(animal->place));
    if (!animal->microchip.empty()) {
        lines << tr("Microchip: %1").arg(qs(animal->microchip));
    }
    if (!animal->notes.empty()) {
        lines << qs(animal->notes);
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (animal->state != FoundAnimalState::Open) {
        updateButtons();
        return;
    }
    auto matches = m_service.matches(*animal);
    if (!matches) {
        m_summary->setText(m_summary->text() + QLatin1Char('\n') +
                           tr("The lost pets could not be read: %1").arg(describe(matches.error())));
        updateButtons();
        return;
    }
    m_found = std::move(*matches);
    m_matches->setRowCount(static_cast<int>(m_found.size()));
    for (int row = 0; row < static_cast<int>(m_found.size()); ++row) {
        const FoundAnimalMatch& m = m_found[static_cast<std::size_t>(row)];
        QStringList why;
        for (MatchReason reason : m.candidate.reasons) {
            why << matchReasonName(reason);
        }
        m_matches->setItem(row, 0, cell(m.candidate.certain ? tr("Certain") : tr("%1 points").arg(m.candidate.score)));
        m_matches->setItem(row, 1, cell(m.petName));
        m_matches->setItem(row, 2, cell(m.ownerName));
        m_matches->setItem(row, 3, cell(why.join(QStringLiteral(", "))));
    }
    m_matches->resizeColumnsToContents();
    if (!m_found.empty()) {
        m_matches->selectRow(0);
    } else {
        m_summary->setText(m_summary->text() + QLatin1Char('\n') + tr("No lost pet of this organisation matches."));
    }
    updateButtons();
}

void FoundAnimalsWindow::updateButtons()
{
    const auto animal = selectedAnimal();
    const bool open = animal && animal->state == FoundAnimalState::Open;
    m_edit->setEnabled(animal.has_value());
    m_remove->setEnabled(animal.has_value());
    m_close->setEnabled(open);
    m_reunite->setEnabled(open && m_matches->currentRow() >= 0 &&
                          m_matches->currentRow() < static_cast<int>(m_found.size()) &&
                          !m_matches->selectionModel()->selectedRows().isEmpty());
}

bool FoundAnimalsWindow::addAnimal()
{
    FoundAnimalDialog dialog(m_service, m_prompts, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    selectAnimal(qs(dialog.animal().id));
    return true;
}

bool FoundAnimalsWindow::editSelected()
{
    const auto animal = selectedAnimal();
    if (!animal) {
        return false;
    }
    FoundAnimalDialog dialog(m_service, m_prompts, this);
    dialog.setAnimal(*animal);
    return dialog.exec() == QDialog::Accepted;
}

bool FoundAnimalsWindow::removeSelected()
{
    const auto animal = selectedAnimal();
    if (!animal ||
        !m_prompts.confirm(this, tr("Delete Found Animal"),
                           tr("Delete the record of this found animal (%1)?").arg(foundAnimalSummary(*animal)),
                           tr("Delete"))) {
        return false;
    }
    if (auto r = m_service.remove(qs(animal->id)); !r) {
        m_prompts.error(this, tr("Not Deleted"), describe(r.error()));
        return false;
    }
    return true;
}

bool FoundAnimalsWindow::closeSelected()
{
    const auto animal = selectedAnimal();
    if (!animal || !m_prompts.confirm(this, tr("Close Without Match"),
                                      tr("Stop looking for this animal's family (adopted, transferred or gone)?"),
                                      tr("Close Record"))) {
        return false;
    }
    if (auto r = m_service.close(qs(animal->id)); !r) {
        m_prompts.error(this, tr("Not Closed"), describe(r.error()));
        return false;
    }
    return true;
}

bool FoundAnimalsWindow::reuniteSelected()
{
    const auto animal = selectedAnimal();
    const int row = m_matches->currentRow();
    if (!animal || row < 0 || row >= static_cast<int>(m_found.size())) {
        return false;
    }
    const FoundAnimalMatch match = m_found[static_cast<std::size_t>(row)];
    const QString text =
        tr("This animal is %1? %1 will no longer be shown as lost, and this record is closed as reunited.")
            .arg(match.petName);
    if (!m_prompts.confirm(this, tr("Reunite"), text, tr("Reunite"))) {
        return false;
    }
    if (auto r = m_service.reunite(qs(animal->id), match.petId); !r) {
        m_prompts.error(this, tr("Not Reunited"), describe(r.error()));
        return false;
    }
    return true;
}

} // namespace petinfo::client
