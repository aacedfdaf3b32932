// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/NotesPage.h"

#include "gui/Prompts.h"
#include "models/DomainText.h"
#include "models/NoteModel.h"
#include "services/PetService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace petinfo::client {

NotesPage::NotesPage(PetService& service, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new NoteModel(service, this))
    , m_table(new QTableView(this))
    , m_byline(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_showOnReports(new QCheckBox(tr("Show on health &reports"), this))
    , m_new(new QPushButton(tr("&New note"), this))
    , m_save(new QPushButton(tr("&Save note"), this))
    , m_delete(new QPushButton(tr("&Delete note"), this))
{
    m_table->setObjectName(QStringLiteral("notesTableView"));
    m_text->setObjectName(QStringLiteral("noteTextPlainTextEdit"));
    m_byline->setObjectName(QStringLiteral("noteBylineLabel"));
    m_showOnReports->setObjectName(QStringLiteral("showOnReportsCheckBox"));
    m_showOnReports->setToolTip(tr("The health report goes to the owner. Leave this off for notes meant only for "
                                   "the clinic's staff."));
    m_new->setObjectName(QStringLiteral("newNoteButton"));
    m_save->setObjectName(QStringLiteral("saveNoteButton"));
    m_delete->setObjectName(QStringLiteral("deleteNoteButton"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // A pet has a few notes, not thousands: measuring them is cheap.
    m_table->horizontalHeader()->setSectionResizeMode(NoteModel::Written, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteModel::OnReports, QHeaderView::ResizeToContents);
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(
        NoteModel::Author,
        std::max(ch * 18, m_table->fontMetrics().horizontalAdvance(NoteModel::tr("this computer")) + 2 * ch));
    m_byline->setTextFormat(Qt::PlainText);
    m_text->setPlaceholderText(tr("Write a note: behaviour, diet, where the pet was found…"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* note = new QWidget(this);
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(m_byline);
    noteLayout->addWidget(m_text, 1);
    noteLayout->addWidget(m_showOnReports);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(note);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ch * 70, ch * 60}); // when, who, report mark and the start of the note
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &NotesPage::newNote);
    connect(m_save, &QPushButton::clicked, this, &NotesPage::saveNote);
    connect(m_delete, &QPushButton::clicked, this, &NotesPage::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NotesPage::loadSelected);
    auto edited = [this] {
        if (!m_loading) {
            m_dirty = true;
            m_save->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
        }
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, edited);
    connect(m_showOnReports, &QCheckBox::toggled, this, edited);
    loadSelected();
}

void NotesPage::setPetId(const QString& petId)
{
    m_model->setPetId(petId);
    newNote();
}

QString NotesPage::selectedId() const
{
    return m_table->currentIndex().siblingAtColumn(0).data(NoteModel::IdRole).toString();
}

void NotesPage::newNote()
{
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    loadSelected();
    m_text->setFocus(Qt::OtherFocusReason);
}

bool NotesPage::saveNote()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        return true;
    }
    const QString id = selectedId();
    StorageResult<Note> saved = fail(StorageErrc::Invalid, "no note");
    if (id.isEmpty()) {
        Note note;
        note.petId = m_model->petId().toStdString();
        note.text = text.toStdString();
        note.showOnReports = m_showOnReports->isChecked();
        saved = m_service.addNote(std::move(note)); // the service names the signed-in author
    } else {
        Note note = *m_model->itemFromIndex(m_table->currentIndex().siblingAtColumn(0));
        note.text = text.toStdString();
        note.showOnReports = m_showOnReports->isChecked();
        saved = m_service.updateNote(std::move(note));
    }
    if (!saved) {
        m_prompts.error(this, tr("Could not save the note"), describe(saved.error()));
        return false;
    }
    m_dirty = false;
    const int row = m_model->rowOf(QString::fromStdString(saved->id));
    if (row >= 0) {
        m_table->selectRow(row);
    }
    m_save->setEnabled(false);
    return true;
}

void NotesPage::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    if (!m_prompts.confirm(this, tr("Delete note"), tr("Delete this note?"), tr("Delete"))) {
        return;
    }
    if (auto r = m_service.removeNote(m_model->petId(), id); !r) {
        m_prompts.error(this, tr("Could not delete the note"), describe(r.error()));
    }
    newNote();
}

void NotesPage::loadSelected()
{
    m_loading = true;
    const QModelIndex current = m_table->currentIndex();
    const Note* note = m_model->itemFromIndex(current.siblingAtColumn(0));
    m_text->setPlainText(note ? QString::fromStdString(note->text) : QString());
    // A new note is for staff unless someone chooses to print it for the owner.
    m_showOnReports->setChecked(note && note->showOnReports);
    m_byline->setText(note ? tr("Written by %1, %2").arg(NoteModel::authorText(*note), dateTimeText(note->createdAtMs))
                           : tr("New note"));
    m_byline->setToolTip(note ? QString::fromStdString(note->author) : QString());
    m_loading = false;
    m_dirty = false;
    m_save->setEnabled(false);
    m_delete->setEnabled(current.isValid());
    m_new->setEnabled(!m_model->petId().isEmpty());
    m_text->setEnabled(!m_model->petId().isEmpty());
    m_showOnReports->setEnabled(!m_model->petId().isEmpty());
}

} // namespace petinfo::client
