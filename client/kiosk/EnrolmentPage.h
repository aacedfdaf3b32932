// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/KioskConfig.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace petinfo::client {

class DatabaseFile;
class SecretStore;

/** Setting a kiosk up, once, by an admin: the server, the kiosk device token made in the desktop
 *  app (or with POST /api/v1/kiosk-devices), the event's name and a staff PIN typed twice. An
 *  ordinary window: the kiosk locks itself only once it is enrolled. */
class EnrolmentPage final : public QWidget
{
    Q_OBJECT

public:
    EnrolmentPage(std::shared_ptr<DatabaseFile> file, SecretStore& secrets, QString serverUrl,
                  QWidget* parent = nullptr);

    /** Cost of the PIN hash (tests lower it); 0 is the default cost. */
    void setPinIterations(int iterations) { m_pinIterations = iterations; }

Q_SIGNALS:
    void enrolled();

private:
    void enrol();
    /** What is wrong with the typed values, in plain words; empty when nothing is. */
    QString problem() const;

    std::shared_ptr<DatabaseFile> m_file;
    SecretStore& m_secrets;
    int m_pinIterations = 0;
    QLineEdit* m_server;
    QLineEdit* m_token;
    QLineEdit* m_event;
    QLineEdit* m_pin;
    QLineEdit* m_pinRepeat;
    QLabel* m_error;
    QPushButton* m_enrol;
};

} // namespace petinfo::client
