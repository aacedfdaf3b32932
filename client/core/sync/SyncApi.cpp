// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncApi.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSyncApi, "petinfo.client.sync.api")

namespace petinfo::client {

namespace {

NetError errorFrom(int status, const QByteArray& body)
{
    NetError e;
    e.httpStatus = status;
    const nlohmann::json json = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (json.is_object() && json.contains("error") && json["error"].is_object()) {
        const auto& err = json["error"];
        e.apiCode = err.value("code", "");
        e.message = err.value("message", "");
        e.details = err;
    }
    if (status == 401) {
        e.code = e.apiCode == "totp_required"         ? NetErrc::TotpRequired
                 : e.apiCode == "invalid_totp"        ? NetErrc::InvalidTotp
                 : e.apiCode == "invalid_credentials" ? NetErrc::InvalidCredentials
                                                      : NetErrc::Unauthorized;
    } else if (status == 409 && e.apiCode == "organisation_required") {
        e.code = NetErrc::OrganisationRequired;
    } else if (status == 409) {
        e.code = NetErrc::Conflict;
    } else if (status == 410) {
        e.code = NetErrc::ResyncRequired;
    } else if (status == 429) {
        e.code = NetErrc::RateLimited;
    } else if (status == 403) {
        e.code = NetErrc::Forbidden;
    } else if (status == 404) {
        e.code = NetErrc::NotFound;
    } else if (status >= 500) {
        e.code = NetErrc::Server;
    } else if (e.apiCode == "invalid_credentials") {
        e.code = NetErrc::InvalidCredentials;
    } else {
        e.code = NetErrc::Rejected;
    }
    if (e.message.empty()) {
        e.message = "HTTP " + std::to_string(status);
    }
    return e;
}

template <typename T>
NetResult<T> decode(const nlohmann::json& json, Result<T, DecodeError> (*decoder)(const nlohmann::json&))
{
    auto value = decoder(json);
    if (!value) {
        return fail(NetError{NetErrc::BadResponse, 200, {}, value.error().detail, {}});
    }
    return std::move(*value);
}

} // namespace

SyncApi::SyncApi(QUrl baseUrl, int timeoutMs)
    : m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

SyncApi::~SyncApi() = default;

std::unique_ptr<SyncApi> SyncApi::clone() const
{
    auto copy = std::make_unique<SyncApi>(m_baseUrl, m_timeoutMs);
    copy->setToken(m_token);
    return copy;
}

NetResult<SyncApi::Reply> SyncApi::send(const QByteArray& method, const QString& path, const QByteArray& body,
                                        const QByteArray& contentType)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer abortPoll;
    if (m_abort) {
        QObject::connect(&abortPoll, &QTimer::timeout, reply, [this, reply] {
            if (m_abort->load()) {
                reply->abort(); // finishes the reply with OperationCanceledError
            }
        });
        abortPoll.start(20);
    }
    loop.exec();
    abortPoll.stop();
    reply->deleteLater();
    m_bytesSent += body.size() + 200; // headers, approximately
    const QByteArray data = reply->readAll();
    m_bytesReceived += data.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        qCInfo(lcSyncApi) << method << path << "failed:" << reply->errorString();
        return fail(NetError{NetErrc::Offline, 0, {}, reply->errorString().toStdString(), {}});
    }
    if (reply->error() != QNetworkReply::NoError && status < 400) {
        // Headers arrived but the body was cut: the answer cannot be trusted.
        return fail(NetError{NetErrc::Offline, status, {}, reply->errorString().toStdString(), {}});
    }
    if (status >= 400) {
        return fail(errorFrom(status, data));
    }
    return Reply{status, data};
}

NetResult<nlohmann::json> SyncApi::sendJson(const QString& path, const nlohmann::json& body)
{
    auto reply = send("POST", path, QByteArray::fromStdString(body.dump()), "application/json");
    if (!reply) {
        return fail(reply.error());
    }
    if (reply->body.isEmpty()) {
        return nlohmann::json::object();
    }
    nlohmann::json json = nlohmann::json::parse(reply->body.toStdString(), nullptr, false);
    if (json.is_discarded()) {
        return fail(NetError{NetErrc::BadResponse, reply->status, {}, "the answer is not JSON", {}});
    }
    return json;
}

NetResult<nlohmann::json> SyncApi::call(const QByteArray& method, const QString& path, const nlohmann::json& body)
{
    auto reply = body.is_null() ? send(method, path, {}, {})
                                : send(method, path, QByteArray::fromStdString(body.dump()), "application/json");
    if (!reply) {
        return fail(reply.error());
    }
    if (reply->body.isEmpty()) {
        return nlohmann::json::object();
    }
    nlohmann::json json = nlohmann::json::parse(reply->body.toStdString(), nullptr, false);
    if (json.is_discarded()) {
        return fail(NetError{NetErrc::BadResponse, reply->status, {}, "the answer is not JSON", {}});
    }
    return json;
}

