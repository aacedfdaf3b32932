// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncApi.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace petinfo::client {

/** The organisation's settings that live on the server, not in synced records: for now the address
 *  of its public adoption page (`/adopt/<slug>`, docs/adoption-page.md). Every member reads it;
 *  only admins change it. Blocking calls on the GUI thread (each a short request, like
 *  ReminderService's). */
class OrganisationService final : public QObject
{
    Q_OBJECT

public:
    /** Makes a client signed in to the organisation's server; null when not signed in. */
    using ApiFactory = std::function<std::unique_ptr<SyncApi>()>;

    explicit OrganisationService(QObject* parent = nullptr);

    /** Who this database is signed in as (empty factory and role when signed out). Forgets the
     *  slug read from another server. */
    void setServer(ApiFactory factory, QString role);
    bool isSignedIn() const { return static_cast<bool>(m_apiFactory); }
    /** Only admins choose the public page's address. */
    bool mayEditPublicPage() const { return m_role == QLatin1String("admin"); }

    /** The slug last read from or saved to the server; empty when not known (yet). */
    const QString& publicSlug() const { return m_slug; }
    /** Reads the organisation (GET /api/v1/organisation) and returns its `publicSlug` (empty when
     *  the server has none for it). */
    NetResult<QString> fetchPublicSlug();
    /** Chooses another slug (PUT /api/v1/organisation/public-slug): Rejected with apiCode
     *  `invalid_slug`, Conflict (`slug_taken`) when another organisation has it, Forbidden for
     *  a member who is not an admin. The old address stops working at once. */
    NetResult<QString> setPublicSlug(const QString& slug);

Q_SIGNALS:
    /** The slug read or saved differs from the one known before. */
    void publicSlugChanged(const QString& slug);

private:
    NetResult<nlohmann::json> call(const QByteArray& method, const QString& path, const nlohmann::json& body);
    void remember(const QString& slug);

    ApiFactory m_apiFactory;
    QString m_role;
    QString m_slug;
};

} // namespace petinfo::client
