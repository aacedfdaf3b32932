// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/KioskGallerySync.h"

#include "crypto/Kdf.h"
#include "kiosk/KioskRepository.h"
#include "storage/Database.h"
#include "sync/SyncApi.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace petinfo::client {

Result<qint64, SyncError> fetchAdoptionGallery(Database& db, SyncApi& api)
{
    auto items = api.adoptionGallery();
    if (!items) {
        return fail(toSyncError(items.error()));
    }
    KioskRepository repository(db);
    QSet<QString> wanted;
    for (const auto& item : *items) {
        const auto animal = animalFromGallery(item);
        if (!animal) {
            continue;
        }
        for (const QString& sha : animal->photos) {
            wanted.insert(sha);
            auto cached = repository.hasPhoto(sha);
            if (!cached) {
                return fail(toSyncError(cached.error()));
            }
            if (*cached) {
                continue;
            }
            auto bytes = api.downloadBlob(sha);
            if (!bytes) {
                if (bytes.error().isTransient()) {
                    return fail(toSyncError(bytes.error()));
                }
                // Gone or not public any more: the card shows the animal without this photo.
                qCInfo(lcKiosk) << "photo not available:" << sha << bytes.error().message.c_str();
                continue;
            }
            if (sha256Hex(*bytes) != sha.toLatin1()) {
                qCWarning(lcKiosk) << "photo bytes do not match their sha256:" << sha;
                continue;
            }
            if (auto stored = repository.storePhoto(sha, *bytes); !stored) {
                return fail(toSyncError(stored.error()));
            }
        }
    }
    auto changed = db.transaction([&]() -> StorageResult<bool> {
        auto stored = repository.storeGallery(*items);
        if (!stored) {
            return stored;
        }
        if (auto dropped = repository.dropPhotosExcept(wanted); !dropped) {
            return fail(dropped.error());
        }
        return stored;
    });
    if (!changed) {
        return fail(toSyncError(changed.error()));
    }
    return qint64(*changed ? 1 : 0);
}

} // namespace petinfo::client
