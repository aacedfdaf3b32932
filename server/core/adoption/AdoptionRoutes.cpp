// SPDX-License-Identifier: GPL-3.0-or-later
// The adoption gallery: adoptable animals' public fields, for kiosks and the team.
#include "adoption/AdoptionService.h"
#include "app/ServerContext.h"
#include "http/HttpError.h"

namespace petinfo::server {

using nlohmann::json;

void registerAdoptionRoutes(Router& router, ServerContext& ctx)
{
    AdoptionService& adoption = ctx.adoption();

    router.add({"GET", "/api/v1/adoption/animals", roles::kAnyone, [&adoption](Request& r) {
                    return Response::json(200, json{{"items", adoption.gallery(r.principal().orgId)}});
                }});

    router.add({"GET", "/api/v1/adoption/animals/{petId}", roles::kAnyone, [&adoption](Request& r) {
                    auto animal = adoption.galleryAnimal(r.principal().orgId, r.param("petId"));
                    if (!animal) {
                        throw ApiError::notFound("no such animal up for adoption");
                    }
                    return Response::json(200, *animal);
                }});
}

} // namespace petinfo::server
