// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PaymentListModel.h"

#include "billing/BillingService.h"
#include "billing/Money.h"

#include <QLocale>

namespace petinfo::client {

PaymentListModel::PaymentListModel(BillingService& billing, QObject* parent)
    : QAbstractTableModel(parent)
    , m_billing(billing)
{
    connect(&m_billing, &BillingService::loaded, this, &PaymentListModel::reload);
    reload();
}

void PaymentListModel::reload()
{
    beginResetModel();
    m_rows = m_billing.status().payments;
    endResetModel();
}

int PaymentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PaymentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BillingPayment* PaymentListModel::itemFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= static_cast<int>(m_rows.size())) {
        return nullptr;
    }
    return &m_rows[static_cast<std::size_t>(index.row())];
}

QString PaymentListModel::stateText(const QString& state)
{
    if (state == QLatin1String("paid")) {
        return tr("Paid");
    }
    if (state == QLatin1String("refunded")) {
        return tr("Refunded");
    }
    if (state == QLatin1String("charged_back")) {
        return tr("Charged back");
    }
    return state;
}

QString PaymentListModel::providerText(const QString& provider)
{
    if (provider == QLatin1String("mercadopago")) {
        return QStringLiteral("MercadoPago");
    }
    if (provider == QLatin1String("stripe")) {
        return QStringLiteral("Stripe");
    }
    return provider;
}

QVariant PaymentListModel::data(const QModelIndex& index, int role) const
{
    const BillingPayment* p = itemFromIndex(index);
    if (!p) {
        return {};
    }
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return locale.toString(p->paidAt.toLocalTime().date(), QLocale::ShortFormat);
        case Plan:
            return p->planName;
        case Period:
            if (p->isAddon()) {
                return tr("one-time purchase");
            }
            return tr("%1 to %2")
                .arg(locale.toString(p->periodStart.toLocalTime().date(), QLocale::ShortFormat),
                     locale.toString(p->periodEnd.toLocalTime().date(), QLocale::ShortFormat));
        case Amount:
            return formatMoney(p->amount, p->currency, m_billing.catalogue().exponent(p->currency), locale);
        case Provider:
            return providerText(p->provider);
        case State:
            return stateText(p->state);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return p->id;
    case AmountMinorRole:
        return p->amount;
    case StateRole:
        return p->state;
    default:
        return {};
    }
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Plan:
        return tr("Plan");
    case Period:
        return tr("Period");
    case Amount:
        return tr("Amount");
    case Provider:
        return tr("Paid through");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace petinfo::client
