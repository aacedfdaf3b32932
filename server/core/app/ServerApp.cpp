// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ServerApp.h"

#include "app/Config.h"
#include "app/FileClock.h"
#include "app/ServerContext.h"
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/ConnectionGuard.h"
#include "http/HttpConnection.h"
#include "jobs/JobRunner.h"
#include "records/SyncService.h"

#include <Poco/Environment.h>
#include <Poco/File.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <condition_variable>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sys/resource.h>
#include <thread>

namespace petinfo::server {

using Poco::Util::Option;

namespace {

/** Writes the bound port atomically, so a reader never sees half a number. */
void writePortFile(const std::string& path, int port)
{
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << port << '\n';
    }
    Poco::File(temp).renameTo(path);
}

/** Runs the tombstone purge every interval until stopped. */
class Purger
{
public:
    Purger(SyncService& sync, AccessLog& log, std::chrono::seconds interval)
        : m_thread([this, &sync, &log, interval] {
            std::unique_lock lock(m_mutex);
            while (!m_stop) {
                m_wake.wait_for(lock, interval, [this] { return m_stop; });
                if (m_stop) {
                    break;
                }
                lock.unlock();
                try {
                    sync.purgeTombstones();
                } catch (const std::exception& e) {
                    log.event("warning", "petinfo.server.sync", "tombstone purge failed", {{"detail", e.what()}});
                }
                lock.lock();
            }
        })
    {}
    ~Purger()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

void ServerApp::defineOptions(Poco::Util::OptionSet& options)
{
    ServerApplication::defineOptions(options);
    options.addOption(Option("help", "h", "show the options").required(false).repeatable(false));
    options.addOption(Option("version", "", "print the version and exit").required(false).repeatable(false));
    options.addOption(Option("port", "p", "TCP port (0: any free port)").argument("N").required(false));
    options.addOption(Option("host", "", "address to listen on (default 0.0.0.0)").argument("ADDR").required(false));
    options.addOption(
        Option("data-dir", "d", "directory of the embedded SQLite store").argument("DIR").required(false));
    options.addOption(Option("config", "c", "configuration file (.properties, .ini, .json or .xml)")
                          .argument("FILE")
                          .required(false));
    options.addOption(
        Option("port-file", "", "write the bound port to FILE once listening").argument("FILE").required(false));
    options.addOption(Option("tls-cert", "", "PEM certificate: serve HTTPS").argument("FILE").required(false));
    options.addOption(Option("tls-key", "", "PEM private key of --tls-cert").argument("FILE").required(false));
}

void ServerApp::handleOption(const std::string& name, const std::string& value)
{
    ServerApplication::handleOption(name, value);
    if (name == "help") {
        m_helpRequested = true;
        stopOptionsProcessing();
    } else if (name == "version") {
        m_versionRequested = true;
        stopOptionsProcessing();
    } else if (name == "config") {
        m_configFile = value;
    } else if (name == "port") {
        m_overrides["server.port"] = value;
    } else if (name == "host") {
        m_overrides["server.host"] = value;
    } else if (name == "data-dir") {
        m_overrides["server.dataDir"] = value;
    } else if (name == "port-file") {
        m_overrides["server.portFile"] = value;
    } else if (name == "tls-cert") {
        m_overrides["tls.certificate"] = value;
    } else if (name == "tls-key") {
        m_overrides["tls.privateKey"] = value;
    }
}

void ServerApp::help() const
{
    Poco::Util::HelpFormatter formatter(options());
    formatter.setCommand(commandName());
    formatter.setUsage("OPTIONS");
    formatter.setHeader("Pet Info sync server. Environment: PETINFO_DATABASE_URL (PostgreSQL), "
                        "PETINFO_DATABASE_PASSWORD, PETINFO_CONFIG, PETINFO_DATA_DIR, PETINFO_PORT, PETINFO_TLS_CERT, "
                        "PETINFO_TLS_KEY, PETINFO_PUBLIC_BASE_URL, PETINFO_TRUST_PROXY, PETINFO_LOG_FILE, "
                        "PETINFO_SECRET_KEYS.");
    formatter.format(std::cout);
}

int ServerApp::main(const std::vector<std::string>&)
{
    if (m_helpRequested) {
        help();
        return EXIT_OK;
    }
    if (m_versionRequested) {
        std::cout << "petinfo-server " << PETINFO_VERSION << '\n';
        return EXIT_OK;
    }
    // Core dumps could carry password hashes in flight and tokens: never write them.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    auto env = [](const std::string& name) -> std::optional<std::string> {
        if (!Poco::Environment::has(name)) {
            return std::nullopt;
        }
        return Poco::Environment::get(name);
    };
    if (m_configFile.empty()) {
        m_configFile = env("PETINFO_CONFIG").value_or("");
    }
    try {
        if (!m_configFile.empty()) {
            loadConfiguration(m_configFile, PRIO_APPLICATION);
        }
    } catch (const Poco::Exception& e) {
        std::cerr << "petinfo-server: cannot read the configuration file: " << e.displayText() << '\n';
        return EXIT_CONFIG;
    }
    Poco::AutoPtr<Poco::Util::MapConfiguration> overrides(new Poco::Util::MapConfiguration);
    for (const auto& [key, value] : m_overrides) {
        overrides->setString(key, value);
    }
    ServerConfig settings;
    try {
        settings = ServerConfig::load(config(), env);
        // Command-line options win over the file and the environment.
        ServerConfig fromArgs = ServerConfig::load(*overrides, [](const std::string&) { return std::nullopt; });
        if (overrides->has("server.port")) {
            settings.port = fromArgs.port;
        }
        if (overrides->has("server.host")) {
            settings.host = fromArgs.host;
        }
        if (overrides->has("server.dataDir")) {
            settings.dataDir = fromArgs.dataDir;
        }
        if (overrides->has("server.portFile")) {
            settings.portFile = fromArgs.portFile;
        }
        if (overrides->has("tls.certificate")) {
            settings.tlsCertificate = fromArgs.tlsCertificate;
        }
        if (overrides->has("tls.privateKey")) {
            settings.tlsPrivateKey = fromArgs.tlsPrivateKey;
        }
    } catch (const Poco::Exception& e) {
        std::cerr << "petinfo-server: bad configuration value: " << e.displayText() << '\n';
        return EXIT_CONFIG;
    }
    if (const auto problems = settings.problems(); !problems.empty()) {
        for (const std::string& p : problems) {
            std::cerr << "petinfo-server: " << p << '\n';
        }
        return EXIT_CONFIG;
    }

