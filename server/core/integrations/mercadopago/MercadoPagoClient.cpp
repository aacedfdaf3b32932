// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrations/mercadopago/MercadoPagoClient.h"

#include "integrations/http/HttpsCall.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeParser.h>
#include <Poco/Timestamp.h>

#include <cmath>

namespace petinfo::server::mercadopago {

using nlohmann::json;

namespace {

std::int64_t power10(int exponent)
{
    std::int64_t p = 1;
    for (int i = 0; i < exponent; ++i) {
        p *= 10;
    }
    return p;
}

std::string baseOf(const MercadoPagoSettings& s)
{
    std::string base = s.baseUrl;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    return base;
}

/** An answer that is not a success: 5xx, 429 and a refused token are worth another try. */
template <typename T>
ApiResult<T> failure(const integrations::CallAnswer& a, const char* what)
{
    ApiResult<T> out;
    if (a.kind != integrations::CallAnswer::Kind::Answered) {
        out.transient = true;
        out.error = std::string(what) + ": " + a.error;
        return out;
    }
    out.transient = a.status >= 500 || a.status == 429 || a.status == 401 || a.status == 403;
    std::string message;
    const json body = json::parse(a.body, nullptr, false);
    if (body.is_object() && body.contains("message") && body["message"].is_string()) {
        message = body["message"].get<std::string>().substr(0, 300);
    }
    out.error = std::string(what) + ": HTTP " + std::to_string(a.status) + (message.empty() ? "" : " " + message);
    return out;
}

} // namespace

std::string decimalText(std::int64_t minor, int exponent)
{
    const std::int64_t scale = power10(exponent);
    const bool negative = minor < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(minor + 1)) + 1 : static_cast<std::uint64_t>(minor);
    const auto unit = static_cast<std::uint64_t>(scale);
    std::string out = (negative ? "-" : "") + std::to_string(magnitude / unit);
    if (const std::uint64_t fraction = magnitude % unit; fraction != 0) {
        std::string digits = std::to_string(fraction);
        out += "." + std::string(static_cast<std::size_t>(exponent) - digits.size(), '0') + digits;
    }
    return out;
}

std::optional<std::int64_t> toMinor(const json& amount, int exponent)
{
    if (amount.is_number_integer()) {
        return amount.get<std::int64_t>() * power10(exponent);
    }
    if (!amount.is_number_float()) {
        return std::nullopt;
    }
    const double scaled = amount.get<double>() * static_cast<double>(power10(exponent));
    if (!std::isfinite(scaled) || scaled < 0 || scaled > 1e15) {
        return std::nullopt;
    }
    const auto rounded = std::llround(scaled);
    // More decimals than the currency has is not an amount we charged.
    if (std::fabs(scaled - static_cast<double>(rounded)) > 1e-6 * std::max(1.0, scaled)) {
        return std::nullopt;
    }
    return rounded;
}

MercadoPagoClient::MercadoPagoClient(MercadoPagoSettings settings)
    : m_settings(std::move(settings))
{}

std::string MercadoPagoClient::preferenceBody(const PreferenceRequest& r)
{
    // unit_price is a JSON number with decimals. It is written from the integer as text (never
    // through a double): a marker string takes its place in the document and is replaced by the
    // exact decimal after serialisation. The marker's quoted form, a structural `"unit_price":"`
    // followed by it, cannot come from a title or URL (their quotes are escaped).
    static const std::string marker = "\\u0001unit_price\\u0001"; // as dump() escapes it
    json body{{"items", json::array({json{{"id", r.itemId},
                                          {"title", r.title},
                                          {"quantity", 1},
                                          {"currency_id", r.currency},
                                          {"unit_price", "\x01unit_price\x01"}}})},
              {"external_reference", r.externalReference},
              {"notification_url", r.notificationUrl},
              {"back_urls", {{"success", r.successUrl}, {"failure", r.failureUrl}, {"pending", r.pendingUrl}}},
              {"auto_return", "approved"}};
    if (r.expiresMs > 0) {
        // MercadoPago refuses payments of the preference after this (our checkout's expiry).
        body["expires"] = true;
        body["expiration_date_to"] =
            Poco::DateTimeFormatter::format(Poco::Timestamp(r.expiresMs * 1000), "%Y-%m-%dT%H:%M:%S.%i+00:00");
    }
    std::string text = body.dump();
    const std::string placeholder = "\"unit_price\":\"" + marker + "\"";
    const auto at = text.find(placeholder);
    text.replace(at, placeholder.size(), "\"unit_price\":" + decimalText(r.amountMinor, r.currencyExponent));
    return text;
}

