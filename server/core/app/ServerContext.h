// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Config.h"
#include "http/Metrics.h"
#include "http/Router.h"
#include "petinfo/common/Clock.h"
#include "security/SecretBox.h"

#include <atomic>
#include <memory>

namespace petinfo::server {

class AccessLog;
class AccountService;
class AdoptionService;
class BillingService;
class BlobService;
class Database;
class JobRunner;
class NotificationService;
class SyncService;
class TotpService;
namespace publicforms {
class PublicForms;
}

/** The services of one server process and the routes that expose them. Holds no request state:
 *  everything that must survive a request is in the database, so replicas are interchangeable. */
class ServerContext
{
public:
    ServerContext(ServerConfig config, AccessLog& log, const Clock& clock = SystemClock::instance());
    ~ServerContext();

    /** Opens the database, brings its schema up to date and seals stored secrets with the
     *  current key. Throws std::runtime_error when the secret keys cannot be had. */
    void openDatabase();

    const ServerConfig& config() const { return m_config; }
    Database& db() { return *m_db; }
    Metrics& metrics() { return m_metrics; }
    AccessLog& log() { return m_log; }
    const Clock& clock() const { return m_clock; }
    AccountService& accounts() { return *m_accounts; }
    TotpService& totp() { return *m_totp; }
    SyncService& sync() { return *m_sync; }
    BlobService& blobs() { return *m_blobs; }
    NotificationService& notifications() { return *m_notifications; }
    AdoptionService& adoption() { return *m_adoption; }
    /** Protection of the public, script-free forms (found pet, adoption). */
    publicforms::PublicForms& publicForms() { return *m_publicForms; }
    BillingService& billing() { return *m_billing; }
    /** Background jobs of this process; started and stopped by the application. */
    JobRunner& jobs() { return *m_jobs; }
    const Router& router() const { return m_router; }
    std::atomic<bool>& draining() { return m_draining; }
    /** Where the public tag pages live, without a trailing slash: the configured public base URL,
     *  else guessed from the request's Host header. */
    std::string publicBaseUrl(const Request& r) const;

    /** The handler factory for Poco's HTTPServer (owned by the caller). */
    Dispatcher* makeDispatcher();

private:
    void registerRoutes();
    void openNotifications();
    void openBilling();
    std::vector<SecretKey> secretKeys() const;

    ServerConfig m_config;
    AccessLog& m_log;
    const Clock& m_clock;
    Metrics m_metrics;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretBox> m_secrets;
    std::unique_ptr<TotpService> m_totp;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<BlobService> m_blobs;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<NotificationService> m_notifications;
    std::unique_ptr<AdoptionService> m_adoption; ///< observes m_sync: destroyed before it
    std::unique_ptr<publicforms::PublicForms> m_publicForms;
    std::unique_ptr<BillingService> m_billing;
    Router m_router;
    std::atomic<bool> m_draining{false};
};

void registerAccountRoutes(Router& router, ServerContext& ctx);
void registerAdminRoutes(Router& router, ServerContext& ctx);
void registerRecordRoutes(Router& router, ServerContext& ctx);
void registerSyncRoutes(Router& router, ServerContext& ctx);
void registerBlobRoutes(Router& router, ServerContext& ctx);
void registerTagRoutes(Router& router, ServerContext& ctx);
void registerAdoptionPageRoutes(Router& router, ServerContext& ctx);
void registerNotificationRoutes(Router& router, ServerContext& ctx);
void registerAdoptionRoutes(Router& router, ServerContext& ctx);
void registerBillingRoutes(Router& router, ServerContext& ctx);

} // namespace petinfo::server
