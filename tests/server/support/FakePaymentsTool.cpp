// SPDX-License-Identifier: GPL-3.0-or-later
// The local fakes of MercadoPago and Stripe (with the billing tests' plans) as a process of its
// own, for the desktop's tests (they cannot link the server's libraries). Prints one JSON line
// with the server configuration (plans and both providers pointing at the fakes), then follows
// commands, one a line on stdin, answering each with one JSON line on stdout:
//   pay <port> <checkout url> <approved|rejected|pending> [<ts ms>]
//       pays the checkout behind the URL the app opened (a MercadoPago preference or a Stripe
//       session) and sends the provider's signed webhook to the server on <port>, signed at
//       <ts ms> (default: now), which is also when the provider says the payment was made. Stripe
//       sends nothing for a refused card: the session stays open.
//   refund <port> [<ts ms>]   refunds the last payment and sends the webhook
//   count                     {"preferences": n, "sessions": n, "refusals": [...]}
//   quit
#include "support/BillingShop.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

#include <iostream>
#include <sstream>

using namespace petinfo::test;
using nlohmann::json;

namespace {

struct Paid
{
    std::string provider;
    std::string paymentId; ///< MercadoPago's payment id, Stripe's payment intent
};

/** invoice.paid of a subscription's first invoice, which Stripe sends next to the session's
 *  completion (the fake has no builder for it): it names the first payment's payment intent. */
std::string firstInvoiceEvent(const json& completed, const std::string& intent, std::int64_t createdSeconds)
{
    const json& session = completed["data"]["object"];
    return json{{"id", "evt_first_" + session.value("invoice", std::string())},
                {"object", "event"},
                {"type", "invoice.paid"},
                {"created", createdSeconds},
                {"data",
                 {{"object",
                   {{"id", session["invoice"]},
                    {"object", "invoice"},
                    {"billing_reason", "subscription_create"},
                    {"subscription", session["subscription"]},
                    {"payment_intent", intent},
                    {"status", "paid"},
                    {"amount_paid", session["amount_total"]},
                    {"currency", session["currency"]}}}}}}
        .dump();
}

json send(int port, const HttpRequest& request, const std::string& payment)
{
    const HttpResponse answer = httpExchange(port, request);
    return json{{"status", answer.status}, {"payment", payment}, {"body", answer.body}};
}

std::string isoTime(std::int64_t ms)
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp(ms * 1000), "%Y-%m-%dT%H:%M:%S.%i+00:00");
}

} // namespace

int main()
{
    BillingShop shop;
    json config = json::object();
    for (const auto& [key, value] : shop.config()) {
        config[key] = value;
    }
    std::cout << config.dump() << std::endl;
    Paid last;
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream words(line);
        std::string command;
        words >> command;
        try {
            if (command == "pay") {
                int port = 0;
                std::string url;
                std::string status;
                std::int64_t tsMs = 0;
                words >> port >> url >> status >> tsMs;
                if (const auto at = url.find("pref_id="); at != std::string::npos) {
                    // MercadoPago reports when the payer paid (date_created).
                    json changes = json::object();
                    if (tsMs > 0) {
                        changes["date_created"] = isoTime(tsMs);
                    }
                    const std::string payment = shop.mercadopago.pay(url.substr(at + 8), status, changes);
                    last = Paid{"mercadopago", payment};
                    std::cout << send(port, shop.mercadopago.notification(payment, MercadoPagoDelivery::at(tsMs)),
                                      payment)
                                     .dump()
                              << std::endl;
                } else if (const auto pay = url.find("/c/pay/"); pay != std::string::npos) {
                    const std::string session = url.substr(pay + 7);
                    if (status != "approved") {
                        std::cout << json{{"status", 0}, {"payment", ""}}.dump() << std::endl;
                        continue;
                    }
                    json event = json::parse(shop.stripe.completedEvent(session));
                    if (tsMs > 0) {
                        event["created"] = tsMs / 1000; // the event was created when the session was paid
                    }
                    std::string intent = shop.stripe.paymentIntentOf(session);
                    json answer = send(port, shop.stripe.delivery(event.dump(), tsMs / 1000), intent);
                    if (event["data"]["object"]["mode"] == "subscription") {
                        intent = "pi_first_" + session;
                        answer["invoice"] = send(
                            port,
                            shop.stripe.delivery(firstInvoiceEvent(event, intent, event["created"].get<std::int64_t>()),
                                                 tsMs / 1000),
                            intent);
                    }
                    last = Paid{"stripe", intent};
                    std::cout << answer.dump() << std::endl;
                } else {
                    std::cout << json{{"error", "not a checkout URL of the fakes"}}.dump() << std::endl;
                }
            } else if (command == "refund") {
                int port = 0;
                std::int64_t tsMs = 0;
                words >> port >> tsMs;
                if (last.provider == "mercadopago") {
                    shop.mercadopago.update(last.paymentId, {{"status", "refunded"}});
                    std::cout << send(port,
                                      shop.mercadopago.notification(last.paymentId, MercadoPagoDelivery::at(tsMs)),
                                      last.paymentId)
                                     .dump()
                              << std::endl;
                } else if (last.provider == "stripe") {
                    std::cout << send(port, shop.stripe.delivery(shop.stripe.refundEvent(last.paymentId), tsMs / 1000),
                                      last.paymentId)
                                     .dump()
                              << std::endl;
                } else {
                    std::cout << json{{"error", "nothing paid yet"}}.dump() << std::endl;
                }
            } else if (command == "count") {
                json refusals = json::array();
                for (const std::string& r : shop.mercadopago.refusals()) {
                    refusals.push_back(r);
                }
                for (const std::string& r : shop.stripe.refusals()) {
                    refusals.push_back(r);
                }
                std::cout << json{{"preferences", shop.mercadopago.preferences().size()},
                                  {"sessions", shop.stripe.sessions().size()},
                                  {"refusals", refusals}}
                                 .dump()
                          << std::endl;
            } else if (command == "quit") {
                break;
            } else {
                std::cout << json{{"error", "unknown command"}}.dump() << std::endl;
            }
        } catch (const std::exception& e) {
            std::cout << json{{"error", e.what()}}.dump() << std::endl;
        }
    }
    return 0;
}
