// SPDX-License-Identifier: GPL-3.0-or-later
#include "adoption/WebApplications.h"

#include "db/Database.h"
#include "notifications/ReminderBook.h"
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Clock.h"
#include "publicforms/PublicForm.h"
#include "records/SyncService.h"
#include "records/SyncWriter.h"

#include <array>
#include <charconv>
#include <utility>

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;

namespace {

/** Thrown inside the transaction to roll back the token's use when a quota is full. */
struct QuotaFull
{
    std::int64_t retryAfterSeconds = 0;
};

const std::string& valueOf(const std::map<std::string, std::string>& values, const char* name)
{
    static const std::string empty;
    const auto it = values.find(name);
    return it == values.end() ? empty : it->second;
}

/** A small count typed in a form: empty is `fallback`; anything but digits is -1 (out of range). */
int count(const std::string& text, int fallback)
{
    if (text.empty()) {
        return fallback;
    }
    int n = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    return error == std::errc() && end == text.data() + text.size() && n >= 0 ? n : -1;
}

template <typename E>
E choice(const std::map<std::string, std::string>& values, const char* name, E fallback, ValidationReport& problems)
{
    const std::string& text = valueOf(values, name);
    if (text.empty()) {
        return fallback;
    }
    const auto parsed = enumFromString<E>(text);
    if (!parsed) {
        problems.add(name, ValidationCode::UnknownValue);
        return fallback;
    }
    return *parsed;
}

} // namespace

std::string regionOfCurrency(std::string_view currency)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kRegions{{{"ARS", "AR"},
                                                                                             {"BRL", "BR"},
                                                                                             {"MXN", "MX"},
                                                                                             {"CLP", "CL"},
                                                                                             {"COP", "CO"},
                                                                                             {"PEN", "PE"},
                                                                                             {"UYU", "UY"},
                                                                                             {"PYG", "PY"},
                                                                                             {"BOB", "BO"},
                                                                                             {"CRC", "CR"},
                                                                                             {"GTQ", "GT"},
                                                                                             {"DOP", "DO"},
                                                                                             {"HNL", "HN"},
                                                                                             {"NIO", "NI"},
                                                                                             {"PAB", "PA"},
                                                                                             {"VES", "VE"},
                                                                                             {"CAD", "CA"},
                                                                                             {"GBP", "GB"}}};
    for (const auto& [code, region] : kRegions) {
        if (code == currency) {
            return std::string(region);
        }
    }
    return {};
}

WebApplications::WebApplications(Database& db, SyncService& sync, const Clock& clock, publicforms::Quota perAddress,
                                 publicforms::Quota perOrganisation)
    : m_db(db)
    , m_sync(sync)
    , m_clock(clock)
    , m_perAddress(perAddress)
    , m_perOrganisation(perOrganisation)
{}

AdoptionApplication WebApplications::fromForm(const std::map<std::string, std::string>& values,
                                              const std::string& petId, std::string_view consentText,
                                              std::string_view feeCurrency, ValidationReport& problems)
{
    AdoptionApplication a;
    a.petIds = {petId};
    a.applicantName = valueOf(values, "applicantName");
    a.phone = valueOf(values, "phone");
    a.email = valueOf(values, "email");
    a.address = valueOf(values, "address");
    a.adults = count(valueOf(values, "adults"), 1);
    a.children = count(valueOf(values, "children"), 0);
    a.childrenAges = valueOf(values, "childrenAges");
    a.otherPets = valueOf(values, "otherPets");
    a.homeType = choice(values, "homeType", HomeType::House, problems);
    a.yard = choice(values, "yard", Answer::Unknown, problems);
    a.landlordPermitsPets = choice(values, "landlordPermitsPets", LandlordPermission::Unknown, problems);
    a.experience = valueOf(values, "experience");
    a.message = valueOf(values, "message");
    a.consentText = std::string(consentText);
    a.consentAccepted = valueOf(values, "consent") == "yes";
    a.signatureName = valueOf(values, "signatureName");
    a.channel = ApplicationChannel::Web;
    normalize(a, regionOfCurrency(feeCurrency));
    return a;
}

WebApplications::Result WebApplications::submit(const std::string& orgId, AdoptionApplication application,
                                                const std::string& clientAddress, publicforms::PublicForms& forms,
                                                const publicforms::Submission& submission)
{
    const std::int64_t now = m_clock.nowMs();
    try {
        return m_db.transaction(true, [&](DbConnection& db) {
            // The organisation's lock first, as every writer takes it; then the token.
            SyncWriter writer(m_sync, db, orgId);
            const std::string petId = application.petIds.empty() ? std::string() : application.petIds.front();
            const auto profile = writer.load(EntityType::AdoptionProfile, petId);
            const json* status = profile ? profile->value("status") : nullptr;
            if (!status || *status != "adoptable" || !writer.load(EntityType::Pet, petId)) {
                return Result{Outcome::Unavailable, {}, 0};
            }
            if (!forms.consume(db, submission, now)) {
                return Result{Outcome::Repeated, {}, 0};
            }
            std::int64_t retry = 0;
            if (!publicforms::takeQuota(db, "adopt-address|" + clientAddress, m_perAddress, now, &retry) ||
                !publicforms::takeQuota(db, "adopt-org|" + orgId, m_perOrganisation, now, &retry)) {
                throw QuotaFull{retry};
            }
            application.id = derivedUuid(orgId + "|adoption|" + submission.token.nonce);
            application.submittedAtMs = now;
            application.submittedFrom = clientAddress.substr(0, limits::kNetworkAddress);
            application.status = ApplicationStatus::New;
            application.statusAtMs = now;
            application.createdAtMs = now;
            application.updatedAtMs = now;
            json values = toJson(application);
            values.erase("id");
            values["deleted"] = false;
            writer.set(EntityType::AdoptionApplication, application.id, values);
            writer.finish();
            return Result{Outcome::Stored, application.id, 0};
        });
    } catch (const QuotaFull& full) {
        return Result{Outcome::RateLimited, {}, full.retryAfterSeconds};
    }
}

} // namespace petinfo::server
