// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <memory>

namespace petinfo::test {

TestServer::TestServer(Options options)
    : m_options(std::move(options))
{
    m_dataDir = m_options.dataDir.isEmpty() ? m_dir.filePath(QStringLiteral("data")) : m_options.dataDir;
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    const QString configPath = m_dir.filePath(QStringLiteral("server.properties"));
    {
        QMap<QString, QString> config{{QStringLiteral("auth.pbkdf2Iterations"), QStringLiteral("1000")},
                                      {QStringLiteral("auth.signinIpBurst"), QStringLiteral("100000")},
                                      {QStringLiteral("auth.signinPerIpPerMinute"), QStringLiteral("6000000")},
                                      {QStringLiteral("server.threads"), QStringLiteral("16")}};
        if (!m_options.databaseUrl.isEmpty()) {
            // A server on PostgreSQL needs the key that seals stored secrets; replicas share it.
            config.insert(QStringLiteral("security.secretKeys"),
                          QStringLiteral("test:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
        }
        for (auto it = m_options.config.begin(); it != m_options.config.end(); ++it) {
            config.insert(it.key(), it.value());
        }
        QFile file(configPath);
        if (!file.open(QIODevice::WriteOnly)) {
            return false;
        }
        for (auto it = config.begin(); it != config.end(); ++it) {
            file.write((it.key() + QStringLiteral(" = ") + it.value() + QLatin1Char('\n')).toUtf8());
        }
    }
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PETINFO_DATABASE_URL"));
    if (!m_options.databaseUrl.isEmpty()) {
        env.insert(QStringLiteral("PETINFO_DATABASE_URL"), m_options.databaseUrl);
    }
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    QStringList args{QStringLiteral("--port"),      QString::number(m_port),
                     QStringLiteral("--data-dir"),  m_dataDir,
                     QStringLiteral("--port-file"), portFile,
                     QStringLiteral("--config"),    configPath};
    m_process->start(QStringLiteral(PETINFO_SERVER_BINARY), args);
    if (!m_process->waitForStarted(10000)) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            const int port = file.readAll().trimmed().toInt();
            if (port > 0) {
                m_port = port;
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            return false;
        }
        QThread::msleep(20);
    }
    return false;
}

void TestServer::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void TestServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(8000)) : QString();
}

int TestServer::postJson(const QString& path, const nlohmann::json& body, nlohmann::json* reply,
                         const QByteArray& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    QNetworkReply* r = network.post(request, QByteArray::fromStdString(body.dump()));
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply) {
        *reply = nlohmann::json::parse(r->readAll().toStdString(), nullptr, false);
    }
    r->deleteLater();
    return status;
}

bool TestServer::signUp(const QString& email, const QString& password, const QString& organisation)
{
    const int status = postJson(QStringLiteral("/api/v1/auth/signup"),
                                {{"email", email.toStdString()},
                                 {"password", password.toStdString()},
                                 {"name", "Admin"},
                                 {"organisation", {{"name", organisation.toStdString()}, {"kind", "clinic"}}}});
    return status == 201;
}

FaultProxy::FaultProxy(int targetPort)
    : m_target(targetPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

void FaultProxy::setMode(Mode mode, int count, int skip)
{
    m_mode = mode;
    m_count = count;
    m_skip = skip;
}

QString createPostgresDatabase()
{
    const QString base = qEnvironmentVariable("PETINFO_TEST_PG_URL");
    if (base.isEmpty()) {
        return {};
    }
    static int counter = 0;
    const QString name = QStringLiteral("client_sync_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QProcess psql;
    psql.start(QStringLiteral("psql"), {base, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                        QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(name)});
    if (!psql.waitForFinished(30000) || psql.exitCode() != 0) {
        qWarning("createdb failed: %s", psql.readAllStandardError().constData());
        return {};
    }
    QUrl url(base);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void FaultProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_target));
        QPointer<QTcpSocket> c(client);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            const QByteArray data = client->readAll();
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(data);
            } else {
                connect(
                    upstream, &QTcpSocket::connected, upstream, [upstream, data] { upstream->write(data); },
                    Qt::SingleShotConnection);
            }
        });
        // Each answer's fate is decided when it starts (connections are kept alive and carry
        // several): pass, or one fault.
        enum class Fate
        {
            Undecided,
            Pass,
            Faulted
        };
        auto fate = std::make_shared<Fate>(Fate::Undecided);
        connect(upstream, &QTcpSocket::readyRead, client, [this, c, upstream, fate] {
            const QByteArray data = upstream->readAll();
            if (!c || *fate == Fate::Faulted) {
                return;
            }
            if (data.startsWith("HTTP/1.")) {
                *fate = Fate::Undecided;
            }
            if (*fate == Fate::Undecided) {
                *fate = Fate::Pass;
                if (m_count > 0 && m_mode != Mode::Pass) {
                    if (m_skip > 0) {
                        --m_skip;
                    } else {
                        *fate = Fate::Faulted;
                    }
                }
            }
            if (*fate == Fate::Faulted) {
                ++m_applied;
                const Mode mode = m_mode;
                if (--m_count == 0) {
                    m_mode = Mode::Pass;
                }
                if (onFault) {
                    onFault();
                }
                switch (mode) {
                case Mode::DropResponse:
                    c->abort();
                    return;
                case Mode::CutMidResponse:
                    c->write(data.left(data.size() / 2));
                    c->flush();
                    c->abort();
                    return;
                case Mode::Stall:
                case Mode::Pass:
                    return; // a stalled answer never comes: the client's timeout must fire
                }
            }
            c->write(data);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [c] {
            if (c) {
                c->disconnectFromHost();
            }
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

} // namespace petinfo::test
