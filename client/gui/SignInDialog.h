// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncApi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace petinfo::client {

class SyncController;

/** Sign-in to a sync server: server address, e-mail, password and, when the account has two-factor
 *  sign-in, the 6-digit code. A user of several organisations chooses one. "Create a new
 *  organisation" signs up first (a clinic, shelter or household with this user as admin).
 *  Records already on this computer are merged up by the first sync, never replaced. */
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(SyncController& sync, QWidget* parent = nullptr);

    /** The last error shown, or empty. */
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void setBusy(bool busy);
    void showError(const QString& text);
    void updateMode();
    bool handleSignInError(const NetError& error);

    SyncController& m_sync;
    QLineEdit* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_totp;
    QLabel* m_totpLabel;
    QCheckBox* m_create;
    QWidget* m_createBox;
    QLineEdit* m_name;
    QLineEdit* m_organisation;
    QComboBox* m_kind;
    QLabel* m_chooseLabel;
    QComboBox* m_choose;
    QLabel* m_intro;
    QLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
    QString m_ticket; ///< from an organisation_required answer
};

/** The sentence the app shows for a failed sign-in or sync request. */
QString describeNetError(const NetError& error);

} // namespace petinfo::client
