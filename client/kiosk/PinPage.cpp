// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/PinPage.h"

#include "kiosk/KioskStyle.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <memory>

namespace petinfo::client {

PinPage::PinPage(QByteArray pinHash, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_pinHash(std::move(pinHash))
    , m_guard(clock)
    , m_pin(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
{
    setObjectName(QStringLiteral("pinPage"));
    auto* title = new QLabel(tr("Staff only"), this);
    title->setObjectName(QStringLiteral("pinTitleLabel"));
    kioskstyle::setRole(title, "title");
    auto* intro = new QLabel(tr("Enter the staff PIN to manage or leave the kiosk."), this);
    intro->setObjectName(QStringLiteral("pinIntroLabel"));
    kioskstyle::setRole(intro, "muted");
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    m_pin->setObjectName(QStringLiteral("pinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(kMaxPinLength);
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setReadOnly(true); // typed on the keypad (or the keyboard, through keyPressEvent)
    m_pin->setFocusPolicy(Qt::NoFocus);
    m_pin->setAccessibleName(tr("Staff PIN"));
    m_message->setObjectName(QStringLiteral("pinMessageLabel"));
    kioskstyle::setRole(m_message, "error");
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);

    auto* keys = new QGridLayout;
    keys->setSpacing(12);
    const QString digits = QStringLiteral("123456789");
    for (int i = 0; i < 9; ++i) {
        auto* key = new QPushButton(digits.at(i), this);
        key->setObjectName(QStringLiteral("key%1Button").arg(digits.at(i)));
        connect(key, &QPushButton::clicked, this, [this, d = digits.at(i)] { press(d); });
        keys->addWidget(key, i / 3, i % 3);
        m_keys << key;
    }
    auto* zero = new QPushButton(QStringLiteral("0"), this);
    zero->setObjectName(QStringLiteral("key0Button"));
    connect(zero, &QPushButton::clicked, this, [this] { press(QLatin1Char('0')); });
    auto* erase = new QPushButton(tr("Delete"), this);
    erase->setObjectName(QStringLiteral("deleteButton"));
    connect(erase, &QPushButton::clicked, this, &PinPage::backspace);
    auto* back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("pinBackButton"));
    connect(back, &QPushButton::clicked, this, &PinPage::cancelled);
    keys->addWidget(erase, 3, 0);
    keys->addWidget(zero, 3, 1);
    m_keys << zero << erase;
    for (QPushButton* key : m_keys) {
        kioskstyle::setRole(key, "key");
        key->setFocusPolicy(Qt::NoFocus);
    }
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    kioskstyle::setRole(m_unlock, "primary");
    connect(m_unlock, &QPushButton::clicked, this, &PinPage::submit);
    keys->addWidget(m_unlock, 3, 2);

    auto* column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(title, 0, Qt::AlignHCenter);
    column->addWidget(intro);
    column->addWidget(m_pin);
    column->addWidget(m_message);
    column->addLayout(keys);
    column->addWidget(back);
    auto* outer = new QHBoxLayout(this);
    // The keypad takes three fifths of the width: room for "Desbloquear" on a key at 1280 px.
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &PinPage::refreshLock);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &PinPage::checked);
}

PinPage::~PinPage()
{
    m_check.waitForFinished();
}

void PinPage::reset()
{
    m_pin->setText(QString());
    m_message->clear();
    refreshLock();
}

void PinPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reset();
}

void PinPage::press(QChar digit)
{
    if (m_guard.isLocked() || isChecking() || m_pin->text().size() >= kMaxPinLength) {
        return;
    }
    m_pin->setText(m_pin->text() + digit);
    if (!m_guard.isLocked()) {
        m_message->clear();
    }
}

void PinPage::backspace()
{
    m_pin->setText(m_pin->text().chopped(std::min<qsizetype>(1, m_pin->text().size())));
}

void PinPage::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit()) {
        press(text.at(0));
    } else if (event->key() == Qt::Key_Backspace) {
        backspace();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void PinPage::submit()
{
    if (m_guard.isLocked() || isChecking() || m_pin->text().isEmpty()) {
        return;
    }
    auto pin = std::make_shared<SecureBytes>(QByteArrayView(m_pin->text().toUtf8()));
    m_pin->setText(QString());
    m_message->setText(tr("Checking…"));
    m_unlock->setEnabled(false);
    m_checking = true;
    m_check.setFuture(QtConcurrent::run([pin, hash = m_pinHash] { return StaffPin::verify(*pin, hash); }));
}

void PinPage::checked()
{
    const bool right = m_check.result();
    m_checking = false;
    m_guard.recordAttempt(right);
    m_unlock->setEnabled(true);
    if (right) {
        m_message->clear();
        Q_EMIT unlocked();
        return;
    }
    m_message->setText(tr("That PIN is not right. Try again."));
    refreshLock();
}

void PinPage::refreshLock()
{
    const std::int64_t left = m_guard.lockedForMs();
    const bool locked = left > 0;
    for (QPushButton* key : m_keys) {
        key->setEnabled(!locked);
    }
    m_unlock->setEnabled(!locked && !isChecking());
    if (!locked) {
        if (m_countdown.isActive()) {
            m_countdown.stop();
            m_message->clear();
        }
        return;
    }
    const int seconds = static_cast<int>((left + 999) / 1000);
    m_message->setText(
        tr("Too many wrong PINs. Try again in %1:%2.").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    if (!m_countdown.isActive()) {
        m_countdown.start();
    }
}

} // namespace petinfo::client
