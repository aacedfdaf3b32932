// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingApi.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace petinfo::client {

/** The organisation's plan and payments as the app shows them (Organisation > Plan and billing),
 *  and the checkout an admin started from here: its state is asked of the server every few
 *  seconds until the server knows the result (paid, failed, expired), because only the server
 *  hears from the payment provider. Nothing is stored locally: the answer is the server's. GUI
 *  thread; the calls block in a local event loop like the other server calls of the app. */
class BillingService final : public QObject
{
    Q_OBJECT

public:
    explicit BillingService(QObject* parent = nullptr);
    ~BillingService() override;

    /** Who this database is signed in as (empty factory: signed out). `account` names the
     *  server, organisation and user: told the same account again (the sync controller reloads
     *  it as its status changes), the plan read and the checkout being watched are kept. */
    void setServer(BillingApi::ApiFactory factory, QString role, QString organisationName, QString account);
    bool isSignedIn() const { return m_api.isSignedIn(); }
    /** Only admins buy plans; everyone on the team sees the plan and the payments. */
    bool mayBuy() const { return m_role == QLatin1String("admin"); }
    const QString& organisationName() const { return m_organisation; }

    /** Reads the plans and the organisation's state; `loaded` or `loadFailed` follows. */
    bool refresh();
    bool hasLoaded() const { return m_loaded; }
    const BillingCatalogue& catalogue() const { return m_catalogue; }
    const BillingStatus& status() const { return m_status; }

    /** Starts a checkout and watches it until the server knows its result. */
    NetResult<BillingCheckout> startCheckout(const QString& planId, const QString& currency);
    /** Starts a checkout of a one-time add-on and watches it, like startCheckout. */
    NetResult<BillingCheckout> buyAddon(const QString& addonId, const QString& currency);
    /** The checkout being watched (or the last one watched). */
    const std::optional<BillingCheckout>& checkout() const { return m_checkout; }
    bool isWatching() const { return m_poll.isActive(); }
    /** Asks the server about the watched checkout now. */
    void pollNow();
    /** Stops asking (the window that showed it closed). */
    void stopWatching();
    /** How often the server is asked while a checkout is pending (default 3 s). */
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    /** One payment as a receipt shows it, read again from the server. */
    NetResult<BillingPayment> payment(const QString& id) const { return m_api.payment(id); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const petinfo::client::NetError& error);
    /** The watched checkout's state changed (or it was just started). */
    void checkoutChanged(const petinfo::client::BillingCheckout& checkout);
    /** Asking about the watched checkout failed (offline…); it is asked again at the next tick. */
    void pollFailed(const petinfo::client::NetError& error);
    /** The server answered about the watched checkout (changed or not). */
    void checkoutPolled();

private:
    NetResult<BillingCheckout> start(const QString& id, const QString& currency, BillingApi::Item item);

    BillingApi m_api;
    QString m_role;
    QString m_organisation;
    QString m_account;
    BillingCatalogue m_catalogue;
    BillingStatus m_status;
    bool m_loaded = false;
    std::optional<BillingCheckout> m_checkout;
    QTimer m_poll;
    bool m_busy = false; ///< a call is running its local event loop: a timer tick must not nest
};

} // namespace petinfo::client
