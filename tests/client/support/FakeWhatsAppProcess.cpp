// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeWhatsAppProcess.h"

#include <QDebug>

namespace petinfo::test {

FakeWhatsAppProcess::~FakeWhatsAppProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.write("quit\n");
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool FakeWhatsAppProcess::start()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(PETINFO_FAKE_WHATSAPP_BINARY), {});
    if (!m_process.waitForStarted(5000)) {
        qWarning() << "petinfo-fake-whatsapp did not start:" << m_process.errorString();
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

nlohmann::json FakeWhatsAppProcess::command(const QString& line)
{
    if (!line.isEmpty()) {
        m_process.write(line.toUtf8() + '\n');
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000)) {
            qWarning() << "petinfo-fake-whatsapp gave no answer to" << line;
            return nullptr;
        }
    }
    const QByteArray answer = m_process.readLine().trimmed();
    if (answer == "ok") {
        return true;
    }
    return nlohmann::json::parse(answer.toStdString(), nullptr, false);
}

bool FakeWhatsAppProcess::setAnswer(const QString& how)
{
    return command(QStringLiteral("answer ") + how) == nlohmann::json(true);
}

std::pair<int, int> FakeWhatsAppProcess::counts()
{
    const nlohmann::json c = command(QStringLiteral("count"));
    return c.is_object() ? std::pair<int, int>{c.value("received", -1), c.value("accepted", -1)}
                         : std::pair<int, int>{-1, -1};
}

bool FakeWhatsAppProcess::sendStatus(int serverPort, const QString& toDigits, const QString& status)
{
    const nlohmann::json answer = command(QStringLiteral("status %1 %2 %3").arg(serverPort).arg(toDigits, status));
    return answer.is_object() && answer.value("status", 0) == 200 && !answer.value("messageId", "").empty();
}

nlohmann::json FakeWhatsAppProcess::lastMessageTo(const QString& toDigits)
{
    return command(QStringLiteral("last ") + toDigits);
}

} // namespace petinfo::test
