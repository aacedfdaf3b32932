// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ServerProcess.h"

#include "petinfo/common/Random.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

#include <libpq-fe.h>
#include <openssl/evp.h>

#include <array>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#ifndef PETINFO_SERVER_BINARY
#error "PETINFO_SERVER_BINARY must name the petinfo-server executable"
#endif

namespace petinfo::test {

namespace fs = std::filesystem;

namespace {

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? v : "";
}

std::string lower(std::string s)
{
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c + 32);
        }
    }
    return s;
}

void pgExec(const std::string& url, const std::string& sql)
{
    PGconn* conn = PQconnectdb(url.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string message = PQerrorMessage(conn);
        PQfinish(conn);
        throw std::runtime_error("cannot connect to the test PostgreSQL: " + message);
    }
    PGresult* r = PQexec(conn, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    const std::string message = PQerrorMessage(conn);
    PQclear(r);
    PQfinish(conn);
    if (!ok) {
        throw std::runtime_error("PostgreSQL: " + message);
    }
}

std::string randomHex(std::size_t bytes)
{
    std::vector<std::uint8_t> raw(bytes);
    secureRandomBytes(raw);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (auto b : raw) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

HttpResponse fromPoco(Poco::Net::HTTPResponse& response, std::istream& in)
{
    HttpResponse out;
    out.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) {
        out.headers[lower(name)] = value;
    }
    std::ostringstream body;
    Poco::StreamCopier::copyStream(in, body);
    out.body = body.str();
    return out;
}

Poco::Net::Context::Ptr clientTlsContext()
{
    static Poco::Net::Context::Ptr ctx = [] {
        Poco::Net::initializeSSL();
        return Poco::Net::Context::Ptr(
            new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_NONE));
    }();
    return ctx;
}

} // namespace

std::string backendName(Backend backend)
{
    return backend == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

bool inCi()
{
    const std::string ci = env("CI");
    return ci == "true" || ci == "1";
}

bool backendUnavailable(Backend backend, std::string& why)
{
    if (backend == Backend::Postgres && env("PETINFO_TEST_PG_URL").empty()) {
        why = "PETINFO_TEST_PG_URL is not set: run the tests through scripts/test-env.sh";
        return true;
    }
    return false;
}

std::unique_ptr<PgDatabase> PgDatabase::create()
{
    const std::string admin = env("PETINFO_TEST_PG_URL");
    if (admin.empty()) {
        return nullptr;
    }
    const std::string name = "petinfo_t_" + randomHex(8);
    pgExec(admin, "CREATE DATABASE " + name);
    const auto slash = admin.rfind('/');
    const std::string url = admin.substr(0, slash + 1) + name;
    return std::unique_ptr<PgDatabase>(new PgDatabase(admin, name, url));
}

PgDatabase::PgDatabase(std::string adminUrl, std::string name, std::string url)
    : m_adminUrl(std::move(adminUrl))
    , m_name(std::move(name))
    , m_url(std::move(url))
{}

PgDatabase::~PgDatabase()
{
    try {
        pgExec(m_adminUrl, "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    } catch (const std::exception&) {
    }
}

nlohmann::json HttpResponse::json() const
{
    return nlohmann::json::parse(body, nullptr, false);
}

std::string HttpResponse::header(const std::string& lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

std::string HttpResponse::errorCode() const
{
    const auto j = json();
    if (j.is_object() && j.contains("error") && j["error"].is_object() && j["error"].contains("code")) {
        return j["error"]["code"].get<std::string>();
    }
    return {};
}

HttpResponse httpExchange(int port, const HttpRequest& request, bool tls)
{
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (tls) {
        session = std::make_unique<Poco::Net::HTTPSClientSession>("127.0.0.1", static_cast<Poco::UInt16>(port),
                                                                  clientTlsContext());
    } else {
        session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", static_cast<Poco::UInt16>(port));
    }
    session->setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest req(request.method, request.path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!request.token.empty()) {
        req.set("Authorization", "Bearer " + request.token);
    }
    for (const auto& [name, value] : request.headers) {
        req.set(name, value);
    }
    if (!request.contentType.empty()) {
        req.setContentType(request.contentType);
    }
    if (!request.body.empty() || request.method == "POST" || request.method == "PUT" || request.method == "PATCH") {
        req.setContentLength64(static_cast<Poco::Int64>(request.body.size()));
    }
    try {
        std::ostream& out = session->sendRequest(req);
        out.write(request.body.data(), static_cast<std::streamsize>(request.body.size()));
        out.flush();
    } catch (const Poco::Exception&) {
        // The server may answer (413) and close before reading a large body: read its answer.
    }
    Poco::Net::HTTPResponse response;
    std::istream& in = session->receiveResponse(response);
    return fromPoco(response, in);
}

HttpResponse rawExchange(int port, const std::string& bytes)
{
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)), Poco::Timespan(5, 0));
    socket.setReceiveTimeout(Poco::Timespan(10, 0));
    try {
        socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
        socket.shutdownSend();
    } catch (const Poco::Exception&) {
        // The server answered and closed before reading everything: read what it said.
    }
    std::string received;
    std::array<char, 8192> buffer{};
    try {
        while (true) {
            const int n = socket.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
            if (n <= 0) {
                break;
            }
            received.append(buffer.data(), static_cast<std::size_t>(n));
        }
    } catch (const Poco::Exception&) {
        // timeout or reset: keep what arrived
    }
    HttpResponse out;
    if (received.rfind("HTTP/1.", 0) == 0 && received.size() > 12) {
        out.status = std::atoi(received.substr(9, 3).c_str());
    }
    const auto headerEnd = received.find("\r\n\r\n");
    if (headerEnd != std::string::npos) {
        std::istringstream lines(received.substr(0, headerEnd));
        std::string line;
        std::getline(lines, line);
        while (std::getline(lines, line)) {
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                std::string value = line.substr(colon + 1);
                while (!value.empty() && (value.front() == ' ')) {
                    value.erase(0, 1);
                }
                while (!value.empty() && (value.back() == '\r')) {
                    value.pop_back();
                }
                out.headers[lower(line.substr(0, colon))] = value;
            }
        }
        out.body = received.substr(headerEnd + 4);
    }
    return out;
}

