// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integrations/stripe/Stripe.h"

#include <string>
#include <utility>
#include <vector>

namespace petinfo::server::stripe {

/** Stripe's API with the secret key as bearer: `POST /v1/checkout/sessions`, form-encoded with
 *  bracketed keys, an Idempotency-Key of our checkout id. */
class StripeClient final : public StripeApi
{
public:
    explicit StripeClient(StripeSettings settings);
    ApiResult<Session> createCheckoutSession(const SessionRequest& request) override;

    /** The form fields in order, exposed for tests. */
    static std::vector<std::pair<std::string, std::string>> sessionForm(const SessionRequest& request);
    static std::string encodeForm(const std::vector<std::pair<std::string, std::string>>& fields);

private:
    StripeSettings m_settings;
};

} // namespace petinfo::server::stripe
