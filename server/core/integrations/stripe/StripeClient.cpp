// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrations/stripe/StripeClient.h"

#include "integrations/http/HttpsCall.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace petinfo::server::stripe {

using nlohmann::json;

StripeClient::StripeClient(StripeSettings settings)
    : m_settings(std::move(settings))
{}

std::vector<std::pair<std::string, std::string>> StripeClient::sessionForm(const SessionRequest& r)
{
    std::string currency = r.currency;
    std::transform(currency.begin(), currency.end(), currency.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::vector<std::pair<std::string, std::string>> f{
        {"mode", r.interval.empty() ? "payment" : "subscription"},
        {"client_reference_id", r.clientReferenceId},
        {"success_url", r.successUrl},
        {"cancel_url", r.cancelUrl},
        {"line_items[0][quantity]", "1"},
        {"line_items[0][price_data][currency]", currency},
        {"line_items[0][price_data][unit_amount]", std::to_string(r.amountMinor)},
        {"line_items[0][price_data][product_data][name]", r.productName},
        {"metadata[checkout_id]", r.clientReferenceId},
    };
    if (!r.interval.empty()) {
        f.emplace_back("line_items[0][price_data][recurring][interval]", r.interval);
        // Renewal and cancellation events name the subscription; this ties it to the checkout too.
        f.emplace_back("subscription_data[metadata][checkout_id]", r.clientReferenceId);
    } else {
        f.emplace_back("payment_intent_data[metadata][checkout_id]", r.clientReferenceId);
    }
    if (!r.customerEmail.empty()) {
        f.emplace_back("customer_email", r.customerEmail);
    }
    if (r.expiresAt > 0) {
        f.emplace_back("expires_at", std::to_string(r.expiresAt));
    }
    return f;
}

std::string StripeClient::encodeForm(const std::vector<std::pair<std::string, std::string>>& fields)
{
    std::string out;
    for (const auto& [key, value] : fields) {
        if (!out.empty()) {
            out += '&';
        }
        out += integrations::formEncode(key) + "=" + integrations::formEncode(value);
    }
    return out;
}

ApiResult<Session> StripeClient::createCheckoutSession(const SessionRequest& request)
{
    std::string base = m_settings.baseUrl;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    integrations::CallRequest call;
    call.method = "POST";
    call.url = base + "/v1/checkout/sessions";
    call.headers = {{"Authorization", "Bearer " + m_settings.secretKey},
                    {"Idempotency-Key", "checkout-" + request.clientReferenceId}};
    call.contentType = "application/x-www-form-urlencoded";
    call.body = encodeForm(sessionForm(request));
    call.timeoutMs = m_settings.timeoutMs;
    const integrations::CallAnswer a = integrations::call(call);
    ApiResult<Session> out;
    if (a.kind != integrations::CallAnswer::Kind::Answered) {
        out.transient = true;
        out.error = "creating the checkout session: " + a.error;
        return out;
    }
    const json body = json::parse(a.body, nullptr, false);
    if (a.status < 200 || a.status >= 300) {
        out.transient = a.status >= 500 || a.status == 429 || a.status == 401;
        std::string message;
        if (body.is_object() && body.contains("error") && body["error"].is_object() &&
            body["error"].contains("message") && body["error"]["message"].is_string()) {
            message = " " + body["error"]["message"].get<std::string>().substr(0, 300);
        }
        out.error = "creating the checkout session: HTTP " + std::to_string(a.status) + message;
        return out;
    }
    if (!body.is_object() || !body.contains("id") || !body["id"].is_string() || !body.contains("url") ||
        !body["url"].is_string()) {
        out.error = "creating the checkout session: an answer without id or url";
        return out;
    }
    out.value = Session{body["id"].get<std::string>(), body["url"].get<std::string>()};
    return out;
}

} // namespace petinfo::server::stripe
