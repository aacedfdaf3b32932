// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingService.h"

namespace petinfo::client {

namespace {
constexpr int kDefaultPollMs = 3000;
}

BillingService::BillingService(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(kDefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &BillingService::pollNow);
}

BillingService::~BillingService() = default;

void BillingService::setServer(BillingApi::ApiFactory factory, QString role, QString organisationName, QString account)
{
    const bool same = m_api.isSignedIn() && factory && account == m_account;
    m_api = BillingApi(std::move(factory));
    m_role = std::move(role);
    m_organisation = std::move(organisationName);
    m_account = std::move(account);
    if (same) {
        return;
    }
    m_loaded = false;
    m_catalogue = {};
    m_status = {};
    stopWatching();
    m_checkout.reset();
}

bool BillingService::refresh()
{
    if (m_busy) {
        return false;
    }
    m_busy = true;
    auto plans = m_api.plans();
    auto status = plans ? m_api.status() : NetResult<BillingStatus>(fail(plans.error()));
    m_busy = false;
    if (!status) {
        Q_EMIT loadFailed(status.error());
        return false;
    }
    m_catalogue = std::move(*plans);
    m_status = std::move(*status);
    m_loaded = true;
    Q_EMIT loaded();
    return true;
}

NetResult<BillingCheckout> BillingService::startCheckout(const QString& planId, const QString& currency)
{
    return start(planId, currency, BillingApi::Item::Plan);
}

NetResult<BillingCheckout> BillingService::buyAddon(const QString& addonId, const QString& currency)
{
    return start(addonId, currency, BillingApi::Item::Addon);
}

NetResult<BillingCheckout> BillingService::start(const QString& id, const QString& currency, BillingApi::Item item)
{
    if (m_busy) {
        return fail(NetError{NetErrc::Rejected, 0, "busy", "another request is running", {}});
    }
    m_busy = true;
    auto created = m_api.createCheckout(id, currency, item);
    m_busy = false;
    if (!created) {
        return created;
    }
    m_checkout = *created;
    Q_EMIT checkoutChanged(*m_checkout);
    if (!m_checkout->isFinal()) {
        m_poll.start();
    }
    return created;
}

void BillingService::pollNow()
{
    if (!m_checkout || m_busy) {
        return;
    }
    m_busy = true;
    auto answer = m_api.checkout(m_checkout->id);
    m_busy = false;
    if (!answer) {
        Q_EMIT pollFailed(answer.error());
        return;
    }
    const bool changed = answer->state != m_checkout->state || answer->detail != m_checkout->detail;
    m_checkout = *answer;
    if (m_checkout->isFinal()) {
        m_poll.stop();
    }
    Q_EMIT checkoutPolled();
    if (changed) {
        Q_EMIT checkoutChanged(*m_checkout);
        if (m_checkout->isFinal()) {
            refresh(); // a paid checkout changed the plan or the tag claims, and added a payment
        }
    }
}

void BillingService::stopWatching()
{
    m_poll.stop();
}

} // namespace petinfo::client
