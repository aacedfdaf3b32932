// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integrations/mercadopago/MercadoPago.h"

#include <nlohmann/json.hpp>

namespace petinfo::server::mercadopago {

/** MercadoPago's REST API with the seller's access token as bearer:
 *  `POST /checkout/preferences` (with X-Idempotency-Key = our checkout id) and
 *  `GET /v1/payments/{id}`. */
class MercadoPagoClient final : public MercadoPagoApi
{
public:
    explicit MercadoPagoClient(MercadoPagoSettings settings);

    ApiResult<Preference> createPreference(const PreferenceRequest& request) override;
    ApiResult<Payment> payment(const std::string& paymentId) override;

    /** The preference body as sent (its unit_price written from the integer, exactly), exposed
     *  for tests. */
    static std::string preferenceBody(const PreferenceRequest& request);
    /** Reads a payment resource; nullopt when it lacks what we check. */
    static std::optional<Payment> parsePayment(const nlohmann::json& body);

private:
    MercadoPagoSettings m_settings;
};

/** Integer minor units as the decimal MercadoPago's unit_price wants, made with integer
 *  arithmetic only: 49900 → "499", 12345 → "123.45", 5 → "0.05", CLP 290000 (exponent 0) →
 *  "290000". A whole amount has no decimals (CLP and COP prices must not have any). */
std::string decimalText(std::int64_t minor, int exponent);
/** MercadoPago's transaction_amount back to minor units; nullopt when it has more decimals than
 *  the currency (not an amount we charged), is negative or is not a number. */
std::optional<std::int64_t> toMinor(const nlohmann::json& amount, int exponent);

} // namespace petinfo::server::mercadopago
