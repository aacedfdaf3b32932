// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <memory>

namespace petinfo::test {

/** The real petinfo-server binary on port 0 with a throw-away data folder (SQLite), or on a
 *  PostgreSQL database given by URL. Fast password hashing for tests. */
class TestServer final
{
public:
    struct Options
    {
        QString databaseUrl; ///< empty: embedded SQLite in the data folder
        QMap<QString, QString> config;
        QString dataDir; ///< empty: a new temporary folder (reuse one to restart on the same data)
    };

    explicit TestServer(Options options);
    TestServer()
        : TestServer(Options{})
    {}
    ~TestServer();

    bool start();
    /** SIGKILL: no shutdown, no goodbye. */
    void kill();
    void stop();
    bool isRunning() const;
    int port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    const QString& dataDir() const { return m_dataDir; }
    QString log() const;

    /** POST a JSON body; returns the HTTP status and fills `reply`. */
    int postJson(const QString& path, const nlohmann::json& body, nlohmann::json* reply = nullptr,
                 const QByteArray& token = {});

    /** A new organisation with an admin account; returns false on failure. */
    bool signUp(const QString& email, const QString& password, const QString& organisation);

private:
    Options m_options;
    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

/** A new empty PostgreSQL database in the cluster of PETINFO_TEST_PG_URL; returns its URL, or an
 *  empty string when there is no such cluster. */
QString createPostgresDatabase();

/** A TCP proxy in front of the server that can misbehave on demand: pass traffic, cut the
 *  connection as soon as the server answers (before the client gets a byte), cut it half-way
 *  through the answer, or hold the answer back. Runs on the test's thread. */
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Pass,
        DropResponse,
        CutMidResponse,
        Stall
    };

    explicit FaultProxy(int targetPort);
    int port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }
    void setTarget(int targetPort) { m_target = targetPort; }
    /** The fault applies to `count` answers after letting `skip` answers through, then traffic
     *  passes again. */
    void setMode(Mode mode, int count = 1, int skip = 0);
    int faultsApplied() const { return m_applied; }
    int faultsLeft() const { return m_count; }
    /** Called when a fault is applied (e.g. to kill the server at that instant). */
    std::function<void()> onFault;

private:
    void accept();

    QTcpServer m_server;
    int m_target;
    Mode m_mode = Mode::Pass;
    int m_count = 0;
    int m_skip = 0;
    int m_applied = 0;
};

} // namespace petinfo::test
