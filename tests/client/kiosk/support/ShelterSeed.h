// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>

namespace petinfo {
class Clock;
}

namespace petinfo::client {
class Database;
class PetService;
} // namespace petinfo::client

namespace petinfo::test {

/** Adoptable animals with photos written into a kiosk's database as a sync would leave them
 *  (pets, photo attachments with their bytes, adoption profile rows). Varied on purpose: every
 *  species group, size, age group and "good with" answer occurs. Turns sync on (a kiosk's
 *  database is always enrolled). Returns the pets' ids in the order made, or empty on failure. */
QStringList seedShelter(client::PetService& service, int animals, int photosPerAnimal, QSize photoSize = {640, 480});

/** What a kiosk holds after fetching the adoption gallery of such a shelter: the same animals as
 *  seedShelter() would make (names, species, sizes, ages and answers), as gallery items with their
 *  photos' bytes, and sync turned on with a client id (as enrolment leaves it). Returns the
 *  animals' ids, or empty on failure. */
QStringList seedKioskGallery(client::Database& db, const Clock& clock, int animals, int photosPerAnimal,
                             QSize photoSize = {640, 480});

/** A JPEG of `size` in a colour made from `seed`, with a lighter disc (so no two look alike). */
QByteArray samplePhoto(int seed, QSize size);

/** The names seedShelter gives, by index ("Luna", "Toby", ... then "Luna 2" ...). */
QString seedName(int index);

} // namespace petinfo::test
