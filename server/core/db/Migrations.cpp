// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrations.h"

#include "adoption/PublicSlugs.h"
#include "db/Database.h"
#include "records/SyncService.h"

#include <array>
#include <chrono>

namespace petinfo::server {

namespace {

// No NULLs anywhere: empty strings and zeros mean "none", which keeps both engines' bindings simple.
constexpr std::string_view kAccounts = R"sql(
CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_ms BIGINT NOT NULL
);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    totp_secret TEXT NOT NULL DEFAULT '',
    totp_enabled INTEGER NOT NULL DEFAULT 0,
    totp_last_step BIGINT NOT NULL DEFAULT 0,
    created_ms BIGINT NOT NULL
);
CREATE TABLE memberships (
    org_id TEXT NOT NULL REFERENCES organisations(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);
CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL,
    accepted_ms BIGINT NOT NULL DEFAULT 0,
    revoked_ms BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX invitations_org ON invitations (org_id);
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    client_id TEXT NOT NULL,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_ms BIGINT NOT NULL,
    last_seen_ms BIGINT NOT NULL,
    revoked_ms BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX devices_org_user ON devices (org_id, user_id);
CREATE TABLE signin_throttle (
    subject TEXT PRIMARY KEY,
    window_start_ms BIGINT NOT NULL,
    failures INTEGER NOT NULL,
    locked_until_ms BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE signin_tickets (
    ticket_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    expires_ms BIGINT NOT NULL,
    used_ms BIGINT NOT NULL DEFAULT 0
)
)sql";

constexpr std::string_view kSync = R"sql(
CREATE TABLE org_versions (
    org_id TEXT PRIMARY KEY REFERENCES organisations(id),
    version BIGINT NOT NULL,
    horizon BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE sync_clients (
    org_id TEXT NOT NULL REFERENCES organisations(id),
    client_id TEXT NOT NULL,
    last_mutation_id BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    PRIMARY KEY (org_id, client_id)
);
CREATE TABLE sync_rows (
    org_id TEXT NOT NULL REFERENCES organisations(id),
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    clocks TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    pet_id TEXT NOT NULL,
    tag_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    PRIMARY KEY (org_id, entity, row_id)
);
CREATE UNIQUE INDEX sync_rows_version ON sync_rows (org_id, version);
CREATE INDEX sync_rows_pet ON sync_rows (org_id, pet_id, entity);
CREATE INDEX sync_rows_tag ON sync_rows (tag_id);
CREATE INDEX sync_rows_tombstones ON sync_rows (deleted, updated_ms);
CREATE TABLE tags (
    tag_id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    created_ms BIGINT NOT NULL
);
CREATE INDEX tags_org ON tags (org_id)
)sql";

constexpr std::string_view kBlobs = R"sql(
CREATE TABLE blobs (
    org_id TEXT NOT NULL REFERENCES organisations(id),
    sha256 TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data {BLOB} NOT NULL,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (org_id, sha256)
)
)sql";

// Background work of every kind (reminders, message sends, webhook follow-ups): see jobs/JobQueue.h.
// A job's (kind, job_key) is unique, so planning the same work twice enqueues it once.
constexpr std::string_view kJobs = R"sql(
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL,
    job_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    run_at_ms BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    lease_token TEXT NOT NULL DEFAULT '',
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_until_ms BIGINT NOT NULL DEFAULT 0,
    detail TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE UNIQUE INDEX jobs_key ON jobs (kind, job_key);
CREATE INDEX jobs_due ON jobs (run_at_ms) WHERE state = 'pending';
CREATE INDEX jobs_leased ON jobs (lease_until_ms) WHERE state IN ('running', 'calling');
CREATE INDEX jobs_org_state ON jobs (org_id, state)
)sql";

