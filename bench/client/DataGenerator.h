// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/PetService.h"

#include <cstdint>

namespace petinfo::bench {

/** A deterministic clinic: `pets` pets, one owner per pet on average 1.5 pets each, and
 *  `recordsPerPet` health records per pet (vaccines, deworming, check-ups) spread over years. */
client::ImportBatch generateClinic(int pets, int recordsPerPet, std::uint64_t seed, const Date& today);

} // namespace petinfo::bench
