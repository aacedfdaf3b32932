// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/EnrolmentPage.h"

#include "gui/ProgressRunner.h"
#include "kiosk/KioskStyle.h"
#include "kiosk/StaffPin.h"
#include "storage/DatabaseFile.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

QString describeEnrolment(const AccountError& error)
{
    if (error.code == AccountErrc::Storage) {
        return describe(error.storage);
    }
    switch (error.network.code) {
    case NetErrc::Offline:
        return EnrolmentPage::tr("The server cannot be reached. Check the address and the network.");
    case NetErrc::Unauthorized:
        return EnrolmentPage::tr("The server does not know this token (mistyped or revoked).");
    case NetErrc::Forbidden:
        return EnrolmentPage::tr("This token is not a kiosk's. Create a kiosk device in the desktop app and use its "
                                 "token.");
    default:
        return EnrolmentPage::tr("The server refused the enrolment (%1).")
            .arg(QString::fromStdString(error.network.message));
    }
}

} // namespace

EnrolmentPage::EnrolmentPage(std::shared_ptr<DatabaseFile> file, SecretStore& secrets, QString serverUrl,
                             QWidget* parent)
    : QWidget(parent)
    , m_file(std::move(file))
    , m_secrets(secrets)
    , m_server(new QLineEdit(serverUrl, this))
    , m_token(new QLineEdit(this))
    , m_event(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_pinRepeat(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_enrol(new QPushButton(tr("Enrol This Kiosk"), this))
{
    setObjectName(QStringLiteral("enrolmentPage"));
    setWindowTitle(tr("Set Up the Adoption Kiosk"));
    setStyleSheet(kioskstyle::styleSheet(18));
    auto* title = new QLabel(tr("Set up the adoption kiosk"), this);
    title->setObjectName(QStringLiteral("enrolmentTitleLabel"));
    kioskstyle::setRole(title, "title");
    auto* intro = new QLabel(tr("An administrator does this once: create a kiosk device on the server (the "
                                "kiosk guide says how) and type its token here. Staff need the PIN to leave "
                                "the kiosk."),
                             this);
    intro->setObjectName(QStringLiteral("enrolmentIntroLabel"));
    intro->setWordWrap(true);
    kioskstyle::setRole(intro, "muted");

    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.org"));
    m_token->setObjectName(QStringLiteral("tokenLineEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_event->setObjectName(QStringLiteral("eventLineEdit"));
    m_event->setPlaceholderText(tr("e.g. Adoption day at the park"));
    m_pin->setObjectName(QStringLiteral("pinLineEdit"));
    m_pinRepeat->setObjectName(QStringLiteral("pinRepeatLineEdit"));
    for (QLineEdit* pin : {m_pin, m_pinRepeat}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setMaxLength(kMaxPinLength);
        pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    }
    m_error->setObjectName(QStringLiteral("enrolmentErrorLabel"));
    m_error->setWordWrap(true);
    kioskstyle::setRole(m_error, "error");
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    kioskstyle::setRole(m_enrol, "primary");
    m_enrol->setDefault(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("Kiosk &token:"), m_token);
    form->addRow(tr("&Event (optional):"), m_event);
    form->addRow(tr("Staff &PIN (%1 to %2 digits):").arg(kMinPinLength).arg(kMaxPinLength), m_pin);
    form->addRow(tr("PIN &again:"), m_pinRepeat);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_enrol, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(m_enrol, &QPushButton::clicked, this, &EnrolmentPage::enrol);
    for (QLineEdit* edit : {m_server, m_token, m_event, m_pin, m_pinRepeat}) {
        connect(edit, &QLineEdit::returnPressed, this, &EnrolmentPage::enrol);
    }
}

QString EnrolmentPage::problem() const
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return tr("Type the server's address, such as https://sync.example.org.");
    }
    if (m_token->text().trimmed().isEmpty()) {
        return tr("Paste the kiosk device's token.");
    }
    if (!StaffPin::isWellFormed(m_pin->text())) {
        return tr("The staff PIN must be %1 to %2 digits.").arg(kMinPinLength).arg(kMaxPinLength);
    }
    if (m_pin->text() != m_pinRepeat->text()) {
        return tr("The two PINs are not the same. Type the PIN again.");
    }
    return {};
}

void EnrolmentPage::enrol()
{
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        m_error->setText(wrong);
        return;
    }
    m_error->clear();
    m_enrol->setEnabled(false);
    auto request = std::make_shared<EnrolmentRequest>();
    request->serverUrl = QUrl::fromUserInput(m_server->text().trimmed());
    request->deviceToken = m_token->text().trimmed().toLatin1();
    request->pin = SecureBytes(QByteArrayView(m_pin->text().toUtf8()));
    request->eventName = m_event->text().trimmed();
    request->pinIterations = m_pinIterations;
    m_pin->setText(QString());
    m_pinRepeat->setText(QString());
    using Outcome = Result<AccountInfo, AccountError>;
    const Outcome outcome = ProgressRunner::call<Outcome>(
        this, tr("Enrolling the kiosk…"),
        [this, request](const ProgressFn&) -> Outcome {
            auto db = m_file->connect();
            if (!db) {
                return fail(AccountError{AccountErrc::Storage, {}, db.error()});
            }
            return enrolKiosk(**db, m_secrets, m_file->meta().databaseId, std::move(*request));
        },
        false);
    m_enrol->setEnabled(true);
    if (!outcome) {
        m_error->setText(describeEnrolment(outcome.error()));
        return;
    }
    m_token->setText(QString());
    Q_EMIT enrolled();
}

} // namespace petinfo::client
