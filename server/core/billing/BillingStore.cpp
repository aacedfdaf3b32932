// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingStore.h"

#include "db/Database.h"
#include "notifications/ReminderBook.h"
#include "petinfo/common/Random.h"

namespace petinfo::server {

namespace {

constexpr std::string_view kCheckoutColumns = "id, org_id, plan_id, provider, currency, amount_minor, state, "
                                              "provider_ref, checkout_url, detail, created_ms, expires_ms, addon_id";
constexpr std::string_view kPaymentColumns =
    "id, org_id, checkout_id, provider, provider_payment_id, plan_id, "
    "currency, amount_minor, state, period_start_ms, period_end_ms, paid_ms, addon_id";
constexpr std::string_view kPlanColumns =
    "org_id, plan_id, provider, subscription_id, payment_id, started_ms, ends_ms, renews";

Checkout checkoutAt(const SqlRows& r, std::size_t i)
{
    return Checkout{r.text(i, 0),     r.text(i, 1),     r.text(i, 2), r.text(i, 3), r.text(i, 4),
                    r.integer(i, 5),  r.text(i, 6),     r.text(i, 7), r.text(i, 8), r.text(i, 9),
                    r.integer(i, 10), r.integer(i, 11), r.text(i, 12)};
}

PaymentRecord paymentAt(const SqlRows& r, std::size_t i)
{
    return PaymentRecord{r.text(i, 0),     r.text(i, 1),     r.text(i, 2),    r.text(i, 3), r.text(i, 4),
                         r.text(i, 5),     r.text(i, 6),     r.integer(i, 7), r.text(i, 8), r.integer(i, 9),
                         r.integer(i, 10), r.integer(i, 11), r.text(i, 12)};
}

OrgPlan planAt(const SqlRows& r, std::size_t i)
{
    return OrgPlan{r.text(i, 0), r.text(i, 1),    r.text(i, 2),    r.text(i, 3),
                   r.text(i, 4), r.integer(i, 5), r.integer(i, 6), r.boolean(i, 7)};
}

} // namespace

void BillingStore::insertCheckout(DbConnection& db, const Checkout& c, std::string_view createdBy, std::int64_t nowMs)
{
    db.exec("INSERT INTO billing_checkouts (id, org_id, plan_id, addon_id, provider, currency, amount_minor, state, "
            "created_by, created_ms, expires_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            c.id, c.orgId, c.planId, c.addonId, c.provider, c.currency, c.amountMinor, c.state, createdBy, nowMs,
            c.expiresMs, nowMs);
}

void BillingStore::setCheckoutProvider(DbConnection& db, std::string_view id, std::string_view ref,
                                       std::string_view url, std::int64_t nowMs)
{
    db.exec("UPDATE billing_checkouts SET provider_ref = ?, checkout_url = ?, updated_ms = ? WHERE id = ?", ref, url,
            nowMs, id);
}

bool BillingStore::setCheckoutState(DbConnection& db, std::string_view id, std::string_view state,
                                    std::string_view detail, std::int64_t nowMs, std::string_view from)
{
    if (from.empty()) {
        return db.exec("UPDATE billing_checkouts SET state = ?, detail = ?, updated_ms = ? WHERE id = ?", state, detail,
                       nowMs, id) > 0;
    }
    return db.exec("UPDATE billing_checkouts SET state = ?, detail = ?, updated_ms = ? WHERE id = ? AND state = ?",
                   state, detail, nowMs, id, from) > 0;
}

std::optional<Checkout> BillingStore::checkout(DbConnection& db, std::string_view id, bool lock)
{
    const SqlRows r = db.rows("SELECT " + std::string(kCheckoutColumns) + " FROM billing_checkouts WHERE id = ?" +
                                  (lock ? " {FOR_UPDATE}" : ""),
                              id);
    return r.empty() ? std::nullopt : std::optional<Checkout>(checkoutAt(r, 0));
}

std::vector<Checkout> BillingStore::checkouts(DbConnection& db, std::string_view orgId, int limit)
{
    const SqlRows r = db.rows("SELECT " + std::string(kCheckoutColumns) +
                                  " FROM billing_checkouts WHERE org_id = ? ORDER BY created_ms DESC, id LIMIT ?",
                              orgId, limit);
    std::vector<Checkout> out;
    for (std::size_t i = 0; i < r.size(); ++i) {
        out.push_back(checkoutAt(r, i));
    }
    return out;
}

bool BillingStore::markEvent(DbConnection& db, std::string_view provider, std::string_view eventId,
                             std::string_view orgId, std::string_view outcome, std::int64_t nowMs)
{
    return db.exec("INSERT INTO billing_events (provider, event_id, org_id, outcome, received_ms) VALUES (?, ?, ?, ?, "
                   "?) ON CONFLICT (provider, event_id) DO NOTHING",
                   provider, eventId, orgId, outcome, nowMs) > 0;
}

bool BillingStore::insertPayment(DbConnection& db, const PaymentRecord& p, std::int64_t nowMs)
{
    return db.exec("INSERT INTO billing_payments (id, org_id, checkout_id, provider, provider_payment_id, plan_id, "
                   "addon_id, currency, amount_minor, state, period_start_ms, period_end_ms, paid_ms, updated_ms) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (provider, provider_payment_id) DO "
                   "NOTHING",
                   p.id, p.orgId, p.checkoutId, p.provider, p.providerPaymentId, p.planId, p.addonId, p.currency,
                   p.amountMinor, p.state, p.periodStartMs, p.periodEndMs, p.paidMs, nowMs) > 0;
}

std::optional<PaymentRecord> BillingStore::payment(DbConnection& db, std::string_view provider,
                                                   std::string_view providerPaymentId)
{
    const SqlRows r = db.rows("SELECT " + std::string(kPaymentColumns) +
                                  " FROM billing_payments WHERE provider = ? AND provider_payment_id = ?",
                              provider, providerPaymentId);
    return r.empty() ? std::nullopt : std::optional<PaymentRecord>(paymentAt(r, 0));
}

void BillingStore::addPaymentAlias(DbConnection& db, std::string_view provider, std::string_view alias,
                                   std::string_view providerPaymentId, std::int64_t nowMs)
{
    db.exec("INSERT INTO billing_payment_aliases (provider, alias, provider_payment_id, created_ms) VALUES (?, ?, ?, "
            "?) ON CONFLICT (provider, alias) DO NOTHING",
            provider, alias, providerPaymentId, nowMs);
}

std::optional<PaymentRecord> BillingStore::paymentByIdOrAlias(DbConnection& db, std::string_view provider,
                                                              std::string_view id)
{
    if (auto direct = payment(db, provider, id)) {
        return direct;
    }
    const SqlRows r = db.rows(
        "SELECT provider_payment_id FROM billing_payment_aliases WHERE provider = ? AND alias = ?", provider, id);
    return r.empty() ? std::nullopt : payment(db, provider, r.text(0, 0));
}

std::optional<PaymentRecord> BillingStore::paymentById(DbConnection& db, std::string_view orgId, std::string_view id)
{
    const SqlRows r = db.rows(
        "SELECT " + std::string(kPaymentColumns) + " FROM billing_payments WHERE org_id = ? AND id = ?", orgId, id);
    return r.empty() ? std::nullopt : std::optional<PaymentRecord>(paymentAt(r, 0));
}

void BillingStore::setPaymentState(DbConnection& db, std::string_view id, std::string_view state, std::int64_t nowMs)
{
    db.exec("UPDATE billing_payments SET state = ?, updated_ms = ? WHERE id = ?", state, nowMs, id);
}

std::vector<PaymentRecord> BillingStore::payments(DbConnection& db, std::string_view orgId, int limit)
{
    const SqlRows r = db.rows("SELECT " + std::string(kPaymentColumns) +
                                  " FROM billing_payments WHERE org_id = ? ORDER BY paid_ms DESC, id LIMIT ?",
                              orgId, limit);
    std::vector<PaymentRecord> out;
    for (std::size_t i = 0; i < r.size(); ++i) {
        out.push_back(paymentAt(r, i));
    }
    return out;
}

std::optional<OrgPlan> BillingStore::plan(DbConnection& db, std::string_view orgId, bool lock)
{
    const SqlRows r = db.rows("SELECT " + std::string(kPlanColumns) + " FROM org_plans WHERE org_id = ?" +
                                  (lock ? " {FOR_UPDATE}" : ""),
                              orgId);
    return r.empty() ? std::nullopt : std::optional<OrgPlan>(planAt(r, 0));
}

std::optional<OrgPlan> BillingStore::planOfSubscription(DbConnection& db, std::string_view subscriptionId)
{
    if (subscriptionId.empty()) {
        return std::nullopt;
    }
    const SqlRows r =
        db.rows("SELECT " + std::string(kPlanColumns) + " FROM org_plans WHERE subscription_id = ? {FOR_UPDATE}",
                subscriptionId);
    return r.empty() ? std::nullopt : std::optional<OrgPlan>(planAt(r, 0));
}

void BillingStore::savePlan(DbConnection& db, const OrgPlan& p, std::int64_t nowMs)
{
    db.exec("INSERT INTO org_plans (org_id, plan_id, provider, subscription_id, payment_id, started_ms, ends_ms, "
            "renews, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id) DO UPDATE SET plan_id = "
            "excluded.plan_id, provider = excluded.provider, subscription_id = excluded.subscription_id, payment_id = "
            "excluded.payment_id, started_ms = excluded.started_ms, ends_ms = excluded.ends_ms, renews = "
            "excluded.renews, updated_ms = excluded.updated_ms",
            p.orgId, p.planId, p.provider, p.subscriptionId, p.paymentId, p.startedMs, p.endsMs, p.renews, nowMs);
}

std::int64_t BillingStore::activeDevices(DbConnection& db, std::string_view orgId, bool kiosks)
{
    return db
        .rows(std::string("SELECT COUNT(*) FROM devices d JOIN memberships m ON m.org_id = d.org_id AND m.user_id = "
                          "d.user_id WHERE d.org_id = ? AND d.revoked_ms = 0 AND m.role ") +
                  (kiosks ? "=" : "<>") + " 'kiosk'",
              orgId)
        .integer(0, 0);
}

void BillingStore::lockOrganisation(DbConnection& db, std::string_view orgId)
{
    db.rows("SELECT id FROM organisations WHERE id = ? {FOR_UPDATE}", orgId);
}

void BillingStore::insertTagGrant(DbConnection& db, std::string_view paymentId, std::string_view orgId,
                                  std::string_view addonId, std::int64_t claims, std::int64_t nowMs)
{
    db.exec("INSERT INTO billing_tag_grants (payment_id, org_id, addon_id, claims, state, created_ms, updated_ms) "
            "VALUES (?, ?, ?, ?, 'active', ?, ?) ON CONFLICT (payment_id) DO NOTHING",
            paymentId, orgId, addonId, claims, nowMs, nowMs);
}

bool BillingStore::revokeTagGrant(DbConnection& db, std::string_view paymentId, std::int64_t nowMs)
{
    return db.exec("UPDATE billing_tag_grants SET state = 'revoked', updated_ms = ? WHERE payment_id = ? AND state = "
                   "'active'",
                   nowMs, paymentId) > 0;
}

std::map<std::string, std::int64_t> BillingStore::tagGrants(DbConnection& db, std::string_view orgId)
{
    const SqlRows r = db.rows("SELECT payment_id, claims FROM billing_tag_grants WHERE org_id = ?", orgId);
    std::map<std::string, std::int64_t> out;
    for (std::size_t i = 0; i < r.size(); ++i) {
        out.emplace(r.text(i, 0), r.integer(i, 1));
    }
    return out;
}

std::int64_t BillingStore::grantedTagClaims(DbConnection& db, std::string_view orgId)
{
    return db
        .rows("SELECT COALESCE(SUM(claims), 0) FROM billing_tag_grants WHERE org_id = ? AND state = 'active'", orgId)
        .integer(0, 0);
}

std::int64_t BillingStore::claimedTags(DbConnection& db, std::string_view orgId)
{
    return db.rows("SELECT COUNT(*) FROM tags WHERE org_id = ?", orgId).integer(0, 0);
}

namespace {
// Live pet and tag rows wearing a tag that no organisation holds: the push stored them past
// the quota.
constexpr std::string_view kWaitingTags = "FROM sync_rows p LEFT JOIN tags t ON t.tag_id = p.tag_id WHERE p.org_id = "
                                          "? AND p.entity IN ('pet', 'tag') AND p.deleted = 0 AND p.tag_id <> '' AND "
                                          "t.tag_id IS NULL";
} // namespace

std::vector<std::pair<std::string, std::string>> BillingStore::waitingTags(DbConnection& db, std::string_view orgId,
                                                                           int limit)
{
    const SqlRows r =
        db.rows("SELECT p.tag_id, COALESCE(MIN(CASE WHEN p.entity = 'pet' THEN p.row_id END), ''), "
                "MIN(p.updated_ms) " +
                    std::string(kWaitingTags) + " GROUP BY p.tag_id ORDER BY MIN(p.updated_ms), p.tag_id LIMIT ?",
                orgId, limit);
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < r.size(); ++i) {
        out.emplace_back(r.text(i, 0), r.text(i, 1));
    }
    return out;
}

std::int64_t BillingStore::waitingTagCount(DbConnection& db, std::string_view orgId)
{
    return db.rows("SELECT COUNT(DISTINCT p.tag_id) " + std::string(kWaitingTags), orgId).integer(0, 0);
}

bool BillingStore::claimFreeTag(DbConnection& db, std::string_view orgId, std::string_view tagId, std::int64_t nowMs)
{
    return db.exec("INSERT INTO tags (tag_id, org_id, created_ms) VALUES (?, ?, ?) ON CONFLICT (tag_id) DO NOTHING",
                   tagId, orgId, nowMs) > 0;
}

std::int64_t BillingStore::releaseWaitingSends(DbConnection& db, std::string_view orgId, std::int64_t nowMs)
{
    return db.exec("UPDATE jobs SET run_at_ms = ?, updated_ms = ? WHERE org_id = ? AND kind = ? AND state = "
                   "'pending' AND detail = ? AND run_at_ms > ?",
                   nowMs, nowMs, orgId, jobkinds::kSendWhatsApp, kPaymentRequired, nowMs);
}

} // namespace petinfo::server
