// SPDX-License-Identifier: GPL-3.0-or-later
// Plans and checkouts (the app's Organisation > Plan and billing), the providers' webhooks, and
// the page a payer's browser comes back to.
#include "app/ServerContext.h"
#include "billing/BillingService.h"
#include "http/HttpError.h"

namespace petinfo::server {

using nlohmann::json;

namespace {

/** The page after the provider's checkout. It shows no account data: whoever has the link only
 *  learns what the provider's redirect already said. The app shows the confirmed result. */
Response returnPage(const std::string& result)
{
    struct Text
    {
        const char* title;
        const char* es;
        const char* pt;
    };
    const Text text = result == "success"   ? Text{"Payment sent", "Pago enviado", "Pagamento enviado"}
                      : result == "pending" ? Text{"Payment pending", "Pago pendiente", "Pagamento pendente"}
                                            : Text{"The payment did not go through", "El pago no se realizó",
                                                   "O pagamento não foi concluído"};
    Response r;
    r.contentType = "text/html; charset=utf-8";
    r.body = std::string("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                         "content=\"width=device-width, initial-scale=1\"><title>Pet Info</title></head><body "
                         "style=\"font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em\"><h1>") +
             text.title + "</h1><p>" + text.es + " · " + text.pt +
             "</p><p>Pet Info shows the result as soon as the payment provider confirms it. You can close this "
             "window.</p><p>Pet Info muestra el resultado en cuanto el proveedor de pagos lo confirma. Puede cerrar "
             "esta ventana.</p><p>O Pet Info mostra o resultado assim que o provedor de pagamentos o confirmar. Você "
             "pode fechar esta janela.</p></body></html>";
    r.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    r.header("Referrer-Policy", "no-referrer");
    r.header("X-Frame-Options", "DENY");
    return r;
}

Response answer(const BillingService::WebhookAnswer& a)
{
    return Response::json(a.status, a.body);
}

} // namespace

void registerBillingRoutes(Router& router, ServerContext& ctx)
{
    BillingService& billing = ctx.billing();

    router.add({"GET", "/api/v1/billing/plans", roles::kPeople, [&billing](Request&) {
                    return Response::json(200, billing.plans());
                }});

    router.add({"GET", "/api/v1/billing", roles::kTeam, [&billing](Request& r) {
                    return Response::json(200, billing.status(r.principal().orgId));
                }});

    router.add({"POST", "/api/v1/billing/checkouts", roles::kAdmin, [&billing, &ctx](Request& r) {
                    return Response::json(201,
                                          billing.createCheckout(r.principal(), r.jsonBody(), ctx.publicBaseUrl(r)));
                }});

    router.add({"GET", "/api/v1/billing/checkouts/{checkoutId}", roles::kTeam, [&billing](Request& r) {
                    return Response::json(200, billing.checkout(r.principal().orgId, r.param("checkoutId")));
                }});

    router.add({"GET", "/api/v1/billing/payments/{paymentId}", roles::kTeam, [&billing](Request& r) {
                    return Response::json(200, billing.payment(r.principal().orgId, r.param("paymentId")));
                }});

    // MercadoPago appends data.id and type to our notification_url (which names the checkout).
    router.add({"POST", "/api/v1/webhooks/mercadopago", roles::kPublic, [&billing](Request& r) {
                    return answer(billing.mercadoPagoWebhook(
                        r.body(), r.header("x-signature"), r.header("x-request-id"), r.query("data.id").value_or(""),
                        r.query("type").value_or(""), r.query("checkout").value_or("")));
                }});

    router.add({"POST", "/api/v1/webhooks/stripe", roles::kPublic, [&billing](Request& r) {
                    return answer(billing.stripeWebhook(r.body(), r.header("Stripe-Signature")));
                }});

    router.add({"GET", "/billing/return", roles::kPublic, [](Request& r) {
                    return returnPage(r.query("result").value_or(""));
                }});
}

} // namespace petinfo::server
