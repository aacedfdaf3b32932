// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReminderSettingsDialog.h"

#include "gui/Prompts.h"
#include "gui/RemindersWindow.h"
#include "models/DomainText.h"
#include "services/ReminderService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace petinfo::client {

namespace {

using nlohmann::json;

constexpr std::array<const char*, 7> kDayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const QStringList kLanguages{QStringLiteral("es"), QStringLiteral("pt-BR"), QStringLiteral("en")};

enum TemplateColumn
{
    LanguageColumn,
    DueSoonColumn,
    OverdueColumn,
    CodeColumn
};

QString str(const json& j, const char* key)
{
    return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
}

QString languageName(const QString& tag)
{
    if (tag == QLatin1String("es")) {
        return ReminderSettingsDialog::tr("Spanish (es)");
    }
    if (tag == QLatin1String("pt-BR")) {
        return ReminderSettingsDialog::tr("Portuguese, Brazil (pt-BR)");
    }
    if (tag == QLatin1String("en")) {
        return ReminderSettingsDialog::tr("English (en)");
    }
    return tag;
}

/** The text for a field the server refused, in the user's language (the server's own text is
 *  English, for logs). */
QString serverProblemText(const QString& field)
{
    if (field == QLatin1String("daysBefore")) {
        return ReminderSettingsDialog::tr("Give at most 4 day counts from 0 to 365, such as \"14, 1\".");
    }
    if (field == QLatin1String("overdueDays")) {
        return ReminderSettingsDialog::tr("The overdue reminder goes 1 to 90 days after the due date.");
    }
    if (field == QLatin1String("timeZone")) {
        return ReminderSettingsDialog::tr("Choose a time zone from the list, such as America/Argentina/Buenos_Aires.");
    }
    if (field == QLatin1String("window")) {
        return ReminderSettingsDialog::tr("The window must start before it ends, on at least one day.");
    }
    if (field == QLatin1String("templates")) {
        return ReminderSettingsDialog::tr("Template names use a-z, 0-9 and _; the default language needs one.");
    }
    if (field == QLatin1String("kinds")) {
        return ReminderSettingsDialog::tr("Choose the kinds of record to remind of.");
    }
    return ReminderSettingsDialog::tr("The server did not accept this setting.");
}

} // namespace

