// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingTypes.h"
#include "sync/SyncApi.h"

#include <functional>
#include <memory>

namespace petinfo::client {

/** The server's billing endpoints (docs/billing.md) as typed blocking calls. The server decides
 *  everything: prices, the provider of each currency, what a plan allows, whether a checkout was
 *  paid. This class only asks and reads the answers. */
class BillingApi final
{
public:
    /** Makes a client signed in to the organisation's server; null when not signed in. */
    using ApiFactory = std::function<std::unique_ptr<SyncApi>()>;

    explicit BillingApi(ApiFactory factory = {});

    bool isSignedIn() const { return static_cast<bool>(m_factory); }

    /** GET /api/v1/billing/plans */
    NetResult<BillingCatalogue> plans() const;
    /** GET /api/v1/billing */
    NetResult<BillingStatus> status() const;
    /** What a checkout buys: a plan (a period of it) or a one-time add-on. */
    enum class Item
    {
        Plan,
        Addon
    };
    /** POST /api/v1/billing/checkouts (admins): the pending checkout with the provider's URL. */
    NetResult<BillingCheckout> createCheckout(const QString& id, const QString& currency, Item item = Item::Plan) const;
    /** GET /api/v1/billing/checkouts/{id} */
    NetResult<BillingCheckout> checkout(const QString& id) const;
    /** GET /api/v1/billing/payments/{id} */
    NetResult<BillingPayment> payment(const QString& id) const;

private:
    NetResult<nlohmann::json> call(const QByteArray& method, const QString& path, const nlohmann::json& body) const;

    ApiFactory m_factory;
};

} // namespace petinfo::client
