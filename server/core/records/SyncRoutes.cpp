// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/sync/push and /api/v1/sync/pull: the wire messages of common/sync/Messages.h.
#include "app/ServerContext.h"
#include "db/Database.h"
#include "http/HttpError.h"
#include "records/SyncService.h"

namespace petinfo::server {

namespace {

[[noreturn]] void badMessage(const DecodeError& error)
{
    throw ApiError::badRequest("invalid_request", error.detail);
}

} // namespace

void registerSyncRoutes(Router& router, ServerContext& ctx)
{
    SyncService& sync = ctx.sync();

    // A kiosk pushes too: new adoption applications, nothing else (adoption/AdoptionPolicy.h).
    const bool trustProxy = ctx.config().trustProxy;
    Route push{"POST", "/api/v1/sync/push", roles::kAnyone, [&sync, trustProxy](Request& r) {
                   const auto request = sync::pushRequestFromJson(r.jsonBody());
                   if (!request) {
                       badMessage(request.error());
                   }
                   return Response::json(200, sync::toJson(sync.push(r.principal(), *request, r.clientIp(trustProxy))));
               }};
    push.maxBody = ctx.config().maxPushBytes;
    router.add(std::move(push));

    router.add({"POST", "/api/v1/sync/pull", roles::kPeople, [&sync](Request& r) {
                    const auto request = sync::pullRequestFromJson(r.jsonBody());
                    if (!request) {
                        badMessage(request.error());
                    }
                    // Written row by row from the stored text: a page of a first sync is a
                    // thousand rows, and decoding them only to encode them again was most of
                    // the server's work.
                    auto body =
                        sync::encode(sync.pull(r.principal(), *request), sync::clockFormFor(request->schemaVersion));
                    if (!body) {
                        throw DbError(DbError::Kind::Other, body.error().detail);
                    }
                    Response response;
                    response.body = std::move(*body);
                    return response;
                }});
}

} // namespace petinfo::server