// Server-side indexes of the notifications module (notifications/NotificationStore.h). What staff
// and desktops see of reminders and messages is in sync_rows, as server-authored rows.
constexpr std::string_view kNotifications = R"sql(
CREATE TABLE reminder_settings (
    org_id TEXT PRIMARY KEY REFERENCES organisations(id),
    settings TEXT NOT NULL,
    updated_ms BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE TABLE contact_phones (
    phone TEXT NOT NULL,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    person_id TEXT NOT NULL,
    PRIMARY KEY (phone, org_id, person_id)
);
CREATE INDEX contact_phones_person ON contact_phones (org_id, person_id);
CREATE TABLE outbound_messages (
    org_id TEXT NOT NULL REFERENCES organisations(id),
    message_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    pet_id TEXT NOT NULL,
    provider_id TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (org_id, message_id)
);
CREATE INDEX outbound_messages_person ON outbound_messages (org_id, person_id);
CREATE INDEX outbound_messages_pet ON outbound_messages (org_id, pet_id);
CREATE INDEX outbound_messages_provider ON outbound_messages (provider_id);
CREATE TABLE orphan_statuses (
    provider_id TEXT NOT NULL,
    status TEXT NOT NULL,
    received_ms BIGINT NOT NULL
);
CREATE INDEX orphan_statuses_provider ON orphan_statuses (provider_id)
)sql";

// Public forms (publicforms/FormTokens.h): the nonces of used form tokens, kept until they expire,
// and server-wide keys made once and shared by every replica.
constexpr std::string_view kPublicForms = R"sql(
CREATE TABLE used_form_tokens (
    nonce TEXT PRIMARY KEY,
    expires_ms BIGINT NOT NULL,
    used_ms BIGINT NOT NULL
);
CREATE INDEX used_form_tokens_expiry ON used_form_tokens (expires_ms);
CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_ms BIGINT NOT NULL
)
)sql";

// Billing (billing/BillingStore.h): checkouts started by admins, payments the providers
// confirmed, provider events already handled (each once, whatever replica gets it first), and
// each organisation's paid plan. Money is in integer minor units of its currency.
constexpr std::string_view kBilling = R"sql(
CREATE TABLE billing_checkouts (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    plan_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    state TEXT NOT NULL,
    provider_ref TEXT NOT NULL DEFAULT '',
    checkout_url TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE INDEX billing_checkouts_org ON billing_checkouts (org_id, created_ms);
CREATE TABLE billing_payments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    checkout_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_payment_id TEXT NOT NULL,
    plan_id TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    state TEXT NOT NULL,
    period_start_ms BIGINT NOT NULL,
    period_end_ms BIGINT NOT NULL,
    paid_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE UNIQUE INDEX billing_payments_provider ON billing_payments (provider, provider_payment_id);
CREATE INDEX billing_payments_org ON billing_payments (org_id, paid_ms);
CREATE TABLE billing_events (
    provider TEXT NOT NULL,
    event_id TEXT NOT NULL,
    org_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    received_ms BIGINT NOT NULL,
    PRIMARY KEY (provider, event_id)
);
CREATE TABLE org_plans (
    org_id TEXT PRIMARY KEY REFERENCES organisations(id),
    plan_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    payment_id TEXT NOT NULL,
    started_ms BIGINT NOT NULL,
    ends_ms BIGINT NOT NULL,
    renews INTEGER NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE INDEX org_plans_subscription ON org_plans (subscription_id)
)sql";

// One-time codes that confirm a person's WhatsApp number (notifications/PhoneVerification):
// the code hashed with a per-row salt to check what staff type or the owner replies, and sealed
// (SecretBox) for the send job only until it has gone out. One open code per person; every
// request is logged for the per-person and per-organisation rate limits.
constexpr std::string_view kPhoneVerification = R"sql(
CREATE TABLE phone_verifications (
    org_id TEXT NOT NULL REFERENCES organisations(id),
    person_id TEXT NOT NULL,
    phone TEXT NOT NULL,
    salt TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    code_sealed TEXT NOT NULL,
    message_id TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL,
    tries_left INTEGER NOT NULL,
    PRIMARY KEY (org_id, person_id)
);
CREATE INDEX phone_verifications_phone ON phone_verifications (phone);
CREATE TABLE phone_verification_requests (
    org_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    requested_ms BIGINT NOT NULL
);
CREATE INDEX phone_verification_requests_org ON phone_verification_requests (org_id, requested_ms)
)sql";

