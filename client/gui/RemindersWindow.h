// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncApi.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace petinfo::client {

class DateEdit;
class Prompts;
class ReminderFilterProxyModel;
class ReminderListModel;
class ReminderService;
struct MessageListItem;

/** The organisation's WhatsApp reminders: every pending, sent, failed and uncertain message,
 *  and the reminders still planned, from the local copy (so it works offline), filtered by state,
 *  date range and words, sorted by any column. Staff send a failed or uncertain message again,
 *  or cancel one that has not gone out; both ask the server, and the next sync shows the result. */
class RemindersWindow final : public QDialog
{
    Q_OBJECT

public:
    RemindersWindow(ReminderService& reminders, Prompts& prompts, QWidget* parent = nullptr);

    ReminderListModel* model() const { return m_model; }
    ReminderFilterProxyModel* proxy() const { return m_proxy; }

public Q_SLOTS:
    /** Sends the selected failed or uncertain message again (after asking, for an uncertain one). */
    bool retrySelected();
    /** Cancels the selected planned reminder or queued message (after asking). */
    bool cancelSelected();
    void reload();

private:
    const MessageListItem* selected() const;
    void applyFilters();
    void updateButtons();
    void updateSummary();
    QString explain(const NetError& error) const;

    ReminderService& m_reminders;
    Prompts& m_prompts;
    ReminderListModel* m_model;
    ReminderFilterProxyModel* m_proxy;
    QComboBox* m_state;
    DateEdit* m_from;
    DateEdit* m_to;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_retry;
    QPushButton* m_cancel;
};

/** A failed request to the server, for people. */
QString netErrorText(const NetError& error);

} // namespace petinfo::client
