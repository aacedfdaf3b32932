// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/BillingActions.h"

#include "billing/BillingService.h"
#include "gui/BillingDialog.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace petinfo::client {

BillingActions::BillingActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_billing(new BillingService(this))
    , m_plan(new QAction(tr("&Plan and Billing…"), &window))
{
    m_plan->setObjectName(QStringLiteral("planAndBillingAction"));
    m_plan->setToolTip(tr("The organisation's plan, what it allows, upgrades and payments"));
    connect(m_plan, &QAction::triggered, this, &BillingActions::showBilling);
}

void BillingActions::addTo(QMenuBar* menuBar)
{
    auto* menu = new QMenu(tr("&Organisation"), menuBar);
    menu->setObjectName(QStringLiteral("organisationMenu"));
    menu->addAction(m_plan);
    const QList<QAction*> menus = menuBar->actions();
    menuBar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
}

BillingDialog* BillingActions::showBilling()
{
    // A dialog closed a moment ago is hidden and waiting for its deferred delete: a new one.
    if (!m_open || !m_open->isVisible()) {
        m_open = new BillingDialog(*m_billing, m_window.prompts(), &m_window);
        m_open->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_open->show();
    m_open->raise();
    m_open->activateWindow();
    m_open->load();
    return m_open;
}

} // namespace petinfo::client
