// SPDX-License-Identifier: GPL-3.0-or-later
// The receipt of one payment (Organisation > Plan and billing > Save Receipt), read again from the
// server so it shows the payment's state now (a refund since the list was loaded is on it).
#include "billing/BillingService.h"
#include "billing/Money.h"
#include "billing/PaymentListModel.h"
#include "gui/BillingDialog.h"
#include "gui/Prompts.h"
#include "gui/RemindersWindow.h"
#include "petinfo/report/Receipt.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>

namespace petinfo::client {

bool BillingDialog::saveReceipt()
{
    const QModelIndexList rows = m_paymentTable->selectionModel()->selectedRows();
    const BillingPayment* selected = rows.isEmpty() ? nullptr : m_paymentModel->itemFromIndex(rows.first());
    if (!selected) {
        return false;
    }
    auto fresh = m_billing.payment(selected->id);
    if (!fresh) {
        m_prompts.error(this, tr("Could not make the receipt"), netErrorText(fresh.error()));
        return false;
    }
    const BillingPayment& p = *fresh;
    const QLocale locale;
    report::ReceiptData data;
    data.organisation = m_billing.organisationName();
    data.receiptNumber = p.id;
    data.planName = p.planName;
    data.addon = p.isAddon();
    if (p.isAddon() && p.tagClaims > 0) {
        data.grantText = tr("%n tag claim(s)", nullptr, p.tagClaims);
    }
    if (!p.isAddon() && p.periodStart.isValid() && p.periodEnd.isValid()) {
        data.periodText = tr("%1 to %2")
                              .arg(locale.toString(p.periodStart.toLocalTime().date(), QLocale::LongFormat),
                                   locale.toString(p.periodEnd.toLocalTime().date(), QLocale::LongFormat));
    }
    data.amountText = formatMoney(p.amount, p.currency, m_billing.catalogue().exponent(p.currency), locale);
    data.currency = p.currency;
    data.provider = PaymentListModel::providerText(p.provider);
    data.providerReference = p.providerPaymentId;
    data.stateText = PaymentListModel::stateText(p.state);
    data.reversed = p.state != QLatin1String("paid");
    data.paidAt = p.paidAt;
    data.locale = locale;

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("Pet Info receipt %1.pdf").arg(p.paidAt.toLocalTime().date().toString(Qt::ISODate)));
    const QString path = m_prompts.saveFile(this, tr("Save the receipt"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    auto written = report::writeReceiptPdf(data, path);
    if (!written) {
        m_prompts.error(this, tr("Could not save the receipt"),
                        tr("%1: %2").arg(QDir::toNativeSeparators(path), report::describe(written.error())));
        return false;
    }
    return true;
}

} // namespace petinfo::client
