// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingTypes.h"

#include <QAbstractTableModel>

namespace petinfo::client {

class BillingService;

/** The organisation's payments, newest first, as the billing service last read them. */
class PaymentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Plan,
        Period,
        Amount,
        Provider,
        State,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AmountMinorRole, ///< qint64 minor units
        StateRole,       ///< paid, refunded, charged_back
    };

    explicit PaymentListModel(BillingService& billing, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BillingPayment* itemFromIndex(const QModelIndex& index) const;

    /** "Paid", "Refunded", "Charged back" */
    static QString stateText(const QString& state);
    /** "MercadoPago", "Stripe" */
    static QString providerText(const QString& provider);

private:
    void reload();

    BillingService& m_billing;
    std::vector<BillingPayment> m_rows;
};

} // namespace petinfo::client
