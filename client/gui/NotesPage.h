// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace petinfo::client {

class NoteModel;
class PetService;
class Prompts;

/** The editor's Notes tab: dated free notes (behaviour, diet, where the pet was found…), each
 *  with who wrote it and whether the health report, which goes to the owner, prints it (off
 *  unless chosen: most notes are for staff). */
class NotesPage final : public QWidget
{
    Q_OBJECT

public:
    NotesPage(PetService& service, Prompts& prompts, QWidget* parent = nullptr);

    void setPetId(const QString& petId);
    NoteModel* model() const { return m_model; }

    void newNote();
    /** Saves the text as a new note or over the selected one. */
    bool saveNote();
    void deleteSelected();
    bool hasUnsavedText() const { return m_dirty; }

private:
    void loadSelected();
    QString selectedId() const;

    PetService& m_service;
    Prompts& m_prompts;
    NoteModel* m_model;
    QTableView* m_table;
    QLabel* m_byline;
    QPlainTextEdit* m_text;
    QCheckBox* m_showOnReports;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_delete;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace petinfo::client
