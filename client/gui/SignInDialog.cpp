// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SignInDialog.h"

#include "gui/SyncController.h"
#include "models/DomainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSysInfo>
#include <QVBoxLayout>

namespace petinfo::client {

QString describeNetError(const NetError& e)
{
    switch (e.code) {
    case NetErrc::Offline:
        return SignInDialog::tr("The server cannot be reached. Check the address and the network. (%1)")
            .arg(QString::fromStdString(e.message));
    case NetErrc::InvalidCredentials:
        return SignInDialog::tr("Wrong e-mail or password.");
    case NetErrc::TotpRequired:
        return SignInDialog::tr("This account uses two-factor sign-in: enter the 6-digit code from your "
                                "authenticator app.");
    case NetErrc::InvalidTotp:
        return SignInDialog::tr("That code is wrong, expired or already used. Wait for the next one.");
    case NetErrc::RateLimited:
        return SignInDialog::tr("Too many attempts. Wait a minute and try again.");
    case NetErrc::Unauthorized:
        return SignInDialog::tr("The server no longer accepts this sign-in. Sign in again.");
    case NetErrc::Conflict:
        if (e.apiCode == "email_taken") {
            return SignInDialog::tr("An account with this e-mail already exists: sign in instead.");
        }
        break;
    case NetErrc::Server:
        return SignInDialog::tr("The server had a problem. Try again later. (%1)")
            .arg(QString::fromStdString(e.message));
    case NetErrc::BadResponse:
        return SignInDialog::tr("This address does not answer like a Pet Info server. (%1)")
            .arg(QString::fromStdString(e.message));
    default:
        break;
    }
    return SignInDialog::tr("The server refused: %1").arg(QString::fromStdString(e.message));
}

SignInDialog::SignInDialog(SyncController& sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_totp(new QLineEdit(this))
    , m_totpLabel(new QLabel(tr("Two-factor &code:"), this))
    , m_create(new QCheckBox(tr("Create a &new organisation on this server"), this))
    , m_createBox(new QWidget(this))
    , m_name(new QLineEdit(m_createBox))
    , m_organisation(new QLineEdit(m_createBox))
    , m_kind(new QComboBox(m_createBox))
    , m_chooseLabel(new QLabel(tr("O&rganisation:"), this))
    , m_choose(new QComboBox(this))
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to Sync"));
    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_totp->setObjectName(QStringLiteral("totpLineEdit"));
    m_create->setObjectName(QStringLiteral("createOrganisationCheckBox"));
    m_name->setObjectName(QStringLiteral("userNameLineEdit"));
    m_organisation->setObjectName(QStringLiteral("organisationLineEdit"));
    m_kind->setObjectName(QStringLiteral("organisationKindComboBox"));
    m_choose->setObjectName(QStringLiteral("organisationComboBox"));
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("signInButton"));

    m_intro->setWordWrap(true);
    m_intro->setText(tr("Sync keeps this computer's records and your other devices' the same. Records already "
                        "on this computer are added to your organisation's, never replaced."));
    m_server->setText(m_sync.defaultServerUrl());
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.org"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totp->setPlaceholderText(tr("6 digits, if your account uses them"));
    m_totp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,7}")), m_totp));
    m_totp->setMaxLength(7);
    m_kind->addItem(tr("Veterinary clinic"), QStringLiteral("clinic"));
    m_kind->addItem(tr("Animal shelter"), QStringLiteral("shelter"));
    m_kind->addItem(tr("Household"), QStringLiteral("household"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_error->setPalette(p);
    }
    m_error->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_totpLabel, m_totp);
    form->addRow(m_chooseLabel, m_choose);
    m_totpLabel->setBuddy(m_totp);
    m_chooseLabel->setBuddy(m_choose);
    m_chooseLabel->hide();
    m_choose->hide();

    auto* createForm = new QFormLayout(m_createBox);
    createForm->setContentsMargins(0, 0, 0, 0);
    createForm->addRow(tr("Your &name:"), m_name);
    createForm->addRow(tr("Or&ganisation name:"), m_organisation);
    createForm->addRow(tr("&Kind:"), m_kind);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_create);
    layout->addWidget(m_createBox);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_create, &QCheckBox::toggled, this, &SignInDialog::updateMode);
    updateMode();
    (m_server->text().isEmpty() ? m_server : m_email)->setFocus();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void SignInDialog::updateMode()
{
    const bool create = m_create->isChecked();
    m_error->hide();
    m_createBox->setVisible(create);
    m_totpLabel->setVisible(!create);
    m_totp->setVisible(!create);
    m_ok->setText(create ? tr("&Create and Sign In") : tr("&Sign In"));
    m_password->setPlaceholderText(create ? tr("at least 10 characters") : QString());
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_password),
          static_cast<QWidget*>(m_totp), static_cast<QWidget*>(m_create), m_createBox, static_cast<QWidget*>(m_choose),
          static_cast<QWidget*>(m_buttons)}) {
        w->setEnabled(!busy);
    }
    m_busy->setVisible(busy);
    if (busy) {
        m_error->hide();
    }
}

void SignInDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void SignInDialog::accept()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !url.isValid() ||
        (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) || url.host().isEmpty()) {
        showError(tr("Enter the server's address, for example https://sync.example.org."));
        m_server->setFocus();
        return;
    }
    const QString email = m_email->text().trimmed();
    const bool choosing = !m_ticket.isEmpty() && m_choose->isVisible();
    if (!choosing && (email.isEmpty() || !email.contains(QLatin1Char('@')))) {
        showError(tr("Enter your e-mail address."));
        m_email->setFocus();
        return;
    }
    if (!choosing && m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (m_create->isChecked()) {
        if (m_password->text().size() < 10) {
            showError(tr("Choose a password of at least 10 characters."));
            m_password->setFocus();
            return;
        }
        if (m_name->text().trimmed().isEmpty() || m_organisation->text().trimmed().isEmpty()) {
            showError(tr("Enter your name and the organisation's name."));
            (m_name->text().trimmed().isEmpty() ? m_name : m_organisation)->setFocus();
            return;
        }
    }

    setBusy(true);
    if (m_create->isChecked()) {
        SignupRequest signup{email, m_password->text(), m_name->text().trimmed(), m_organisation->text().trimmed(),
                             m_kind->currentData().toString()};
        auto made = m_sync.signUp(url, signup);
        signup.password.fill(QChar(0));
        if (!made) {
            setBusy(false);
            showError(describeNetError(made.error()));
            return;
        }
    }
    SigninRequest request;
    if (choosing) {
        request.ticket = m_ticket;
        request.organisationId = m_choose->currentData().toString();
    } else {
        request.email = email;
        request.password = m_password->text();
        request.totpCode = m_totp->text().remove(QLatin1Char(' '));
    }
    request.deviceName = QSysInfo::machineHostName();
    auto signedIn = m_sync.signIn(url, std::move(request));
    setBusy(false);
    if (!signedIn) {
        const AccountError& e = signedIn.error();
        if (e.code != AccountErrc::Network) {
            showError(describe(e.storage, QString()));
            return;
        }
        if (!handleSignInError(e.network)) {
            showError(describeNetError(e.network));
        }
        return;
    }
    m_password->clear();
    QDialog::accept();
}

bool SignInDialog::handleSignInError(const NetError& e)
{
    switch (e.code) {
    case NetErrc::OrganisationRequired: {
        m_ticket = QString::fromStdString(e.details.value("ticket", ""));
        m_choose->clear();
        for (const auto& o : e.details.value("organisations", nlohmann::json::array())) {
            if (!o.is_object()) {
                continue;
            }
            const QString name = QString::fromStdString(o.value("name", ""));
            const QString role = QString::fromStdString(o.value("role", ""));
            m_choose->addItem(role.isEmpty() ? name : tr("%1 (%2)").arg(name, role),
                              QString::fromStdString(o.value("id", "")));
        }
        m_chooseLabel->show();
        m_choose->show();
        m_choose->setFocus();
        m_ok->setText(tr("&Continue"));
        showError(tr("You belong to several organisations: choose the one this computer works for."));
        return true;
    }
    case NetErrc::TotpRequired:
        showError(describeNetError(e));
        m_totp->setFocus();
        return true;
    case NetErrc::InvalidTotp:
        showError(describeNetError(e));
        m_totp->selectAll();
        m_totp->setFocus();
        return true;
    default:
        return false;
    }
}

} // namespace petinfo::client
