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

public Q_SLOTS:
    /** Shows the Reminders window (one per main window, raised when open already). */
    RemindersWindow* showReminders();
    /** Opens the settings (window-modal, non-blocking), loaded from the server. */
    ReminderSettingsDialog* showSettings();

private:
    MainWindow& m_window;
    QAction* m_reminders;
    QAction* m_settings;
    QPointer<RemindersWindow> m_open;
};

} // namespace petinfo::client
