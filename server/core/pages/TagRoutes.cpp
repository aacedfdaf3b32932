// SPDX-License-Identifier: GPL-3.0-or-later
// GET /t/{tagId} and /t/{tagId}/photo: the public pages behind QR tags; POST /t/{tagId}/found: the
// "I found this pet" form of a lost pet's page. No authentication.
#include "app/ServerContext.h"
#include "blobs/BlobService.h"
#include "http/HttpError.h"
#include "http/TtlCache.h"
#include "jobs/JobRunner.h"
#include "lostfound/FoundReports.h"
#include "pages/TagPage.h"
#include "petinfo/common/Random.h"
#include "publicforms/PublicForm.h"

#include <algorithm>
#include <memory>

namespace petinfo::server {

namespace {

constexpr std::string_view kFoundPurpose = "found-report";

Response html(int status, std::string body, const TagPage& page)
{
    return publicPageResponse(status, std::move(body), page.contentSecurityPolicy());
}

/** A rendered page, valid while nothing it shows changed in this process (and for the TTL). */
struct CachedPage
{
    int status = 200;
    std::string body;
    std::uint64_t generation = 0;
};

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

const publicforms::FormSpec& foundSpec()
{
    static const publicforms::FormSpec spec{std::string(kFoundPurpose),
                                            {{"name", 80, true, false},
                                             {"phone", 40, true, false},
                                             {"place", 200, true, false},
                                             {"message", 2000, false, true},
                                             {"lang", 10, false, false}},
                                            12 * 1024};
    return spec;
}

std::string_view fieldLabel(const PageText& t, const std::string& field)
{
    if (field == "name") {
        return t.finderName;
    }
    if (field == "phone") {
        return t.finderPhone;
    }
    if (field == "place") {
        return t.where;
    }
    return t.message;
}

} // namespace

void registerTagRoutes(Router& router, ServerContext& ctx)
{
    auto page = std::make_shared<TagPage>();
    auto cache = std::make_shared<TtlCache<CachedPage>>(std::chrono::milliseconds(ctx.config().pageCacheMilliseconds));
    SyncService& sync = ctx.sync();
    BlobService& blobs = ctx.blobs();
    const Clock& clock = ctx.clock();
    publicforms::PublicForms& forms = ctx.publicForms();
    JobRunner& jobs = ctx.jobs();
    auto reports = std::make_shared<FoundReports>(
        ctx.db(), sync, clock, ctx.config().whatsapp.foundAlertTemplate, [&jobs] { jobs.wake(); },
        ctx.config().whatsapp.requireVerifiedNumber);
    const bool trustProxy = ctx.config().trustProxy;

    router.add({"GET", "/t/{tagId}", roles::kPublic, [page, cache, &sync, &clock, &forms](Request& r) {
                    const std::string& tagId = r.param("tagId");
                    const PageLanguage language = requestLanguage(r);
                    if (!isTagId(tagId)) {
                        return html(404, page->notFound(language), *page);
                    }
                    const std::uint64_t generation = sync.publicGeneration();
                    const std::string key = tagId + "|" + std::string(languageTag(language));
                    const auto token = [&] {
                        return forms.issueToken(kFoundPurpose, tagId, clock.nowMs());
                    };
                    if (auto hit = cache->get(key); hit && hit->generation == generation) {
                        return html(hit->status, withFormToken(std::move(hit->body), token()), *page);
                    }
                    const SyncService::PublicTag tag = sync.publicTag(tagId, true);
                    CachedPage rendered{tag.known ? 200 : 404,
                                        tag.known ? page->render(tagId, tag, clock.today(), language)
                                                  : page->notFound(language),
                                        generation};
                    cache->put(key, rendered);
                    return html(rendered.status, withFormToken(std::move(rendered.body), token()), *page);
                }});

    router.add({"POST", "/t/{tagId}/found", roles::kPublic,
                [page, reports, &sync, &clock, &forms, trustProxy](Request& r) {
                    const std::string& tagId = r.param("tagId");
                    PageLanguage language = requestLanguage(r);
                    if (!isTagId(tagId)) {
                        return html(404, page->notFound(language), *page);
                    }
                    const std::int64_t now = clock.nowMs();
                    const publicforms::Submission s =
                        forms.check(foundSpec(), tagId, r.contentType(), r.body(), r.clientIp(trustProxy), now);
                    if (!s.value("lang").empty()) {
                        language = requestLanguage(r, s.value("lang"));
                    }
                    const PageText& t = pageText(language);
                    using publicforms::Rejection;
                    const auto formAgain = [&](int status, std::string error) {
                        const SyncService::PublicTag tag = sync.publicTag(tagId, true);
                        if (!tag.known) {
                            return html(404, page->notFound(language), *page);
                        }
                        FoundFormState state{s.values, std::move(error)};
                        return html(status,
                                    withFormToken(page->render(tagId, tag, clock.today(), language, &state),
                                                  forms.issueToken(kFoundPurpose, tagId, now)),
                                    *page);
                    };
                    switch (s.rejection) {
                    case Rejection::None:
                        break;
                    case Rejection::Honeypot: {
                        // Looks like it worked, so that a bot learns nothing.
                        Response out = html(303, {}, *page);
                        out.header("Location", "/t/" + tagId + "/found/thanks?lang=" + std::string(t.htmlLang));
                        return out;
                    }
                    case Rejection::RateLimited: {
                        Response out = html(429, page->problem(tagId, language, t.errorRateLimited), *page);
                        out.header("Retry-After", std::to_string(std::max<std::int64_t>(1, s.retryAfterSeconds)));
                        return out;
                    }
                    case Rejection::BodyTooLarge:
                        return html(413, page->problem(tagId, language, t.errorMalformed), *page);
                    case Rejection::NotAForm:
                        return html(415, page->problem(tagId, language, t.errorMalformed), *page);
                    case Rejection::Malformed:
                        return html(400, page->problem(tagId, language, t.errorMalformed), *page);
                    case Rejection::FieldTooLong:
                        if (s.field != "name" && s.field != "phone" && s.field != "place" && s.field != "message") {
                            return html(400, page->problem(tagId, language, t.errorMalformed), *page);
                        }
                        return formAgain(400, substitute(t.errorTooLong, fieldLabel(t, s.field)));
                    case Rejection::MissingField:
                        return formAgain(400, substitute(t.errorRequired, fieldLabel(t, s.field)));
                    case Rejection::TokenMissing:
                    case Rejection::TokenInvalid:
                    case Rejection::TokenExpired:
                        return formAgain(400, std::string(t.errorExpired));
                    }
                    const FoundReportInput input{s.value("name"), s.value("phone"), s.value("place"),
                                                 s.value("message"), std::string(t.htmlLang)};
                    const FoundReports::Result result = reports->submit(tagId, input, forms, s);
                    switch (result.outcome) {
                    case FoundReports::Outcome::UnknownTag:
                        return html(404, page->notFound(language), *page);
                    case FoundReports::Outcome::NotLost:
                        return html(409, page->problem(tagId, language, t.notLost), *page);
                    case FoundReports::Outcome::Repeated:
                        return html(200, page->thanks(tagId, language, true), *page);
                    case FoundReports::Outcome::Stored:
                        break;
                    }
                    // Post/redirect/get: reloading the answer asks for the thanks page again, not the POST.
                    Response out = html(303, {}, *page);
                    out.header("Location", "/t/" + tagId + "/found/thanks?lang=" + std::string(t.htmlLang));
                    return out;
                },
                64 * 1024});

    router.add({"GET", "/t/{tagId}/found/thanks", roles::kPublic, [page](Request& r) {
                    const std::string& tagId = r.param("tagId");
                    const PageLanguage language = requestLanguage(r);
                    if (!isTagId(tagId)) {
                        return html(404, page->notFound(language), *page);
                    }
                    return html(200, page->thanks(tagId, language, false), *page);
                }});

    router.add({"GET", "/t/{tagId}/photo", roles::kPublic, [&sync, &blobs](Request& r) {
                    const std::string& tagId = r.param("tagId");
                    if (!isTagId(tagId)) {
                        throw ApiError::notFound("no such photo");
                    }
                    const SyncService::PublicTag tag = sync.publicTag(tagId, false);
                    if (tag.photoSha256.empty()) {
                        throw ApiError::notFound("no such photo");
                    }
                    auto blob = blobs.get(tag.orgId, tag.photoSha256);
                    if (!blob) {
                        throw ApiError::notFound("no such photo");
                    }
                    Response out;
                    out.contentType = blob->mime;
                    out.body = std::move(blob->data);
                    out.header("Cache-Control", "public, max-age=300");
                    out.header("Content-Security-Policy", "default-src 'none'; sandbox");
                    out.header("Cross-Origin-Resource-Policy", "same-origin");
                    return out;
                }});
}

} // namespace petinfo::server
