// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"
#include "publicforms/FormQuota.h"

#include <cstdint>
#include <map>
#include <string>

namespace petinfo {
class Clock;
}

namespace petinfo::server {

class Database;
class SyncService;
namespace publicforms {
class PublicForms;
struct Submission;
} // namespace publicforms

/** Applications from the public adoption page (docs/adoption-page.md). They become the same
 *  synced `adoptionApplication` rows a kiosk pushes, written by the server (channel "web", the
 *  client's address as the server saw it, status "new"), so they arrive in every desktop's
 *  Applications inbox with the next pull. */
class WebApplications
{
public:
    WebApplications(Database& db, SyncService& sync, const Clock& clock, publicforms::Quota perAddress,
                    publicforms::Quota perOrganisation);

    /** An application of the form's cleaned values for one animal, normalised as the kiosk
     *  normalises its own (the phone read the way it is written in the fee currency's country).
     *  What cannot be read (a number of adults that is not one, an unknown home type) goes into
     *  `problems`, with the codes validate() uses. */
    static AdoptionApplication fromForm(const std::map<std::string, std::string>& values, const std::string& petId,
                                        std::string_view consentText, std::string_view feeCurrency,
                                        ValidationReport& problems);

    enum class Outcome
    {
        Stored,
        Repeated,    ///< the form's token was used before (a reload, a replay): nothing new
        Unavailable, ///< the animal is not adoptable (any more) in this organisation
        RateLimited  ///< the address's or the organisation's quota is used up
    };
    struct Result
    {
        Outcome outcome = Outcome::Unavailable;
        std::string applicationId;
        std::int64_t retryAfterSeconds = 0;
    };

    /** Stores a valid application in one transaction with the use of the form's token and the
     *  quotas (a refused one uses neither). */
    Result submit(const std::string& orgId, AdoptionApplication application, const std::string& clientAddress,
                  publicforms::PublicForms& forms, const publicforms::Submission& submission);

private:
    Database& m_db;
    SyncService& m_sync;
    const Clock& m_clock;
    publicforms::Quota m_perAddress;
    publicforms::Quota m_perOrganisation;
};

/** ISO 3166 region whose phone numbers an applicant most likely writes, from the currency the
 *  shelter charges in ("ARS" -> "AR"); "" when it names no single country (USD, EUR). */
std::string regionOfCurrency(std::string_view currency);

} // namespace petinfo::server
