// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShelterSeed.h"

#include "crypto/Kdf.h"
#include "kiosk/KioskRepository.h"
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "services/PetService.h"
#include "storage/Database.h"
#include "sync/ChangeTracker.h"
#include "sync/SyncStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>

#include <iterator>

namespace petinfo::test {

using namespace petinfo::client;

QString seedName(int index)
{
    static const char* const names[] = {"Luna", "Toby",   "Mora",  "Simón", "Kira", "Rocco", "Nina",  "Pancho",
                                        "Lola", "Canela", "Bruno", "Mía",   "Coco", "Tango", "Frida", "Olivia"};
    constexpr int count = int(std::size(names));
    const QString name = QString::fromUtf8(names[index % count]);
    return index < count ? name : QStringLiteral("%1 %2").arg(name).arg(index / count + 1);
}

QByteArray samplePhoto(int seed, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 120, 200));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor::fromHsv((seed * 47 + 180) % 360, 60, 240));
    painter.setPen(Qt::NoPen);
    const int r = std::min(size.width(), size.height()) / 3;
    painter.drawEllipse(QPoint(size.width() / 2 + (seed % 7) * 10, size.height() / 2), r, r);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

QStringList seedShelter(PetService& service, int animals, int photosPerAnimal, QSize photoSize)
{
    ChangeTracker& tracker = service.tracker();
    if (!tracker.enabled()) {
        if (!tracker.enable()) {
            return {};
        }
    }
    const Date today = service.clock().today();
    const Species species[] = {Species::Dog, Species::Cat, Species::Dog, Species::Cat, Species::Rabbit};
    const AnimalSize sizes[] = {AnimalSize::Small, AnimalSize::Medium, AnimalSize::Large, AnimalSize::Giant,
                                AnimalSize::Medium};
    const Answer answers[] = {Answer::Yes, Answer::No, Answer::Unknown};
    QStringList ids;
    auto done = service.database().transaction([&]() -> StorageResult<void> {
        for (int i = 0; i < animals; ++i) {
            PetRecord record;
            record.pet.id = newUuid();
            record.pet.name = seedName(i).toStdString();
            record.pet.species = species[i % 5];
            record.pet.sex = i % 2 ? Sex::Female : Sex::Male;
            // Ages from 2 months to about 12 years.
            record.pet.birthDate = today.addMonths(-(2 + (i * 7) % 140));
            record.pet.birthDateEstimated = i % 4 == 0;
            record.pet.status = PetStatus::Adoptable;
            auto pet = service.createPet(std::move(record));
            if (!pet) {
                return fail(pet.error());
            }
            AdoptionProfile profile;
            profile.petId = pet->id;
            profile.status = AdoptionStatus::Adoptable;
            profile.statusDate = today;
            profile.description = "A calm, friendly companion who loves walks and naps in the sun. Gets on "
                                  "with most people after a minute of sniffing.";
            profile.size = sizes[i % 5];
            profile.energy = EnergyLevel::Medium;
            profile.goodWithChildren = answers[i % 3];
            profile.goodWithDogs = answers[(i / 3) % 3];
            profile.goodWithCats = answers[(i / 9) % 3];
            profile.feeMinor = (i % 3) * 500000;
            profile.feeCurrency = profile.feeMinor ? "ARS" : "";
            profile.updatedAtMs = service.clock().nowMs();
            for (int p = 0; p < photosPerAnimal; ++p) {
                Attachment photo;
                photo.petId = pet->id;
                photo.kind = AttachmentKind::Photo;
                photo.fileName = "photo" + std::to_string(p + 1) + ".jpg";
                photo.mimeType = "image/jpeg";
                auto added = service.addAttachment(std::move(photo), samplePhoto(i * 3 + p, photoSize));
                if (!added) {
                    return fail(added.error());
                }
                profile.photoIds.push_back(added->id);
            }
            if (auto r = tracker.recordEntity(sync::EntityType::AdoptionProfile, toJson(profile)); !r) {
                return r;
            }
            ids << QString::fromStdString(pet->id);
        }
        return {};
    });
    return done ? ids : QStringList();
}

QStringList seedKioskGallery(Database& db, const Clock& clock, int animals, int photosPerAnimal, QSize photoSize)
{
    ChangeTracker tracker(db, clock);
    if (!tracker.enabled() && !tracker.enable()) {
        return {};
    }
    const Date today = clock.today();
    const char* const species[] = {"dog", "cat", "dog", "cat", "rabbit"};
    const char* const sizes[] = {"small", "medium", "large", "giant", "medium"};
    const char* const answers[] = {"yes", "no", "unknown"};
    KioskRepository repository(db);
    nlohmann::json items = nlohmann::json::array();
    QStringList ids;
    auto done = db.transaction([&]() -> StorageResult<void> {
        for (int i = 0; i < animals; ++i) {
            const std::string id = newUuid();
            nlohmann::json photos = nlohmann::json::array();
            for (int p = 0; p < photosPerAnimal; ++p) {
                const QByteArray bytes = samplePhoto(i * 3 + p, photoSize);
                const QString sha = QString::fromLatin1(sha256Hex(bytes));
                if (auto r = repository.storePhoto(sha, bytes); !r) {
                    return r;
                }
                photos.push_back({{"id", newUuid()}, {"sha256", sha.toStdString()}, {"mimeType", "image/jpeg"}});
            }
            const std::int64_t fee = (i % 3) * 500000;
            items.push_back({{"id", id},
                             {"name", seedName(i).toStdString()},
                             {"species", species[i % 5]},
                             {"sex", i % 2 ? "female" : "male"},
                             {"birthDate", today.addMonths(-(2 + (i * 7) % 140)).toIso()},
                             {"birthDateEstimated", i % 4 == 0},
                             {"description", "A calm, friendly companion who loves walks and naps in the sun. Gets on "
                                             "with most people after a minute of sniffing."},
                             {"size", sizes[i % 5]},
                             {"energy", "medium"},
                             {"goodWithChildren", answers[i % 3]},
                             {"goodWithDogs", answers[(i / 3) % 3]},
                             {"goodWithCats", answers[(i / 9) % 3]},
                             {"feeMinor", fee},
                             {"feeCurrency", fee ? "ARS" : ""},
                             {"photos", photos},
                             {"version", i + 1}});
            ids << QString::fromStdString(id);
        }
        auto stored = repository.storeGallery(items);
        return stored ? StorageResult<void>() : StorageResult<void>(fail(stored.error()));
    });
    return done ? ids : QStringList();
}

} // namespace petinfo::test
