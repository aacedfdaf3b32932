// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/BillingShop.h"

#include <chrono>
#include <stdexcept>
#include <thread>

namespace petinfo::test {

using nlohmann::json;

std::map<std::string, std::string> BillingShop::config() const
{
    std::map<std::string, std::string> c{
        {"billing.plans", "free, clinic-monthly, clinic-yearly"},
        {"billing.freePlan", "free"},
        {"billing.plan.free.name", "Free"},
        {"billing.plan.free.devices", "2"},
        {"billing.plan.free.kiosks", "0"},
        {"billing.plan.free.whatsapp", "false"},
        {"billing.plan.free.tagClaims", "3"},
        {"billing.plan.clinic-monthly.name", "Clinic monthly"},
        {"billing.plan.clinic-monthly.interval", "month"},
        {"billing.plan.clinic-monthly.devices", "10"},
        {"billing.plan.clinic-monthly.kiosks", "2"},
        {"billing.plan.clinic-monthly.whatsapp", "true"},
        {"billing.plan.clinic-monthly.price.MXN", "49900"},
        {"billing.plan.clinic-monthly.price.USD", "2900"},
        {"billing.plan.clinic-yearly.name", "Clinic yearly"},
        {"billing.plan.clinic-yearly.interval", "year"},
        {"billing.plan.clinic-yearly.devices", "10"},
        {"billing.plan.clinic-yearly.kiosks", "2"},
        {"billing.plan.clinic-yearly.whatsapp", "true"},
        {"billing.plan.clinic-yearly.price.MXN", "499000"},
        {"billing.plan.clinic-yearly.price.USD", "29000"},
        {"billing.plan.clinic-yearly.price.CLP", "290000"},
        {"billing.addons", "tags10"},
        {"billing.addon.tags10.name", "Tag pack (10 claims)"},
        {"billing.addon.tags10.tagClaims", "10"},
        {"billing.addon.tags10.price.MXN", "9950"},
        {"billing.addon.tags10.price.USD", "500"},
    };
    for (const auto& kv : mercadopago.serverConfig()) {
        c.insert(kv);
    }
    for (const auto& kv : stripe.serverConfig()) {
        c.insert(kv);
    }
    return c;
}

json BillingShop::checkout(const ServerProcess& server, const std::string& token, const std::string& plan,
                           const std::string& currency)
{
    const HttpResponse r = server.post("/api/v1/billing/checkouts", {{"plan", plan}, {"currency", currency}}, token);
    if (r.status != 201) {
        throw std::runtime_error("checkout failed: " + std::to_string(r.status) + " " + r.body);
    }
    return r.json();
}

json BillingShop::addonCheckout(const ServerProcess& server, const std::string& token, const std::string& addon,
                                const std::string& currency)
{
    const HttpResponse r = server.post("/api/v1/billing/checkouts", {{"addon", addon}, {"currency", currency}}, token);
    if (r.status != 201) {
        throw std::runtime_error("add-on checkout failed: " + std::to_string(r.status) + " " + r.body);
    }
    return r.json();
}

std::string BillingShop::preferenceOf(const json& checkout)
{
    const std::string url = checkout["url"];
    return url.substr(url.find("pref_id=") + 8);
}

std::string BillingShop::sessionOf(const json& checkout)
{
    const std::string url = checkout["url"];
    return url.substr(url.rfind('/') + 1);
}

json BillingShop::status(const ServerProcess& server, const std::string& token)
{
    const HttpResponse r = server.get("/api/v1/billing", token);
    if (r.status != 200) {
        throw std::runtime_error("billing status failed: " + std::to_string(r.status) + " " + r.body);
    }
    return r.json();
}

bool eventually(const std::function<bool()>& done, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        if (done()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return done();
}

} // namespace petinfo::test
