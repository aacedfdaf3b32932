// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenuBar;

namespace petinfo::client {

class BillingDialog;
class BillingService;
class MainWindow;

/** The Organisation menu: Plan and Billing (the organisation's plan, upgrades and payments). Owns
 *  the billing service, which the sync controller points at the signed-in server. */
class BillingActions final : public QObject
{
    Q_OBJECT

public:
    explicit BillingActions(MainWindow& window);

    /** Adds the Organisation menu before Help. */
    void addTo(QMenuBar* menuBar);

    BillingService& billing() const { return *m_billing; }
    QAction* planAction() const { return m_plan; }

public Q_SLOTS:
    /** Shows Plan and Billing (one per window, raised when open already) and loads it. */
    BillingDialog* showBilling();

private:
    MainWindow& m_window;
    BillingService* m_billing;
    QAction* m_plan;
    QPointer<BillingDialog> m_open;
};

} // namespace petinfo::client
