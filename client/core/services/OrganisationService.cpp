// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OrganisationService.h"

namespace petinfo::client {

OrganisationService::OrganisationService(QObject* parent)
    : QObject(parent)
{}

void OrganisationService::setServer(ApiFactory factory, QString role)
{
    m_apiFactory = std::move(factory);
    m_role = std::move(role);
    remember({});
}

NetResult<QString> OrganisationService::fetchPublicSlug()
{
    auto answer = call("GET", QStringLiteral("/api/v1/organisation"), nullptr);
    if (!answer) {
        return fail(answer.error());
    }
    const auto slug = answer->find("publicSlug");
    if (!answer->is_object() || (slug != answer->end() && !slug->is_string())) {
        return fail(NetError{NetErrc::BadResponse, 200, {}, "publicSlug is not text", {}});
    }
    remember(slug == answer->end() ? QString() : QString::fromStdString(slug->get<std::string>()));
    return m_slug;
}

NetResult<QString> OrganisationService::setPublicSlug(const QString& slug)
{
    auto answer = call("PUT", QStringLiteral("/api/v1/organisation/public-slug"),
                       nlohmann::json{{"publicSlug", slug.trimmed().toStdString()}});
    if (!answer) {
        return fail(answer.error());
    }
    if (!answer->is_object() || !answer->contains("publicSlug") || !(*answer)["publicSlug"].is_string()) {
        return fail(NetError{NetErrc::BadResponse, 200, {}, "publicSlug missing from the answer", {}});
    }
    remember(QString::fromStdString((*answer)["publicSlug"].get<std::string>()));
    return m_slug;
}

NetResult<nlohmann::json> OrganisationService::call(const QByteArray& method, const QString& path,
                                                    const nlohmann::json& body)
{
    std::unique_ptr<SyncApi> api = m_apiFactory ? m_apiFactory() : nullptr;
    if (!api) {
        return fail(
            NetError{NetErrc::Unauthorized, 0, "not_signed_in", "this database is not signed in to a server", {}});
    }
    return api->call(method, path, body);
}

void OrganisationService::remember(const QString& slug)
{
    if (slug != m_slug) {
        m_slug = slug;
        Q_EMIT publicSlugChanged(m_slug);
    }
}

} // namespace petinfo::client
