// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/WhatsAppVerificationBox.h"

#include "gui/Palette.h"
#include "gui/Prompts.h"
#include "models/PhoneText.h"
#include "models/ReminderText.h"
#include "services/PersonService.h"
#include "services/PetService.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace petinfo::client {

namespace {

QString apiCode(const NetError& error)
{
    return QString::fromStdString(error.apiCode);
}

int integerIn(const nlohmann::json& object, const char* key, int fallback)
{
    return object.is_object() && object.contains(key) && object[key].is_number_integer() ? object[key].get<int>()
                                                                                         : fallback;
}

} // namespace

WhatsAppVerificationBox::WhatsAppVerificationBox(PersonService& people, Prompts& prompts, QString personId,
                                                 QWidget* parent)
    : QGroupBox(tr("WhatsApp"), parent)
    , m_people(people)
    , m_prompts(prompts)
    , m_personId(std::move(personId))
    , m_state(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify on WhatsApp"), this))
    , m_code(new QLineEdit(this))
    , m_confirm(new QPushButton(tr("C&onfirm Code"), this))
    , m_revoke(new QPushButton(tr("Re&voke Opt-In…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("whatsappGroupBox"));
    m_state->setObjectName(QStringLiteral("whatsappStateLabel"));
    m_verify->setObjectName(QStringLiteral("verifyWhatsAppButton"));
    m_code->setObjectName(QStringLiteral("whatsappCodeLineEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmCodeButton"));
    m_revoke->setObjectName(QStringLiteral("revokeWhatsAppButton"));
    m_message->setObjectName(QStringLiteral("whatsappMessageLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->hide();
    m_verify->setToolTip(tr("Send a one-time code to the owner's WhatsApp: nothing else is sent to a number until "
                            "its owner confirms it"));
    m_code->setPlaceholderText(tr("Code the owner reads out"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 -]{0,9}")), m_code));
    m_code->setMaxLength(9);
    // Room for the hint, not the whole row.
    m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(m_code->placeholderText()) +
                            m_code->fontMetrics().averageCharWidth() * 4);
    m_code->setMaximumWidth(m_code->minimumWidth() * 3 / 2);
    m_code->setToolTip(tr("The 6 digits the owner received; they can also reply \"SI\" to the message"));
    m_revoke->setToolTip(tr("The owner no longer wants WhatsApp messages: opt them out and forget the verification"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_state, 0, 0, 1, 5);
    layout->addWidget(m_verify, 1, 0);
    layout->addWidget(m_code, 1, 1);
    layout->addWidget(m_confirm, 1, 2);
    layout->addWidget(m_revoke, 1, 3);
    layout->addWidget(m_message, 2, 0, 1, 5);
    layout->setColumnStretch(4, 1);

    connect(m_verify, &QPushButton::clicked, this, &WhatsAppVerificationBox::verify);
    connect(m_confirm, &QPushButton::clicked, this, &WhatsAppVerificationBox::confirm);
    connect(m_code, &QLineEdit::returnPressed, this, &WhatsAppVerificationBox::confirm);
    connect(m_code, &QLineEdit::textChanged, this, [this](const QString& text) {
        QString digits = text;
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        m_confirm->setEnabled(m_code->isEnabled() && digits.size() == 6);
    });
    connect(m_revoke, &QPushButton::clicked, this, &WhatsAppVerificationBox::revoke);
    // Sync brings the code's message and the verification as a reset of the pet service's views.
    connect(&m_people.petService(), &PetService::reset, this, &WhatsAppVerificationBox::refresh);
    connect(&m_people, &PersonService::personChanged, this, [this](const QString& id) {
        if (id == m_personId) {
            refresh();
        }
    });
    refresh();
}

void WhatsAppVerificationBox::refresh()
{
    auto state = m_people.whatsAppVerification(m_personId);
    if (!state) {
        m_state->setText(tr("The WhatsApp state could not be read."));
        for (QWidget* w : std::initializer_list<QWidget*>{m_verify, m_code, m_confirm, m_revoke}) {
            w->setEnabled(false);
        }
        return;
    }
    using Stage = WhatsAppVerification::Stage;
    const WhatsAppVerification& s = *state;
    // A code asked for here counts as sent until sync brings its message.
    const bool askedHere = m_askedAtMs > 0 && s.stage != Stage::Verified && s.codeSentAtMs < m_askedAtMs;
    const bool codeOut = s.stage == Stage::CodeSent || askedHere;
    QString text;
    switch (s.stage) {
    case Stage::NoNumber:
        text = tr("No mobile number in international form: WhatsApp cannot be verified. Add one and save.");
        break;
    case Stage::NotVerified:
        text =
            !s.verifiedPhone.isEmpty()
                ? tr("Not verified: the number changed since %1 was confirmed. Nothing is sent to %2 until the "
                     "owner confirms it.")
                      .arg(phoneForDisplay(s.verifiedPhone), phoneForDisplay(s.number))
                : tr("Not verified: nothing is sent to %1 until the owner confirms it.").arg(phoneForDisplay(s.number));
        break;
    case Stage::CodeSent:
        text = tr("Code sent to %1 at %2, not confirmed yet.")
                   .arg(phoneForDisplay(s.number), shortDateTimeText(s.codeSentAtMs));
        break;
    case Stage::CodeFailed:
        text = tr("The code could not be sent to %1: %2").arg(phoneForDisplay(s.number), messageErrorText(s.codeError));
        break;
    case Stage::Verified:
        text = s.byReply ? tr("Verified on %1 by the owner's reply.").arg(shortDateTimeText(s.verifiedAtMs))
                         : tr("Verified on %1 by %2.").arg(shortDateTimeText(s.verifiedAtMs), s.verifiedBy);
        if (!s.optIn) {
            text += QLatin1Char(' ') + tr("Opted out: nothing is sent.");
        }
        break;
    }
    if (askedHere && s.stage != Stage::CodeSent) {
        text =
            tr("Code sent to %1 at %2, not confirmed yet.")
                .arg(phoneForDisplay(m_askedPhone.isEmpty() ? s.number : m_askedPhone), shortDateTimeText(m_askedAtMs));
    }
    if (codeOut) {
        text += QLatin1Char(' ') + tr("Type the code the owner reads out, or ask them to reply \"SI\".");
    }
    m_state->setText(text);
    m_verify->setText(codeOut || s.stage == Stage::CodeFailed ? tr("Send a &New Code") : tr("&Verify on WhatsApp"));
    m_verify->setEnabled(s.stage != Stage::NoNumber && s.stage != Stage::Verified);
    m_code->setEnabled(codeOut);
    QString digits = m_code->text();
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    m_confirm->setEnabled(codeOut && digits.size() == 6);
    m_revoke->setEnabled(s.optIn || s.stage == Stage::Verified);
    if (s.stage == Stage::Verified) {
        m_code->clear();
        m_askedAtMs = 0;
    }
}

void WhatsAppVerificationBox::verify()
{
    if (m_saveFirst && !m_saveFirst()) {
        return;
    }
    auto answer = m_people.requestWhatsAppCode(m_personId);
    if (!answer) {
        showError(answer.error());
        return;
    }
    m_askedAtMs = answer->value("sentAt", QDateTime::currentMSecsSinceEpoch());
    m_askedPhone = QString::fromStdString(answer->value("phone", std::string()));
    showMessage(tr("A code is on its way to %1.").arg(phoneForDisplay(m_askedPhone)), false);
    refresh();
    m_code->setFocus();
}

void WhatsAppVerificationBox::confirm()
{
    if (!m_confirm->isEnabled()) {
        return;
    }
    auto answer = m_people.confirmWhatsAppCode(m_personId, m_code->text());
    if (!answer) {
        showError(answer.error());
        return;
    }
    m_code->clear();
    m_askedAtMs = 0;
    showMessage(tr("Verified: %1 now gets reminders on WhatsApp.")
                    .arg(phoneForDisplay(QString::fromStdString(answer->value("verifiedPhone", std::string())))),
                false);
    refresh();
}

void WhatsAppVerificationBox::revoke()
{
    if (!m_prompts.confirm(this, tr("Revoke WhatsApp Opt-In"),
                           tr("Nothing more will be sent to this person on WhatsApp, and their number must be "
                              "verified again to receive reminders. Revoke?"),
                           tr("Revoke"))) {
        return;
    }
    auto answer = m_people.revokeWhatsApp(m_personId);
    if (!answer) {
        showError(answer.error());
        return;
    }
    m_askedAtMs = 0;
    showMessage(tr("Opted out: nothing more is sent on WhatsApp. The change reaches the other computers with the "
                   "next sync."),
                false);
    refresh();
}

void WhatsAppVerificationBox::showError(const NetError& error)
{
    const QString code = apiCode(error);
    QString text;
    if (code == QLatin1String("not_signed_in")) {
        text = tr("This database is not signed in to a server. Sign in (Sync menu) to verify numbers.");
    } else if (error.code == NetErrc::Offline) {
        text = tr("The server cannot be reached: verifying needs a connection. Try again when online.");
    } else if (code == QLatin1String("notifications_off")) {
        text = tr("WhatsApp notifications are off on the server: it cannot send codes. Ask the server's "
                  "administrator to configure WhatsApp.");
    } else if (code == QLatin1String("payment_required")) {
        text = tr("The organisation's plan does not include WhatsApp messages. An admin can change the plan.");
    } else if (code == QLatin1String("rate_limited")) {
        const int minutes = (integerIn(error.details, "retryAfter", 60) + 59) / 60;
        text = minutes <= 1 ? tr("Too many codes were asked for. Try again in a minute.")
                            : tr("Too many codes were asked for. Try again in %1 minutes.").arg(minutes);
    } else if (code == QLatin1String("wrong_code")) {
        const int left = integerIn(error.details, "triesLeft", 0);
        text = left == 1  ? tr("That is not the code. 1 try left.")
               : left > 1 ? tr("That is not the code. %1 tries left.").arg(left)
                          : tr("That is not the code, and no tries are left: send a new code.");
    } else if (code == QLatin1String("invalid_code")) {
        text = tr("A code is 6 digits.");
    } else if (code == QLatin1String("code_expired")) {
        text = tr("The code has expired: send a new one.");
    } else if (code == QLatin1String("too_many_tries")) {
        text = tr("Too many wrong codes: send a new one.");
    } else if (code == QLatin1String("no_code")) {
        text = tr("No code is open for this person (it was used, or never sent): send a new one.");
    } else if (code == QLatin1String("number_changed")) {
        text = tr("The number changed since the code was sent: send a new code.");
    } else if (code == QLatin1String("no_whatsapp_number")) {
        text = tr("The server has no mobile number for this person yet. Save the number, sync, and try again.");
    } else if (error.code == NetErrc::NotFound) {
        text = tr("This person is not on the server yet. Sync, then try again.");
    } else if (error.code == NetErrc::Forbidden) {
        text = tr("Your role does not allow this.");
    } else if (error.code == NetErrc::Unauthorized) {
        text = tr("The server no longer accepts this computer's sign-in. Sign in again.");
    } else {
        text = tr("The server could not do it: %1").arg(QString::fromStdString(error.message));
    }
    showMessage(text, true);
    refresh();
}

void WhatsAppVerificationBox::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    QPalette colours = palette();
    if (problem) {
        colours.setColor(QPalette::WindowText, palette::errorText(palette()));
    }
    m_message->setPalette(colours);
    m_message->show();
}

} // namespace petinfo::client