    AccessLog log(settings.logFile, settings.logRequests);
    for (const std::string& w : settings.warnings()) {
        log.event("warning", "petinfo.server", w);
    }
    std::unique_ptr<Clock> testClock;
    if (!settings.clockFile.empty()) {
        try {
            testClock = std::make_unique<FileClock>(settings.clockFile);
        } catch (const std::exception& e) {
            std::cerr << "petinfo-server: " << e.what() << '\n';
            return EXIT_CONFIG;
        }
    }
    ServerContext ctx(settings, log, testClock ? *testClock : SystemClock::instance());
    try {
        ctx.openDatabase();
    } catch (const std::exception& e) {
        log.event("error", "petinfo.server.db", "cannot open the database", {{"detail", e.what()}});
        return EXIT_UNAVAILABLE;
    }
    log.event("info", "petinfo.server.db", "database ready",
              {{"engine", settings.usesPostgres() ? "postgresql" : "sqlite"},
               {"location", settings.usesPostgres() ? redactedUrl(settings.databaseUrl) : settings.dataDir}});

    try {
        Poco::Net::SocketAddress address(settings.host, static_cast<Poco::UInt16>(settings.port));
        std::unique_ptr<Poco::Net::ServerSocket> socket;
        if (settings.tlsEnabled()) {
            Poco::Net::initializeSSL();
            Poco::Net::Context::Ptr tls = new Poco::Net::Context(
                Poco::Net::Context::TLS_SERVER_USE, settings.tlsPrivateKey, settings.tlsCertificate, "",
                Poco::Net::Context::VERIFY_NONE, 9, false, "HIGH:!aNULL:!MD5:!RC4");
            tls->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
            socket = std::make_unique<Poco::Net::SecureServerSocket>(address, 256, tls);
        } else {
            socket = std::make_unique<Poco::Net::ServerSocket>(address, 256);
        }
        const int port = socket->address().port();

        Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(settings.threads);
        params->setMaxQueued(settings.maxQueued);
        params->setKeepAlive(true);
        params->setMaxKeepAliveRequests(0);
        params->setKeepAliveTimeout(Poco::Timespan(settings.keepAliveSeconds, 0));
        // Per read or write; the guard bounds each phase as a whole.
        params->setTimeout(Poco::Timespan(30, 0));
        params->setServerName("petinfo");

        ConnectionLimits limits;
        limits.maxPerAddress = static_cast<std::size_t>(settings.connectionsPerAddress());
        limits.headerTimeout = std::chrono::seconds(settings.headerTimeoutSeconds);
        limits.bodyTimeout = std::chrono::seconds(settings.bodyTimeoutSeconds);
        limits.minBytesPerSecond = static_cast<std::size_t>(settings.minBytesPerSecond);
        limits.keepAlive = std::chrono::seconds(settings.keepAliveSeconds);
        ConnectionGuard guard(limits, ctx.metrics(), log);
        ctx.metrics().addGauge("petinfo_http_connections_open", "Connections being served.",
                               [&guard] { return static_cast<double>(guard.openConnections()); });

        Poco::ThreadPool pool("http", 2, settings.threads, 60, 256 * 1024);
        Poco::Net::HTTPRequestHandlerFactory::Ptr dispatcher(ctx.makeDispatcher());
        Poco::Net::TCPServer server(new HttpConnectionFactory(params, dispatcher, guard), pool, *socket, params);
        server.start();
        if (!settings.portFile.empty()) {
            writePortFile(settings.portFile, port);
        }
        log.event("info", "petinfo.server", "listening",
                  {{"port", port},
                   {"tls", settings.tlsEnabled()},
                   {"threads", settings.threads},
                   {"connectionsPerAddress", limits.maxPerAddress}});
        {
            Purger purger(ctx.sync(), log, std::chrono::seconds(settings.purgeIntervalSeconds));
            ctx.jobs().start();
            waitForTerminationRequest();
            log.event("info", "petinfo.server", "shutting down");
            ctx.draining() = true;
            // Stop accepting and close connections that wait for a request; requests in flight
            // finish (bounded), then whatever is left is cut.
            server.stop();
            guard.stopIdle();
            for (int i = 0; i < 100 && guard.openConnections() > 0; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            guard.stopAll();
            ctx.jobs().stop(); // jobs in hand finish (their calls are bounded by a timeout)
        }
        pool.joinAll();
        if (settings.tlsEnabled()) {
            Poco::Net::uninitializeSSL();
        }
    } catch (const Poco::Exception& e) {
        log.event("error", "petinfo.server", "cannot serve", {{"detail", e.displayText()}});
        return EXIT_SOFTWARE;
    }
    log.event("info", "petinfo.server", "stopped");
    return EXIT_OK;
}

} // namespace petinfo::server
