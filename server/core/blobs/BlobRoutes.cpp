// SPDX-License-Identifier: GPL-3.0-or-later
// PUT/GET/HEAD /api/v1/blobs/{sha256}: upload and download of photo and document bytes.
#include "adoption/AdoptionService.h"
#include "app/ServerContext.h"
#include "blobs/BlobService.h"
#include "blobs/ContentType.h"
#include "http/HttpError.h"
#include "security/Crypto.h"

namespace petinfo::server {

namespace {

std::string requireSha(const Request& r)
{
    const std::string& sha = r.param("sha256");
    if (!isSha256Hex(sha)) {
        throw ApiError::badRequest("invalid_request", "the path must name a lower-case hex SHA-256",
                                   {{"field", "sha256"}});
    }
    return sha;
}

Response blobHeaders(Response r, const std::string& mime)
{
    r.contentType = mime;
    // Immutable: the address is the content. Never rendered as a page of this origin.
    r.header("Cache-Control", "private, max-age=31536000, immutable");
    r.header("Content-Security-Policy", "default-src 'none'; sandbox");
    if (mime == "application/pdf") {
        r.header("Content-Disposition", "attachment");
    }
    return r;
}

/** A kiosk reads the public photos of adoptable animals and no other file: 404 as for a blob
 *  that is not there, so it learns nothing of the others. */
void requireReadable(AdoptionService& adoption, const Request& r)
{
    if (r.principal().role == Role::Kiosk && !adoption.isPublicPhoto(r.principal().orgId, requireSha(r))) {
        throw ApiError::notFound("no such blob");
    }
}

} // namespace

void registerBlobRoutes(Router& router, ServerContext& ctx)
{
    BlobService& blobs = ctx.blobs();
    AdoptionService& adoption = ctx.adoption();

    Route put{"PUT", "/api/v1/blobs/{sha256}", roles::kPeople, [&blobs](Request& r) {
                  const std::string sha = requireSha(r);
                  if (r.body().empty()) {
                      throw ApiError::badRequest("invalid_request", "the body is empty");
                  }
                  const auto sniffed = sniffContentType(r.body());
                  if (!sniffed) {
                      throw ApiError(415, "unsupported_media_type",
                                     "only JPEG, PNG, GIF, WebP, HEIC images and PDF documents are accepted");
                  }
                  std::string declared = r.contentType();
                  declared = declared.substr(0, declared.find(';'));
                  if (declared != *sniffed) {
                      throw ApiError(415, "content_type_mismatch",
                                     "the content is " + *sniffed + " but was declared as " + declared);
                  }
                  if (crypto::sha256Hex(r.body()) != sha) {
                      throw ApiError::badRequest("hash_mismatch", "the SHA-256 of the body is not the one in the path");
                  }
                  const bool created = blobs.put(r.principal().orgId, sha, *sniffed, r.body());
                  return Response::json(created ? 201 : 200,
                                        nlohmann::json{{"sha256", sha},
                                                       {"size", static_cast<std::int64_t>(r.body().size())},
                                                       {"mimeType", *sniffed}});
              }};
    put.maxBody = ctx.config().maxBlobBytes;
    router.add(std::move(put));

    router.add({"GET", "/api/v1/blobs/{sha256}", roles::kAnyone, [&blobs, &adoption](Request& r) {
                    requireReadable(adoption, r);
                    auto blob = blobs.get(r.principal().orgId, requireSha(r));
                    if (!blob) {
                        throw ApiError::notFound("no such blob");
                    }
                    Response out;
                    out.body = std::move(blob->data);
                    return blobHeaders(std::move(out), blob->mime);
                }});

    router.add({"HEAD", "/api/v1/blobs/{sha256}", roles::kAnyone, [&blobs, &adoption](Request& r) {
                    requireReadable(adoption, r);
                    auto info = blobs.head(r.principal().orgId, requireSha(r));
                    if (!info) {
                        throw ApiError::notFound("no such blob");
                    }
                    Response out;
                    out.headLength = info->size;
                    return blobHeaders(std::move(out), info->mime);
                }});
}

} // namespace petinfo::server
