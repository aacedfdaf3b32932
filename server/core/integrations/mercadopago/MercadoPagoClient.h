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

    /** The preference body, exposed for tests. */
    static nlohmann::json preferenceBody(const PreferenceRequest& request);
    /** Reads a payment resource; nullopt when it lacks what we check. */
    static std::optional<Payment> parsePayment(const nlohmann::json& body);

private:
    MercadoPagoSettings m_settings;
};

/** Decimal amount (unit_price, transaction_amount) ↔ integer minor units. */
double toDecimal(std::int64_t minor, int exponent);
std::optional<std::int64_t> toMinor(const nlohmann::json& amount, int exponent);

} // namespace petinfo::server::mercadopago
