// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Config.h"

#include "db/Database.h"
#include "security/PasswordHasher.h"
#include "security/SecretBox.h"

#include <Poco/Util/AbstractConfiguration.h>

#include <algorithm>

namespace petinfo::server {

ServerConfig ServerConfig::load(const Poco::Util::AbstractConfiguration& c,
                                const std::function<std::optional<std::string>(const std::string&)>& env)
{
    ServerConfig s;
    s.host = c.getString("server.host", s.host);
    s.port = c.getInt("server.port", s.port);
    s.portFile = c.getString("server.portFile", s.portFile);
    s.dataDir = c.getString("server.dataDir", s.dataDir);
    s.threads = c.getInt("server.threads", s.threads);
    s.maxQueued = c.getInt("server.maxQueued", s.maxQueued);
    s.trustProxy = c.getBool("server.trustProxy", s.trustProxy);
    s.publicBaseUrl = c.getString("server.publicBaseUrl", s.publicBaseUrl);
    s.databaseUrl = c.getString("database.url", s.databaseUrl);
    s.databasePoolSize = c.getInt("database.poolSize", s.databasePoolSize);
    s.secretKeys = c.getString("security.secretKeys", s.secretKeys);
    s.tlsCertificate = c.getString("tls.certificate", s.tlsCertificate);
    s.tlsPrivateKey = c.getString("tls.privateKey", s.tlsPrivateKey);
    s.pbkdf2Iterations = c.getInt("auth.pbkdf2Iterations", s.pbkdf2Iterations);
    s.allowSignup = c.getBool("auth.allowSignup", s.allowSignup);
    s.signinMaxFailures = c.getInt("auth.signinMaxFailures", s.signinMaxFailures);
    s.signinWindowSeconds = c.getInt64("auth.signinWindowSeconds", s.signinWindowSeconds);
    s.signinLockSeconds = c.getInt64("auth.signinLockSeconds", s.signinLockSeconds);
    s.signinPerIpPerMinute = c.getDouble("auth.signinPerIpPerMinute", s.signinPerIpPerMinute);
    s.signinIpBurst = c.getInt("auth.signinIpBurst", s.signinIpBurst);
    s.invitationTtlHours = c.getInt64("auth.invitationTtlHours", s.invitationTtlHours);
    s.tombstoneRetentionSeconds = c.getInt64("sync.tombstoneRetentionSeconds", s.tombstoneRetentionSeconds);
    s.purgeIntervalSeconds = c.getInt64("sync.purgeIntervalSeconds", s.purgeIntervalSeconds);
    s.maxClockSkewSeconds = c.getInt64("sync.maxClockSkewSeconds", s.maxClockSkewSeconds);
    s.tokenCacheMilliseconds = c.getInt64("auth.tokenCacheMilliseconds", s.tokenCacheMilliseconds);
    s.versionCacheMilliseconds = c.getInt64("sync.versionCacheMilliseconds", s.versionCacheMilliseconds);
    s.pageCacheMilliseconds = c.getInt64("pages.cacheMilliseconds", s.pageCacheMilliseconds);
    s.maxConnectionsPerAddress = c.getInt("http.maxConnectionsPerAddress", s.maxConnectionsPerAddress);
    s.headerTimeoutSeconds = c.getInt("http.headerTimeoutSeconds", s.headerTimeoutSeconds);
    s.bodyTimeoutSeconds = c.getInt("http.bodyTimeoutSeconds", s.bodyTimeoutSeconds);
    s.minBytesPerSecond = c.getInt("http.minBytesPerSecond", s.minBytesPerSecond);
    s.keepAliveSeconds = c.getInt("http.keepAliveSeconds", s.keepAliveSeconds);
    s.maxBodyBytes =
        static_cast<std::size_t>(c.getInt64("http.maxBodyBytes", static_cast<Poco::Int64>(s.maxBodyBytes)));
    s.maxPushBytes =
        static_cast<std::size_t>(c.getInt64("http.maxPushBytes", static_cast<Poco::Int64>(s.maxPushBytes)));
    s.maxBlobBytes = static_cast<std::size_t>(c.getInt64("blobs.maxBytes", static_cast<Poco::Int64>(s.maxBlobBytes)));
    s.logFile = c.getString("log.file", s.logFile);
    s.logRequests = c.getBool("log.requests", s.logRequests);
    s.jobWorkers = c.getInt("jobs.workers", s.jobWorkers);
    s.jobPollMilliseconds = c.getInt64("jobs.pollMilliseconds", s.jobPollMilliseconds);
    s.jobLeaseMilliseconds = c.getInt64("jobs.leaseSeconds", s.jobLeaseMilliseconds / 1000) * 1000;
    s.jobRetryBaseMilliseconds = c.getInt64("jobs.retryBaseMilliseconds", s.jobRetryBaseMilliseconds);
    s.clockFile = c.getString("debug.clockFile", s.clockFile);
    s.whatsapp = whatsapp::loadWhatsAppSettings(c, env);
    s.publicFormsSecret = c.getString("publicForms.secret", s.publicFormsSecret);
    s.publicFormsTokenTtlSeconds = c.getInt64("publicForms.tokenTtlSeconds", s.publicFormsTokenTtlSeconds);
    s.publicFormsPerAddressPerMinute = c.getDouble("publicForms.perAddressPerMinute", s.publicFormsPerAddressPerMinute);
    s.publicFormsBurst = c.getInt("publicForms.burst", s.publicFormsBurst);
    s.adoptionApplicationsPerAddressPerHour =
        c.getInt("adoptionPage.applicationsPerAddressPerHour", s.adoptionApplicationsPerAddressPerHour);
    s.adoptionApplicationsPerOrganisationPerHour =
        c.getInt("adoptionPage.applicationsPerOrganisationPerHour", s.adoptionApplicationsPerOrganisationPerHour);
    s.billing = loadBillingSettings(c, env);

    auto fromEnv = [&](const char* name, std::string& target) {
        if (auto v = env(name); v && !v->empty()) {
            target = *v;
        }
    };
    fromEnv("PETINFO_DATABASE_URL", s.databaseUrl);
    fromEnv("PETINFO_DATABASE_PASSWORD", s.databasePassword);
    fromEnv("PETINFO_SECRET_KEYS", s.secretKeys);
    fromEnv("PETINFO_DATA_DIR", s.dataDir);
    fromEnv("PETINFO_TLS_CERT", s.tlsCertificate);
    fromEnv("PETINFO_TLS_KEY", s.tlsPrivateKey);
    fromEnv("PETINFO_PUBLIC_BASE_URL", s.publicBaseUrl);
    fromEnv("PETINFO_LOG_FILE", s.logFile);
    fromEnv("PETINFO_PUBLIC_FORMS_SECRET", s.publicFormsSecret);
    if (auto v = env("PETINFO_TOMBSTONE_RETENTION_DAYS"); v && !v->empty()) {
        try {
            s.tombstoneRetentionSeconds = std::stoll(*v) * 86400;
        } catch (const std::exception&) {
            s.tombstoneRetentionSeconds = 0; // reported by problems()
        }
    }
    if (auto v = env("PETINFO_TRUST_PROXY"); v && !v->empty()) {
        s.trustProxy = *v == "1" || *v == "true" || *v == "yes";
    }
    if (auto v = env("PETINFO_PORT"); v && !v->empty()) {
        try {
            s.port = std::stoi(*v);
        } catch (const std::exception&) {
            s.port = -1;
        }
    }
    return s;
}

std::vector<std::string> ServerConfig::problems() const
{
    std::vector<std::string> out;
    if (port < 0 || port > 65535) {
        out.push_back("server.port must be 0-65535");
    }
    if (threads < 2 || threads > 1024) {
        out.push_back("server.threads must be 2-1024");
    }
    if (databasePoolSize < 1 || databasePoolSize > 500) {
        out.push_back("database.poolSize must be 1-500");
    }
    if (usesPostgres() && !postgresConninfoFromUrl(databaseUrl)) {
        out.push_back("database.url / PETINFO_DATABASE_URL must be a postgresql:// URL");
    }
    if (!secretKeys.empty()) {
        std::string why;
        if (!SecretBox::parseKeys(secretKeys, &why)) {
            out.push_back("security.secretKeys / PETINFO_SECRET_KEYS: " + why);
        }
    } else if (usesPostgres()) {
        out.push_back("PostgreSQL needs security.secretKeys / PETINFO_SECRET_KEYS (id:<64 hex digits>), the same "
                      "on every replica: it seals the two-factor secrets stored in the database");
    }
    if (tlsCertificate.empty() != tlsPrivateKey.empty()) {
        out.push_back("TLS needs both tls.certificate and tls.privateKey");
    }
    if (pbkdf2Iterations < 1000) {
        out.push_back("auth.pbkdf2Iterations must be at least 1000");
    }
    if (tombstoneRetentionSeconds < 1 || purgeIntervalSeconds < 1) {
        out.push_back("sync.tombstoneRetentionSeconds and sync.purgeIntervalSeconds must be positive");
    }
    if (tokenCacheMilliseconds < 0 || tokenCacheMilliseconds > 60000 || versionCacheMilliseconds < 0 ||
        versionCacheMilliseconds > 60000 || pageCacheMilliseconds < 0 || pageCacheMilliseconds > 600000) {
        out.push_back("cache durations must be 0-60 s (tag pages: 0-600 s)");
    }
    if (maxConnectionsPerAddress < -1 || (maxConnectionsPerAddress > 0 && maxConnectionsPerAddress >= threads)) {
        out.push_back("http.maxConnectionsPerAddress must be below server.threads (or 0: no limit), or one "
                      "address can hold every worker");
    }
    if (headerTimeoutSeconds < 1 || headerTimeoutSeconds > 300 || bodyTimeoutSeconds < 1 || bodyTimeoutSeconds > 3600 ||
        keepAliveSeconds < 1 || keepAliveSeconds > 300) {
        out.push_back(
            "http.headerTimeoutSeconds and http.keepAliveSeconds must be 1-300, http.bodyTimeoutSeconds 1-3600");
    }
    if (minBytesPerSecond < 1) {
        out.push_back("http.minBytesPerSecond must be positive");
    }
    if (maxBodyBytes < 1024 || maxBlobBytes < 1024 || maxPushBytes < maxBodyBytes) {
        out.push_back("body limits are too small");
    }
    if (jobWorkers < 1 || jobWorkers > 64 || jobPollMilliseconds < 10 || jobPollMilliseconds > 60000 ||
        jobRetryBaseMilliseconds < 1) {
        out.push_back("jobs.workers must be 1-64 and jobs.pollMilliseconds 10-60000");
    }
    if (jobLeaseMilliseconds <= whatsapp.timeoutMs) {
        out.push_back("jobs.leaseSeconds must be longer than whatsapp.timeoutMilliseconds");
    }
    if (!publicFormsSecret.empty() && publicFormsSecret.size() < 32) {
        out.push_back("publicForms.secret / PETINFO_PUBLIC_FORMS_SECRET must be at least 32 characters");
    }
    if (publicFormsTokenTtlSeconds < 60 || publicFormsTokenTtlSeconds > 7 * 86400 ||
        publicFormsPerAddressPerMinute <= 0 || publicFormsBurst < 1) {
        out.push_back("publicForms.tokenTtlSeconds must be 60 s-7 days, perAddressPerMinute and burst positive");
    }
    if (adoptionApplicationsPerAddressPerHour < 1 || adoptionApplicationsPerOrganisationPerHour < 1) {
        out.push_back("adoptionPage.applicationsPerAddressPerHour and applicationsPerOrganisationPerHour must be "
                      "positive");
    }
    for (const std::string& p : whatsapp.problems()) {
        out.push_back(p);
    }
    for (const std::string& p : billing.problems()) {
        out.push_back(p);
    }
    return out;
}

int ServerConfig::connectionsPerAddress() const
{
    if (maxConnectionsPerAddress >= 0) {
        return maxConnectionsPerAddress;
    }
    return trustProxy ? 0 : std::max(1, threads / 3);
}

std::vector<std::string> ServerConfig::warnings() const
{
    std::vector<std::string> out;
    if (pbkdf2Iterations < PasswordHasher::kDefaultIterations) {
        out.push_back("auth.pbkdf2Iterations is below 600000: acceptable for tests only");
    }
    if (!tlsEnabled()) {
        out.push_back("TLS is off: terminate TLS in front of this server");
    }
    if (!clockFile.empty()) {
        out.push_back("debug.clockFile is set: the clock is read from a file, for tests only");
    }
    if (trustProxy && maxConnectionsPerAddress > 0) {
        out.push_back("http.maxConnectionsPerAddress counts the proxy's connections behind a trusted proxy: "
                      "limit connections per client in the proxy instead");
    }
    return out;
}

} // namespace petinfo::server
