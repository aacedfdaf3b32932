// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/Database.h"

#include <QLoggingCategory>

#include <array>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace petinfo::client {

namespace {

// Migrations are append-only: a released one is never edited, only followed by a new one.
// Each is tested from every earlier version (tests/client/storage/TestMigrations.cpp).
constexpr std::array kMigrations = {
    // 1: the first schema.
    R"sql(
CREATE TABLE pets (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    species TEXT NOT NULL,
    breed TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT 'unknown',
    neutered TEXT NOT NULL DEFAULT 'unknown',
    birth_date TEXT,
    birth_estimated INTEGER NOT NULL DEFAULT 0,
    colour TEXT NOT NULL DEFAULT '',
    microchip TEXT NOT NULL DEFAULT '',
    microchip2 TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'owned',
    allergies TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    tag_id TEXT,
    photo_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX pets_name ON pets(name COLLATE NOCASE);
CREATE INDEX pets_microchip ON pets(microchip);
CREATE INDEX pets_microchip2 ON pets(microchip2);
CREATE UNIQUE INDEX pets_tag ON pets(tag_id) WHERE tag_id IS NOT NULL;
CREATE INDEX pets_deleted ON pets(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE persons (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    phones TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    whatsapp_opt_in INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE pet_contacts (
    pet_id TEXT NOT NULL REFERENCES pets(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'owner',
    is_primary INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pet_id, person_id)
);
CREATE INDEX pet_contacts_person ON pet_contacts(person_id);
CREATE UNIQUE INDEX pet_contacts_primary ON pet_contacts(pet_id) WHERE is_primary = 1;

CREATE TABLE health_records (
    id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT NOT NULL REFERENCES pets(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    product TEXT NOT NULL DEFAULT '',
    batch TEXT NOT NULL DEFAULT '',
    next_due TEXT,
    given_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    series TEXT NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX health_pet ON health_records(pet_id, date);
CREATE INDEX health_series ON health_records(pet_id, series);
CREATE INDEX health_due ON health_records(next_due)
    WHERE next_due IS NOT NULL AND superseded = 0 AND deleted_at IS NULL;

CREATE TABLE weights (
    id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT NOT NULL REFERENCES pets(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kg REAL NOT NULL,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX weights_pet ON weights(pet_id, date);

CREATE TABLE notes (
    id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT NOT NULL REFERENCES pets(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX notes_pet ON notes(pet_id, created_at);

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT NOT NULL REFERENCES pets(id) ON DELETE CASCADE,
    health_record_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    mime_type TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    size INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX attachments_pet ON attachments(pet_id);
CREATE INDEX attachments_blob ON attachments(sha256);

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
)sql",
    // 2: offline-first sync. sync_rows holds the merged per-field-clocked copy of every synced row
    // (the domain tables are its projection); outbox holds this device's unacknowledged mutations.
    R"sql(
ALTER TABLE persons ADD COLUMN deleted_at INTEGER;

CREATE TABLE sync_rows (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    row TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (type, id)
);

CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    row_id TEXT NOT NULL,
    change TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    winning_value TEXT NOT NULL,
    winning_clock TEXT NOT NULL,
    losing_value TEXT NOT NULL,
    losing_clock TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    restored_at INTEGER
);
CREATE INDEX sync_conflicts_row ON sync_conflicts(type, row_id);

CREATE TABLE sync_rejections (
    mutation_id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    row_id TEXT NOT NULL,
    code TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Synced rows whose projection into the domain tables waits for a parent row (pulls arrive in
-- version order, not dependency order).
CREATE TABLE sync_pending (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (type, id)
);

-- An attachment can now arrive before its bytes: drop the reference to blobs.
CREATE TABLE attachments_v2 (
    id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT NOT NULL REFERENCES pets(id) ON DELETE CASCADE,
    health_record_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    mime_type TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
);
INSERT INTO attachments_v2 SELECT id, pet_id, health_record_id, kind, file_name, mime_type, sha256, size,
    created_at, deleted_at FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_v2 RENAME TO attachments;
CREATE INDEX attachments_pet ON attachments(pet_id);
CREATE INDEX attachments_blob ON attachments(sha256);

CREATE TABLE blob_transfers (
    sha256 TEXT NOT NULL,
    direction TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sha256, direction)
);
)sql",
    // 3: a conflict reported both by a push answer and by the pull that follows is logged once.
    R"sql(
DELETE FROM sync_conflicts WHERE id NOT IN (
    SELECT MIN(id) FROM sync_conflicts GROUP BY type, row_id, field, winning_clock, losing_clock);
CREATE UNIQUE INDEX sync_conflicts_unique ON sync_conflicts(type, row_id, field, winning_clock, losing_clock);
)sql",
    // 4: public QR tags, including blank ones printed ahead and claimed later by a pet.
    R"sql(
CREATE TABLE tags (
    tag_id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT,
    created_at INTEGER NOT NULL,
    claimed_at INTEGER
);
CREATE INDEX tags_pet ON tags(pet_id);
INSERT INTO tags (tag_id, pet_id, created_at, claimed_at)
    SELECT tag_id, id, created_at, created_at FROM pets WHERE tag_id IS NOT NULL;
)sql",
    // 5: the sync rows of a long pull are kept in compressed chunks referenced from their domain
    // rows (storage/RowChunk.h) instead of one sync_rows row each. A row is in exactly one place:
    // sync_rows, or the chunk its domain row's sync_ref names. Deleting a domain row moves its
    // chunked text to sync_rows first; a later migration that rebuilds one of these tables must
    // keep sync_ref and these triggers.
    R"sql(
CREATE TABLE sync_chunks (
    id INTEGER PRIMARY KEY,
    body BLOB NOT NULL
);
ALTER TABLE pets ADD COLUMN sync_ref INTEGER;
ALTER TABLE persons ADD COLUMN sync_ref INTEGER;
ALTER TABLE pet_contacts ADD COLUMN sync_ref INTEGER;
ALTER TABLE health_records ADD COLUMN sync_ref INTEGER;

CREATE TRIGGER pets_keep_sync_row BEFORE DELETE ON pets WHEN OLD.sync_ref IS NOT NULL BEGIN
    INSERT OR IGNORE INTO sync_rows (type, id, row, version) SELECT 'pet', OLD.id,
        petinfo_sync_row((SELECT body FROM sync_chunks WHERE id = OLD.sync_ref / 64), OLD.sync_ref % 64),
        petinfo_sync_row_version((SELECT body FROM sync_chunks WHERE id = OLD.sync_ref / 64), OLD.sync_ref % 64);
    INSERT OR REPLACE INTO sync_state (key, value) VALUES ('chunks.released',
        COALESCE((SELECT value FROM sync_state WHERE key = 'chunks.released'), 0) + 1);
END;
CREATE TRIGGER persons_keep_sync_row BEFORE DELETE ON persons WHEN OLD.sync_ref IS NOT NULL BEGIN
    INSERT OR IGNORE INTO sync_rows (type, id, row, version) SELECT 'person', OLD.id,
        petinfo_sync_row((SELECT body FROM sync_chunks WHERE id = OLD.sync_ref / 64), OLD.sync_ref % 64),
        petinfo_sync_row_version((SELECT body FROM sync_chunks WHERE id = OLD.sync_ref / 64), OLD.sync_ref % 64);
    INSERT OR REPLACE INTO sync_state (key, value) VALUES ('chunks.released',
        COALESCE((SELECT value FROM sync_state WHERE key = 'chunks.released'), 0) + 1);
END;
CREATE TRIGGER pet_contacts_keep_sync_row BEFORE DELETE ON pet_contacts WHEN OLD.sync_ref IS NOT NULL BEGIN
    INSERT OR IGNORE INTO sync_rows (type, id, row, version) SELECT 'petContact', OLD.pet_id || '/' || OLD.person_id,
        petinfo_sync_row((SELECT body FROM sync_chunks WHERE id = OLD.sync_ref / 64), OLD.sync_ref % 64),
        petinfo_sync_row_version((SELECT body FROM sync_chunks WHERE id = OLD.sync_ref / 64), OLD.sync_ref % 64);
    INSERT OR REPLACE INTO sync_state (key, value) VALUES ('chunks.released',
        COALESCE((SELECT value FROM sync_state WHERE key = 'chunks.released'), 0) + 1);
END;
CREATE TRIGGER health_records_keep_sync_row BEFORE DELETE ON health_records WHEN OLD.sync_ref IS NOT NULL BEGIN
    INSERT OR IGNORE INTO sync_rows (type, id, row, version) SELECT 'healthRecord', OLD.id,
        petinfo_sync_row((SELECT body FROM sync_chunks WHERE id = OLD.sync_ref / 64), OLD.sync_ref % 64),
        petinfo_sync_row_version((SELECT body FROM sync_chunks WHERE id = OLD.sync_ref / 64), OLD.sync_ref % 64);
    INSERT OR REPLACE INTO sync_state (key, value) VALUES ('chunks.released',
        COALESCE((SELECT value FROM sync_state WHERE key = 'chunks.released'), 0) + 1);
END;
)sql",
    // 6: who wrote a note, and whether the health report (the owner's copy) prints it. Notes from
    // before were written without either: no author known, and not printed, as staff notes.
    R"sql(
ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN show_on_reports INTEGER NOT NULL DEFAULT 0;
)sql",
    // 7: found reports (server-authored foundReport rows, kept in sync_rows) this computer's staff
    // has looked at: the pet's banner stops calling for attention. Local, like a mail's "read".
    R"sql(
CREATE TABLE found_reports_seen (
    report_id TEXT PRIMARY KEY NOT NULL,
    seen_at INTEGER NOT NULL
);
)sql",
    // 8: the server's reminders and WhatsApp messages, projected from their synced rows so that
    // the health tab, the Due view and the Reminders window can query them. Only sync writes
    // them (no references to pets: they may arrive before their pet). Rows pulled before this
    // version are projected by the next sync (sync_pending).
    R"sql(
CREATE TABLE reminders (
    id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT NOT NULL DEFAULT '',
    health_record_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    days INTEGER NOT NULL DEFAULT 0,
    due_date TEXT,
    send_at INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL DEFAULT 0,
    deleted_at INTEGER
);
CREATE INDEX reminders_pet ON reminders(pet_id);
CREATE INDEX reminders_record ON reminders(health_record_id);

CREATE TABLE messages (
    id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT NOT NULL DEFAULT '',
    reminder_id TEXT NOT NULL DEFAULT '',
    person_id TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL,
    template TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at INTEGER NOT NULL DEFAULT 0,
    delivered_at INTEGER NOT NULL DEFAULT 0,
    read_at INTEGER NOT NULL DEFAULT 0,
    failed_at INTEGER NOT NULL DEFAULT 0,
    status_at INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL DEFAULT 0,
    deleted_at INTEGER
);
CREATE INDEX messages_reminder ON messages(reminder_id);
CREATE INDEX messages_pet ON messages(pet_id);

INSERT OR IGNORE INTO sync_pending (type, id) SELECT type, id FROM sync_rows WHERE type IN ('reminder', 'message');
)sql",
    // 9: the adoption workflow (docs/adoption.md): intakes, adoption profiles (keyed by the pet),
    // status changes (append-only) and applications. Each row keeps the record's wire JSON in
    // `body` beside the columns lists filter and sort on. No references to pets: sync may bring
    // a profile before its pet. Which applications were looked at here is local (their badge).
    // Adoption rows pulled before this version are projected by the next sync (sync_pending).
    R"sql(
CREATE TABLE adoption_profiles (
    pet_id TEXT PRIMARY KEY NOT NULL,
    status TEXT NOT NULL,
    status_date TEXT,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL DEFAULT 0,
    deleted_at INTEGER
);
CREATE INDEX adoption_profiles_status ON adoption_profiles(status);

CREATE TABLE intakes (
    id TEXT PRIMARY KEY NOT NULL,
    pet_id TEXT NOT NULL,
    date TEXT NOT NULL,
    body TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX intakes_pet ON intakes(pet_id, date);

CREATE TABLE status_changes (
    id TEXT PRIMARY KEY NOT NULL,
    subject TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    date TEXT NOT NULL,
    at INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX status_changes_subject ON status_changes(subject_id, date, at);

CREATE TABLE adoption_applications (
    id TEXT PRIMARY KEY NOT NULL,
    status TEXT NOT NULL,
    channel TEXT NOT NULL,
    submitted_at INTEGER NOT NULL DEFAULT 0,
    completed_at INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX adoption_applications_submitted ON adoption_applications(submitted_at);

CREATE TABLE adoption_applications_seen (
    application_id TEXT PRIMARY KEY NOT NULL,
    seen_at INTEGER NOT NULL
);

INSERT OR IGNORE INTO sync_pending (type, id) SELECT type, id FROM sync_rows
    WHERE type IN ('intake', 'adoptionProfile', 'statusChange', 'adoptionApplication');
)sql",
    // 10: strays a shelter or clinic took in, to find their families (synced `foundAnimal` rows,
    // written here or on another desktop). The photo's bytes are in blobs.
    R"sql(
CREATE TABLE found_animals (
    id TEXT PRIMARY KEY NOT NULL,
    species TEXT NOT NULL,
    sex TEXT NOT NULL DEFAULT 'unknown',
    breed TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL DEFAULT 'unknown',
    age_months INTEGER,
    microchip TEXT NOT NULL DEFAULT '',
    tag_id TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    found_on TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    photo_sha256 TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open',
    reunited_pet_id TEXT NOT NULL DEFAULT '',
    closed_at INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL DEFAULT 0,
    deleted_at INTEGER
);
CREATE INDEX found_animals_found_on ON found_animals(found_on);
)sql",
    // 11: whom a one-off reminder is for, so that the Reminders window names them while the
    // message is still planned. Reminders pulled before are projected again by the next sync.
    R"sql(
ALTER TABLE reminders ADD COLUMN person_id TEXT NOT NULL DEFAULT '';

INSERT OR IGNORE INTO sync_pending (type, id) SELECT type, id FROM sync_rows WHERE type = 'reminder';
)sql",
};

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

StorageResult<void> migrate(Database& db, int target)
{
    if (target < 0) {
        target = latestSchemaVersion();
    }
    auto current = db.userVersion();
    if (!current) {
        return fail(current.error());
    }
    if (*current > latestSchemaVersion()) {
        return fail(StorageErrc::TooNew, "schema version " + std::to_string(*current));
    }
    for (int version = *current + 1; version <= target; ++version) {
        auto step = db.transaction([&]() -> StorageResult<void> {
            if (auto r = db.execScript(QString::fromUtf8(kMigrations[static_cast<std::size_t>(version - 1)])); !r) {
                return r;
            }
            return db.setUserVersion(version);
        });
        if (!step) {
            qCWarning(lcStorage) << "migration to version" << version << "failed:" << step.error().detail.c_str();
            return step;
        }
        qCInfo(lcStorage) << "database migrated to schema version" << version;
    }
    return {};
}

} // namespace petinfo::client
