// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/PetService.h"
#include "services/Progress.h"

#include <QString>

namespace petinfo::client {

/** CSV and JSON exports. Both write through QSaveFile, so a cancelled or failed export leaves no
 *  half-written file behind. Run them on a worker thread with their own PetService/connection. */
class Export final
{
public:
    /** Pets and their primary owner, one row each, with the column names CsvImport recognises.
     *  Returns the number of pets written. */
    static StorageResult<qint64> petsCsv(PetService& service, const QString& path, const ProgressFn& progress = {});

    /** Everything: pets, people and contacts, health records, weights, notes, attachment metadata
     *  and (with `includeFiles`) the attachment bytes in base64. Returns the number of pets. */
    static StorageResult<qint64> fullJson(PetService& service, const QString& path, bool includeFiles = true,
                                          const ProgressFn& progress = {});
};

} // namespace petinfo::client
