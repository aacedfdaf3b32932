// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace petinfo::client {

class BillingService;

/** The "Add-ons" part of Plan and Billing: the one-time purchases the server sells (packs of
 *  tag claims), each with what it grants and its price in the currency chosen for the plans,
 *  and a Buy button; hidden while the server sells none. Buying is the dialog's (the same
 *  checkout flow as Upgrade). */
class BillingAddonsBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit BillingAddonsBox(BillingService& billing, QWidget* parent = nullptr);

    /** Lists the add-ons again (after the plans were read). */
    void fill();
    /** Shows the prices in `currency` and what may be bought in it. */
    void setCurrency(const QString& currency);
    /** Enables Buy for a sold add-on, unless `busy` (a checkout is being watched). */
    void updateActions(bool busy);

    QString selectedAddon() const;
    /** Selects an add-on (as a person would in the list); false when it is not listed. */
    bool select(const QString& addonId);
    QPushButton* buyButton() const { return m_buy; }

Q_SIGNALS:
    void buyRequested(const QString& addonId);
    void selectionChanged();

private:
    BillingService& m_billing;
    QString m_currency;
    QTableWidget* m_list;
    QPushButton* m_buy;
};

} // namespace petinfo::client
