// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/BillingAddonsBox.h"

#include "billing/BillingService.h"
#include "billing/Money.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {
constexpr int kAddonRole = Qt::UserRole + 1;
enum Column
{
    Name,
    Grants,
    Price,
    ColumnCount
};
} // namespace

BillingAddonsBox::BillingAddonsBox(BillingService& billing, QWidget* parent)
    : QGroupBox(tr("Add-ons (paid once)"), parent)
    , m_billing(billing)
    , m_list(new QTableWidget(this))
    , m_buy(new QPushButton(tr("&Buy…"), this))
{
    setObjectName(QStringLiteral("addonsGroupBox"));
    m_list->setObjectName(QStringLiteral("addonsTableWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHorizontalHeaderLabels({tr("Add-on"), tr("Grants"), tr("Price")});
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Add-ons"));
    m_buy->setObjectName(QStringLiteral("buyButton"));
    m_buy->setToolTip(tr("Pay once for the selected add-on at MercadoPago or Stripe, in the browser or on a phone"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_buy);
    layout->addLayout(buttons);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &BillingAddonsBox::selectionChanged);
    connect(m_list, &QTableWidget::itemActivated, this, [this] {
        if (m_buy->isEnabled()) {
            Q_EMIT buyRequested(selectedAddon());
        }
    });
    connect(m_buy, &QPushButton::clicked, this, [this] {
        if (!selectedAddon().isEmpty()) {
            Q_EMIT buyRequested(selectedAddon());
        }
    });
    fill();
}

void BillingAddonsBox::fill()
{
    const QString previous = selectedAddon();
    const auto& addons = m_billing.catalogue().addons;
    m_list->setRowCount(static_cast<int>(addons.size()));
    int row = 0;
    for (const BillingAddon& addon : addons) {
        const QStringList cells{addon.name, tr("%n tag claim(s)", nullptr, addon.tagClaims), QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(kAddonRole, addon.id);
            m_list->setItem(row, column, item);
        }
        m_list->item(row, Grants)->setTextAlignment(Qt::AlignCenter);
        ++row;
    }
    // Only a server that sells add-ons shows them (a clinic's own server sells nothing).
    setVisible(!addons.empty());
    // Every add-on visible without scrolling.
    m_list->setMinimumHeight(m_list->horizontalHeader()->sizeHint().height() +
                             m_list->verticalHeader()->defaultSectionSize() * std::max(1, m_list->rowCount()) +
                             2 * m_list->frameWidth() + 2);
    m_list->setMaximumHeight(m_list->minimumHeight());
    setCurrency(m_currency);
    select(previous);
}

void BillingAddonsBox::setCurrency(const QString& currency)
{
    m_currency = currency;
    for (int r = 0; r < m_list->rowCount(); ++r) {
        const BillingAddon* addon = m_billing.catalogue().findAddon(m_list->item(r, 0)->data(kAddonRole).toString());
        QString text;
        if (addon && addon->prices.contains(currency)) {
            text = formatMoney(addon->prices.value(currency), currency, m_billing.catalogue().exponent(currency));
        } else if (addon && !currency.isEmpty()) {
            text = tr("not sold in %1").arg(currency);
        }
        m_list->item(r, Price)->setText(text);
        m_list->item(r, Price)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

void BillingAddonsBox::updateActions(bool busy)
{
    const BillingAddon* addon = m_billing.catalogue().findAddon(selectedAddon());
    m_buy->setEnabled(m_billing.hasLoaded() && m_billing.mayBuy() && m_billing.status().enabled && addon &&
                      addon->prices.contains(m_currency) && !busy);
}

QString BillingAddonsBox::selectedAddon() const
{
    const QList<QTableWidgetItem*> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(kAddonRole).toString();
}

bool BillingAddonsBox::select(const QString& addonId)
{
    for (int r = 0; r < m_list->rowCount(); ++r) {
        if (m_list->item(r, 0)->data(kAddonRole).toString() == addonId) {
            m_list->selectRow(r);
            return selectedAddon() == addonId;
        }
    }
    return false;
}

} // namespace petinfo::client
