// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "services/PetService.h"
#include "sync/SyncApi.h"
#include "sync/Synchronizer.h"

#include <QUrl>

#include <memory>

namespace petinfo::test {

/** One desktop: its own encrypted database, PetService and sync client, signed in to a server. */
struct SyncDevice
{
    explicit SyncDevice(const Clock& clock)
        : clock(clock)
    {}

    const Clock& clock;
    TempDatabase storage;
    std::unique_ptr<client::PetService> service;
    std::unique_ptr<client::SyncApi> api;
    QByteArray token;

    /** Talks to another server (a replica) with the same token. */
    void useServer(const QUrl& url);

    /** Creates the database (before any sign-in, so records can be written offline first). */
    bool open();
    /** Signs in at `url` and keeps the token; the device id is this database's client id. */
    bool signIn(const QUrl& url, const QString& email, const QString& password);
    Result<client::SyncReport, client::SyncError> sync(int pullLimit = 0);

    client::Database& db() { return service->database(); }
    QString petName(const QString& id);
    /** Everything the device holds, as canonical text, for convergence checks. */
    QString snapshot();
};

} // namespace petinfo::test