ReminderSettingsDialog::ReminderSettingsDialog(ReminderService& reminders, Prompts& prompts, bool editable,
                                               QWidget* parent)
    : QDialog(parent)
    , m_reminders(reminders)
    , m_prompts(prompts)
    , m_editable(editable)
    , m_status(new QLabel(this))
    , m_enabled(new QCheckBox(tr("Send WhatsApp &reminders to owners who opted in"), this))
    , m_daysBefore(new QLineEdit(this))
    , m_overdue(new QCheckBox(tr("One more &when overdue, after"), this))
    , m_overdueDays(new QSpinBox(this))
    , m_timeZone(new QComboBox(this))
    , m_windowStart(new QTimeEdit(this))
    , m_windowEnd(new QTimeEdit(this))
    , m_defaultLanguage(new QComboBox(this))
    , m_templates(new QTableWidget(0, 4, this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("reminderSettingsDialog"));
    setWindowTitle(tr("WhatsApp Reminder Settings"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_enabled->setObjectName(QStringLiteral("enabledCheckBox"));
    m_daysBefore->setObjectName(QStringLiteral("daysBeforeLineEdit"));
    m_daysBefore->setPlaceholderText(tr("e.g. 14, 1"));
    m_daysBefore->setToolTip(tr("One reminder this many days before each due date; separate several with commas"));
    m_overdue->setObjectName(QStringLiteral("overdueCheckBox"));
    m_overdueDays->setObjectName(QStringLiteral("overdueDaysSpinBox"));
    m_overdueDays->setRange(1, 90);
    m_overdueDays->setValue(7);
    m_overdueDays->setSuffix(tr(" days"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/')) {
            m_timeZone->addItem(QString::fromLatin1(id));
        }
    }
    m_windowStart->setObjectName(QStringLiteral("windowStartTimeEdit"));
    m_windowEnd->setObjectName(QStringLiteral("windowEndTimeEdit"));
    m_windowStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_defaultLanguage->setObjectName(QStringLiteral("defaultLanguageComboBox"));
    m_templates->setObjectName(QStringLiteral("templatesTableWidget"));
    m_templates->setHorizontalHeaderLabels(
        {tr("Language"), tr("Due soon template"), tr("Overdue template"), tr("WhatsApp code")});
    m_templates->verticalHeader()->hide();
    m_templates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_templates->horizontalHeader()->setSectionResizeMode(LanguageColumn, QHeaderView::ResizeToContents);
    m_templates->setToolTip(tr("The names of the message templates WhatsApp approved for the organisation. Each "
                               "takes the pet's name, the product and the due date. Leave a language empty to "
                               "write to its speakers in the default language."));

    auto* kinds = new QHBoxLayout;
    for (std::size_t i = 0; i < EnumNames<HealthKind>::names.size(); ++i) {
        const auto kind = static_cast<HealthKind>(i);
        const QString key = QString::fromLatin1(EnumNames<HealthKind>::names[i].data(),
                                                static_cast<qsizetype>(EnumNames<HealthKind>::names[i].size()));
        auto* box = new QCheckBox(healthKindLabel(kind), this);
        box->setObjectName(key + QStringLiteral("CheckBox"));
        m_kinds.insert(key, box);
        kinds->addWidget(box);
    }
    kinds->addStretch(1);
    auto* days = new QHBoxLayout;
    const QLocale locale;
    for (std::size_t i = 0; i < kDayKeys.size(); ++i) {
        auto* box = new QCheckBox(locale.dayName(static_cast<int>(i) + 1, QLocale::ShortFormat), this);
        box->setObjectName(QString::fromLatin1(kDayKeys[i]) + QStringLiteral("CheckBox"));
        m_days.insert(QString::fromLatin1(kDayKeys[i]), box);
        days->addWidget(box);
    }
    days->addStretch(1);
    auto* window = new QHBoxLayout;
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_windowEnd);
    window->addStretch(1);
    auto* overdue = new QHBoxLayout;
    overdue->addWidget(m_overdue);
    overdue->addWidget(m_overdueDays);
    overdue->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    auto fieldWithIssue = [&](QLayout* row, const QString& field) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addLayout(row);
        box->addWidget(issueLabel(field));
        return box;
    };
    auto wrap = [&](QWidget* w) {
        auto* row = new QHBoxLayout;
        row->addWidget(w);
        return row;
    };
    form->addRow(tr("Remind of:"), fieldWithIssue(kinds, QStringLiteral("kinds")));
    auto* daysLabel = new QLabel(tr("&Days before due:"), this);
    daysLabel->setBuddy(m_daysBefore);
    form->addRow(daysLabel, fieldWithIssue(wrap(m_daysBefore), QStringLiteral("daysBefore")));
    form->addRow(QString(), fieldWithIssue(overdue, QStringLiteral("overdueDays")));
    auto* zoneLabel = new QLabel(tr("&Time zone:"), this);
    zoneLabel->setBuddy(m_timeZone);
    form->addRow(zoneLabel, fieldWithIssue(wrap(m_timeZone), QStringLiteral("timeZone")));
    auto* windowLabel = new QLabel(tr("Send &between:"), this);
    windowLabel->setBuddy(m_windowStart);
    form->addRow(windowLabel, window);
    form->addRow(tr("On:"), fieldWithIssue(days, QStringLiteral("window")));
    auto* languageLabel = new QLabel(tr("Default &language:"), this);
    languageLabel->setBuddy(m_defaultLanguage);
    form->addRow(languageLabel, m_defaultLanguage);
    auto* templatesLabel = new QLabel(tr("Tem&plates:"), this);
    templatesLabel->setBuddy(m_templates);
    form->addRow(templatesLabel, fieldWithIssue(wrap(m_templates), QStringLiteral("templates")));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_overdue, &QCheckBox::toggled, m_overdueDays, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setEditable(false);
    resize(760, 620);
}