NetResult<SyncApi::ServerInfo> SyncApi::serverInfo()
{
    auto reply = send("GET", QStringLiteral("/api/v1/server-info"), {}, {});
    if (!reply) {
        return fail(reply.error());
    }
    const auto body = nlohmann::json::parse(reply->body.toStdString(), nullptr, false);
    if (!body.is_object() || !body.contains("publicBaseUrl") || !body["publicBaseUrl"].is_string()) {
        return fail(NetError{NetErrc::BadResponse, reply->status, {}, "server-info without publicBaseUrl", {}});
    }
    ServerInfo info;
    info.publicBaseUrl = QString::fromStdString(body["publicBaseUrl"].get<std::string>());
    info.configured = body.value("publicBaseUrlConfigured", false);
    return info;
}

QString SyncApi::probe(const QString& baseUrl, int timeoutMs)
{
    SyncApi api{QUrl(baseUrl), timeoutMs};
    auto reply = api.send("GET", QStringLiteral("/healthz"), {}, {});
    if (!reply && reply.error().code == NetErrc::Offline) {
        return QString::fromStdString(reply.error().message);
    }
    return {}; // some web server answered, whatever it said
}

NetResult<SigninResult> SyncApi::signIn(const SigninRequest& in)
{
    nlohmann::json body = {{"deviceName", in.deviceName.toStdString()}, {"clientId", in.clientId.toStdString()}};
    if (!in.ticket.isEmpty()) {
        body["ticket"] = in.ticket.toStdString();
    } else {
        body["email"] = in.email.toStdString();
        body["password"] = in.password.toStdString();
        if (!in.totpCode.isEmpty()) {
            body["totpCode"] = in.totpCode.toStdString();
        }
    }
    if (!in.organisationId.isEmpty()) {
        body["organisationId"] = in.organisationId.toStdString();
    }
    auto json = sendJson(QStringLiteral("/api/v1/auth/signin"), body);
    if (!json) {
        return fail(json.error());
    }
    const auto& j = *json;
    if (!j.contains("token") || !j["token"].is_string()) {
        return fail(NetError{NetErrc::BadResponse, 201, {}, "no token in the answer", {}});
    }
    SigninResult result;
    result.token = QByteArray::fromStdString(j["token"].get<std::string>());
    result.deviceId = QString::fromStdString(j.value("deviceId", ""));
    if (j.contains("organisation") && j["organisation"].is_object()) {
        result.organisationId = QString::fromStdString(j["organisation"].value("id", ""));
        result.organisationName = QString::fromStdString(j["organisation"].value("name", ""));
    }
    result.role = QString::fromStdString(j.value("role", ""));
    if (j.contains("user") && j["user"].is_object()) {
        result.userEmail = QString::fromStdString(j["user"].value("email", ""));
        result.userName = QString::fromStdString(j["user"].value("name", ""));
    }
    return result;
}

NetResult<SigninResult> SyncApi::whoAmI()
{
    auto reply = send("GET", QStringLiteral("/api/v1/auth/me"), {}, {});
    if (!reply) {
        return fail(reply.error());
    }
    const auto j = nlohmann::json::parse(reply->body.toStdString(), nullptr, false);
    if (!j.is_object() || !j.contains("clientId") || !j["clientId"].is_string() || !j.contains("role") ||
        !j["role"].is_string()) {
        return fail(NetError{NetErrc::BadResponse, reply->status, {}, "auth/me without role or clientId", {}});
    }
    SigninResult result;
    result.token = m_token;
    result.deviceId = QString::fromStdString(j.value("deviceId", ""));
    result.clientId = QString::fromStdString(j["clientId"].get<std::string>());
    result.role = QString::fromStdString(j["role"].get<std::string>());
    if (j.contains("organisation") && j["organisation"].is_object()) {
        result.organisationId = QString::fromStdString(j["organisation"].value("id", ""));
        result.organisationName = QString::fromStdString(j["organisation"].value("name", ""));
    }
    if (j.contains("user") && j["user"].is_object()) {
        result.userEmail = QString::fromStdString(j["user"].value("email", ""));
        result.userName = QString::fromStdString(j["user"].value("name", ""));
    }
    return result;
}

