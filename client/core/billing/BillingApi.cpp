// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingApi.h"

#include <QUrl>

namespace petinfo::client {

using nlohmann::json;

namespace {

QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

NetError badAnswer(const char* what)
{
    return NetError{NetErrc::BadResponse, 200, "bad_response", what, {}};
}

} // namespace

BillingApi::BillingApi(ApiFactory factory)
    : m_factory(std::move(factory))
{}

NetResult<json> BillingApi::call(const QByteArray& method, const QString& path, const json& body) const
{
    std::unique_ptr<SyncApi> api = m_factory ? m_factory() : nullptr;
    if (!api) {
        return fail(
            NetError{NetErrc::Unauthorized, 0, "not_signed_in", "this database is not signed in to a server", {}});
    }
    return api->call(method, path, body);
}

NetResult<BillingCatalogue> BillingApi::plans() const
{
    auto answer = call("GET", QStringLiteral("/api/v1/billing/plans"), nullptr);
    if (!answer) {
        return fail(answer.error());
    }
    if (!answer->is_object() || !answer->contains("plans")) {
        return fail(badAnswer("the plans answer has no plans"));
    }
    return BillingCatalogue::fromJson(*answer);
}

NetResult<BillingStatus> BillingApi::status() const
{
    auto answer = call("GET", QStringLiteral("/api/v1/billing"), nullptr);
    if (!answer) {
        return fail(answer.error());
    }
    if (!answer->is_object() || !answer->contains("state")) {
        return fail(badAnswer("the billing answer has no state"));
    }
    return BillingStatus::fromJson(*answer);
}

NetResult<BillingCheckout> BillingApi::createCheckout(const QString& id, const QString& currency, Item item) const
{
    auto answer =
        call("POST", QStringLiteral("/api/v1/billing/checkouts"),
             json{{item == Item::Addon ? "addon" : "plan", id.toStdString()}, {"currency", currency.toStdString()}});
    if (!answer) {
        return fail(answer.error());
    }
    BillingCheckout c = BillingCheckout::fromJson(*answer);
    const QUrl url(c.url);
    if (c.id.isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return fail(badAnswer("the checkout answer has no web address to pay at"));
    }
    return c;
}

NetResult<BillingCheckout> BillingApi::checkout(const QString& id) const
{
    auto answer = call("GET", QStringLiteral("/api/v1/billing/checkouts/%1").arg(segment(id)), nullptr);
    if (!answer) {
        return fail(answer.error());
    }
    BillingCheckout c = BillingCheckout::fromJson(*answer);
    if (c.id != id || c.state.isEmpty()) {
        return fail(badAnswer("the checkout answer is about another checkout"));
    }
    return c;
}

NetResult<BillingPayment> BillingApi::payment(const QString& id) const
{
    auto answer = call("GET", QStringLiteral("/api/v1/billing/payments/%1").arg(segment(id)), nullptr);
    if (!answer) {
        return fail(answer.error());
    }
    BillingPayment p = BillingPayment::fromJson(*answer);
    if (p.id != id) {
        return fail(badAnswer("the payment answer is about another payment"));
    }
    return p;
}

} // namespace petinfo::client
