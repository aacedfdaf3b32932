// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/ReportError.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;

namespace petinfo::report {

/** What a payment receipt shows. The caller formats the amount (integer minor units written in
 *  the user's locale) so the receipt prints exactly what the app's payment list shows. */
struct ReceiptData
{
    QString organisation;      ///< who paid
    QString receiptNumber;     ///< our payment id
    QString planName;          ///< what was paid for: the plan's or the add-on's name
    bool addon = false;        ///< a one-time add-on, not a period of a plan
    QString grantText;         ///< what an add-on granted ("10 tag claims"); may be empty
    QString periodText;        ///< "7 Dec 2026 to 7 Jan 2027"; may be empty
    QString amountText;        ///< "MXN 499.00"
    QString currency;          ///< ISO 4217
    QString provider;          ///< "MercadoPago", "Stripe"
    QString providerReference; ///< the provider's payment id
    QString stateText;         ///< "Paid", "Refunded"…
    bool reversed = false;     ///< refunded or charged back: the receipt says so prominently
    QDateTime paidAt;
    QDateTime generatedAt; ///< invalid = now
    QLocale locale;        ///< paper size and dates
};

/** Paints a one-page receipt onto `device`. Returns the page count (1). */
ReportResult<int> renderReceipt(QPagedPaintDevice& device, const ReceiptData& data);

/** The receipt as PDF bytes. */
ReportResult<QByteArray> receiptPdf(const ReceiptData& data);

/** The receipt as a PDF file, written atomically. */
ReportResult<int> writeReceiptPdf(const ReceiptData& data, const QString& path);

} // namespace petinfo::report
