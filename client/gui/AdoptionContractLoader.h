// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/AdoptionContract.h"
#include "storage/StorageError.h"

#include <QString>

namespace petinfo::client {

class AdoptionService;

/** Reads what an adoption contract shows: the animal (one of those the application asked for),
 *  its profile's fee, the whole application with the adopter's signature, the staff member who
 *  signs (a typed name), the organisation from Preferences and the public address for the QR code
 *  of the pet's tag. GUI thread (the service's connection lives there). */
StorageResult<report::ContractData> loadContractData(AdoptionService& service, const QString& applicationId,
                                                     const QString& petId, const QString& staffName);

} // namespace petinfo::client
