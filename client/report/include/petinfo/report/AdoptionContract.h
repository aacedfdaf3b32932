// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"
#include "petinfo/common/Domain.h"
#include "petinfo/report/ReportError.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace petinfo::report {

/** Everything an adoption contract shows, as plain domain values (the caller loads them). */
struct ContractData
{
    Pet pet;
    AdoptionProfile profile;         ///< the fee
    AdoptionApplication application; ///< the adopter, their consent and their signature
    QString staffName;               ///< who signs for the organisation
    /** The staff member's drawn signature (encodeSignature text); empty: the typed staffName
     *  is printed as the signature. */
    std::string staffSignature;
    QString terms;         ///< the organisation's terms; empty: defaultAdoptionTerms()
    QString publicBaseUrl; ///< for the QR code of the pet's tag (needs pet.tagId)
    Date date;             ///< the day of the adoption
    QDateTime generatedAt; ///< printed in the footer; invalid = now
    QLocale locale;
    QString organisation;
    QString organisationAddress;
    std::optional<QPageSize::PageSizeId> pageSize; ///< default: reportPageSize(locale)
};

/** The standard terms, translated: care, no resale, return to the organisation, follow-up. */
QString defaultAdoptionTerms();

/** Where the adopter's signature is painted on the contract's last page, in millimetres from the
 *  page's top-left corner (the tests rasterise this area to check that it is not blank). */
QRectF adopterSignatureAreaMm(const ContractData& data);
/** Where the staff member's signature (drawn, or the typed name) is painted, likewise. */
QRectF staffSignatureAreaMm(const ContractData& data);

ReportResult<int> renderAdoptionContract(QPagedPaintDevice& device, const ContractData& data);
ReportResult<QByteArray> adoptionContractPdf(const ContractData& data);
/** Written atomically; returns the page count. */
ReportResult<int> writeAdoptionContractPdf(const ContractData& data, const QString& path);

} // namespace petinfo::report
