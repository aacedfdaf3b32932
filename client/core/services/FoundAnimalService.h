// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/LostFound.h"
#include "storage/FoundAnimalRepository.h"

#include <QByteArray>
#include <QObject>

#include <optional>
#include <vector>

namespace petinfo::client {

class PetService;

/** A lost pet that may be a found animal, as the match list shows it. */
struct FoundAnimalMatch
{
    QString petId;
    QString petName;
    QString ownerName;
    MatchCandidate candidate;
};

/** Strays a shelter or clinic took in (docs/lost-and-found.md): recording them, listing the
 *  organisation's lost pets that may be each one, and reuniting. Shares PetService's database
 *  and change tracker, so found animals sync like every record. GUI thread. */
class FoundAnimalService final : public QObject
{
    Q_OBJECT

public:
    explicit FoundAnimalService(PetService& pets, QObject* parent = nullptr);

    /** Today by the app's clock (the default day found, and the latest allowed). */
    Date today() const;
    /** Open ones, or every one not in the trash, the most recently found first. */
    StorageResult<std::vector<FoundAnimal>> list(bool includeFinished = false);
    StorageResult<std::optional<FoundAnimal>> get(const QString& id);
    /** Creates (empty id) or updates a found animal; `photo` (when given) replaces its photo.
     *  Invalid input fails with Invalid and a message naming the fields. */
    StorageResult<FoundAnimal> save(FoundAnimal animal, const std::optional<QByteArray>& photo = std::nullopt);
    StorageResult<void> remove(const QString& id);
    StorageResult<void> restore(const QString& id);
    /** The photo's bytes (empty when it has none or they have not arrived yet). */
    StorageResult<QByteArray> photo(const FoundAnimal& animal);

    /** The lost pets (not in the trash) that may be this animal, best first (rankLostPets). */
    StorageResult<std::vector<FoundAnimalMatch>> matches(const FoundAnimal& animal);
    /** The animal is `petId`: the pet is home again (it leaves lost status, which closes its
     *  open found reports on the server) and this record is marked reunited. One transaction. */
    StorageResult<FoundAnimal> reunite(const QString& foundId, const QString& petId);
    /** Closes an open record without a match (adopted, transferred, gone). */
    StorageResult<FoundAnimal> close(const QString& foundId);

Q_SIGNALS:
    /** A found animal was added, changed or removed (empty id: any, e.g. after a pull). */
    void changed(const QString& id);

private:
    StorageResult<FoundAnimal> store(FoundAnimal animal);

    PetService& m_pets;
    FoundAnimalRepository m_repository;
};

} // namespace petinfo::client
