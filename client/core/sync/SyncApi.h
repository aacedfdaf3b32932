// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Result.h"
#include "petinfo/common/sync/Messages.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace petinfo::client {

enum class NetErrc
{
    Offline,              ///< no connection, DNS failure, timeout, connection cut
    Unauthorized,         ///< the token was revoked or is wrong: sign in again
    InvalidCredentials,   ///< wrong e-mail or password
    TotpRequired,         ///< the account has two-factor sign-in: ask for the code
    InvalidTotp,          ///< the code is wrong, expired or used
    OrganisationRequired, ///< several organisations: choose one (details list them)
    RateLimited,          ///< too many attempts: wait
    Forbidden,
    NotFound,
    Conflict,       ///< 409 (e.g. a mutation gap)
    ResyncRequired, ///< 410: the cursor is older than the server keeps deletions
    Rejected,       ///< other 4xx: the server will not take this request as it is
    Server,         ///< 5xx: try again later
    BadResponse,    ///< the answer is not what the protocol says
};

struct NetError
{
    NetErrc code = NetErrc::Offline;
    int httpStatus = 0;
    std::string apiCode; ///< the server's error.code
    std::string message;
    nlohmann::json details; ///< the server's error object (e.g. organisations to choose from)

    /** Worth trying again later without changing anything. */
    bool isTransient() const
    {
        return code == NetErrc::Offline || code == NetErrc::Server || code == NetErrc::RateLimited;
    }
};
template <typename T>
using NetResult = Result<T, NetError>;

struct SigninRequest
{
    QString email;
    QString password;
    QString totpCode;
    QString organisationId;
    QString ticket; ///< from an organisation_required answer, instead of the password
    QString deviceName;
    QString clientId;
};

/** A new organisation with its first user as admin (POST /api/v1/auth/signup). */
struct SignupRequest
{
    QString email;
    QString password;
    QString name;
    QString organisationName;
    QString organisationKind; ///< clinic, shelter or household
};

struct SigninResult
{
    QByteArray token;
    QString deviceId;
    QString organisationId;
    QString organisationName;
    QString role;
    QString userEmail;
    QString userName;
    QString clientId; ///< the sync client id the token is bound to (whoAmI())
};

/** A pull answer, and the text each of its rows arrived as (kept as the stored copy, so a first
 *  sync need not write a hundred thousand rows out again). Empty when the answer could not be
 *  sliced into rows. */
struct PulledPage
{
    sync::PullResponse response;
    QByteArray body;                        ///< the answer, which rowTexts view
    std::vector<std::string_view> rowTexts; ///< each row's text in `body`, when it could be cut out
};

/** The server's REST API as blocking calls, for a worker thread (each call runs a local event loop
 *  until the reply or the timeout). Counts the bytes it sends and receives. */
class SyncApi final
{
public:
    explicit SyncApi(QUrl baseUrl, int timeoutMs = 30000);
    ~SyncApi();
    SyncApi(const SyncApi&) = delete;
    SyncApi& operator=(const SyncApi&) = delete;

    const QUrl& baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray& token) { m_token = token; }

    /** A new client for the same server and token, for use on another thread (the network
     *  connection belongs to the thread that made it). Create it on that thread. */
    std::unique_ptr<SyncApi> clone() const;
    /** While `*abort` is true, a call in progress ends at once as Offline (polled every 20 ms). */
    void setAbortFlag(const std::atomic_bool* abort) { m_abort = abort; }
    /** Adds the traffic of a clone, so that the counters cover a whole sync. */
    void addTraffic(qint64 sent, qint64 received)
    {
        m_bytesSent += sent;
        m_bytesReceived += received;
    }

    /** The server's public facts (GET /api/v1/server-info, no sign-in needed). */
    struct ServerInfo
    {
        QString publicBaseUrl;   ///< where the tag pages live
        bool configured = false; ///< false: guessed by the server from our request's Host header
    };
    NetResult<ServerInfo> serverInfo();
    /** Whether any web server answers at `baseUrl` (an HTTP answer of any status counts): empty
     *  when one did, else why not (DNS, refused, timeout), for people. */
    static QString probe(const QString& baseUrl, int timeoutMs = 8000);

    NetResult<SigninResult> signIn(const SigninRequest& request);
    /** Who the token belongs to (GET /api/v1/auth/me): for a device token made elsewhere, such as
     *  a kiosk's. The result's token is the one set. */
    NetResult<SigninResult> whoAmI();
    /** Creates a kiosk device (POST /api/v1/kiosk-devices, admins only): the answer holds its
     *  token (shown once), deviceId and clientId. */
    NetResult<nlohmann::json> createKioskDevice(const QString& name);
    /** The adoptable animals' public fields (GET /api/v1/adoption/animals): an array of items. */
    NetResult<nlohmann::json> adoptionGallery();
    /** Creates the organisation and its admin; sign in next. */
    NetResult<void> signUp(const SignupRequest& request);
    NetResult<void> signOut();
    NetResult<sync::PushResponse> push(const sync::PushRequest& request);
    NetResult<sync::PullResponse> pull(const sync::PullRequest& request);
    NetResult<PulledPage> pullPage(const sync::PullRequest& request);
    /** A pull answer as received, not read yet: pullPage() is pullBody() then readPull(). */
    struct PullAnswer
    {
        int status = 0;
        QByteArray body;
    };
    NetResult<PullAnswer> pullBody(const sync::PullRequest& request);
    /** Reads a pull answer (needs no connection, so another thread may do it). */
    static NetResult<PulledPage> readPull(const PullAnswer& answer);
    NetResult<bool> hasBlob(const QString& sha256);
    NetResult<void> uploadBlob(const QString& sha256, const QByteArray& data, const QString& mimeType);
    NetResult<QByteArray> downloadBlob(const QString& sha256);

    /** Any other JSON call of the REST API (GET with a null body): the answer's JSON (an empty
     *  object for an empty answer), or the server's error with its code and details. */
    NetResult<nlohmann::json> call(const QByteArray& method, const QString& path, const nlohmann::json& body = nullptr);

    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    NetResult<Reply> send(const QByteArray& method, const QString& path, const QByteArray& body,
                          const QByteArray& contentType);
    NetResult<nlohmann::json> sendJson(const QString& path, const nlohmann::json& body);

    QUrl m_baseUrl;
    int m_timeoutMs;
    QByteArray m_token;
    std::unique_ptr<QNetworkAccessManager> m_network;
    const std::atomic_bool* m_abort = nullptr;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace petinfo::client
