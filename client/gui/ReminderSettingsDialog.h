// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace petinfo::client {

class Prompts;
class ReminderService;

/** The organisation's WhatsApp reminder policy, as the server keeps it: on or off, which record
 *  kinds, how many days ahead (e.g. 14 and 1), one more when overdue, the send window and days in
 *  the organisation's time zone, and the approved template names per language. Admins edit it;
 *  everyone else sees it read-only. Says why nothing is sent when the server has no WhatsApp
 *  configuration. Problems are shown under the fields they concern. */
class ReminderSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    ReminderSettingsDialog(ReminderService& reminders, Prompts& prompts, bool editable, QWidget* parent = nullptr);

    /** Reads the settings from the server (called once on opening). False when that failed (the
     *  dialog then says why and stays read-only). */
    bool load();
    /** Checks the fields, then saves; false (with the problems shown) when it did not. */
    bool save();

    /** The settings as the fields say, in the server's JSON. */
    nlohmann::json toJson() const;
    /** The problem shown under a field ("daysBefore", "window", …); empty when none. */
    QString issue(const QString& field) const;

private:
    void fill(const nlohmann::json& settings);
    /** Checks what can be checked here; each problem is shown under its field. */
    bool checkFields();
    void showIssues(const QHash<QString, QString>& issues);
    void showServerProblems(const nlohmann::json& problems);
    void setEditable(bool editable);
    QLabel* issueLabel(const QString& field);

    ReminderService& m_reminders;
    Prompts& m_prompts;
    bool m_editable;
    bool m_loaded = false;
    QLabel* m_status;
    QCheckBox* m_enabled;
    QHash<QString, QCheckBox*> m_kinds; ///< by record kind name
    QLineEdit* m_daysBefore;
    QCheckBox* m_overdue;
    QSpinBox* m_overdueDays;
    QComboBox* m_timeZone;
    QTimeEdit* m_windowStart;
    QTimeEdit* m_windowEnd;
    QHash<QString, QCheckBox*> m_days; ///< mon … sun
    QComboBox* m_defaultLanguage;
    QTableWidget* m_templates;
    QHash<QString, QLabel*> m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace petinfo::client