QLabel* ReminderSettingsDialog::issueLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("IssueLabel"));
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(p);
    label->hide();
    m_issues.insert(field, label);
    return label;
}

void ReminderSettingsDialog::setEditable(bool editable)
{
    const QList<QWidget*> fields{m_enabled,     m_daysBefore, m_overdue,   m_overdueDays,    m_timeZone,
                                 m_windowStart, m_windowEnd,  m_templates, m_defaultLanguage};
    for (QWidget* w : fields) {
        w->setEnabled(editable);
    }
    for (QCheckBox* box : std::as_const(m_kinds)) {
        box->setEnabled(editable);
    }
    for (QCheckBox* box : std::as_const(m_days)) {
        box->setEnabled(editable);
    }
    m_overdueDays->setEnabled(editable && m_overdue->isChecked());
    m_templates->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_buttons->setStandardButtons(editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                           : QDialogButtonBox::Close);
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save)) {
        save->setObjectName(QStringLiteral("saveButton"));
    }
    if (QPushButton* close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("closeButton"));
    }
}

bool ReminderSettingsDialog::load()
{
    const auto answer = m_reminders.settings();
    if (!answer) {
        m_status->setText(tr("Could not read the reminder settings: %1").arg(netErrorText(answer.error())));
        setEditable(false);
        return false;
    }
    fill(*answer);
    m_loaded = true;
    QString status;
    const json& s = *answer;
    if (s.contains("status") && s["status"].is_object() && s["status"].value("whatsapp", "") == "off") {
        QStringList missing;
        for (const json& key : s["status"].value("missing", json::array())) {
            if (key.is_string()) {
                missing << QString::fromStdString(key.get<std::string>());
            }
        }
        status = tr("WhatsApp is off on the server, so nothing is sent: the server has no WhatsApp Business "
                    "configuration (missing: %1). Reminders are still planned and wait. Ask whoever runs the "
                    "server to set it up.")
                     .arg(missing.join(QStringLiteral(", ")));
    }
    if (!m_editable) {
        status += (status.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                  tr("Only administrators can change these settings.");
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    setEditable(m_editable);
    return true;
}

void ReminderSettingsDialog::fill(const json& s)
{
    m_enabled->setChecked(s.value("enabled", false));
    const json kinds = s.value("kinds", json::array());
    for (auto it = m_kinds.begin(); it != m_kinds.end(); ++it) {
        const std::string key = it.key().toStdString();
        it.value()->setChecked(std::find(kinds.begin(), kinds.end(), key) != kinds.end());
    }
    QStringList days;
    for (const json& d : s.value("daysBefore", json::array())) {
        if (d.is_number_integer()) {
            days << QString::number(d.get<int>());
        }
    }
    m_daysBefore->setText(days.join(QStringLiteral(", ")));
    const int overdue = s.value("overdueDays", 0);
    m_overdue->setChecked(overdue > 0);
    if (overdue > 0) {
        m_overdueDays->setValue(overdue);
    }
    const QString zone = str(s, "timeZone");
    if (m_timeZone->findText(zone) < 0) {
        m_timeZone->addItem(zone);
    }
    m_timeZone->setCurrentText(zone);
    const json window = s.value("window", json::object());
    m_windowStart->setTime(QTime::fromString(str(window, "start"), QStringLiteral("HH:mm")));
    m_windowEnd->setTime(QTime::fromString(str(window, "end"), QStringLiteral("HH:mm")));
    const json windowDays = window.value("days", json::array());
    for (auto it = m_days.begin(); it != m_days.end(); ++it) {
        it.value()->setChecked(std::find(windowDays.begin(), windowDays.end(), it.key().toStdString()) !=
                               windowDays.end());
    }
    const json templates = s.value("templates", json::object());
    QStringList languages = kLanguages;
    for (const auto& [language, names] : templates.items()) {
        if (!languages.contains(QString::fromStdString(language))) {
            languages << QString::fromStdString(language);
        }
    }
    m_defaultLanguage->clear();
    m_templates->setRowCount(static_cast<int>(languages.size()));
    for (int row = 0; row < languages.size(); ++row) {
        const QString& tag = languages[row];
        m_defaultLanguage->addItem(languageName(tag), tag);
        const json t = templates.value(tag.toStdString(), json::object());
        auto* language = new QTableWidgetItem(languageName(tag));
        language->setData(Qt::UserRole, tag);
        language->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_templates->setItem(row, LanguageColumn, language);
        m_templates->setItem(row, DueSoonColumn, new QTableWidgetItem(str(t, "dueSoon")));
        m_templates->setItem(row, OverdueColumn, new QTableWidgetItem(str(t, "overdue")));
        QString code = str(t, "code");
        if (code.isEmpty()) {
            code = QString(tag).replace(QLatin1Char('-'), QLatin1Char('_'));
        }
        m_templates->setItem(row, CodeColumn, new QTableWidgetItem(code));
    }
    m_defaultLanguage->setCurrentIndex(std::max(0, m_defaultLanguage->findData(str(s, "defaultLanguage"))));
    m_templates->resizeRowsToContents();
    m_templates->setMinimumHeight(m_templates->horizontalHeader()->height() +
                                  m_templates->rowHeight(0) * static_cast<int>(languages.size()) + 4);
}

json ReminderSettingsDialog::toJson() const
{
    json kinds = json::array();
    for (std::size_t i = 0; i < EnumNames<HealthKind>::names.size(); ++i) {
        const std::string key(EnumNames<HealthKind>::names[i]);
        if (m_kinds.value(QString::fromStdString(key))->isChecked()) {
            kinds.push_back(key);
        }
    }
    json daysBefore = json::array();
    for (const QString& part :
         m_daysBefore->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        daysBefore.push_back(ok ? json(n) : json(part.toStdString())); // the server names what is wrong
    }
    json windowDays = json::array();
    for (const char* key : kDayKeys) {
        if (m_days.value(QString::fromLatin1(key))->isChecked()) {
            windowDays.push_back(key);
        }
    }
    json templates = json::object();
    for (int row = 0; row < m_templates->rowCount(); ++row) {
        const QString dueSoon = m_templates->item(row, DueSoonColumn)->text().trimmed();
        if (dueSoon.isEmpty()) {
            continue;
        }
        templates[m_templates->item(row, LanguageColumn)->data(Qt::UserRole).toString().toStdString()] = {
            {"dueSoon", dueSoon.toStdString()},
            {"overdue", m_templates->item(row, OverdueColumn)->text().trimmed().toStdString()},
            {"code", m_templates->item(row, CodeColumn)->text().trimmed().toStdString()}};
    }
    return json{{"enabled", m_enabled->isChecked()},
                {"kinds", kinds},
                {"daysBefore", daysBefore},
                {"overdueDays", m_overdue->isChecked() ? m_overdueDays->value() : 0},
                {"timeZone", m_timeZone->currentText().trimmed().toStdString()},
                {"window",
                 {{"start", m_windowStart->time().toString(QStringLiteral("HH:mm")).toStdString()},
                  {"end", m_windowEnd->time().toString(QStringLiteral("HH:mm")).toStdString()},
                  {"days", windowDays}}},
                {"defaultLanguage", m_defaultLanguage->currentData().toString().toStdString()},
                {"templates", templates}};
}

QString ReminderSettingsDialog::issue(const QString& field) const
{
    const QLabel* label = m_issues.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ReminderSettingsDialog::showIssues(const QHash<QString, QString>& issues)
{
    for (auto it = m_issues.begin(); it != m_issues.end(); ++it) {
        const QString text = issues.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

bool ReminderSettingsDialog::checkFields()
{
    QHash<QString, QString> issues;
    const json s = toJson();
    if (s["daysBefore"].empty() && !s["enabled"].get<bool>()) {
        // Off and nothing typed: fine.
    } else if (s["daysBefore"].empty() || s["daysBefore"].size() > 4 ||
               std::any_of(s["daysBefore"].begin(), s["daysBefore"].end(),
                           [](const json& d) { return !d.is_number_integer() || d < 0 || d > 365; })) {
        issues.insert(QStringLiteral("daysBefore"), tr("Give 1 to 4 day counts from 0 to 365, such as \"14, 1\"."));
    }
    if (s["enabled"].get<bool>() && s["kinds"].empty()) {
        issues.insert(QStringLiteral("kinds"), tr("Choose at least one kind of record to remind of."));
    }
    if (QTimeZone(m_timeZone->currentText().trimmed().toLatin1()).isValid() == false) {
        issues.insert(QStringLiteral("timeZone"), tr("\"%1\" is not a time zone this computer knows; choose one "
                                                     "from the list.")
                                                      .arg(m_timeZone->currentText()));
    }
    if (m_windowStart->time() >= m_windowEnd->time()) {
        issues.insert(QStringLiteral("window"), tr("The window must start before it ends."));
    } else if (s["window"]["days"].empty()) {
        issues.insert(QStringLiteral("window"), tr("Choose at least one day to send on."));
    }
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_]{1,512}$"));
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    for (const auto& [language, t] : s["templates"].items()) {
        const QString due = QString::fromStdString(t["dueSoon"].get<std::string>());
        const QString overdue = QString::fromStdString(t["overdue"].get<std::string>());
        if (!name.match(due).hasMatch() || (!overdue.isEmpty() && !name.match(overdue).hasMatch())) {
            issues.insert(
                QStringLiteral("templates"),
                tr("Template names use only a-z, 0-9 and _ (%1).").arg(languageName(QString::fromStdString(language))));
        } else if (!code.match(QString::fromStdString(t["code"].get<std::string>())).hasMatch()) {
            issues.insert(QStringLiteral("templates"), tr("The WhatsApp code of %1 must look like es or pt_BR.")
                                                           .arg(languageName(QString::fromStdString(language))));
        }
    }
    if (!issues.contains(QStringLiteral("templates")) && s["enabled"].get<bool>() &&
        !s["templates"].contains(s["defaultLanguage"].get<std::string>())) {
        issues.insert(
            QStringLiteral("templates"),
            tr("Give the template names of the default language (%1).").arg(m_defaultLanguage->currentText()));
    }
    showIssues(issues);
    return issues.isEmpty();
}

void ReminderSettingsDialog::showServerProblems(const json& problems)
{
    QHash<QString, QString> issues;
    for (const auto& [field, text] : problems.items()) {
        const QString key = QString::fromStdString(field);
        issues.insert(m_issues.contains(key) ? key : QStringLiteral("templates"), serverProblemText(key));
    }
    showIssues(issues);
}

bool ReminderSettingsDialog::save()
{
    if (!m_editable || !m_loaded || !checkFields()) {
        return false;
    }
    const auto saved = m_reminders.saveSettings(toJson());
    if (!saved) {
        const NetError& e = saved.error();
        if (e.apiCode == "invalid_settings" && e.details.contains("problems")) {
            showServerProblems(e.details["problems"]);
        } else {
            m_prompts.error(this, tr("Could not save the reminder settings"), netErrorText(e));
        }
        return false;
    }
    fill(*saved);
    return true;
}

} // namespace petinfo::client