NetResult<nlohmann::json> SyncApi::createKioskDevice(const QString& name)
{
    auto j = sendJson(QStringLiteral("/api/v1/kiosk-devices"), {{"name", name.toStdString()}});
    if (!j) {
        return fail(j.error());
    }
    if (!j->contains("token") || !(*j)["token"].is_string()) {
        return fail(NetError{NetErrc::BadResponse, 201, {}, "no token in the answer", {}});
    }
    return j;
}

NetResult<nlohmann::json> SyncApi::adoptionGallery()
{
    auto reply = send("GET", QStringLiteral("/api/v1/adoption/animals"), {}, {});
    if (!reply) {
        return fail(reply.error());
    }
    auto body = nlohmann::json::parse(reply->body.toStdString(), nullptr, false);
    if (!body.is_object() || !body.contains("items") || !body["items"].is_array()) {
        return fail(NetError{NetErrc::BadResponse, reply->status, {}, "the gallery has no items", {}});
    }
    return std::move(body["items"]);
}

NetResult<void> SyncApi::signUp(const SignupRequest& in)
{
    const nlohmann::json body = {
        {"email", in.email.toStdString()},
        {"password", in.password.toStdString()},
        {"name", in.name.toStdString()},
        {"organisation", {{"name", in.organisationName.toStdString()}, {"kind", in.organisationKind.toStdString()}}}};
    auto json = sendJson(QStringLiteral("/api/v1/auth/signup"), body);
    if (!json) {
        return fail(json.error());
    }
    return {};
}

NetResult<void> SyncApi::signOut()
{
    auto reply = send("POST", QStringLiteral("/api/v1/auth/signout"), "{}", "application/json");
    if (!reply) {
        return fail(reply.error());
    }
    return {};
}

NetResult<sync::PushResponse> SyncApi::push(const sync::PushRequest& request)
{
    auto json = sendJson(QStringLiteral("/api/v1/sync/push"), sync::toJson(request));
    if (!json) {
        return fail(json.error());
    }
    return decode(*json, &sync::pushResponseFromJson);
}

NetResult<sync::PullResponse> SyncApi::pull(const sync::PullRequest& request)
{
    auto page = pullPage(request);
    if (!page) {
        return fail(page.error());
    }
    return std::move(page->response);
}

NetResult<PulledPage> SyncApi::pullPage(const sync::PullRequest& request)
{
    auto answer = pullBody(request);
    if (!answer) {
        return fail(answer.error());
    }
    return readPull(*answer);
}

NetResult<SyncApi::PullAnswer> SyncApi::pullBody(const sync::PullRequest& request)
{
    auto reply = send("POST", QStringLiteral("/api/v1/sync/pull"),
                      QByteArray::fromStdString(sync::toJson(request).dump()), "application/json");
    if (!reply) {
        return fail(reply.error());
    }
    return PullAnswer{reply->status, std::move(reply->body)};
}

NetResult<PulledPage> SyncApi::readPull(const PullAnswer& answer)
{
    const std::string_view body(answer.body.constData(), static_cast<std::size_t>(answer.body.size()));
    std::vector<std::string_view> slices;
    std::optional<sync::PullResponse> read = sync::readPullResponse(body, &slices);
    if (!read) {
        // Not the shape the server writes: the full parser says what is wrong (or reads it).
        const nlohmann::json json = nlohmann::json::parse(body, nullptr, false);
        if (json.is_discarded()) {
            return fail(NetError{NetErrc::BadResponse, answer.status, {}, "the answer is not JSON", {}});
        }
        auto response = decode(json, &sync::pullResponseFromJson);
        if (!response) {
            return fail(response.error());
        }
        read = std::move(*response);
        slices = sync::pullRowTexts(body);
    }
    PulledPage page{std::move(*read), answer.body, {}}; // the body is shared, not copied
    if (slices.size() == page.response.rows.size()) {
        page.rowTexts = std::move(slices);
    }
    return page;
}

NetResult<bool> SyncApi::hasBlob(const QString& sha256)
{
    auto reply = send("HEAD", QStringLiteral("/api/v1/blobs/") + sha256, {}, {});
    if (!reply) {
        if (reply.error().code == NetErrc::NotFound) {
            return false;
        }
        return fail(reply.error());
    }
    return true;
}

NetResult<void> SyncApi::uploadBlob(const QString& sha256, const QByteArray& data, const QString& mimeType)
{
    auto reply = send("PUT", QStringLiteral("/api/v1/blobs/") + sha256, data, mimeType.toLatin1());
    if (!reply) {
        return fail(reply.error());
    }
    return {};
}

NetResult<QByteArray> SyncApi::downloadBlob(const QString& sha256)
{
    auto reply = send("GET", QStringLiteral("/api/v1/blobs/") + sha256, {}, {});
    if (!reply) {
        return fail(reply.error());
    }
    return reply->body;
}

} // namespace petinfo::client
