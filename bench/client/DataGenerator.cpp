// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataGenerator.h"

#include "petinfo/common/Random.h"

#include <array>
#include <random>

namespace petinfo::bench {

namespace {

constexpr std::array kNames = {"Luna", "Simba",  "Toby", "Nala",      "Rocky",  "Milo",    "Kira",
                               "Max",  "Coco",   "Lola", "Zanahoria", "Pelusa", "Manchas", "Negro",
                               "Tita", "Chispa", "Oso",  "Canela",    "Bruno",  "Mora"};
constexpr std::array kSurnames = {"García",    "Fernández", "López",   "Martínez", "González",
                                  "Rodríguez", "Pérez",     "Sánchez", "Romero",   "Díaz",
                                  "Álvarez",   "Torres",    "Ruiz",    "Ramírez",  "Flores"};
constexpr std::array kFirst = {"Ana",   "Luis",  "María",     "Juan",   "Sofía",  "Pedro",
                               "Lucía", "Diego", "Valentina", "Martín", "Camila", "Joaquín"};
constexpr std::array kVaccines = {"Rabies", "DHPP", "Leptospirosis", "Bordetella", "FVRCP", "FeLV"};
constexpr std::array kBreeds = {"Mestizo", "Labrador", "Caniche", "Siamés", "Europeo", "Bulldog", "Beagle"};

} // namespace

client::ImportBatch generateClinic(int pets, int recordsPerPet, std::uint64_t seed, const Date& today)
{
    std::mt19937_64 rng(seed);
    auto pick = [&](const auto& array) {
        return array[rng() % array.size()];
    };
    client::ImportBatch batch;
    batch.pets.reserve(static_cast<std::size_t>(pets));
    batch.health.reserve(static_cast<std::size_t>(pets) * static_cast<std::size_t>(recordsPerPet));
    Person owner;
    for (int i = 0; i < pets; ++i) {
        if (i % 3 != 1) { // two pets in three get a new owner
            owner = Person{};
            owner.id = newUuid();
            owner.name = std::string(pick(kFirst)) + " " + pick(kSurnames);
            owner.phones = {"+54911" + std::to_string(10000000 + static_cast<int>(rng() % 89999999))};
            owner.language = "es";
        }
        client::PetRecord record;
        Pet& pet = record.pet;
        pet.id = newUuid();
        pet.name = std::string(pick(kNames)) + " " + std::to_string(i);
        pet.species = rng() % 3 == 0 ? Species::Cat : Species::Dog;
        pet.breed = pick(kBreeds);
        pet.sex = rng() % 2 ? Sex::Male : Sex::Female;
        pet.birthDate = today.addDays(-static_cast<int>(200 + rng() % 5000));
        pet.microchip = std::to_string(982000000000000ULL + static_cast<std::uint64_t>(i));
        record.contacts.push_back(client::ContactEntry{owner, ContactRole::Owner, true});
        for (int r = 0; r < recordsPerPet; ++r) {
            HealthRecord h;
            h.id = newUuid();
            h.petId = pet.id;
            const int kind = static_cast<int>(rng() % 10);
            h.kind = kind < 5 ? HealthKind::Vaccine : kind < 8 ? HealthKind::Deworming : HealthKind::CheckUp;
            h.product = h.kind == HealthKind::Vaccine     ? pick(kVaccines)
                        : h.kind == HealthKind::Deworming ? "Drontal"
                                                          : "";
            h.date = today.addDays(-static_cast<int>(rng() % 3000));
            if (h.kind != HealthKind::CheckUp) {
                h.nextDue = h.date.addDays(h.kind == HealthKind::Vaccine ? 365 : 90);
            }
            h.batch = "L" + std::to_string(rng() % 100000);
            h.givenBy = "Dr. " + std::string(pick(kSurnames));
            batch.health.push_back(std::move(h));
        }
        batch.pets.push_back(std::move(record));
    }
    return batch;
}

} // namespace petinfo::bench
