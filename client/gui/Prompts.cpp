// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Prompts.h"

#include "gui/PassphraseDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace petinfo::client {

bool DialogPrompts::confirm(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    QPushButton* accept = box.addButton(action, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    // The safe answer is the default: Enter on a surprise box must not delete anything.
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

Prompts::Unsaved DialogPrompts::askUnsaved(QWidget* parent, const QString& text)
{
    QMessageBox box(QMessageBox::Warning, QMessageBox::tr("Unsaved changes"), text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedMessageBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

void DialogPrompts::error(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    box.exec();
}

void DialogPrompts::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("informationMessageBox"));
    box.exec();
}

QString DialogPrompts::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DialogPrompts::saveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                                const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

std::optional<SecureBytes> DialogPrompts::passphrase(QWidget* parent, const PassphraseRequest& request)
{
    PassphraseDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.takePassphrase();
}

} // namespace petinfo::client
