// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakePaymentsProcess.h"

#include <QDebug>

namespace petinfo::test {

FakePaymentsProcess::~FakePaymentsProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.write("quit\n");
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool FakePaymentsProcess::start()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(PETINFO_FAKE_PAYMENTS_BINARY), {});
    if (!m_process.waitForStarted(5000)) {
        qWarning() << "petinfo-fake-payments did not start:" << m_process.errorString();
        return false;
    }
    const nlohmann::json config = command({});
    if (!config.is_object()) {
        return false;
    }
    for (const auto& [key, value] : config.items()) {
        m_config.insert(QString::fromStdString(key), QString::fromStdString(value.get<std::string>()));
    }
    return !m_config.isEmpty();
}

nlohmann::json FakePaymentsProcess::command(const QString& line)
{
    if (!line.isEmpty()) {
        m_process.write(line.toUtf8() + '\n');
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(15000)) {
            qWarning() << "petinfo-fake-payments gave no answer to" << line;
            return nullptr;
        }
    }
    return nlohmann::json::parse(m_process.readLine().trimmed().toStdString(), nullptr, false);
}

nlohmann::json FakePaymentsProcess::pay(int serverPort, const QString& url, const QString& status, qint64 tsMs)
{
    return command(QStringLiteral("pay %1 %2 %3 %4").arg(serverPort).arg(url, status).arg(tsMs));
}

nlohmann::json FakePaymentsProcess::refund(int serverPort, qint64 tsMs)
{
    return command(QStringLiteral("refund %1 %2").arg(serverPort).arg(tsMs));
}

nlohmann::json FakePaymentsProcess::counts()
{
    return command(QStringLiteral("count"));
}

} // namespace petinfo::test
