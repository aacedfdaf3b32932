// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Synchronizer.h"

namespace petinfo::client {

class Database;
class SyncApi;

/** The kiosk's fetch stage (Synchronizer::setFetchStage), run after each push: the adoption
 *  gallery from the server, then the bytes of every public photo not cached yet (checked against
 *  their sha256), then the gallery itself, so an animal never shows before its photos could be
 *  fetched; photos of animals no longer offered are removed. Returns 1 when the gallery changed. */
Result<qint64, SyncError> fetchAdoptionGallery(Database& db, SyncApi& api);

} // namespace petinfo::client
