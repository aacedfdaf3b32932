// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeMercadoPago.h"

#include <Poco/URI.h>

#include <chrono>
#include <regex>

namespace petinfo::test {

using nlohmann::json;

namespace {

const std::vector<std::string> kCurrencies{"ARS", "BRL", "MXN", "CLP", "COP", "PEN", "UYU"};

FakeAnswer error(int status, const std::string& code, const std::string& message)
{
    return FakeAnswer{status,
                      json{{"message", message}, {"error", code}, {"status", status}, {"cause", json::array()}}.dump()};
}

bool isUrl(const json& v)
{
    static const std::regex url("https?://[^\\s/]+(/\\S*)?");
    return v.is_string() && std::regex_match(v.get<std::string>(), url);
}

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

FakeMercadoPago::FakeMercadoPago(Options options)
    : m_options(std::move(options))
    , m_http([this](const FakeRequest& r) { return handle(r); })
{}

std::map<std::string, std::string> FakeMercadoPago::serverConfig() const
{
    return {{"mercadopago.baseUrl", baseUrl()},
            {"mercadopago.accessToken", m_options.accessToken},
            {"mercadopago.webhookSecret", m_options.webhookSecret},
            {"mercadopago.timeoutMilliseconds", "2000"}};
}

std::vector<json> FakeMercadoPago::preferences() const
{
    std::lock_guard lock(m_mutex);
    std::vector<json> out;
    for (const auto& [id, p] : m_preferences) {
        out.push_back(p);
    }
    return out;
}

std::vector<std::string> FakeMercadoPago::refusals() const
{
    std::lock_guard lock(m_mutex);
    return m_refusals;
}

int FakeMercadoPago::paymentReads() const
{
    std::lock_guard lock(m_mutex);
    return m_reads;
}

void FakeMercadoPago::failReads(int count)
{
    std::lock_guard lock(m_mutex);
    m_failReads = count;
}

FakeAnswer FakeMercadoPago::handle(const FakeRequest& r)
{
    std::lock_guard lock(m_mutex);
    auto refuse = [&](int status, const std::string& code, const std::string& why) {
        m_refusals.push_back(r.method + " " + r.path + ": " + why);
        return error(status, code, why);
    };
    if (r.header("authorization") != "Bearer " + m_options.accessToken) {
        return refuse(401, "unauthorized", "invalid access token");
    }
    if (r.method == "POST" && r.path == "/checkout/preferences") {
        if (r.header("content-type").rfind("application/json", 0) != 0) {
            return refuse(400, "bad_request", "content-type must be application/json");
        }
        json body = json::parse(r.body, nullptr, false);
        // unit_price as written on the wire: a plain decimal with at most two places (the
        // parsed double cannot tell 499.999 sent from 500 rounded).
        static const std::regex price("\"unit_price\":(-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?)");
        for (std::sregex_iterator it(r.body.begin(), r.body.end(), price), end; it != end; ++it) {
            const std::string text = (*it)[1].str();
            const auto dot = text.find('.');
            if (text.find_first_of("eE") != std::string::npos ||
                (dot != std::string::npos && text.size() - dot - 1 > 2)) {
                return refuse(400, "invalid_items", "unit_price must be a decimal with at most two places: " + text);
            }
        }
        if (!body.is_object() || !body.contains("items") || !body["items"].is_array() || body["items"].empty()) {
            return refuse(400, "invalid_items", "items must be a non-empty array");
        }
        for (const json& item : body["items"]) {
            if (!item.is_object() || !item.contains("title") || !item["title"].is_string() ||
                item["title"].get<std::string>().empty() || !item.contains("quantity") ||
                !item["quantity"].is_number_integer() || item["quantity"].get<int>() < 1 ||
                !item.contains("unit_price") || !item["unit_price"].is_number() ||
                item["unit_price"].get<double>() <= 0 || !item.contains("currency_id") ||
                !item["currency_id"].is_string() ||
                std::find(kCurrencies.begin(), kCurrencies.end(), item["currency_id"].get<std::string>()) ==
                    kCurrencies.end()) {
                return refuse(400, "invalid_items", "an item lacks title, quantity, currency_id or unit_price");
            }
            if (item["currency_id"] == "CLP" && !item["unit_price"].is_number_integer()) {
                return refuse(400, "invalid_items", "CLP prices have no decimals");
            }
        }
        if (!body.contains("external_reference") || !body["external_reference"].is_string() ||
            body["external_reference"].get<std::string>().empty() ||
            body["external_reference"].get<std::string>().size() > 256) {
            return refuse(400, "invalid_external_reference", "external_reference is required here");
        }
        if (!isUrl(body.value("notification_url", json()))) {
            return refuse(400, "invalid_notification_url", "notification_url must be a URL");
        }
        const json back = body.value("back_urls", json());
        if (!back.is_object() || !isUrl(back.value("success", json())) || !isUrl(back.value("failure", json())) ||
            !isUrl(back.value("pending", json()))) {
            return refuse(400, "invalid_back_urls", "back_urls needs success, failure and pending URLs");
        }
        const std::string id = "202809963-" + std::to_string(m_next++) + "-fake";
        body["id"] = id;
        body["init_point"] = baseUrl() + "/checkout/v1/redirect?pref_id=" + id;
        body["sandbox_init_point"] = baseUrl() + "/sandbox/checkout/v1/redirect?pref_id=" + id;
        body["collector_id"] = 202809963;
        m_preferences[id] = body;
        return FakeAnswer{201, body.dump()};
    }
    static const std::regex payment("/v1/payments/([0-9]+)");
    std::smatch m;
    if (r.method == "GET" && std::regex_match(r.path, m, payment)) {
        if (m_failReads > 0) {
            --m_failReads;
            return error(500, "internal_error", "internal error");
        }
        const auto it = m_payments.find(m[1].str());
        if (it == m_payments.end()) {
            return refuse(404, "not_found", "Payment not found");
        }
        ++m_reads;
        return FakeAnswer{200, it->second.dump()};
    }
    return refuse(404, "not_found", "resource not found");
}

std::string FakeMercadoPago::pay(const std::string& preferenceId, const std::string& status, const json& changes)
{
    std::lock_guard lock(m_mutex);
    const json& pref = m_preferences.at(preferenceId);
    const json& item = pref["items"][0];
    const std::string id = std::to_string(1319000000 + m_next++);
    json p{{"id", std::stoll(id)},
           {"status", status},
           {"status_detail", status == "approved"   ? "accredited"
                             : status == "rejected" ? "cc_rejected_other_reason"
                                                    : "pending_contingency"},
           {"currency_id", item["currency_id"]},
           {"transaction_amount", item["unit_price"]},
           {"external_reference", pref["external_reference"]},
           {"description", item["title"]},
           {"payment_method_id", "visa"},
           {"payment_type_id", "credit_card"},
           {"live_mode", false},
           {"date_created", "2026-12-07T12:00:00.000-03:00"}};
    for (const auto& [key, value] : changes.items()) {
        p[key] = value;
    }
    m_payments[id] = p;
    m_notificationUrls[id] = pref["notification_url"];
    return id;
}

void FakeMercadoPago::update(const std::string& paymentId, const json& changes)
{
    std::lock_guard lock(m_mutex);
    for (const auto& [key, value] : changes.items()) {
        m_payments.at(paymentId)[key] = value;
    }
}

HttpRequest FakeMercadoPago::notification(const std::string& paymentId, const MercadoPagoDelivery& d) const
{
    std::string url;
    {
        std::lock_guard lock(m_mutex);
        url = m_notificationUrls.at(paymentId);
    }
    const Poco::URI uri(url);
    const std::string dataId = d.dataId.empty() ? paymentId : d.dataId;
    const std::string requestId = d.requestId.empty() ? uuid() : d.requestId;
    const std::int64_t ms = d.tsMs == 0 ? nowMs() : d.tsMs;
    const std::string ts = std::to_string(d.tsInSeconds ? ms / 1000 : ms);
    const std::string manifest = "id:" + dataId + ";request-id:" + requestId + ";ts:" + ts + ";";
    const std::string v1 = hmacSha256Hex(d.secret.empty() ? m_options.webhookSecret : d.secret, manifest);
    const json body{{"action", "payment.updated"}, {"api_version", "v1"},
                    {"data", {{"id", dataId}}},    {"date_created", "2026-12-07T12:00:01.000-03:00"},
                    {"id", 12345678901LL},         {"live_mode", false},
                    {"type", "payment"},           {"user_id", "202809963"}};
    HttpRequest request;
    request.method = "POST";
    const std::string query = uri.getRawQuery();
    request.path = uri.getPath() + "?" + (query.empty() ? "" : query + "&") + "data.id=" + dataId + "&type=payment";
    request.body = body.dump();
    request.contentType = "application/json";
    request.headers = {{"x-signature", "ts=" + ts + ",v1=" + v1}, {"x-request-id", requestId}};
    return request;
}

HttpResponse FakeMercadoPago::notify(const ServerProcess& server, const std::string& paymentId,
                                     const MercadoPagoDelivery& d) const
{
    return server.request(notification(paymentId, d));
}

} // namespace petinfo::test
