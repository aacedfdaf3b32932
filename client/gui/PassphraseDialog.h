// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "gui/Prompts.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace petinfo::client {

/** Asks for a passphrase: choosing one (typed twice, with a strength hint) when there is no system
 *  keychain or for a portable backup, or entering one to unlock a database or a backup, with a
 *  clear message after a wrong attempt. The text is copied into wiped memory on accept and the
 *  fields are cleared. */
class PassphraseDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinimumLength = 8;

    explicit PassphraseDialog(const PassphraseRequest& request, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    /** The accepted passphrase (empty for "no passphrase" on an optional backup passphrase). */
    SecureBytes takePassphrase();

    /** A rough strength in bits (length × alphabet), for the hint; not a security guarantee. */
    static int estimateBits(const QString& passphrase);

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    bool choosing() const;

    PassphraseRequest m_request;
    QLabel* m_intro;
    QCheckBox* m_usePassphrase = nullptr;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm = nullptr;
    QProgressBar* m_strength = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QCheckBox* m_show;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    SecureBytes m_result;
};

} // namespace petinfo::client
