// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReminderActions.h"

#include "gui/MainWindow.h"
#include "gui/Prompts.h"
#include "gui/ReminderSettingsDialog.h"
#include "gui/RemindersWindow.h"
#include "gui/ScheduleMessageDialog.h"
#include "services/ReminderService.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace petinfo::client {

ReminderActions::ReminderActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_reminders(new QAction(tr("WhatsApp &Reminders…"), &window))
    , m_settings(new QAction(tr("Reminder &Settings…"), &window))
    , m_schedule(new QAction(tr("Schedule a WhatsApp &Message…"), &window))
{
    m_reminders->setObjectName(QStringLiteral("remindersAction"));
    m_reminders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reminders->setToolTip(tr("Pending, sent, failed and uncertain WhatsApp messages (Ctrl+Shift+R)"));
    m_settings->setObjectName(QStringLiteral("reminderSettingsAction"));
    m_settings->setToolTip(tr("When and how the organisation reminds owners on WhatsApp"));
    connect(m_reminders, &QAction::triggered, this, &ReminderActions::showReminders);
    connect(m_settings, &QAction::triggered, this, &ReminderActions::showSettings);
    m_schedule->setObjectName(QStringLiteral("scheduleMessageAction"));
    m_schedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_schedule->setToolTip(tr("Send the selected pet's owner a WhatsApp message at a date and time (Ctrl+Shift+W)"));
    connect(m_schedule, &QAction::triggered, this, &ReminderActions::scheduleMessage);
}

void ReminderActions::addTo(QMenuBar* menuBar)
{
    auto* menu = new QMenu(tr("Re&minders"), menuBar);
    menu->setObjectName(QStringLiteral("remindersMenu"));
    menu->addAction(m_reminders);
    menu->addAction(m_schedule);
    menu->addSeparator();
    menu->addAction(m_settings);
    const QList<QAction*> menus = menuBar->actions();
    menuBar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
}

RemindersWindow* ReminderActions::showReminders()
{
    if (!m_open) {
        m_open = new RemindersWindow(m_window.reminders(), m_window.prompts(), &m_window);
        m_open->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_open->show();
    m_open->raise();
    m_open->activateWindow();
    return m_open;
}

ScheduleMessageDialog* ReminderActions::scheduleMessage()
{
    const QString petId = m_window.selectedPetId();
    if (petId.isEmpty()) {
        m_window.prompts().information(&m_window, tr("Schedule a WhatsApp Message"),
                                       tr("Select a pet first: the message goes to one of its owners."));
        return nullptr;
    }
    auto* dialog = new ScheduleMessageDialog(m_window.reminders(), m_window.people(), petId, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ReminderSettingsDialog* ReminderActions::showSettings()
{
    ReminderService& reminders = m_window.reminders();
    auto* dialog = new ReminderSettingsDialog(reminders, m_window.prompts(), reminders.mayEditSettings(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->load();
    return dialog;
}

} // namespace petinfo::client
