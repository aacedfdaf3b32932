// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"
#include "petinfo/common/Clock.h"
#include "storage/StorageError.h"

#include <QString>

#include <optional>
#include <string>

namespace petinfo::client {

class Database;

/** Why an application was not stored: what the applicant must fix, or a storage failure. */
struct SubmitError
{
    ValidationReport report;
    std::optional<StorageError> storage;
};

/** Stores the applications made on this kiosk. Each is validated, then written with its sync
 *  mutation in one transaction of the encrypted database: from then on it survives a crash, a
 *  killed process and days without network, and the outbox sends it exactly once. */
class KioskApplicationService final
{
public:
    KioskApplicationService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /** Stamps the application (new id, kiosk channel, this device, the event, the time), checks it
     *  and stores it. `region` reads phone numbers written without a country code. Returns the id. */
    Result<std::string, SubmitError> submit(AdoptionApplication application, const QString& eventName,
                                            std::string_view region = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace petinfo::client