ServerProcess::ServerProcess(ServerOptions options)
    : m_options(std::move(options))
{
    char pattern[] = "/tmp/petinfo-server-test.XXXXXX";
    const char* dir = mkdtemp(pattern);
    if (!dir) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_dir = dir;
    m_dataDir = m_options.dataDir.empty() ? m_dir + "/data" : m_options.dataDir;
    if (m_options.backend == Backend::Postgres) {
        if (m_options.databaseUrl.empty()) {
            m_pg = PgDatabase::create();
            if (!m_pg) {
                throw std::runtime_error("PETINFO_TEST_PG_URL is not set");
            }
            m_databaseUrl = m_pg->url();
        } else {
            m_databaseUrl = m_options.databaseUrl;
        }
    }
    std::map<std::string, std::string> config{
        {"auth.pbkdf2Iterations", "1000"}, {"auth.signinIpBurst", "100000"}, {"auth.signinPerIpPerMinute", "6000000"},
        {"server.threads", "32"},          {"database.poolSize", "8"},
    };
    if (m_options.backend == Backend::Postgres) {
        // Replicas of one database share it; SQLite servers make a key file of their own.
        config["security.secretKeys"] = std::string(kTestSecretKeys);
    }
    for (const auto& [key, value] : m_options.config) {
        config[key] = value;
    }
    {
        std::ofstream file(m_dir + "/server.properties");
        for (const auto& [key, value] : config) {
            file << key << " = " << value << '\n';
        }
    }
    m_tls = !m_options.tlsCertificate.empty();
    std::vector<std::string> args{PETINFO_SERVER_BINARY, "--port",   "0",
                                  "--data-dir",          m_dataDir,  "--port-file",
                                  m_dir + "/port",       "--config", m_dir + "/server.properties"};
    if (m_tls) {
        args.insert(args.end(), {"--tls-cert", m_options.tlsCertificate, "--tls-key", m_options.tlsPrivateKey});
    }
    const std::string logPath = m_dir + "/server.log";
    // Everything the child needs is built before fork(): after it, only async-signal-safe calls.
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e) {
        const std::string_view entry(*e);
        if (!entry.starts_with("PETINFO_DATABASE_URL=") && !entry.starts_with("PETINFO_CONFIG=")) {
            environment.emplace_back(entry);
        }
    }
    if (!m_databaseUrl.empty()) {
        environment.push_back("PETINFO_DATABASE_URL=" + m_databaseUrl);
    }
    std::vector<char*> envp;
    for (std::string& e : environment) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);
    std::vector<char*> argv;
    for (std::string& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        const int fd = open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
            close(fd);
        }
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    m_pid = pid;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        std::ifstream portFile(m_dir + "/port");
        if (portFile >> m_port && m_port > 0) {
            return;
        }
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error("petinfo-server exited at start-up:\n" + log());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop(SIGKILL);
    throw std::runtime_error("petinfo-server did not report its port:\n" + log());
}

