// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QProcess>
#include <QString>

#include <nlohmann/json.hpp>

namespace petinfo::test {

/** The server tests' fakes of MercadoPago and Stripe, with their plans (tests/server/support/
 *  BillingShop), run as a process (petinfo-fake-payments): the desktop's tests cannot link the
 *  server's libraries. */
class FakePaymentsProcess final
{
public:
    ~FakePaymentsProcess();

    bool start();
    /** The petinfo-server configuration keys (billing.*, mercadopago.*, stripe.*) that sell the
     *  test plans through the fakes. */
    const QMap<QString, QString>& serverConfig() const { return m_config; }

    /** Pays at the checkout URL the app opened (approved, rejected, pending) and has the provider
     *  send its signed webhook to the server, signed at `tsMs` (0: now). The webhook's answer. */
    nlohmann::json pay(int serverPort, const QString& url, const QString& status = QStringLiteral("approved"),
                       qint64 tsMs = 0);
    /** Refunds the last payment and sends the webhook. */
    nlohmann::json refund(int serverPort, qint64 tsMs = 0);
    /** {"preferences", "sessions", "refusals"} */
    nlohmann::json counts();

private:
    nlohmann::json command(const QString& line);

    QProcess m_process;
    QMap<QString, QString> m_config;
};

} // namespace petinfo::test
