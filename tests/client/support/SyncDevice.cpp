// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncDevice.h"

#include "storage/Query.h"
#include "sync/ChangeTracker.h"

#include <QStringList>

namespace petinfo::test {

bool SyncDevice::open()
{
    if (!storage.create()) {
        return false;
    }
    service = std::make_unique<client::PetService>(std::move(storage.db), clock);
    return true;
}

bool SyncDevice::signIn(const QUrl& url, const QString& email, const QString& password)
{
    if (!service->tracker().enable()) {
        return false;
    }
    auto clientId = service->tracker().clientId();
    api = std::make_unique<client::SyncApi>(url, 10000);
    client::SigninRequest request;
    request.email = email;
    request.password = password;
    request.deviceName = QStringLiteral("test device");
    request.clientId = *clientId;
    auto result = api->signIn(request);
    if (!result) {
        qWarning("sign-in failed: %s", result.error().message.c_str());
        return false;
    }
    token = result->token;
    api->setToken(token);
    return true;
}

void SyncDevice::useServer(const QUrl& url)
{
    api = std::make_unique<client::SyncApi>(url, 10000);
    api->setToken(token);
}

Result<client::SyncReport, client::SyncError> SyncDevice::sync(int pullLimit)
{
    client::Synchronizer synchronizer(db(), *api, clock);
    if (pullLimit > 0) {
        synchronizer.setPullLimit(pullLimit);
    }
    return synchronizer.runOnce();
}

QString SyncDevice::petName(const QString& id)
{
    auto pet = service->loadPet(id);
    return pet ? QString::fromStdString(pet->pet.name) : QString();
}

QString SyncDevice::snapshot()
{
    QStringList lines;
    const char* queries[] = {
        "SELECT 'pet', id, name, species, breed, status, microchip, COALESCE(tag_id, ''), COALESCE(photo_id, ''), "
        "COALESCE(deleted_at > 0, 0) "
        "FROM pets ORDER BY id",
        "SELECT 'person', id, name, phones, email FROM persons ORDER BY id",
        "SELECT 'link', pet_id, person_id, role, is_primary FROM pet_contacts ORDER BY pet_id, person_id",
        "SELECT 'health', id, pet_id, kind, date, product, COALESCE(next_due, ''), COALESCE(deleted_at > 0, 0) FROM "
        "health_records "
        "ORDER BY id",
        "SELECT 'weight', id, pet_id, date, kg, COALESCE(deleted_at > 0, 0) FROM weights ORDER BY id",
        "SELECT 'note', id, pet_id, text, COALESCE(deleted_at > 0, 0) FROM notes ORDER BY id",
        "SELECT 'attachment', id, sha256, COALESCE(deleted_at > 0, 0), "
        "(SELECT count(*) FROM blobs b WHERE b.sha256 = attachments.sha256) FROM attachments ORDER BY id",
    };
    for (const char* sql : queries) {
        client::Query q(db(), QString::fromLatin1(sql));
        if (!q.exec()) {
            return QStringLiteral("<query failed>");
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; q.value(i).isValid(); ++i) {
                cells << q.text(i);
            }
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace petinfo::test
