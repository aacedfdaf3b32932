// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeStripe.h"

#include <Poco/Base64Decoder.h>
#include <Poco/String.h>

#include <chrono>
#include <regex>
#include <sstream>

namespace petinfo::test {

using nlohmann::json;

namespace {

FakeAnswer stripeError(int status, const std::string& type, const std::string& message, const std::string& param = {})
{
    json e{{"type", type}, {"message", message}};
    if (!param.empty()) {
        e["param"] = param;
    }
    return FakeAnswer{status, json{{"error", e}}.dump()};
}

std::int64_t nowSeconds()
{
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::string basicUser(const std::string& header)
{
    if (header.rfind("Basic ", 0) != 0) {
        return {};
    }
    std::istringstream in(header.substr(6));
    Poco::Base64Decoder decoder(in);
    std::string decoded((std::istreambuf_iterator<char>(decoder)), std::istreambuf_iterator<char>());
    return decoded.substr(0, decoded.find(':'));
}

} // namespace

FakeStripe::FakeStripe(Options options)
    : m_options(std::move(options))
    , m_http([this](const FakeRequest& r) { return handle(r); })
{}

std::map<std::string, std::string> FakeStripe::serverConfig() const
{
    return {{"stripe.baseUrl", baseUrl()},
            {"stripe.secretKey", m_options.secretKey},
            {"stripe.webhookSecret", m_options.webhookSecret},
            {"stripe.timeoutMilliseconds", "2000"}};
}

std::vector<std::map<std::string, std::string>> FakeStripe::sessions() const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::map<std::string, std::string>> out;
    for (const auto& [id, s] : m_sessions) {
        out.push_back(s);
    }
    return out;
}

std::vector<std::string> FakeStripe::refusals() const
{
    std::lock_guard lock(m_mutex);
    return m_refusals;
}

FakeAnswer FakeStripe::handle(const FakeRequest& r)
{
    std::lock_guard lock(m_mutex);
    auto refuse = [&](int status, const std::string& type, const std::string& why, const std::string& param = {}) {
        m_refusals.push_back(r.method + " " + r.path + ": " + why);
        return stripeError(status, type, why, param);
    };
    const std::string auth = r.header("authorization");
    if (auth != "Bearer " + m_options.secretKey && basicUser(auth) != m_options.secretKey) {
        return refuse(401, "invalid_request_error", "Invalid API Key provided");
    }
    if (r.method != "POST" || r.path != "/v1/checkout/sessions") {
        return refuse(404, "invalid_request_error", "Unrecognized request URL");
    }
    if (r.header("content-type").rfind("application/x-www-form-urlencoded", 0) != 0) {
        return refuse(400, "invalid_request_error", "the body must be form-encoded");
    }
    const auto form = parseForm(r.body);
    if (!form) {
        return refuse(400, "invalid_request_error", "malformed form body");
    }
    auto field = [&](const std::string& key) {
        const auto it = form->find(key);
        return it == form->end() ? std::string() : it->second;
    };
    static const std::regex url("https?://\\S+");
    static const std::regex integer("[0-9]{1,12}");
    const std::string mode = field("mode");
    if (mode != "payment" && mode != "subscription") {
        return refuse(400, "invalid_request_error", "Missing required param: mode.", "mode");
    }
    if (!std::regex_match(field("success_url"), url)) {
        return refuse(400, "invalid_request_error", "Not a valid URL", "success_url");
    }
    if (!field("cancel_url").empty() && !std::regex_match(field("cancel_url"), url)) {
        return refuse(400, "invalid_request_error", "Not a valid URL", "cancel_url");
    }
    const std::string prefix = "line_items[0][price_data]";
    if (field(prefix + "[currency]").empty() ||
        field(prefix + "[currency]") != Poco::toLower(field(prefix + "[currency]"))) {
        return refuse(400, "invalid_request_error", "Invalid currency", prefix + "[currency]");
    }
    if (!std::regex_match(field(prefix + "[unit_amount]"), integer) || field(prefix + "[product_data][name]").empty()) {
        return refuse(400, "invalid_request_error", "Missing unit_amount or product name", prefix);
    }
    if (field("line_items[0][quantity]") != "1") {
        return refuse(400, "invalid_request_error", "Invalid quantity", "line_items[0][quantity]");
    }
    const std::string interval = field(prefix + "[recurring][interval]");
    if (mode == "subscription" && interval != "month" && interval != "year") {
        return refuse(400, "invalid_request_error", "subscription mode needs a recurring price",
                      prefix + "[recurring][interval]");
    }
    if (mode == "payment" && !interval.empty()) {
        return refuse(400, "invalid_request_error", "payment mode takes no recurring price", prefix + "[recurring]");
    }
    // Each mode takes the data of what it creates only: a payment intent, or a subscription.
    for (const auto& [key, value] : *form) {
        if (mode == "payment" && key.rfind("subscription_data", 0) == 0) {
            return refuse(400, "invalid_request_error", "You can not pass `subscription_data` in `payment` mode.",
                          "subscription_data");
        }
        if (mode == "subscription" && key.rfind("payment_intent_data", 0) == 0) {
            return refuse(400, "invalid_request_error",
                          "You can not pass `payment_intent_data` in `subscription` mode.", "payment_intent_data");
        }
    }
    if (field("client_reference_id").size() > 200) {
        return refuse(400, "invalid_request_error", "client_reference_id is too long", "client_reference_id");
    }
    const std::string id = "cs_test_fake" + std::to_string(m_next++);
    auto session = *form;
    session["id"] = id;
    m_sessions[id] = session;
    return FakeAnswer{200, json{{"id", id},
                                {"object", "checkout.session"},
                                {"url", baseUrl() + "/c/pay/" + id},
                                {"mode", mode},
                                {"status", "open"},
                                {"payment_status", "unpaid"},
                                {"client_reference_id", field("client_reference_id")},
                                {"currency", field(prefix + "[currency]")},
                                {"amount_total", std::stoll(field(prefix + "[unit_amount]"))}}
                               .dump()};
}

std::string FakeStripe::event(const std::string& type, const json& object)
{
    const std::string id = "evt_fake" + std::to_string(m_next++);
    return json{{"id", id},
                {"object", "event"},
                {"api_version", "2024-06-20"},
                {"created", nowSeconds()},
                {"livemode", false},
                {"pending_webhooks", 1},
                {"type", type},
                {"data", {{"object", object}}}}
        .dump();
}

std::string FakeStripe::completedEvent(const std::string& sessionId, const json& changes)
{
    std::lock_guard lock(m_mutex);
    const auto& s = m_sessions.at(sessionId);
    const bool subscription = s.at("mode") == "subscription";
    if (subscription && !m_subscriptions.contains(sessionId)) {
        m_subscriptions[sessionId] = "sub_fake" + std::to_string(m_next++);
    }
    if (!subscription && !m_paymentIntents.contains(sessionId)) {
        m_paymentIntents[sessionId] = "pi_fake" + std::to_string(m_next++);
    }
    json object{{"id", sessionId},
                {"object", "checkout.session"},
                {"mode", s.at("mode")},
                {"status", "complete"},
                {"payment_status", "paid"},
                {"client_reference_id", s.at("client_reference_id")},
                {"currency", s.at("line_items[0][price_data][currency]")},
                {"amount_total", std::stoll(s.at("line_items[0][price_data][unit_amount]"))},
                {"customer", "cus_fake1"},
                {"subscription", subscription ? json(m_subscriptions[sessionId]) : json(nullptr)},
                {"payment_intent", subscription ? json(nullptr) : json(m_paymentIntents[sessionId])},
                {"invoice", subscription ? json("in_fake" + std::to_string(m_next++)) : json(nullptr)},
                {"metadata", {{"checkout_id", s.at("client_reference_id")}}}};
    for (const auto& [key, value] : changes.items()) {
        object[key] = value;
    }
    return event("checkout.session.completed", object);
}

std::string FakeStripe::renewalEvent(const std::string& subscriptionId, std::int64_t amount,
                                     const std::string& currency, std::int64_t periodEnd)
{
    std::lock_guard lock(m_mutex);
    const std::string invoice = "in_fake" + std::to_string(m_next++);
    const json line{{"object", "line_item"},
                    {"amount", amount},
                    {"currency", currency},
                    {"period", {{"start", periodEnd - 30 * 86400}, {"end", periodEnd}}}};
    const json object{{"id", invoice},
                      {"object", "invoice"},
                      {"billing_reason", "subscription_cycle"},
                      {"status", "paid"},
                      {"amount_paid", amount},
                      {"currency", currency},
                      {"subscription", subscriptionId},
                      {"payment_intent", "pi_fake" + std::to_string(m_next++)},
                      {"lines", {{"object", "list"}, {"data", json::array({line})}}}};
    return event("invoice.paid", object);
}

std::string FakeStripe::subscriptionDeletedEvent(const std::string& subscriptionId)
{
    std::lock_guard lock(m_mutex);
    return event("customer.subscription.deleted", json{{"id", subscriptionId},
                                                       {"object", "subscription"},
                                                       {"status", "canceled"},
                                                       {"cancel_at_period_end", false},
                                                       {"ended_at", nowSeconds()}});
}

std::string FakeStripe::refundEvent(const std::string& paymentIntent)
{
    std::lock_guard lock(m_mutex);
    return event("charge.refunded", json{{"id", "ch_fake" + std::to_string(m_next++)},
                                         {"object", "charge"},
                                         {"payment_intent", paymentIntent},
                                         {"refunded", true},
                                         {"amount_refunded", 2900}});
}

std::string FakeStripe::subscriptionOf(const std::string& sessionId) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_subscriptions.find(sessionId);
    return it == m_subscriptions.end() ? std::string() : it->second;
}

std::string FakeStripe::paymentIntentOf(const std::string& sessionId) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_paymentIntents.find(sessionId);
    return it == m_paymentIntents.end() ? std::string() : it->second;
}

std::string FakeStripe::signature(const std::string& body, std::int64_t timestamp, const std::string& secret) const
{
    const std::string t = std::to_string(timestamp);
    return "t=" + t + ",v1=" + hmacSha256Hex(secret.empty() ? m_options.webhookSecret : secret, t + "." + body);
}

HttpRequest FakeStripe::delivery(const std::string& body, std::int64_t timestamp, const std::string& secret) const
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/api/v1/webhooks/stripe";
    r.body = body;
    r.contentType = "application/json; charset=utf-8";
    r.headers = {{"Stripe-Signature", signature(body, timestamp == 0 ? nowSeconds() : timestamp, secret)}};
    return r;
}

HttpResponse FakeStripe::deliver(const ServerProcess& server, const std::string& body, std::int64_t timestamp,
                                 const std::string& secret) const
{
    return server.request(delivery(body, timestamp, secret));
}

} // namespace petinfo::test