// Other ids a provider uses for a payment we recorded: a Stripe subscription's first payment is
// recorded under its invoice (the Checkout Session names no payment intent), while disputes and
// refunds name the payment intent, which only the invoice's own event carries.
constexpr std::string_view kBillingAliases = R"sql(
CREATE TABLE billing_payment_aliases (
    provider TEXT NOT NULL,
    alias TEXT NOT NULL,
    provider_payment_id TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (provider, alias)
)
)sql";

// The public adoption page (docs/adoption-page.md): each organisation's address `/adopt/<slug>`,
// unique when set (every organisation gets one in the repair), and the counters of submissions of
// public forms per subject and window, shared by replicas.
constexpr std::string_view kPublicAdoption = R"sql(
ALTER TABLE organisations ADD COLUMN public_slug TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX organisations_public_slug ON organisations (public_slug) WHERE public_slug <> '';
CREATE TABLE public_form_quota (
    subject TEXT NOT NULL,
    window_ms BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (subject, window_ms)
);
CREATE INDEX public_form_quota_window ON public_form_quota (window_ms)
)sql";

// One-time add-ons (billing/Plans.h Addon): a checkout and its payment name the add-on instead
// of a plan, and each paid pack of tag claims is a grant of its own, so that a refund or a
// chargeback of that payment takes back exactly what it granted.
constexpr std::string_view kBillingAddons = R"sql(
ALTER TABLE billing_checkouts ADD COLUMN addon_id TEXT NOT NULL DEFAULT '';
ALTER TABLE billing_payments ADD COLUMN addon_id TEXT NOT NULL DEFAULT '';
CREATE TABLE billing_tag_grants (
    payment_id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    addon_id TEXT NOT NULL,
    claims BIGINT NOT NULL,
    state TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE INDEX billing_tag_grants_org ON billing_tag_grants (org_id, state)
)sql";

constexpr std::array kMigrations{
    Migration{1, "organisations, users, memberships, invitations, devices, sign-in throttling", kAccounts},
    Migration{2, "sync rows, per-organisation versions, device mutation ids, public tags", kSync},
    Migration{3, "content-addressed attachment blobs", kBlobs},
    Migration{4, "background jobs with leases", kJobs},
    Migration{5, "reminder settings, contact phones, outbound WhatsApp messages", kNotifications},
    Migration{6, "tag ids and synced values of the wrong shape removed", {}, &repairStoredShapes},
    Migration{7, "used public form tokens, server keys", kPublicForms},
    Migration{8, "billing: checkouts, payments, provider events, organisation plans", kBilling},
    Migration{9, "one-time codes confirming WhatsApp numbers, their request log", kPhoneVerification},
    Migration{10, "billing: other provider ids of a payment (a Stripe invoice's payment intent)", kBillingAliases},
    Migration{11, "public adoption page: organisation slugs, shared public form quotas", kPublicAdoption,
              &slugs::assignMissing},
    Migration{12, "billing: one-time add-ons, tag-claim grants", kBillingAddons},
};

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

void Database::migrate(int upTo)
{
    transaction(true, [upTo](DbConnection& db) {
        if (db.engine() == Engine::Postgres) {
            // Two servers starting together: the second waits here, then finds nothing to do.
            db.rows("SELECT pg_advisory_xact_lock(7274633)");
        }
        db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT "
                "NULL, applied_ms BIGINT NOT NULL)");
        const SqlRows current = db.rows("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        const std::int64_t have = current.integer(0, 0);
        const std::int64_t latest = kMigrations.back().version;
        if (have > latest) {
            throw DbError(DbError::Kind::Other, "the database schema (version " + std::to_string(have) +
                                                    ") is newer than this server (version " + std::to_string(latest) +
                                                    ")");
        }
        for (const Migration& m : kMigrations) {
            if (m.version <= have || m.version > upTo) {
                continue;
            }
            std::string_view rest = m.sql;
            while (!rest.empty()) {
                const auto end = rest.find(";\n");
                const std::string_view statement = rest.substr(0, end);
                rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 2);
                if (statement.find_first_not_of(" \n") != std::string_view::npos) {
                    db.exec(statement);
                }
            }
            if (m.repair) {
                m.repair(db);
            }
            db.exec("INSERT INTO schema_migrations (version, description, applied_ms) VALUES (?, ?, ?)", m.version,
                    m.description, nowMs());
        }
    });
}

} // namespace petinfo::server
