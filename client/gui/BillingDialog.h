// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingTypes.h"
#include "sync/SyncApi.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace petinfo::client {

class BillingAddonsBox;
class BillingService;
class PaymentListModel;
class Prompts;

/** Organisation > Plan and billing: the plan in force, its renewal or end date, devices and
 *  kiosks used out of the plan's limits, tag claims used out of the quota, what each plan allows
 *  and costs, the one-time add-ons (packs of tag claims), and the payments with a receipt PDF
 *  each. An admin picks a plan (or an add-on) and a currency and presses Upgrade (Buy): the server
 *  starts a checkout with the currency's provider, the payment page opens in the system browser
 *  and shows here as a QR code for paying on a phone, and the dialog follows the checkout until
 *  the server knows whether it was paid. */
class BillingDialog final : public QDialog
{
    Q_OBJECT

public:
    /** Opens a web address outside the app; QDesktopServices::openUrl unless a test replaces it. */
    using UrlOpener = std::function<bool(const QUrl&)>;

    BillingDialog(BillingService& billing, Prompts& prompts, QWidget* parent = nullptr);
    ~BillingDialog() override;

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    /** Reads the plans and the organisation's state from the server. */
    bool load();
    /** Picks a plan and currency (as a person would in the table and the list). */
    bool choose(const QString& planId, const QString& currency);
    /** Upgrade: starts the checkout for the chosen plan; false when it could not start. */
    bool upgrade();
    /** Picks an add-on and a currency (as a person would in the list). */
    bool chooseAddon(const QString& addonId, const QString& currency);
    /** Buy: starts the checkout of an add-on (the selected one when empty), as Upgrade does. */
    bool buyAddon(const QString& addonId = {});
    /** Saves the receipt of the selected payment as a PDF (asks where). */
    bool saveReceipt();

    PaymentListModel* payments() const { return m_paymentModel; }
    /** The web address the QR code shows (empty when no checkout is shown). */
    const QString& checkoutUrl() const { return m_checkoutUrl; }

private:
    void showLoaded();
    void showLoadFailed(const NetError& error);
    void showCheckout(const BillingCheckout& checkout);
    void showPollFailed(const NetError& error);
    void fillPlans();
    void fillCurrencies();
    void updatePrices();
    void updateActions();
    void setNotice(const QString& text, bool problem);
    void showTagClaims();
    /** Opens a started checkout's page (the flow of Upgrade and Buy). */
    bool started(NetResult<BillingCheckout> checkout);
    QString selectedPlan() const;
    QString planName(const QString& id) const;
    QString checkoutProblem(const NetError& error) const;

    BillingService& m_billing;
    /** The same service, for the destructor: the window deletes the actions that own it before
     *  a dialog still waiting for its deferred delete (AddressSanitizer: use after free). */
    QPointer<BillingService> m_service;
    Prompts& m_prompts;
    UrlOpener m_openUrl;
    PaymentListModel* m_paymentModel;
    QLabel* m_notice;
    QLabel* m_planName;
    QLabel* m_planState;
    QLabel* m_usage;
    QLabel* m_tagClaims;
    QTableWidget* m_plans;
    QComboBox* m_currency;
    QPushButton* m_upgrade;
    BillingAddonsBox* m_addons;
    QGroupBox* m_checkoutBox;
    QLabel* m_checkoutState;
    QLabel* m_qr;
    QPushButton* m_openPage;
    QTableView* m_paymentTable;
    QPushButton* m_receipt;
    QPushButton* m_refresh;
    QString m_checkoutUrl;
    bool m_pollProblem = false; ///< the notice says the server could not be asked
    QString m_startedCheckout;  ///< the checkout this dialog started (its watch is stopped on close)
};

} // namespace petinfo::client
