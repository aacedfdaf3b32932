// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace petinfo::client {

class HealthRecordModel;
class PetService;
class ReminderService;
class Prompts;

/** The editor's Health tab: the pet's records, newest first, overdue ones marked; add a record,
 *  renew one (a booster) or delete one (undoable). */
class HealthPage final : public QWidget
{
    Q_OBJECT

public:
    HealthPage(PetService& service, Prompts& prompts, QUndoStack& undo, QWidget* parent = nullptr);

    void setPetId(const QString& petId);
    /** Fills the WhatsApp reminder column. */
    void setReminderService(ReminderService* reminders);
    HealthRecordModel* model() const { return m_model; }

    /** Opens the new-record dialog (non-blocking); returns it for tests. */
    class HealthRecordDialog* addRecord();
    HealthRecordDialog* renewSelected();
    void deleteSelected();

private:
    void updateSummary();
    void updateButtons();

    PetService& m_service;
    Prompts& m_prompts;
    QUndoStack& m_undo;
    HealthRecordModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_renew;
    QPushButton* m_delete;
};

} // namespace petinfo::client
