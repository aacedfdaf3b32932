// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"
#include "petinfo/common/sync/Row.h"

#include <functional>
#include <optional>
#include <string>

namespace petinfo::server {

class Database;
class SyncService;
class SyncWriter;
namespace publicforms {
class PublicForms;
struct Submission;
} // namespace publicforms
namespace whatsapp {
struct Template;
}

/** What a finder sent from a lost pet's public page. */
struct FoundReportInput
{
    std::string name;
    std::string phone;
    std::string place;
    std::string message;
    std::string language; ///< of the page: "en", "es", "pt-BR"
};

/** Found reports: stored as server-authored `foundReport` rows (every desktop of the pet's
 *  organisation pulls them), and an immediate WhatsApp alert to each owner or fosterer who opted
 *  in, through the job table (the send job of notifications, outside any send window). */
class FoundReports
{
public:
    enum class Outcome
    {
        Stored,
        Repeated, ///< the form's token was used before: nothing new (a reload, a replay)
        NotLost,  ///< the pet is home (or the tag has no pet): nothing stored
        UnknownTag
    };
    struct Result
    {
        Outcome outcome = Outcome::UnknownTag;
        std::string reportId;
        int alerts = 0; ///< messages queued
    };

    /** `alertTemplate`: the approved template's name (whatsapp.foundAlertTemplate); `wake` is
     *  called after a commit that queued messages. */
    FoundReports(Database& db, SyncService& sync, const Clock& clock, std::string alertTemplate,
                 std::function<void()> wake, bool requireVerified = true);

    /** Stores an accepted submission's report in one transaction with the use of its token. */
    Result submit(const std::string& tagId, const FoundReportInput& input, publicforms::PublicForms& forms,
                  const publicforms::Submission& submission);

private:
    Database& m_db;
    SyncService& m_sync;
    const Clock& m_clock;
    std::string m_template;
    std::function<void()> m_wake;
    bool m_requireVerified; ///< alerts only to confirmed WhatsApp numbers
};

/** After a push merged a pet: when it left lost status (home again, or deleted), its open found
 *  reports are closed, as server-authored edits in the push's transaction. */
void closeFoundReportsWhenHome(SyncWriter& writer, const sync::SyncRow& before, const sync::SyncRow& after,
                               std::int64_t nowMs);

/** The alert's template for one queued found_alert message: {{1}} the pet's name, {{2}} the
 *  finder's name, {{3}} the finder's phone, {{4}} where the pet is. */
whatsapp::Template foundAlertTemplate(const sync::SyncRow& message, const sync::SyncRow& report,
                                      const std::optional<sync::SyncRow>& pet);

/** WhatsApp's language code for a person's language when the organisation names none: "es",
 *  "pt_BR", "en_US". */
std::string whatsappLanguageCode(const std::string& language);

} // namespace petinfo::server
