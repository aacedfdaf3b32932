// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ServerContext.h"

#include "accounts/AccountService.h"
#include "accounts/TotpService.h"
#include "adoption/AdoptionService.h"
#include "billing/BillingService.h"
#include "blobs/BlobService.h"
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/HttpError.h"
#include "integrations/mercadopago/MercadoPagoClient.h"
#include "integrations/stripe/StripeClient.h"
#include "integrations/whatsapp/CloudApiClient.h"
#include "jobs/JobRunner.h"
#include "notifications/NotificationService.h"
#include "publicforms/PublicForm.h"
#include "records/SyncService.h"
#include "security/SecretBox.h"

#include <Poco/Environment.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace petinfo::server {

ServerContext::ServerContext(ServerConfig config, AccessLog& log, const Clock& clock)
    : m_config(std::move(config))
    , m_log(log)
    , m_clock(clock)
{}

ServerContext::~ServerContext()
{
    if (m_jobs) {
        m_jobs->stop();
    }
}

void ServerContext::openDatabase()
{
    DatabaseSettings settings;
    settings.poolSize = static_cast<std::size_t>(m_config.databasePoolSize);
    if (m_config.usesPostgres()) {
        settings.engine = Engine::Postgres;
        settings.postgresConninfo =
            conninfoWithPassword(postgresConninfoFromUrl(m_config.databaseUrl).value_or(""), m_config.databasePassword);
    } else {
        settings.engine = Engine::Sqlite;
        Poco::File(m_config.dataDir).createDirectories();
        settings.sqlitePath = Poco::Path(m_config.dataDir).append("petinfo.db").toString();
    }
    m_db = std::make_unique<Database>(std::move(settings));
    m_db->migrate();
    m_secrets = std::make_unique<SecretBox>(secretKeys());
    m_totp = std::make_unique<TotpService>(*m_db, m_clock, *m_secrets);
    const TotpService::Resealed resealed = m_totp->resealAll();
    if (resealed.resealed > 0) {
        m_log.event("info", "petinfo.server", "two-factor secrets sealed with the current key",
                    {{"secrets", resealed.resealed}, {"key", m_secrets->currentKeyId()}});
    }
    if (resealed.unreadable > 0) {
        m_log.event("warning", "petinfo.server", "two-factor secrets sealed with a key that is not configured",
                    {{"secrets", resealed.unreadable}});
    }
    m_accounts = std::make_unique<AccountService>(*m_db, m_config, m_clock, m_metrics, *m_totp);
    m_sync = std::make_unique<SyncService>(*m_db, m_config, m_clock, m_metrics, m_log);
    m_blobs = std::make_unique<BlobService>(*m_db, m_clock);
    m_adoption = std::make_unique<AdoptionService>(*m_db, *m_sync, m_clock);
    openNotifications();
    m_publicForms = std::make_unique<publicforms::PublicForms>(
        publicforms::formTokenKey(*m_db, m_config.publicFormsSecret, m_clock.nowMs()),
        m_config.publicFormsTokenTtlSeconds * 1000,
        publicforms::FormLimits{m_config.publicFormsPerAddressPerMinute, m_config.publicFormsBurst});
    m_metrics.addGauge("petinfo_db_connections_in_use", "Database connections lent to requests.",
                       [this] { return static_cast<double>(m_db->inUse()); });
    registerRoutes();
}

void ServerContext::openNotifications()
{
    JobRunnerSettings jobs;
    jobs.owner = Poco::Environment::nodeName() + ":" + std::to_string(::getpid());
    jobs.workers = m_config.jobWorkers;
    jobs.pollMs = m_config.jobPollMilliseconds;
    jobs.leaseMs = m_config.jobLeaseMilliseconds;
    jobs.retryBaseMs = m_config.jobRetryBaseMilliseconds;
    m_jobs = std::make_unique<JobRunner>(*m_db, m_clock, m_log, m_metrics, jobs);
    std::shared_ptr<whatsapp::MessageSender> sender;
    if (m_config.whatsapp.enabled()) {
        sender = std::make_shared<whatsapp::CloudApiClient>(m_config.whatsapp);
    } else {
        // Said once; /readyz and the settings API name what is missing.
        m_log.event("warning", "petinfo.server.notifications", "WhatsApp notifications are off",
                    {{"missing", m_config.whatsapp.missing()}});
    }
    m_notifications = std::make_unique<NotificationService>(*m_db, *m_sync, m_clock, m_log, m_metrics,
                                                            m_config.whatsapp, std::move(sender));
    openBilling();
    m_notifications->setEntitlements(m_billing.get());
    m_notifications->setSecrets(*m_secrets);
    m_notifications->attach(*m_jobs);
    m_notifications->backfillPhones();
    m_notifications->scheduleSweeps();
}

