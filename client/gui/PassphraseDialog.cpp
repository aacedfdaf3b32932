// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PassphraseDialog.h"

#include "gui/AppIcon.h"
#include "gui/Palette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace petinfo::client {

PassphraseDialog::PassphraseDialog(const PassphraseRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_request(request)
    , m_intro(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_show(new QCheckBox(tr("Show passphrase"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    using Kind = PassphraseRequest::Kind;
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowIcon(appIcon());
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_show->setObjectName(QStringLiteral("showPassphraseCheckBox"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("passphraseButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(m_passphrase->fontMetrics().averageCharWidth() * 40);

    const QString file = QDir::toNativeSeparators(request.path);
    auto* form = new QFormLayout;
    switch (request.kind) {
    case Kind::CreateDatabase:
        setWindowTitle(tr("Protect your pet records"));
        m_intro->setText(tr("<p>Pet Info keeps your records in an encrypted file. The system keychain "
                            "cannot hold its key on this computer (there is none, or it stayed locked), so choose a "
                            "passphrase instead.</p>"
                            "<p>You will need it every time you open Pet Info. <b>If you forget it, the records "
                            "cannot be recovered.</b></p>"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
        break;
    case Kind::UnlockDatabase:
        setWindowTitle(tr("Unlock Pet Info"));
        m_intro->setText(tr("The records in %1 are protected by a passphrase.").arg(file.toHtmlEscaped()));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
        break;
    case Kind::BackupOptional:
        setWindowTitle(tr("Backup passphrase"));
        m_intro->setText(tr("A backup is encrypted like your records. To restore it on another computer, give it a "
                            "passphrase of its own; otherwise it opens only here."));
        m_usePassphrase = new QCheckBox(tr("Protect this backup with its own passphrase"), this);
        m_usePassphrase->setObjectName(QStringLiteral("usePassphraseCheckBox"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Back Up"));
        break;
    case Kind::UnlockBackup:
        setWindowTitle(tr("Unlock backup"));
        m_intro->setText(tr("The backup %1 has its own passphrase.").arg(file.toHtmlEscaped()));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
        break;
    }
    if (m_usePassphrase) {
        form->addRow(m_usePassphrase);
    }
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (choosing()) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmLineEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        m_strength = new QProgressBar(this);
        m_strength->setObjectName(QStringLiteral("strengthProgressBar"));
        m_strength->setRange(0, 100);
        m_strength->setTextVisible(false);
        m_strength->setMaximumHeight(m_strength->fontMetrics().height() / 2);
        m_strengthLabel = new QLabel(this);
        m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
        form->addRow(tr("&Again:"), m_confirm);
        form->addRow(tr("Strength:"), m_strength);
        form->addRow(QString(), m_strengthLabel);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    }
    form->addRow(QString(), m_show);

    // Widgets made in the initialiser list come first in the default focus chain: without this,
    // Tab from the passphrase jumps over "Again" to "Show passphrase" and Create stays disabled.
    QList<QWidget*> chain;
    if (m_usePassphrase) {
        chain << m_usePassphrase;
    }
    chain << m_passphrase;
    if (m_confirm) {
        chain << m_confirm;
    }
    chain << m_show << m_buttons;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QWidget::setTabOrder(chain[i - 1], chain[i]);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    if (!request.error.isEmpty()) {
        m_error->setText(request.error);
    }
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, palette::errorText(palette()));
    m_error->setPalette(p);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_passphrase->setEchoMode(mode);
        if (m_confirm) {
            m_confirm->setEchoMode(mode);
        }
    });
    if (m_usePassphrase) {
        connect(m_usePassphrase, &QCheckBox::toggled, this, &PassphraseDialog::updateState);
    }
    updateState();
    // An optional backup passphrase starts with its checkbox: the field is disabled until it is ticked.
    (m_passphrase->isEnabled() ? static_cast<QWidget*>(m_passphrase) : m_usePassphrase)->setFocus(Qt::OtherFocusReason);
}

PassphraseDialog::~PassphraseDialog()
{
    // QString has no secure wipe; at least drop the widgets' copies early.
    m_passphrase->clear();
    if (m_confirm) {
        m_confirm->clear();
    }
}

bool PassphraseDialog::choosing() const
{
    using Kind = PassphraseRequest::Kind;
    return m_request.kind == Kind::CreateDatabase || m_request.kind == Kind::BackupOptional;
}

int PassphraseDialog::estimateBits(const QString& passphrase)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (QChar c : passphrase) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !(c.isLetterOrNumber());
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    if (alphabet == 0) {
        return 0;
    }
    // Repeated characters add little: count distinct ones, capped by the length.
    QString distinct;
    for (QChar c : passphrase) {
        if (!distinct.contains(c)) {
            distinct += c;
        }
    }
    const double effective = std::min<double>(passphrase.size(), distinct.size() * 1.5);
    return static_cast<int>(effective * std::log2(alphabet));
}

void PassphraseDialog::updateState()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool wanted = !m_usePassphrase || m_usePassphrase->isChecked();
    m_passphrase->setEnabled(wanted);
    if (m_confirm) {
        m_confirm->setEnabled(wanted);
    }
    if (!choosing()) {
        ok->setEnabled(!m_passphrase->text().isEmpty());
        return;
    }
    if (!wanted) {
        m_strength->setValue(0);
        m_strengthLabel->setText(tr("The backup will use this database's key."));
        m_error->clear();
        ok->setEnabled(true);
        return;
    }
    const QString text = m_passphrase->text();
    const int bits = estimateBits(text);
    m_strength->setValue(std::min(100, bits));
    if (text.size() < kMinimumLength) {
        m_strengthLabel->setText(
            tr("Use at least %1 characters. A few unrelated words are easy to remember.").arg(kMinimumLength));
    } else if (bits < 40) {
        m_strengthLabel->setText(tr("Weak: add more words or characters."));
    } else if (bits < 60) {
        m_strengthLabel->setText(tr("Fair."));
    } else if (bits < 80) {
        m_strengthLabel->setText(tr("Strong."));
    } else {
        m_strengthLabel->setText(tr("Very strong."));
    }
    const bool match = m_confirm->text() == text;
    m_error->setText(!m_confirm->text().isEmpty() && !match ? tr("The two passphrases differ.") : m_request.error);
    ok->setEnabled(text.size() >= kMinimumLength && match);
}

void PassphraseDialog::accept()
{
    const bool wanted = !m_usePassphrase || m_usePassphrase->isChecked();
    if (wanted) {
        QByteArray utf8 = m_passphrase->text().toUtf8();
        m_result = SecureBytes(QByteArrayView(utf8));
        utf8.fill('\0');
    }
    m_passphrase->clear();
    if (m_confirm) {
        m_confirm->clear();
    }
    QDialog::accept();
}

SecureBytes PassphraseDialog::takePassphrase()
{
    return std::move(m_result);
}

} // namespace petinfo::client
