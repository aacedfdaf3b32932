// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncApi.h"

#include <QGroupBox>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace petinfo::client {

class PersonService;
class Prompts;

/** The WhatsApp part of a person's page: whether their number is verified (not verified, code
 *  sent at …, verified on … by …), "Verify on WhatsApp" (the server sends a one-time code), a
 *  field for the code the owner reads back, and "Revoke Opt-In…". The state is what sync brought,
 *  so it shows offline; the actions need the server and say plainly why they could not be done. */
class WhatsAppVerificationBox final : public QGroupBox
{
    Q_OBJECT

public:
    WhatsAppVerificationBox(PersonService& people, Prompts& prompts, QString personId, QWidget* parent = nullptr);

    /** Called before a code is asked for: saves the form's unsaved edits (the server sends to the
     *  saved number); false stops the request. */
    void setSaveFirst(std::function<bool()> saveFirst) { m_saveFirst = std::move(saveFirst); }
    /** Reads the state again (after a sync or a save). */
    void refresh();

private:
    void verify();
    void confirm();
    void revoke();
    void showError(const NetError& error);
    void showMessage(const QString& text, bool problem);

    PersonService& m_people;
    Prompts& m_prompts;
    QString m_personId;
    std::function<bool()> m_saveFirst;
    /** A code was asked for here and sync has not brought its message yet. */
    qint64 m_askedAtMs = 0;
    QString m_askedPhone;
    QLabel* m_state;
    QPushButton* m_verify;
    QLineEdit* m_code;
    QPushButton* m_confirm;
    QPushButton* m_revoke;
    QLabel* m_message;
};

} // namespace petinfo::client
