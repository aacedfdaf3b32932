// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace petinfo::client {

/** What staff see after the PIN: how many applications wait to be sent, the sync state, "send
 *  now", back to the gallery, and leaving the kiosk. */
class StaffPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StaffPage(QWidget* parent = nullptr);

    void setWaiting(qint64 applications);
    void setSyncText(const QString& text);

Q_SIGNALS:
    void syncNowRequested();
    void backRequested();
    void exitRequested();

private:
    QLabel* m_waiting;
    QLabel* m_sync;
};

/** "3 applications waiting to send" (empty for none). */
QString waitingText(qint64 applications);

} // namespace petinfo::client
