// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/StaffPin.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace petinfo::client {

/** "Staff only": a large keypad for the staff PIN. The PIN is checked against its slow hash off
 *  the GUI thread; five wrong PINs lock the pad for a minute, with a countdown. */
class PinPage final : public QWidget
{
    Q_OBJECT

public:
    PinPage(QByteArray pinHash, const Clock& clock, QWidget* parent = nullptr);
    ~PinPage() override;

    /** Clears what was typed and any message (each time the page is shown). */
    void reset();
    /** Whether a PIN is being checked right now (until its outcome has been shown). */
    bool isChecking() const { return m_checking; }
    const PinGuard& guard() const { return m_guard; }

Q_SIGNALS:
    /** The right PIN was entered. */
    void unlocked();
    /** "Back": the visitor (or staff) gave up. */
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void press(QChar digit);
    void backspace();
    void submit();
    void checked();
    void refreshLock();

    QByteArray m_pinHash;
    PinGuard m_guard;
    QLineEdit* m_pin;
    QLabel* m_message;
    QPushButton* m_unlock;
    QList<QPushButton*> m_keys;
    QTimer m_countdown;
    QFutureWatcher<bool> m_check;
    bool m_checking = false;
};

} // namespace petinfo::client
