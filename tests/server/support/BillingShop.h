// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/FakeMercadoPago.h"
#include "support/FakeStripe.h"
#include "support/ServerProcess.h"

#include <functional>
#include <map>
#include <string>

namespace petinfo::test {

/** The plans the billing tests sell, and local fakes of both providers: Free (2 devices, no
 *  kiosk, no WhatsApp, 3 tag claims), Clinic monthly (MXN 499.00 / USD 29.00: 10 devices, 2
 *  kiosks, WhatsApp, tags without limit) and Clinic yearly; the add-on tags10 (10 more tag
 *  claims, MXN 99.50 / USD 5.00, paid once). */
struct BillingShop
{
    FakeMercadoPago mercadopago;
    FakeStripe stripe;

    /** Server config keys: the plans and both fakes. */
    std::map<std::string, std::string> config() const;

    /** POST /api/v1/billing/checkouts; the 201 body (throws otherwise). */
    static nlohmann::json checkout(const ServerProcess& server, const std::string& token, const std::string& plan,
                                   const std::string& currency);
    /** POST /api/v1/billing/checkouts for an add-on; the 201 body (throws otherwise). */
    static nlohmann::json addonCheckout(const ServerProcess& server, const std::string& token, const std::string& addon,
                                        const std::string& currency);
    /** The preference id of a MercadoPago checkout (from its init_point). */
    static std::string preferenceOf(const nlohmann::json& checkout);
    /** The session id of a Stripe checkout (from its URL). */
    static std::string sessionOf(const nlohmann::json& checkout);

    /** GET /api/v1/billing. */
    static nlohmann::json status(const ServerProcess& server, const std::string& token);
};

/** Polls until `done` holds; false after `timeoutMs`. */
bool eventually(const std::function<bool()>& done, int timeoutMs = 10000);

} // namespace petinfo::test
