// SPDX-License-Identifier: GPL-3.0-or-later
// GET /adopt/{slug}: an organisation's public adoption page; /adopt/{slug}/{petId}: one animal
// with its application form (POST), its thanks page and its public photos. No authentication;
// see docs/adoption-page.md.
#include "adoption/AdoptionService.h"
#include "adoption/PublicSlugs.h"
#include "adoption/WebApplications.h"
#include "app/ServerContext.h"
#include "blobs/BlobService.h"
#include "db/Database.h"
#include "http/HttpError.h"
#include "pages/AdoptionPage.h"
#include "pages/AdoptionPageText.h"
#include "pages/TagPage.h"
#include "petinfo/common/Random.h"
#include "publicforms/PublicForm.h"

#include <algorithm>
#include <memory>

namespace petinfo::server {

namespace {

constexpr std::string_view kPurpose = "adoption";

Response html(int status, std::string body, const AdoptionPage& page)
{
    return publicPageResponse(status, std::move(body), page.contentSecurityPolicy());
}

Response redirect(const std::string& location, const AdoptionPage& page)
{
    Response out = html(303, {}, page);
    out.header("Location", location);
    return out;
}

PageLanguage requestLanguage(const Request& r, std::string_view fromForm = {})
{
    std::string query;
    try {
        query = r.query("lang").value_or("");
    } catch (const ApiError&) {
        query.clear(); // a malformed query string: fall back to the header
    }
    return pickLanguage(fromForm.empty() ? query : fromForm, r.header("Accept-Language"));
}

struct Shelter
{
    std::string id;
    std::string name;
};

std::optional<Shelter> shelterOf(Database& db, const std::string& slug)
{
    if (!slugs::isValid(slug)) {
        return std::nullopt;
    }
    Lease lease = db.acquire();
    const SqlRows rows = lease->rows("SELECT id, name FROM organisations WHERE public_slug = ?", slug);
    if (rows.empty()) {
        return std::nullopt;
    }
    return Shelter{rows.text(0, 0), rows.text(0, 1)};
}

/** Byte limits after decoding: the characters the domain allows, at up to four bytes each. */
const publicforms::FormSpec& applicationSpec()
{
    static const publicforms::FormSpec spec{std::string(kPurpose),
                                            {{"applicantName", 480, false, false},
                                             {"phone", 80, false, false},
                                             {"email", 800, false, false},
                                             {"address", 1600, false, false},
                                             {"adults", 8, false, false},
                                             {"children", 8, false, false},
                                             {"childrenAges", 200, false, false},
                                             {"homeType", 20, false, false},
                                             {"yard", 20, false, false},
                                             {"landlordPermitsPets", 20, false, false},
                                             {"otherPets", 16000, false, true},
                                             {"experience", 16000, false, true},
                                             {"message", 16000, false, true},
                                             {"consent", 10, false, false},
                                             {"signatureName", 480, false, false},
                                             {"lang", 10, false, false}},
                                            64 * 1024};
    return spec;
}

std::string_view fieldLabel(const AdoptionPageText& x, const std::string& field)
{
    static const std::map<std::string, std::string_view AdoptionPageText::*> kLabels{
        {"applicantName", &AdoptionPageText::applicantName},
        {"phone", &AdoptionPageText::phone},
        {"email", &AdoptionPageText::email},
        {"address", &AdoptionPageText::address},
        {"adults", &AdoptionPageText::adults},
        {"children", &AdoptionPageText::children},
        {"childrenAges", &AdoptionPageText::childrenAges},
        {"homeType", &AdoptionPageText::homeType},
        {"yard", &AdoptionPageText::yard},
        {"landlordPermitsPets", &AdoptionPageText::landlord},
        {"otherPets", &AdoptionPageText::otherPets},
        {"experience", &AdoptionPageText::experience},
        {"message", &AdoptionPageText::message},
        {"signatureName", &AdoptionPageText::signatureName},
        {"consent", &AdoptionPageText::consentHeading}};
    const auto it = kLabels.find(field);
    return it == kLabels.end() ? x.message : x.*(it->second);
}

/** Plain words for what validation found, and the fields to mark. */
ApplicationFormState stateFor(const ValidationReport& report, const std::map<std::string, std::string>& values,
                              const AdoptionPageText& x)
{
    ApplicationFormState state{values, {}, {}};
    for (const ValidationIssue& issue : report.issues) {
        if (issue.severity != Severity::Error) {
            continue;
        }
        std::string field = issue.field;
        if (field == "consentAccepted" || field == "consentText") {
            field = "consent";
        } else if (field == "signature") {
            field = "signatureName";
        }
        const std::string_view label = fieldLabel(x, field);
        std::string message;
        switch (issue.code) {
        case ValidationCode::Required:
            message = substitute(x.errorRequired, label);
            break;
        case ValidationCode::TooLong:
            message = substitute(x.errorTooLong, label);
            break;
        case ValidationCode::PhoneFormat:
        case ValidationCode::PhoneNoCountryCode:
            message = x.errorPhone;
            break;
        case ValidationCode::EmailFormat:
            message = x.errorEmail;
            break;
        case ValidationCode::ContactRequired:
            message = x.errorContact;
            state.invalidFields.insert("email");
            break;
        case ValidationCode::OutOfRange:
            message = substitute(x.errorNumber, label);
            break;
        case ValidationCode::AgesFormat:
            message = x.errorAges;
            break;
        case ValidationCode::ConsentRequired:
            message = x.errorConsent;
            break;
        case ValidationCode::SignatureRequired:
        case ValidationCode::SignatureFormat:
            message = x.errorSignature;
            break;
        case ValidationCode::SignatureMismatch:
            message = x.errorSignatureMismatch;
            break;
        case ValidationCode::ControlCharacter:
            message = substitute(x.errorControl, label);
            break;
        default:
            message = substitute(x.errorInvalid, label);
            break;
        }
        state.invalidFields.insert(field);
        if (std::find(state.errors.begin(), state.errors.end(), message) == state.errors.end()) {
            state.errors.push_back(std::move(message));
        }
    }
    return state;
}

} // namespace

void registerAdoptionPageRoutes(Router& router, ServerContext& ctx)
{
    auto page = std::make_shared<AdoptionPage>();
    auto web = std::make_shared<WebApplications>(
        ctx.db(), ctx.sync(), ctx.clock(), publicforms::Quota{ctx.config().adoptionApplicationsPerAddressPerHour},
        publicforms::Quota{ctx.config().adoptionApplicationsPerOrganisationPerHour});
    Database& db = ctx.db();
    AdoptionService& adoption = ctx.adoption();
    BlobService& blobs = ctx.blobs();
    const Clock& clock = ctx.clock();
    publicforms::PublicForms& forms = ctx.publicForms();
    const bool trustProxy = ctx.config().trustProxy;

    // A link that outlives slug changes, for print (a cage card's QR): the animal's page, wherever
    // its organisation's page is now. Registered first: "pet" is a reserved slug.
    router.add({"GET", "/adopt/pet/{petId}", roles::kPublic, [page, &db, &adoption](Request& r) {
                    const PageLanguage language = requestLanguage(r);
                    const std::string& petId = r.param("petId");
                    if (!isUuid(petId)) {
                        return html(404, page->notFound(language), *page);
                    }
                    SqlRows rows;
                    {
                        Lease lease = db.acquire();
                        rows = lease->rows("SELECT o.id, o.public_slug FROM sync_rows s JOIN organisations o ON "
                                           "o.id = s.org_id WHERE s.entity = 'adoptionProfile' AND s.row_id = ? AND "
                                           "s.deleted = 0 AND o.public_slug <> '' ORDER BY o.id",
                                           petId);
                    }
                    for (std::size_t i = 0; i < rows.size(); ++i) {
                        if (adoption.galleryAnimal(rows.text(i, 0), petId)) {
                            Response out = redirect("/adopt/" + rows.text(i, 1) + "/" + petId, *page);
                            out.status = 302; // not 301: the slug may change again
                            return out;
                        }
                    }
                    return html(404, page->notFound(language), *page);
                }});

    router.add({"GET", "/adopt/{slug}", roles::kPublic, [page, &db, &adoption, &clock](Request& r) {
                    const PageLanguage language = requestLanguage(r);
                    const auto shelter = shelterOf(db, r.param("slug"));
                    if (!shelter) {
                        return html(404, page->notFound(language), *page);
                    }
                    return html(200,
                                page->list(r.param("slug"), shelter->name, adoption.gallery(shelter->id), clock.today(),
                                           language),
                                *page);
                }});

    router.add({"GET", "/adopt/{slug}/{petId}", roles::kPublic, [page, &db, &adoption, &clock, &forms](Request& r) {
                    const PageLanguage language = requestLanguage(r);
                    const std::string& slug = r.param("slug");
                    const std::string& petId = r.param("petId");
                    const auto shelter = shelterOf(db, slug);
                    const auto animal =
                        shelter && isUuid(petId) ? adoption.galleryAnimal(shelter->id, petId) : std::nullopt;
                    if (!animal) {
                        return html(404, page->notFound(language), *page);
                    }
                    return html(200,
                                withFormToken(page->animal(slug, shelter->name, *animal, clock.today(), language),
                                              forms.issueToken(kPurpose, shelter->id + "/" + petId, clock.nowMs())),
                                *page);
                }});

    router.add(
        {"POST", "/adopt/{slug}/{petId}", roles::kPublic,
         [page, web, &db, &adoption, &clock, &forms, trustProxy](Request& r) {
             PageLanguage language = requestLanguage(r);
             const std::string& slug = r.param("slug");
             const std::string& petId = r.param("petId");
             const auto shelter = shelterOf(db, slug);
             if (!shelter || !isUuid(petId)) {
                 return html(404, page->notFound(language), *page);
             }
             const std::string subject = shelter->id + "/" + petId;
             const std::string address = r.clientIp(trustProxy);
             const std::int64_t now = clock.nowMs();
             const publicforms::Submission s =
                 forms.check(applicationSpec(), subject, r.contentType(), r.body(), address, now);
             if (!s.value("lang").empty()) {
                 language = requestLanguage(r, s.value("lang"));
             }
             const PageText& t = pageText(language);
             const AdoptionPageText& x = adoptionText(language);
             const std::string thanks = "/adopt/" + slug + "/" + petId + "/thanks?lang=" + std::string(t.htmlLang);
             const auto animal = adoption.galleryAnimal(shelter->id, petId);
             const auto formAgain = [&](int status, const ApplicationFormState& state) {
                 if (!animal) {
                     return html(404, page->notFound(language), *page);
                 }
                 return html(status,
                             withFormToken(page->animal(slug, shelter->name, *animal, clock.today(), language, &state),
                                           forms.issueToken(kPurpose, subject, now)),
                             *page);
             };
             using publicforms::Rejection;
             switch (s.rejection) {
             case Rejection::None:
                 break;
             case Rejection::Honeypot:
                 return redirect(thanks, *page); // looks like it worked: a bot learns nothing
             case Rejection::RateLimited: {
                 Response out = html(429, page->problem(slug, language, x.errorRateLimited), *page);
                 out.header("Retry-After", std::to_string(std::max<std::int64_t>(1, s.retryAfterSeconds)));
                 return out;
             }
             case Rejection::BodyTooLarge:
                 return html(413, page->problem(slug, language, x.errorMalformed), *page);
             case Rejection::NotAForm:
                 return html(415, page->problem(slug, language, x.errorMalformed), *page);
             case Rejection::Malformed:
                 return html(400, page->problem(slug, language, x.errorMalformed), *page);
             case Rejection::FieldTooLong:
             case Rejection::MissingField: {
                 ApplicationFormState state{s.values, {}, {s.field}};
                 state.errors.push_back(
                     substitute(s.rejection == Rejection::FieldTooLong ? x.errorTooLong : x.errorRequired,
                                fieldLabel(x, s.field)));
                 return formAgain(400, state);
             }
             case Rejection::TokenMissing:
             case Rejection::TokenInvalid:
             case Rejection::TokenExpired:
                 return formAgain(400, ApplicationFormState{s.values, {std::string(x.errorExpired)}, {}});
             }
             if (!animal) {
                 return html(404, page->notFound(language), *page);
             }
             ValidationReport report;
             AdoptionApplication application =
                 WebApplications::fromForm(s.values, petId, x.consentText, animal->value("feeCurrency", ""), report);
             application.id = newUuid(); // the stored one is derived from the token
             report.append(validate(application));
             if (report.hasErrors()) {
                 return formAgain(400, stateFor(report, s.values, x));
             }
             const WebApplications::Result result = web->submit(shelter->id, application, address, forms, s);
             switch (result.outcome) {
             case WebApplications::Outcome::Stored:
                 break; // post/redirect/get: a reload asks for the thanks page, not the POST
             case WebApplications::Outcome::Repeated:
                 return html(200, page->thanks(slug, language, true), *page);
             case WebApplications::Outcome::Unavailable:
                 return html(404, page->notFound(language), *page);
             case WebApplications::Outcome::RateLimited: {
                 Response out = html(429, page->problem(slug, language, x.errorRateLimited), *page);
                 out.header("Retry-After", std::to_string(std::max<std::int64_t>(1, result.retryAfterSeconds)));
                 return out;
             }
             }
             return redirect(thanks, *page);
         },
         96 * 1024});

    router.add({"GET", "/adopt/{slug}/{petId}/thanks", roles::kPublic, [page, &db](Request& r) {
                    const PageLanguage language = requestLanguage(r);
                    if (!shelterOf(db, r.param("slug")) || !isUuid(r.param("petId"))) {
                        return html(404, page->notFound(language), *page);
                    }
                    return html(200, page->thanks(r.param("slug"), language, false), *page);
                }});

    // Only the public photos of an animal up for adoption: no other blob is reachable here.
    router.add({"GET", "/adopt/{slug}/{petId}/photos/{photoId}", roles::kPublic, [&db, &adoption, &blobs](Request& r) {
                    const auto shelter = shelterOf(db, r.param("slug"));
                    const std::string& petId = r.param("petId");
                    const std::string& photoId = r.param("photoId");
                    const auto animal = shelter && isUuid(petId) && isUuid(photoId)
                                            ? adoption.galleryAnimal(shelter->id, petId)
                                            : std::nullopt;
                    if (!animal) {
                        throw ApiError::notFound("no such photo");
                    }
                    for (const nlohmann::json& photo : (*animal)["photos"]) {
                        if (photo.value("id", "") != photoId) {
                            continue;
                        }
                        auto blob = blobs.get(shelter->id, photo.value("sha256", ""));
                        if (!blob || blob->mime.rfind("image/", 0) != 0) {
                            break;
                        }
                        Response out;
                        out.contentType = blob->mime;
                        out.body = std::move(blob->data);
                        // Short: an animal adopted tomorrow takes its photos off the page.
                        out.header("Cache-Control", "public, max-age=300");
                        out.header("Content-Security-Policy", "default-src 'none'; sandbox");
                        out.header("Cross-Origin-Resource-Policy", "same-origin");
                        out.header("X-Content-Type-Options", "nosniff");
                        return out;
                    }
                    throw ApiError::notFound("no such photo");
                }});
}

} // namespace petinfo::server
