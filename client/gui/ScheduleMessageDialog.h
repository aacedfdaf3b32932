// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncApi.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace petinfo::client {

class DateEdit;
class PersonService;
class PetService;
class ReminderService;

/** "Schedule a WhatsApp message…" on a pet: one of its owners or fosterers, a date and time (the
 *  organisation's time zone: the server sends it then), the words with a length counter, and a
 *  preview of what the owner receives. The server sends it as the approved template of one-off
 *  reminders; it shows in the Reminders window, where it can be cancelled while pending. */
class ScheduleMessageDialog final : public QDialog
{
    Q_OBJECT

public:
    /** The most characters of a message (the server's limit). */
    static constexpr int kMaxLength = 500;

    ScheduleMessageDialog(ReminderService& reminders, PersonService& people, const QString& petId,
                          QWidget* parent = nullptr);

    /** The server's answer once scheduled ({id, sendAt, timeZone}), else null. */
    const nlohmann::json& scheduled() const { return m_scheduled; }

public Q_SLOTS:
    /** Asks the server; closes when it took the message, else shows why. */
    void schedule();

private:
    void loadOwners();
    void updatePreview();
    void showProblem(const NetError& error);

    ReminderService& m_reminders;
    PersonService& m_people;
    QString m_petId;
    QString m_petName;
    nlohmann::json m_scheduled;
    QLabel* m_intro;
    QComboBox* m_owner;
    QLabel* m_ownerState;
    DateEdit* m_date;
    QTimeEdit* m_time;
    QPlainTextEdit* m_text;
    QLabel* m_length;
    QLabel* m_preview;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_scheduleButton;
};

} // namespace petinfo::client
