// SPDX-License-Identifier: GPL-3.0-or-later
// The caller's organisation, its members, invitations and kiosk devices.
#include "accounts/AccountService.h"
#include "adoption/PublicSlugs.h"
#include "app/ServerContext.h"
#include "db/Database.h"
#include "http/HttpError.h"

namespace petinfo::server {

void registerAdminRoutes(Router& router, ServerContext& ctx)
{
    AccountService& accounts = ctx.accounts();

    router.add({"GET", "/api/v1/organisation", roles::kAnyone, [&accounts](Request& r) {
                    return Response::json(200, accounts.organisation(r.principal()));
                }});

    router.add({"PATCH", "/api/v1/organisation", roles::kAdmin, [&accounts](Request& r) {
                    return Response::json(
                        200, accounts.renameOrganisation(r.principal(), requireString(r.jsonBody(), "name", 1000)));
                }});

    // The address of the public adoption page, /adopt/<slug> (docs/adoption-page.md).
    router.add({"PUT", "/api/v1/organisation/public-slug", roles::kAdmin, [&ctx](Request& r) {
                    const std::string slug = requireString(r.jsonBody(), "publicSlug", 200);
                    slugs::Outcome outcome = slugs::Outcome::Set;
                    try {
                        outcome = ctx.db().transaction(
                            true, [&](DbConnection& db) { return slugs::choose(db, r.principal().orgId, slug); });
                    } catch (const DbError& e) {
                        if (e.kind() != DbError::Kind::Constraint) {
                            throw;
                        }
                        outcome = slugs::Outcome::Taken; // another admin took it at the same moment
                    }
                    if (outcome == slugs::Outcome::Invalid) {
                        throw ApiError::badRequest("invalid_slug",
                                                   "the public address must be 3-40 characters of a-z, 0-9 and single "
                                                   "dashes between them, and not a reserved word",
                                                   {{"field", "publicSlug"}});
                    }
                    if (outcome == slugs::Outcome::Taken) {
                        throw ApiError::conflict("slug_taken", "another organisation has this public address");
                    }
                    return Response::json(200, nlohmann::json{{"publicSlug", slug}, {"path", "/adopt/" + slug}});
                }});

    router.add({"POST", "/api/v1/organisations", roles::kPeople, [&accounts](Request& r) {
                    const auto body = r.jsonBody();
                    return Response::json(201,
                                          accounts.createOrganisation(r.principal(), requireString(body, "name", 1000),
                                                                      requireString(body, "kind", 20)));
                }});

    router.add({"GET", "/api/v1/users", roles::kTeam, [&accounts](Request& r) {
                    return Response::json(200, accounts.listUsers(r.principal()));
                }});

    router.add({"PATCH", "/api/v1/users/{userId}", roles::kAdmin, [&accounts](Request& r) {
                    return Response::json(200, accounts.changeRole(r.principal(), r.param("userId"),
                                                                   requireString(r.jsonBody(), "role", 20)));
                }});

    router.add({"DELETE", "/api/v1/users/{userId}", roles::kAdmin, [&accounts](Request& r) {
                    accounts.removeUser(r.principal(), r.param("userId"));
                    return Response::noContent();
                }});

    router.add({"POST", "/api/v1/invitations", roles::kAdmin, [&accounts](Request& r) {
                    const auto body = r.jsonBody();
                    return Response::json(201, accounts.invite(r.principal(), requireString(body, "email", 254),
                                                               requireString(body, "role", 20)));
                }});

    router.add({"GET", "/api/v1/invitations", roles::kAdmin, [&accounts](Request& r) {
                    return Response::json(200, accounts.listInvitations(r.principal()));
                }});

    router.add({"DELETE", "/api/v1/invitations/{invitationId}", roles::kAdmin, [&accounts](Request& r) {
                    accounts.revokeInvitation(r.principal(), r.param("invitationId"));
                    return Response::noContent();
                }});

    router.add({"POST", "/api/v1/kiosk-devices", roles::kAdmin, [&accounts](Request& r) {
                    return Response::json(
                        201, accounts.createKiosk(r.principal(), requireString(r.jsonBody(), "name", 1000)));
                }});
}

} // namespace petinfo::server
