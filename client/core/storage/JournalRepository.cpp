// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/JournalRepository.h"

#include "crypto/Kdf.h"
#include "storage/Query.h"

namespace petinfo::client {

StorageResult<void> JournalRepository::setDeleted(const char* table, const QString& id, const QVariant& deletedAt)
{
    Query q(m_db, QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ?").arg(QLatin1String(table)));
    q.bind(deletedAt).bind(id);
    if (auto r = q.exec(); !r) {
        return r;
    }
    if (q.rowsAffected() != 1) {
        return fail(StorageErrc::NotFound, std::string(table) + " " + id.toStdString());
    }
    return {};
}

StorageResult<void> JournalRepository::addWeight(const WeightEntry& entry)
{
    Query q(m_db, QStringLiteral("INSERT INTO weights (id, pet_id, date, kg, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.bind(entry.id).bind(entry.petId).bind(entry.date).bind(entry.kg).bind(static_cast<qint64>(entry.createdAtMs));
    return q.exec();
}

StorageResult<std::vector<WeightEntry>> JournalRepository::weightsOf(const QString& petId)
{
    Query q(m_db, QStringLiteral("SELECT id, pet_id, date, kg, created_at FROM weights "
                                 "WHERE pet_id = ? AND deleted_at IS NULL ORDER BY date, created_at"));
    q.bind(petId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<WeightEntry> entries;
    while (q.next()) {
        entries.push_back(WeightEntry{q.str(0), q.str(1), q.date(2).value_or(Date{}), q.real(3), q.int64(4)});
    }
    return entries;
}

StorageResult<WeightEntry> JournalRepository::weight(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT id, pet_id, date, kg, created_at FROM weights WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "weight " + id.toStdString());
    }
    return WeightEntry{q.str(0), q.str(1), q.date(2).value_or(Date{}), q.real(3), q.int64(4)};
}

namespace {

constexpr auto kNoteColumns = "id, pet_id, text, created_at, updated_at, author, show_on_reports";

Note readNote(const Query& q)
{
    return Note{q.str(0), q.str(1), q.str(2), q.int64(3), q.int64(4), q.str(5), q.flag(6)};
}

} // namespace

StorageResult<Note> JournalRepository::note(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM notes WHERE id = ?").arg(QLatin1String(kNoteColumns)));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "note " + id.toStdString());
    }
    return readNote(q);
}

StorageResult<void> JournalRepository::removeWeight(const QString& id, qint64 nowMs)
{
    return setDeleted("weights", id, nowMs);
}

StorageResult<void> JournalRepository::restoreWeight(const QString& id)
{
    return setDeleted("weights", id, QVariant());
}

StorageResult<void> JournalRepository::upsertWeight(const WeightEntry& entry, qint64 deletedAtMs)
{
    const QVariant deleted = deletedAtMs ? QVariant(deletedAtMs) : QVariant();
    Query update(m_db, QStringLiteral("UPDATE weights SET date = ?, kg = ?, deleted_at = ? WHERE id = ?"));
    update.bind(entry.date).bind(entry.kg).bind(deleted).bind(entry.id);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    Query q(m_db, QStringLiteral("INSERT INTO weights (id, pet_id, date, kg, created_at, deleted_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(entry.id)
        .bind(entry.petId)
        .bind(entry.date)
        .bind(entry.kg)
        .bind(static_cast<qint64>(entry.createdAtMs))
        .bind(deleted);
    return q.exec();
}

StorageResult<void> JournalRepository::upsertNote(const Note& note, qint64 deletedAtMs)
{
    const QVariant deleted = deletedAtMs ? QVariant(deletedAtMs) : QVariant();
    Query update(m_db, QStringLiteral("UPDATE notes SET text = ?, updated_at = ?, author = ?, show_on_reports = ?, "
                                      "deleted_at = ? WHERE id = ?"));
    update.bind(note.text)
        .bind(static_cast<qint64>(note.updatedAtMs))
        .bind(note.author)
        .bind(note.showOnReports)
        .bind(deleted)
        .bind(note.id);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    Query q(m_db, QStringLiteral("INSERT INTO notes (%1, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kNoteColumns)));
    q.bind(note.id)
        .bind(note.petId)
        .bind(note.text)
        .bind(static_cast<qint64>(note.createdAtMs))
        .bind(static_cast<qint64>(note.updatedAtMs))
        .bind(note.author)
        .bind(note.showOnReports)
        .bind(deleted);
    return q.exec();
}

StorageResult<void> JournalRepository::addNote(const Note& note)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO notes (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(kNoteColumns)));
    q.bind(note.id)
        .bind(note.petId)
        .bind(note.text)
        .bind(static_cast<qint64>(note.createdAtMs))
        .bind(static_cast<qint64>(note.updatedAtMs))
        .bind(note.author)
        .bind(note.showOnReports);
    return q.exec();
}

StorageResult<void> JournalRepository::updateNote(const Note& note)
{
    // The author stays who first wrote it; the text and the report choice change.
    Query q(m_db, QStringLiteral("UPDATE notes SET text = ?, updated_at = ?, show_on_reports = ? "
                                 "WHERE id = ? AND deleted_at IS NULL"));
    q.bind(note.text).bind(static_cast<qint64>(note.updatedAtMs)).bind(note.showOnReports).bind(note.id);
    if (auto r = q.exec(); !r) {
        return r;
    }
    if (q.rowsAffected() != 1) {
        return fail(StorageErrc::NotFound, "note " + note.id);
    }
    return {};
}

StorageResult<std::vector<Note>> JournalRepository::notesOf(const QString& petId)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM notes WHERE pet_id = ? AND deleted_at IS NULL "
                                 "ORDER BY created_at DESC")
                      .arg(QLatin1String(kNoteColumns)));
    q.bind(petId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<Note> notes;
    while (q.next()) {
        notes.push_back(readNote(q));
    }
    return notes;
}

StorageResult<void> JournalRepository::removeNote(const QString& id, qint64 nowMs)
{
    return setDeleted("notes", id, nowMs);
}

StorageResult<void> JournalRepository::restoreNote(const QString& id)
{
    return setDeleted("notes", id, QVariant());
}

namespace {

constexpr auto kAttachmentColumns =
    "id, pet_id, health_record_id, kind, file_name, mime_type, sha256, size, created_at";

Attachment readAttachment(const Query& q)
{
    Attachment a;
    a.id = q.str(0);
    a.petId = q.str(1);
    a.healthRecordId = q.str(2);
    a.kind = enumFromString<AttachmentKind>(q.str(3)).value_or(AttachmentKind::Document);
    a.fileName = q.str(4);
    a.mimeType = q.str(5);
    a.sha256 = q.str(6);
    a.size = q.int64(7);
    a.createdAtMs = q.int64(8);
    return a;
}

} // namespace

StorageResult<Attachment> AttachmentRepository::add(Attachment attachment, const QByteArray& data)
{
    attachment.sha256 = sha256Hex(data).toStdString();
    attachment.size = data.size();
    Query blob(m_db, QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)"));
    blob.bind(attachment.sha256).bind(static_cast<qint64>(data.size())).bind(QVariant(data));
    if (auto r = blob.exec(); !r) {
        return fail(r.error());
    }
    Query q(m_db, QStringLiteral("INSERT INTO attachments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kAttachmentColumns)));
    q.bind(attachment.id)
        .bind(attachment.petId)
        .bind(attachment.healthRecordId)
        .bind(std::string(enumName(attachment.kind)))
        .bind(attachment.fileName)
        .bind(attachment.mimeType)
        .bind(attachment.sha256)
        .bind(static_cast<qint64>(attachment.size))
        .bind(static_cast<qint64>(attachment.createdAtMs));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return attachment;
}

StorageResult<std::vector<Attachment>> AttachmentRepository::of(const QString& petId)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM attachments WHERE pet_id = ? AND deleted_at IS NULL "
                                 "ORDER BY created_at")
                      .arg(QLatin1String(kAttachmentColumns)));
    q.bind(petId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<Attachment> list;
    while (q.next()) {
        list.push_back(readAttachment(q));
    }
    return list;
}

StorageResult<Attachment> AttachmentRepository::get(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM attachments WHERE id = ?").arg(QLatin1String(kAttachmentColumns)));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "attachment " + id.toStdString());
    }
    return readAttachment(q);
}

StorageResult<void> AttachmentRepository::upsertSynced(const Attachment& a, qint64 deletedAtMs)
{
    const QVariant deleted = deletedAtMs ? QVariant(deletedAtMs) : QVariant();
    Query update(m_db, QStringLiteral("UPDATE attachments SET deleted_at = ? WHERE id = ?"));
    update.bind(deleted).bind(a.id);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    Query q(m_db, QStringLiteral("INSERT INTO attachments (%1, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kAttachmentColumns)));
    q.bind(a.id)
        .bind(a.petId)
        .bind(a.healthRecordId)
        .bind(std::string(enumName(a.kind)))
        .bind(a.fileName)
        .bind(a.mimeType)
        .bind(a.sha256)
        .bind(static_cast<qint64>(a.size))
        .bind(static_cast<qint64>(a.createdAtMs))
        .bind(deleted);
    return q.exec();
}

StorageResult<bool> AttachmentRepository::hasData(const QString& sha256)
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    q.bind(sha256);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next();
}

StorageResult<void> AttachmentRepository::putData(const QString& sha256, const QByteArray& data)
{
    if (sha256Hex(data) != sha256.toLatin1()) {
        return fail(StorageErrc::Invalid, "content does not match its hash " + sha256.toStdString());
    }
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)"));
    q.bind(sha256).bind(static_cast<qint64>(data.size())).bind(QVariant(data));
    return q.exec();
}

StorageResult<QStringList> AttachmentRepository::missingData()
{
    Query q(m_db, QStringLiteral("SELECT DISTINCT a.sha256 FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256 "
                                 "WHERE b.sha256 IS NULL AND a.deleted_at IS NULL"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    QStringList list;
    while (q.next()) {
        list << q.text(0);
    }
    return list;
}

StorageResult<QByteArray> AttachmentRepository::data(const QString& sha256)
{
    Query q(m_db, QStringLiteral("SELECT data FROM blobs WHERE sha256 = ?"));
    q.bind(sha256);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "blob " + sha256.toStdString());
    }
    return q.value(0).toByteArray();
}

StorageResult<void> AttachmentRepository::moveToTrash(const QString& id, qint64 nowMs)
{
    Query q(m_db, QStringLiteral("UPDATE attachments SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.bind(nowMs).bind(id);
    if (auto r = q.exec(); !r) {
        return r;
    }
    if (q.rowsAffected() != 1) {
        return fail(StorageErrc::NotFound, "attachment " + id.toStdString());
    }
    return {};
}

StorageResult<void> AttachmentRepository::restore(const QString& id)
{
    Query q(m_db, QStringLiteral("UPDATE attachments SET deleted_at = NULL WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return r;
    }
    if (q.rowsAffected() != 1) {
        return fail(StorageErrc::NotFound, "attachment " + id.toStdString());
    }
    return {};
}

} // namespace petinfo::client
