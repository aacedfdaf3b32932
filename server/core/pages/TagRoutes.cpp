// SPDX-License-Identifier: GPL-3.0-or-later
// GET /t/{tagId} and /t/{tagId}/photo: the public pages behind QR tags. No authentication.
#include "app/ServerContext.h"
#include "blobs/BlobService.h"
#include "http/HttpError.h"
#include "http/TtlCache.h"
#include "pages/TagPage.h"
#include "petinfo/common/Random.h"

#include <memory>

namespace petinfo::server {

namespace {

Response html(int status, std::string body, const TagPage& page)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = std::move(body);
    r.header("Content-Security-Policy", page.contentSecurityPolicy());
    r.header("Referrer-Policy", "no-referrer");
    r.header("X-Frame-Options", "DENY");
    r.header("Cross-Origin-Resource-Policy", "same-origin");
    return r;
}

/** A rendered page, valid while nothing it shows changed in this process (and for the TTL). */
struct CachedPage
{
    int status = 200;
    std::string body;
    std::uint64_t generation = 0;
};

} // namespace

void registerTagRoutes(Router& router, ServerContext& ctx)
{
    auto page = std::make_shared<TagPage>();
    auto cache = std::make_shared<TtlCache<CachedPage>>(std::chrono::milliseconds(ctx.config().pageCacheMilliseconds));
    SyncService& sync = ctx.sync();
    BlobService& blobs = ctx.blobs();
    const Clock& clock = ctx.clock();

    router.add({"GET", "/t/{tagId}", roles::kPublic, [page, cache, &sync, &clock](Request& r) {
                    const std::string& tagId = r.param("tagId");
                    if (!isTagId(tagId)) {
                        return html(404, page->notFound(), *page);
                    }
                    const std::uint64_t generation = sync.publicGeneration();
                    if (auto hit = cache->get(tagId); hit && hit->generation == generation) {
                        return html(hit->status, std::move(hit->body), *page);
                    }
                    const SyncService::PublicTag tag = sync.publicTag(tagId, true);
                    CachedPage rendered{tag.known ? 200 : 404,
                                        tag.known ? page->render(tagId, tag, clock.today()) : page->notFound(),
                                        generation};
                    cache->put(tagId, rendered);
                    return html(rendered.status, std::move(rendered.body), *page);
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
