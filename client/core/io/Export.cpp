// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Export.h"

#include "io/Csv.h"
#include "io/CsvImport.h"
#include "petinfo/common/WireCodec.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QSaveFile>

#include <set>

namespace petinfo::client {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

StorageResult<void> write(QSaveFile& file, const QByteArray& bytes)
{
    if (file.write(bytes) != bytes.size()) {
        return fail(StorageErrc::Io, file.errorString().toStdString());
    }
    return {};
}

StorageResult<void> finish(QSaveFile& file)
{
    if (!file.commit()) {
        return fail(StorageErrc::Io, file.errorString().toStdString());
    }
    return {};
}

} // namespace

StorageResult<qint64> Export::petsCsv(PetService& service, const QString& path, const ProgressFn& progress)
{
    auto summaries = service.petSummaries();
    if (!summaries) {
        return fail(summaries.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(StorageErrc::Io, path.toStdString() + ": " + file.errorString().toStdString());
    }
    QStringList header;
    for (int f = 1; f < kExportedFieldCount; ++f) {
        header << importFieldKey(static_cast<ImportField>(f));
    }
    // A byte-order mark makes spreadsheet programs read the file as UTF-8.
    if (auto r = write(file, QByteArray("\xEF\xBB\xBF") + Csv::formatRow(header)); !r) {
        return fail(r.error());
    }
    const qint64 total = static_cast<qint64>(summaries->size());
    qint64 done = 0;
    for (const PetSummary& summary : *summaries) {
        auto record = service.loadPet(summary.id);
        if (!record) {
            return fail(record.error());
        }
        const Pet& p = record->pet;
        const Person* owner = nullptr;
        for (const auto& c : record->contacts) {
            if (c.primary) {
                owner = &c.person;
            }
        }
        QStringList phones;
        if (owner) {
            for (const auto& ph : owner->phones) {
                phones << QString::fromStdString(ph);
            }
        }
        auto s = [](const std::string& v) {
            return QString::fromStdString(v);
        };
        const QStringList row{
            s(p.name),
            QString::fromLatin1(enumName(p.species)),
            s(p.breed),
            QString::fromLatin1(enumName(p.sex)),
            QString::fromLatin1(enumName(p.neutered)),
            p.birthDate ? s(p.birthDate->toIso()) : QString(),
            yesNo(p.birthDateEstimated),
            s(p.colour),
            s(p.microchip),
            s(p.microchip2),
            QString::fromLatin1(enumName(p.status)),
            s(p.allergies),
            s(p.conditions),
            s(p.notes),
            s(p.tagId),
            owner ? s(owner->name) : QString(),
            phones.join(QLatin1Char(';')),
            owner ? s(owner->email) : QString(),
            owner ? s(owner->address) : QString(),
            owner ? s(owner->language) : QString(),
            owner ? yesNo(owner->whatsappOptIn) : QString(),
        };
        if (auto r = write(file, Csv::formatRow(row)); !r) {
            return fail(r.error());
        }
        ++done;
        if (progress && !progress(done, total)) {
            file.cancelWriting();
            return fail(StorageErrc::Cancelled, "export cancelled");
        }
    }
    if (auto r = finish(file); !r) {
        return fail(r.error());
    }
    return done;
}

StorageResult<qint64> Export::fullJson(PetService& service, const QString& path, bool includeFiles,
                                       const ProgressFn& progress)
{
    auto summaries = service.petSummaries();
    if (!summaries) {
        return fail(summaries.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(StorageErrc::Io, path.toStdString() + ": " + file.errorString().toStdString());
    }
    // Streamed section by section so that a large clinic does not need the whole export in memory.
    const nlohmann::json head = {
        {"format", "petinfo-export"},
        {"formatVersion", 1},
        {"schemaVersion", latestSchemaVersion()},
        {"exportedAt",
         QDateTime::fromMSecsSinceEpoch(service.clock().nowMs(), Qt::UTC).toString(Qt::ISODate).toStdString()}};
    std::string text = head.dump();
    text.pop_back(); // reopen the object to append the arrays
    if (auto r = write(file, QByteArray::fromStdString(text + ",\n\"pets\": [\n")); !r) {
        return fail(r.error());
    }
    const qint64 total = static_cast<qint64>(summaries->size());
    qint64 done = 0;
    std::set<std::string> blobs;
    for (const PetSummary& summary : *summaries) {
        auto record = service.loadPet(summary.id);
        auto health = service.healthRecords(summary.id);
        auto weights = service.weights(summary.id);
        auto notes = service.notes(summary.id);
        auto attachments = service.attachments(summary.id);
        for (const StorageError* e : {record ? nullptr : &record.error(), health ? nullptr : &health.error(),
                                      weights ? nullptr : &weights.error(), notes ? nullptr : &notes.error(),
                                      attachments ? nullptr : &attachments.error()}) {
            if (e) {
                return fail(*e);
            }
        }
        nlohmann::json pet = toJson(record->pet);
        nlohmann::json contacts = nlohmann::json::array();
        for (const auto& c : record->contacts) {
            contacts.push_back({{"role", enumName(c.role)}, {"primary", c.primary}, {"person", toJson(c.person)}});
        }
        pet["contacts"] = std::move(contacts);
        pet["healthRecords"] = nlohmann::json::array();
        for (const auto& h : *health) {
            pet["healthRecords"].push_back(toJson(h));
        }
        pet["weights"] = nlohmann::json::array();
        for (const auto& w : *weights) {
            pet["weights"].push_back(toJson(w));
        }
        pet["notesLog"] = nlohmann::json::array();
        for (const auto& n : *notes) {
            pet["notesLog"].push_back(toJson(n));
        }
        pet["attachments"] = nlohmann::json::array();
        for (const auto& a : *attachments) {
            pet["attachments"].push_back(toJson(a));
            blobs.insert(a.sha256);
        }
        const std::string line = (done > 0 ? ",\n" : "") + pet.dump();
        if (auto r = write(file, QByteArray::fromStdString(line)); !r) {
            return fail(r.error());
        }
        ++done;
        if (progress && !progress(done, total)) {
            file.cancelWriting();
            return fail(StorageErrc::Cancelled, "export cancelled");
        }
    }
    if (auto r = write(file, "\n],\n\"files\": {"); !r) {
        return fail(r.error());
    }
    bool first = true;
    if (includeFiles) {
        for (const std::string& sha : blobs) {
            auto data = service.attachmentData(QString::fromStdString(sha));
            if (!data) {
                return fail(data.error());
            }
            const QByteArray entry =
                (first ? "\n\"" : ",\n\"") + QByteArray::fromStdString(sha) + "\": \"" + data->toBase64() + "\"";
            first = false;
            if (auto r = write(file, entry); !r) {
                return fail(r.error());
            }
        }
    }
    if (auto r = write(file, "\n}\n}\n"); !r) {
        return fail(r.error());
    }
    if (auto r = finish(file); !r) {
        return fail(r.error());
    }
    return done;
}

} // namespace petinfo::client
