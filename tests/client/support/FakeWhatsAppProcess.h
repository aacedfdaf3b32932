// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QProcess>
#include <QString>

#include <nlohmann/json.hpp>

namespace petinfo::test {

/** The server tests' fake of the WhatsApp Cloud API (tests/server/support/FakeWhatsApp), run as a
 *  process (petinfo-fake-whatsapp): the desktop's tests cannot link the server's libraries. */
class FakeWhatsAppProcess final
{
public:
    ~FakeWhatsAppProcess();

    bool start();
    /** The petinfo-server configuration keys (whatsapp.*) that point at it. */
    const QMap<QString, QString>& serverConfig() const { return m_config; }

    /** How it answers from now on: "ok", "undeliverable", "toomany", "error" or "hang". */
    bool setAnswer(const QString& how);
    /** Requests received and requests answered 200. */
    std::pair<int, int> counts();
    /** Sends a signed status webhook ("delivered", "read") for the last message to `toDigits`. */
    bool sendStatus(int serverPort, const QString& toDigits, const QString& status);

    /** The last accepted request's body to `toDigits` (null when none). */
    nlohmann::json lastMessageTo(const QString& toDigits);

private:
    nlohmann::json command(const QString& line);

    QProcess m_process;
    QMap<QString, QString> m_config;
};

} // namespace petinfo::test
