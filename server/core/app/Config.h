// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Plans.h"
#include "integrations/whatsapp/WhatsAppSettings.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Util {
class AbstractConfiguration;
}

namespace petinfo::server {

/** Everything the server can be told. Sources, lowest to highest priority: built-in defaults,
 *  the config file (--config or PETINFO_CONFIG; .properties, .ini, .json or .xml), environment
 *  variables (PETINFO_DATABASE_URL …, see docs/server.md), command-line options. */
struct ServerConfig
{
    std::string host = "0.0.0.0";
    int port = 8080;
    std::string portFile; ///< written with the bound port once listening (useful with port 0)
    std::string dataDir = "data";
    std::string databaseUrl; ///< postgresql://…; empty: SQLite file petinfo.db in dataDir
    /** Overrides the URL's password; from PETINFO_DATABASE_PASSWORD (a secret store injects it). */
    std::string databasePassword;
    int databasePoolSize = 16;
    int threads = 96;
    int maxQueued = 1024;
    /** Keys that seal stored secrets (TOTP): `id:<64 hex digits>[,id:…]`, the first one current.
     *  From `security.secretKeys` or PETINFO_SECRET_KEYS (a secret store injects it). Required
     *  with PostgreSQL; with SQLite, empty means a key file made once in the data directory. */
    std::string secretKeys;
    std::string tlsCertificate;
    std::string tlsPrivateKey;

    int pbkdf2Iterations = 600000;
    bool allowSignup = true;
    int signinMaxFailures = 5;
    std::int64_t signinWindowSeconds = 900;
    std::int64_t signinLockSeconds = 900;
    double signinPerIpPerMinute = 20;
    int signinIpBurst = 10;
    std::int64_t invitationTtlHours = 168;

    std::int64_t tombstoneRetentionSeconds = 90LL * 24 * 3600;
    std::int64_t purgeIntervalSeconds = 3600;
    std::int64_t maxClockSkewSeconds = 3600;

    // Soft state: bounded staleness across replicas, never a correctness dependency (a replica
    // forgets nothing it needs). 0 turns a cache off.
    std::int64_t tokenCacheMilliseconds = 2000;   ///< revocation on another replica shows within this
    std::int64_t versionCacheMilliseconds = 1000; ///< an empty pull may miss rows this new from another replica
    std::int64_t pageCacheMilliseconds = 2000;    ///< public tag pages render at most this stale

    /** Open connections per client address (IPv6: per /64). -1: a third of `threads`, or no limit
     *  behind a trusted proxy (whose own address every connection comes from); 0: no limit. */
    int maxConnectionsPerAddress = -1;
    int headerTimeoutSeconds = 10; ///< for the request line and headers
    int bodyTimeoutSeconds = 20;   ///< for a body or an answer, plus one second per minBytesPerSecond moved
    int minBytesPerSecond = 1024;
    int keepAliveSeconds = 15; ///< idle time before a kept-alive connection is closed

    std::size_t maxBodyBytes = 1024 * 1024;
    std::size_t maxPushBytes = 8 * 1024 * 1024;
    std::size_t maxBlobBytes = 10 * 1024 * 1024;

    std::string logFile; ///< empty: stdout
    bool logRequests = true;
    bool trustProxy = false;   ///< take the client address from X-Forwarded-For (behind a load balancer)
    std::string publicBaseUrl; ///< e.g. https://petinfo.example, for tag URLs; empty: from the Host header

    // Background jobs (reminders, message sends): every replica runs workers.
    int jobWorkers = 4;
    std::int64_t jobPollMilliseconds = 1000;
    std::int64_t jobLeaseMilliseconds = 60000; ///< longer than any provider call (whatsapp.timeoutMilliseconds)
    std::int64_t jobRetryBaseMilliseconds = 30000;
    whatsapp::WhatsAppSettings whatsapp;

    // Public forms (found pet, adoption): see docs/public-forms.md.
    std::string publicFormsSecret; ///< signs form tokens; empty: a random key kept in the database
    std::int64_t publicFormsTokenTtlSeconds = 7200;
    double publicFormsPerAddressPerMinute = 6;
    int publicFormsBurst = 5;
    /** Applications from the public adoption page, counted in the database (all replicas
     *  together): per client address and per organisation, each hour. See docs/adoption-page.md. */
    int adoptionApplicationsPerAddressPerHour = 10;
    int adoptionApplicationsPerOrganisationPerHour = 100;
    /** Plans and the payment providers (billing.*, mercadopago.*, stripe.*); see docs/billing.md. */
    BillingSettings billing;
    /** Tests only: the server's clock is the time written in this file (see app/FileClock.h). */
    std::string clockFile;

    /** Reads the keys of `config` (server.port, database.url, auth.pbkdf2Iterations …) over the
     *  defaults, then the environment through `env`. */
    static ServerConfig load(const Poco::Util::AbstractConfiguration& config,
                             const std::function<std::optional<std::string>(const std::string&)>& env);
    /** Problems that stop start-up (empty when fine). */
    std::vector<std::string> problems() const;
    /** Settings that are allowed but unsafe in production (e.g. a low PBKDF2 count). */
    std::vector<std::string> warnings() const;

    /** maxConnectionsPerAddress with -1 resolved; 0: no limit. */
    int connectionsPerAddress() const;

    bool tlsEnabled() const { return !tlsCertificate.empty(); }
    bool usesPostgres() const { return !databaseUrl.empty(); }
};

} // namespace petinfo::server
