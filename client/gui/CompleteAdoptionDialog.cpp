// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/CompleteAdoptionDialog.h"

#include "gui/Palette.h"
#include "gui/SignaturePad.h"
#include "petinfo/common/Adoption.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace petinfo::client {

CompleteAdoptionDialog::CompleteAdoptionDialog(const QString& applicantName, const QString& staffName, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(staffName.trimmed(), this))
    , m_pad(new SignaturePad(this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_padState(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("completeAdoptionDialog"));
    setWindowTitle(tr("Complete Adoption"));
    auto* question =
        new QLabel(tr("%1 becomes the owner of the reserved animals, which are marked adopted. Then the contract "
                      "is saved, signed by you for the organisation.")
                       .arg(applicantName),
                   this);
    question->setObjectName(QStringLiteral("questionLabel"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    m_name->setObjectName(QStringLiteral("staffNameLineEdit"));
    m_name->setMaxLength(200);
    m_pad->setObjectName(QStringLiteral("staffSignaturePad"));
    m_pad->setAccessibleName(tr("Your signature"));
    m_pad->setToolTip(tr("Sign with the mouse, a pen or a finger"));
    m_clear->setObjectName(QStringLiteral("clearSignatureButton"));
    m_padState->setObjectName(QStringLiteral("signatureStateLabel"));
    m_padState->setWordWrap(true);
    m_padState->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, palette::errorText(errorPalette));
    m_error->setPalette(errorPalette);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("Complete &Adoption"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompleteAdoptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_pad, &SignaturePad::changed, this, &CompleteAdoptionDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, m_error, &QLabel::clear);

    auto* form = new QFormLayout;
    form->addRow(tr("&Signing for the organisation:"), m_name);
    auto* padRow = new QHBoxLayout;
    padRow->addWidget(m_padState, 1);
    padRow->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Your signature (optional):"), this));
    layout->addWidget(m_pad, 1);
    layout->addLayout(padRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateState();
    m_name->setFocus();
}

QString CompleteAdoptionDialog::staffName() const
{
    return m_name->text().simplified();
}

std::string CompleteAdoptionDialog::staffSignature() const
{
    return m_pad->isSigned() ? encodeSignature(toSignature(*m_pad)) : std::string();
}

void CompleteAdoptionDialog::updateState()
{
    m_clear->setEnabled(!m_pad->isEmpty());
    if (m_pad->isEmpty()) {
        m_padState->setText(tr("Without a drawn signature the contract shows your typed name in its place."));
    } else if (!m_pad->isSigned()) {
        m_padState->setText(tr("Too short to count as a signature: sign with your usual signature, or clear it."));
    } else {
        m_padState->setText(tr("Your drawn signature goes on the contract."));
    }
}

void CompleteAdoptionDialog::accept()
{
    if (staffName().isEmpty()) {
        m_error->setText(tr("Type your full name: it is printed under the signature for the organisation."));
        m_name->setFocus();
        return;
    }
    if (!m_pad->isEmpty() && !m_pad->isSigned()) {
        m_error->setText(tr("The drawing is too short to count as a signature. Sign again, or clear it to "
                            "print your typed name instead."));
        return;
    }
    QDialog::accept();
}

} // namespace petinfo::client
