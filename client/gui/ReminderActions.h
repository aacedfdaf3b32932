// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenuBar;

namespace petinfo::client {

class MainWindow;
class ReminderSettingsDialog;
class RemindersWindow;
class ScheduleMessageDialog;

/** The window's WhatsApp commands: the Reminders window (Ctrl+Shift+R) and the organisation's
 *  reminder settings, in a Reminders menu. */
class ReminderActions final : public QObject
{
    Q_OBJECT

public:
    explicit ReminderActions(MainWindow& window);

    /** Adds the Reminders menu before Help. */
    void addTo(QMenuBar* menuBar);

    QAction* remindersAction() const { return m_reminders; }
    QAction* settingsAction() const { return m_settings; }
    QAction* scheduleMessageAction() const { return m_schedule; }

public Q_SLOTS:
    /** Shows the Reminders window (one per main window, raised when open already). */
    RemindersWindow* showReminders();
    /** Opens the settings (window-modal, non-blocking), loaded from the server. */
    ReminderSettingsDialog* showSettings();
    /** "Schedule a WhatsApp message…" for the selected pet (window-modal, non-blocking); null
     *  when no pet is selected (the user is told). */
    ScheduleMessageDialog* scheduleMessage();

private:
    MainWindow& m_window;
    QAction* m_reminders;
    QAction* m_settings;
    QAction* m_schedule;
    QPointer<RemindersWindow> m_open;
};

} // namespace petinfo::client
