// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/auth/*: sign-up, sign-in, the caller's devices and two-factor set-up.
#include "accounts/AccountService.h"
#include "accounts/TotpService.h"
#include "app/ServerContext.h"
#include "http/HttpError.h"

namespace petinfo::server {

using nlohmann::json;

void registerAccountRoutes(Router& router, ServerContext& ctx)
{
    AccountService& accounts = ctx.accounts();
    const bool trustProxy = ctx.config().trustProxy;

    router.add({"POST", "/api/v1/auth/signup", roles::kPublic, [&accounts, trustProxy](Request& r) {
                    return Response::json(201, accounts.signup(r.jsonBody(), r.clientIp(trustProxy)));
                }});

    router.add({"POST", "/api/v1/auth/signin", roles::kPublic, [&accounts, trustProxy](Request& r) {
                    const json body = r.jsonBody();
                    SigninInput in;
                    in.ticket = optionalString(body, "ticket", 100).value_or("");
                    if (in.ticket.empty()) {
                        in.email = requireString(body, "email", 254);
                        in.password = requireString(body, "password", 256);
                        in.totpCode = optionalString(body, "totpCode", 10).value_or("");
                    }
                    in.organisationId = optionalString(body, "organisationId", 64).value_or("");
                    in.deviceName = optionalString(body, "deviceName", 400).value_or("");
                    in.clientId = optionalString(body, "clientId", 64).value_or("");
                    in.clientIp = r.clientIp(trustProxy);
                    return Response::json(201, accounts.signin(in));
                }});

    router.add({"POST", "/api/v1/auth/signout", roles::kAnyone, [&accounts](Request& r) {
                    accounts.signout(r.principal());
                    return Response::noContent();
                }});

    router.add({"GET", "/api/v1/auth/me", roles::kAnyone, [&accounts](Request& r) {
                    return Response::json(200, accounts.me(r.principal()));
                }});

    router.add({"GET", "/api/v1/auth/devices", roles::kAnyone, [&accounts](Request& r) {
                    return Response::json(200, accounts.listDevices(r.principal()));
                }});

    router.add({"DELETE", "/api/v1/auth/devices/{deviceId}", roles::kAnyone, [&accounts](Request& r) {
                    accounts.revokeDevice(r.principal(), r.param("deviceId"));
                    return Response::noContent();
                }});

    TotpService& totp = ctx.totp();
    router.add({"POST", "/api/v1/auth/totp/setup", roles::kPeople, [&totp](Request& r) {
                    return Response::json(200, totp.setup(r.principal()));
                }});

    router.add({"POST", "/api/v1/auth/totp/enable", roles::kPeople, [&totp](Request& r) {
                    totp.enable(r.principal(), requireString(r.jsonBody(), "code", 10));
                    return Response::noContent();
                }});

    router.add({"POST", "/api/v1/auth/totp/disable", roles::kPeople, [&totp](Request& r) {
                    totp.disable(r.principal(), requireString(r.jsonBody(), "code", 10));
                    return Response::noContent();
                }});

    router.add({"POST", "/api/v1/invitations/accept", roles::kPublic, [&accounts, trustProxy](Request& r) {
                    return Response::json(201, accounts.acceptInvitation(r.jsonBody(), r.clientIp(trustProxy)));
                }});
}

} // namespace petinfo::server
