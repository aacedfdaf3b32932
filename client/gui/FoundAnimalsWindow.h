// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/FoundAnimalService.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace petinfo::client {

class Prompts;

/** Strays the organisation took in and the lost pets each may be. Left: the found animals (open
 *  ones, or all); right: the selected one's photo and its possible matches, best first, each with
 *  why it is listed. "This Is the Pet" reunites them; the lost pet's family is then home. Reads
 *  the local copy, so it works offline; what is done here syncs like any record. */
class FoundAnimalsWindow final : public QDialog
{
    Q_OBJECT

public:
    FoundAnimalsWindow(FoundAnimalService& service, Prompts& prompts, QWidget* parent = nullptr);

    QTableWidget* animalsTable() const { return m_animals; }
    QTableWidget* matchesTable() const { return m_matches; }

public Q_SLOTS:
    void reload();
    /** Records a new found animal (the editor, window-modal); true when saved. */
    bool addAnimal();
    bool editSelected();
    /** Moves the selected record to the trash, after asking. */
    bool removeSelected();
    /** Reunites the selected animal with the selected match, after asking. */
    bool reuniteSelected();
    /** Closes the selected record without a match (adopted, transferred…), after asking. */
    bool closeSelected();

private:
    std::optional<FoundAnimal> selectedAnimal() const;
    void showMatches();
    void updateButtons();
    void selectAnimal(const QString& id);

    FoundAnimalService& m_service;
    Prompts& m_prompts;
    std::vector<FoundAnimal> m_list;
    std::vector<FoundAnimalMatch> m_found;
    QCheckBox* m_showAll;
    QTableWidget* m_animals;
    QLabel* m_photo;
    QLabel* m_summary;
    QTableWidget* m_matches;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_close;
    QPushButton* m_reunite;
};

} // namespace petinfo::client