void ServerContext::openBilling()
{
    const BillingSettings& settings = m_config.billing;
    std::shared_ptr<mercadopago::MercadoPagoApi> mercadopago;
    std::shared_ptr<stripe::StripeApi> stripe;
    if (settings.mercadopago.enabled()) {
        mercadopago = std::make_shared<mercadopago::MercadoPagoClient>(settings.mercadopago);
    }
    if (settings.stripe.enabled()) {
        stripe = std::make_shared<stripe::StripeClient>(settings.stripe);
    }
    m_billing =
        std::make_unique<BillingService>(*m_db, m_clock, m_log, settings, std::move(mercadopago), std::move(stripe));
    m_billing->attach(*m_jobs);
    m_accounts->setEntitlements(m_billing.get());
    m_sync->setEntitlements(m_billing.get());
    m_billing->setOnTagsClaimed([this] { m_sync->publicChanged(); });
    if (!settings.enabled()) {
        m_log.event("info", "petinfo.server.billing", "billing is off: no plans are configured, nothing is limited");
    }
}

std::string ServerContext::publicBaseUrl(const Request& r) const
{
    if (!m_config.publicBaseUrl.empty()) {
        std::string base = m_config.publicBaseUrl;
        while (!base.empty() && base.back() == '/') {
            base.pop_back();
        }
        return base;
    }
    const std::string host = r.header("Host");
    return (m_config.tlsEnabled() ? "https://" : "http://") + (host.empty() ? std::string("localhost") : host);
}

std::vector<SecretKey> ServerContext::secretKeys() const
{
    if (!m_config.secretKeys.empty()) {
        return SecretBox::parseKeys(m_config.secretKeys).value(); // checked by ServerConfig::problems()
    }
    // SQLite, one process: a key of its own next to the database, made once. It keeps the
    // secrets out of a copy of petinfo.db; back both up together.
    const Poco::Path path = Poco::Path(m_config.dataDir).append("secret-keys");
    std::string text;
    if (Poco::File(path).exists()) {
        std::ifstream in(path.toString());
        std::getline(in, text);
    } else {
        text = SecretBox::newKeyText("local");
        const std::string temp = path.toString() + ".tmp";
        const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        const bool written =
            fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
        if (fd >= 0) {
            ::close(fd);
        }
        if (!written || ::rename(temp.c_str(), path.toString().c_str()) != 0) {
            throw std::runtime_error("cannot write the secret key file " + path.toString());
        }
        m_log.event("info", "petinfo.server", "made a key for stored secrets", {{"file", path.toString()}});
    }
    auto keys = SecretBox::parseKeys(text);
    if (!keys) {
        throw std::runtime_error("the secret key file " + path.toString() + " is damaged");
    }
    return std::move(*keys);
}

void ServerContext::registerRoutes()
{
    // Liveness: the process answers. It is also the benchmark's baseline handler.
    m_router.add({"GET", "/healthz", roles::kPublic, [](Request&) {
                      return Response::json(200, nlohmann::json{{"status", "ok"}});
                  }});
    // Readiness: the database answers and the server is not shutting down.
    m_router.add({"GET", "/readyz", roles::kPublic, [this](Request&) {
                      if (m_draining.load()) {
                          throw ApiError(503, "shutting_down", "the server is shutting down");
                      }
                      if (!m_db->ping()) {
                          throw ApiError(503, "storage_unavailable", "the database does not answer");
                      }
                      return Response::json(
                          200, nlohmann::json{{"status", "ready"}, {"notifications", m_notifications->status()}});
                  }});
    // What a client needs to know before it signs in: where the public tag pages live, so printed
    // QR codes point there. "configured": false means the address was guessed from the request's
    // Host header (fine behind a proxy that keeps it, loopback on a developer's machine).
    m_router.add({"GET", "/api/v1/server-info", roles::kPublic, [this](Request& r) {
                      return Response::json(
                          200, nlohmann::json{{"publicBaseUrl", publicBaseUrl(r)},
                                              {"publicBaseUrlConfigured", !m_config.publicBaseUrl.empty()}});
                  }});
    m_router.add({"GET", "/metrics", roles::kPublic, [this](Request&) {
                      Response r;
                      r.contentType = "text/plain; version=0.0.4; charset=utf-8";
                      r.body = m_metrics.render();
                      return r;
                  }});
    registerAccountRoutes(m_router, *this);
    registerAdminRoutes(m_router, *this);
    registerRecordRoutes(m_router, *this);
    registerSyncRoutes(m_router, *this);
    registerBlobRoutes(m_router, *this);
    registerTagRoutes(m_router, *this);
    registerAdoptionPageRoutes(m_router, *this);
    registerNotificationRoutes(m_router, *this);
    registerAdoptionRoutes(m_router, *this);
    registerBillingRoutes(m_router, *this);
}

Dispatcher* ServerContext::makeDispatcher()
{
    DispatchSettings settings;
    settings.maxBodyBytes = m_config.maxBodyBytes;
    settings.trustProxy = m_config.trustProxy;
    return new Dispatcher(
        m_router, [this](const std::string& token) { return m_accounts->authenticate(token); }, m_metrics, m_log,
        settings);
}

} // namespace petinfo::server