std::optional<Payment> MercadoPagoClient::parsePayment(const json& body)
{
    if (!body.is_object() || !body.contains("id") || !body.contains("status") || !body["status"].is_string() ||
        !body.contains("currency_id") || !body["currency_id"].is_string() || !body.contains("transaction_amount")) {
        return std::nullopt;
    }
    Payment p;
    p.id = body["id"].is_string() ? body["id"].get<std::string>() : body["id"].dump();
    p.status = body["status"].get<std::string>();
    p.statusDetail = body.value("status_detail", std::string());
    p.currency = body["currency_id"].get<std::string>();
    const int exponent = p.currency == "CLP" ? 0 : 2;
    const auto amount = toMinor(body["transaction_amount"], exponent);
    if (!amount) {
        return std::nullopt;
    }
    p.amountMinor = *amount;
    if (body.contains("external_reference") && body["external_reference"].is_string()) {
        p.externalReference = body["external_reference"].get<std::string>();
    }
    if (body.contains("date_created") && body["date_created"].is_string()) {
        Poco::DateTime when;
        int tzd = 0;
        if (Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT,
                                           body["date_created"].get<std::string>(), when, tzd)) {
            when.makeUTC(tzd);
            p.createdMs = when.timestamp().epochMicroseconds() / 1000;
        }
    }
    return p;
}

ApiResult<Preference> MercadoPagoClient::createPreference(const PreferenceRequest& request)
{
    integrations::CallRequest call;
    call.method = "POST";
    call.url = baseOf(m_settings) + "/checkout/preferences";
    call.headers = {{"Authorization", "Bearer " + m_settings.accessToken},
                    {"X-Idempotency-Key", request.externalReference}};
    call.contentType = "application/json";
    call.body = preferenceBody(request);
    call.timeoutMs = m_settings.timeoutMs;
    const integrations::CallAnswer a = integrations::call(call);
    if (a.kind != integrations::CallAnswer::Kind::Answered || a.status < 200 || a.status >= 300) {
        return failure<Preference>(a, "creating the preference");
    }
    const json body = json::parse(a.body, nullptr, false);
    if (!body.is_object() || !body.contains("id") || !body["id"].is_string() || !body.contains("init_point") ||
        !body["init_point"].is_string()) {
        return ApiResult<Preference>{std::nullopt, false,
                                     "creating the preference: an answer without id or init_point"};
    }
    return ApiResult<Preference>{
        Preference{body["id"].get<std::string>(), body["init_point"].get<std::string>()}, false, {}};
}

ApiResult<Payment> MercadoPagoClient::payment(const std::string& paymentId)
{
    integrations::CallRequest call;
    call.url = baseOf(m_settings) + "/v1/payments/" + integrations::formEncode(paymentId);
    call.headers = {{"Authorization", "Bearer " + m_settings.accessToken}};
    call.timeoutMs = m_settings.timeoutMs;
    const integrations::CallAnswer a = integrations::call(call);
    if (a.kind != integrations::CallAnswer::Kind::Answered || a.status < 200 || a.status >= 300) {
        return failure<Payment>(a, "reading the payment");
    }
    auto parsed = parsePayment(json::parse(a.body, nullptr, false));
    if (!parsed) {
        return ApiResult<Payment>{std::nullopt, false, "reading the payment: an answer without status or amount"};
    }
    return ApiResult<Payment>{std::move(parsed), false, {}};
}

} // namespace petinfo::server::mercadopago
