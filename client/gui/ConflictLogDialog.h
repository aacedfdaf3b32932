// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace petinfo::client {

class ConflictModel;
class PetService;
class Prompts;

/** The conflict log: every field where edits from two devices met, which values, from which device,
 *  and which one was kept. "Put Back" restores the overwritten value as a new edit that syncs. */
class ConflictLogDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictLogDialog(PetService& service, Prompts& prompts, QWidget* parent = nullptr);

    ConflictModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public Q_SLOTS:
    /** Puts back the overwritten value of the selected conflict. */
    void restoreSelected();

Q_SIGNALS:
    void valueRestored();

private:
    void updateState();

    PetService& m_service;
    Prompts& m_prompts;
    ConflictModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_restore;
};

} // namespace petinfo::client
