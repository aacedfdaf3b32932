// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ScheduleMessageDialog.h"

#include "gui/DateEdit.h"
#include "gui/Palette.h"
#include "models/PhoneText.h"
#include "models/ReminderText.h"
#include "services/PersonService.h"
#include "services/PetService.h"
#include "services/ReminderService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

/** The words as WhatsApp shows them in the template: on one line. */
QString oneLine(const QString& text)
{
    return text.simplified();
}

} // namespace

ScheduleMessageDialog::ScheduleMessageDialog(ReminderService& reminders, PersonService& people, const QString& petId,
                                             QWidget* parent)
    : QDialog(parent)
    , m_reminders(reminders)
    , m_people(people)
    , m_petId(petId)
    , m_intro(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_ownerState(new QLabel(this))
    , m_date(new DateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_length(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_scheduleButton(new QPushButton(tr("&Schedule"), this))
{
    setObjectName(QStringLiteral("scheduleMessageDialog"));
    m_owner->setObjectName(QStringLiteral("ownerComboBox"));
    m_ownerState->setObjectName(QStringLiteral("ownerStateLabel"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_text->setObjectName(QStringLiteral("messageTextEdit"));
    m_length->setObjectName(QStringLiteral("lengthLabel"));
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_scheduleButton->setObjectName(QStringLiteral("scheduleButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->addButton(m_scheduleButton, QDialogButtonBox::AcceptRole);
    m_scheduleButton->setDefault(true);

    m_intro->setWordWrap(true);
    m_ownerState->setWordWrap(true);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime(10, 0));
    m_date->setDate(QDate::currentDate().addDays(1));
    m_text->setPlaceholderText(tr("e.g. Remember to bring the vaccination booklet to tomorrow's visit."));
    m_text->setTabChangesFocus(true);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_preview->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorColours = palette();
    errorColours.setColor(QPalette::WindowText, palette::errorText(palette()));
    m_error->setPalette(errorColours);
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&To:"), m_owner);
    form->addRow(QString(), m_ownerState);
    auto* when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    when->addWidget(m_time);
    auto* whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, when);
    form->addRow(QString(), new QLabel(tr("Date and time in the organisation's time zone."), this));
    form->addRow(tr("&Message:"), m_text);
    form->addRow(QString(), m_length);
    form->addRow(tr("Preview:"), m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleMessageDialog::schedule);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ScheduleMessageDialog::updatePreview);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ScheduleMessageDialog::updatePreview);
    connect(m_date, &DateEdit::textChanged, this, &ScheduleMessageDialog::updatePreview);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleMessageDialog::updatePreview);

    loadOwners();
    setWindowTitle(tr("Schedule a WhatsApp Message"));
    m_intro->setText(
        tr("WhatsApp message about %1, sent by the server at the time you choose (as the organisation's approved "
           "message template). It can be cancelled in the Reminders window until then.")
            .arg(m_petName));
    updatePreview();
    const int ch = fontMetrics().averageCharWidth();
    resize(ch * 90, fontMetrics().height() * 28);
    m_text->setFocus();
}

void ScheduleMessageDialog::loadOwners()
{
    auto record = m_people.petService().loadPet(m_petId);
    if (!record) {
        m_error->setText(tr("The pet could not be read."));
        m_error->show();
        return;
    }
    m_petName = QString::fromStdString(record->pet.name);
    for (const ContactEntry& c : record->contacts) {
        if (c.role != ContactRole::Owner && c.role != ContactRole::Foster) {
            continue;
        }
        const QString id = QString::fromStdString(c.person.id);
        const QString name = QString::fromStdString(c.person.name);
        m_owner->addItem(name, id);
    }
    if (m_owner->count() == 0) {
        m_ownerState->setText(tr("The pet has no owner or fosterer to write to."));
    }
}

void ScheduleMessageDialog::updatePreview()
{
    const QString personId = m_owner->currentData().toString();
    bool reachable = false;
    if (!personId.isEmpty()) {
        auto state = m_people.whatsAppVerification(personId);
        using Stage = WhatsAppVerification::Stage;
        if (!state) {
            m_ownerState->setText(tr("Whether this person can be reached could not be read."));
        } else if (state->stage == Stage::NoNumber) {
            m_ownerState->setText(tr("No mobile number in international form: WhatsApp cannot reach them."));
        } else if (state->stage != Stage::Verified) {
            m_ownerState->setText(
                tr("%1 is not verified: verify it on the person's page first.").arg(phoneForDisplay(state->number)));
        } else if (!state->optIn) {
            m_ownerState->setText(tr("Opted out of WhatsApp messages."));
        } else {
            reachable = true;
            m_ownerState->setText(tr("WhatsApp %1, verified.").arg(phoneForDisplay(state->number)));
        }
    }
    const int length = static_cast<int>(m_text->toPlainText().size());
    m_length->setText(tr("%1 / %2 characters").arg(length).arg(kMaxLength));
    QPalette lengthColours = palette();
    if (length > kMaxLength) {
        lengthColours.setColor(QPalette::WindowText, palette::errorText(palette()));
    }
    m_length->setPalette(lengthColours);
    const QString words = oneLine(m_text->toPlainText());
    const QDate date = m_date->date();
    m_preview->setText(words.isEmpty()
                           ? tr("(the message)")
                           : tr("%1, %2 at %3 — about %4:\n%5")
                                 .arg(m_owner->currentText(),
                                      date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("?"),
                                      QLocale().toString(m_time->time(), QLocale::ShortFormat), m_petName, words));
    m_scheduleButton->setEnabled(reachable && !words.isEmpty() && length <= kMaxLength && date.isValid());
}

void ScheduleMessageDialog::schedule()
{
    if (!m_scheduleButton->isEnabled()) {
        return;
    }
    auto answer = m_reminders.scheduleMessage(m_petId, m_owner->currentData().toString(), m_date->date(),
                                              m_time->time(), m_text->toPlainText());
    if (!answer) {
        showProblem(answer.error());
        return;
    }
    m_scheduled = *answer;
    accept();
}

void ScheduleMessageDialog::showProblem(const NetError& error)
{
    const std::string& code = error.apiCode;
    QString text;
    if (code == "not_signed_in") {
        text = tr("This database is not signed in to a server. Sign in (Sync menu) to send WhatsApp messages.");
    } else if (error.code == NetErrc::Offline) {
        text = tr("The server cannot be reached: scheduling needs a connection. Try again when online.");
    } else if (code == "invalid_reminder") {
        const nlohmann::json problems = error.details.value("problems", nlohmann::json::object());
        QStringList parts;
        if (problems.contains("time") || problems.contains("date")) {
            parts << tr("Choose a date and time still to come, at most a year ahead.");
        }
        if (problems.contains("text")) {
            parts << tr("Write the message (at most %1 characters).").arg(kMaxLength);
        }
        if (problems.contains("personId")) {
            parts << tr("Choose whom to send it to.");
        }
        text = parts.isEmpty() ? QString::fromStdString(error.message) : parts.join(QLatin1Char(' '));
    } else if (code == "notifications_off") {
        text = tr("WhatsApp notifications are off on the server: nothing can be sent. Ask the server's administrator "
                  "to configure WhatsApp.");
    } else if (code == "payment_required") {
        text = tr("The organisation's plan does not include WhatsApp messages. An admin can change the plan.");
    } else if (code == "not_verified") {
        text = tr("This person has not verified their WhatsApp number (or opted out). Verify it on their page.");
    } else if (code == "not_a_contact") {
        text = tr("This person is no longer an owner of the pet on the server. Sync and try again.");
    } else if (code == "pet_inactive") {
        text = tr("The pet is deceased or adopted out: nothing is sent about it.");
    } else if (error.code == NetErrc::NotFound) {
        text = tr("This pet is not on the server yet. Sync, then try again.");
    } else if (error.code == NetErrc::Forbidden) {
        text = tr("Your role does not allow this.");
    } else {
        text = tr("The server could not schedule it: %1").arg(QString::fromStdString(error.message));
    }
    m_error->setText(text);
    m_error->show();
}

} // namespace petinfo::client
