// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobRunner.h"

#include <memory>
#include <string_view>

namespace petinfo::server {

class AccessLog;
class BillingLedger;
namespace mercadopago {
class MercadoPagoApi;
}

namespace billingjobs {
/** key: checkout id / payment id / x-request-id of the notification */
inline constexpr std::string_view kMercadoPagoPayment = "billing.mercadopago.payment";
} // namespace billingjobs

/** After a signed MercadoPago notification: asks MercadoPago for the payment (a read, safe to
 *  repeat, retried while MercadoPago is unreachable) and applies only what that answer says,
 *  when its external_reference, currency and amount are the checkout's. */
class MercadoPagoPaymentHandler final : public JobHandler
{
public:
    MercadoPagoPaymentHandler(BillingLedger& ledger, AccessLog& log, std::shared_ptr<mercadopago::MercadoPagoApi> api,
                              const Clock& clock);
    JobResult run(JobContext& ctx) override;
    void settle(DbConnection&, const Job&, JobState, const JobResult&) override {}

private:
    BillingLedger& m_ledger;
    AccessLog& m_log;
    std::shared_ptr<mercadopago::MercadoPagoApi> m_api;
    const Clock& m_clock;
};

} // namespace petinfo::server