ServerProcess::~ServerProcess()
{
    if (m_pid > 0) {
        stop(SIGTERM);
    }
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

bool ServerProcess::running()
{
    if (m_pid <= 0) {
        return false;
    }
    int status = 0;
    if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_pid = -1;
        return false;
    }
    return true;
}

int ServerProcess::stop(int signal, int timeoutMs)
{
    if (m_pid <= 0) {
        return -1;
    }
    ::kill(m_pid, signal);
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (waitpid(m_pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(m_pid, SIGKILL);
            waitpid(m_pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    m_pid = -1;
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    return 128 + WTERMSIG(status);
}

std::string ServerProcess::log() const
{
    std::ifstream in(m_dir + "/server.log");
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

HttpResponse ServerProcess::request(const HttpRequest& request) const
{
    return httpExchange(m_port, request, m_tls);
}

HttpResponse ServerProcess::get(const std::string& path, const std::string& token) const
{
    HttpRequest r;
    r.path = path;
    r.token = token;
    return request(r);
}

HttpResponse ServerProcess::send(const std::string& method, const std::string& path, const nlohmann::json& body,
                                 const std::string& token) const
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.token = token;
    if (!body.is_null()) {
        r.body = body.dump();
        r.contentType = "application/json";
    }
    return request(r);
}

HttpResponse ServerProcess::post(const std::string& path, const nlohmann::json& body, const std::string& token) const
{
    return send("POST", path, body, token);
}

std::string uniqueEmail()
{
    return "user-" + randomHex(6) + "@example.org";
}

std::string samplePng()
{
    static const std::string hex =
        "89504e470d0a1a0a0000000d4948445200000030000000300802000000d8606ed00000003a4944415478daedce410d00000804a08b634"
        "4231acb16ce071b01c874bd1221212121212121212121212121212121212121212121212121a13b0b90c5a8b5baa30f860000000049454"
        "e"
        "44ae426082";
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    }
    return out;
}

std::string sha256Hex(const std::string& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

std::string uuid()
{
    return newUuid();
}

Account signUp(const ServerProcess& server, const std::string& orgName, const std::string& kind)
{
    Account a;
    a.email = uniqueEmail();
    a.password = "correct horse battery staple";
    const HttpResponse r = server.post("/api/v1/auth/signup", {{"email", a.email},
                                                               {"password", a.password},
                                                               {"name", "Admin of " + orgName},
                                                               {"organisation", {{"name", orgName}, {"kind", kind}}}});
    if (r.status != 201) {
        throw std::runtime_error("sign-up failed: " + std::to_string(r.status) + " " + r.body);
    }
    Account signedIn = signIn(server, a.email, a.password);
    signedIn.password = a.password;
    return signedIn;
}

Account signIn(const ServerProcess& server, const std::string& email, const std::string& password,
               const std::string& clientId, const std::string& organisationId)
{
    nlohmann::json body{{"email", email}, {"password", password}, {"deviceName", "test"}};
    if (!clientId.empty()) {
        body["clientId"] = clientId;
    }
    if (!organisationId.empty()) {
        body["organisationId"] = organisationId;
    }
    const HttpResponse r = server.post("/api/v1/auth/signin", body);
    if (r.status != 201) {
        throw std::runtime_error("sign-in failed: " + std::to_string(r.status) + " " + r.body);
    }
    const auto j = r.json();
    return Account{j["token"], j["organisation"]["id"], j["user"]["id"], j["clientId"], email, password};
}

} // namespace petinfo::test
