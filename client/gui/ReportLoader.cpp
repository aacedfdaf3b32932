// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReportLoader.h"

#include "petinfo/report/TagUrl.h"
#include "services/PetService.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace petinfo::client {

namespace {

const char* const kBaseUrlKey = "reports/publicBaseUrl";
const char* const kPageSizeKey = "reports/pageSize";
// Written by SyncController when the user signs in: the public tag page lives on the sync server.
const char* const kSyncServerKey = "sync/serverUrl";

QByteArray mainPhoto(PetService& service, const Pet& pet)
{
    if (pet.photoId.empty()) {
        return {};
    }
    auto attachments = service.attachments(QString::fromStdString(pet.id));
    if (!attachments) {
        return {};
    }
    for (const Attachment& a : *attachments) {
        if (a.id == pet.photoId) {
            // A photo that cannot be read leaves the report without a photo rather than failing it.
            return service.attachmentData(QString::fromStdString(a.sha256)).valueOr({});
        }
    }
    return {};
}

} // namespace

StorageResult<report::ReportData> loadReportData(PetService& service, const QString& petId)
{
    auto record = service.loadPet(petId);
    if (!record) {
        return fail(record.error());
    }
    auto health = service.healthRecords(petId);
    if (!health) {
        return fail(health.error());
    }
    auto weights = service.weights(petId);
    if (!weights) {
        return fail(weights.error());
    }
    auto notes = service.notes(petId);
    if (!notes) {
        return fail(notes.error());
    }
    report::ReportData data;
    data.pet = record->pet;
    for (const ContactEntry& c : record->contacts) {
        if (c.primary) {
            data.owner = c.person;
        }
    }
    data.records = std::move(*health);
    data.weights = std::move(*weights);
    data.notes = std::move(*notes);
    data.photo = mainPhoto(service, data.pet);
    // Only a valid address: a report without a QR code is better than no report.
    const QString base = savedPublicBaseUrl();
    if (report::normalizedBaseUrl(base)) {
        data.publicBaseUrl = base;
    }
    data.today = service.clock().today();
    data.generatedAt = QDateTime::currentDateTime();
    data.locale = QLocale();
    return data;
}

StorageResult<report::TagItem> loadTagItem(PetService& service, const QString& petId)
{
    auto record = service.loadPet(petId);
    if (!record) {
        return fail(record.error());
    }
    report::TagItem item;
    item.tagId = record->pet.tagId;
    item.photo = mainPhoto(service, record->pet);
    item.pet = std::move(record->pet);
    return item;
}

QString savedPublicBaseUrl()
{
    const QSettings settings;
    const QString saved = settings.value(QLatin1String(kBaseUrlKey)).toString();
    if (!saved.isEmpty()) {
        return saved;
    }
    return settings.value(QLatin1String(kSyncServerKey)).toString();
}

void savePublicBaseUrl(const QString& url)
{
    if (auto normalized = report::normalizedBaseUrl(url)) {
        QSettings().setValue(QLatin1String(kBaseUrlKey), *normalized);
    }
}

QPageSize::PageSizeId preferredReportPageSize()
{
    const QString saved = QSettings().value(QLatin1String(kPageSizeKey)).toString();
    if (saved == QLatin1String("letter")) {
        return QPageSize::Letter;
    }
    if (saved == QLatin1String("a4")) {
        return QPageSize::A4;
    }
    return report::reportPageSize(QLocale::system());
}

void setPreferredReportPageSize(QPageSize::PageSizeId size)
{
    QSettings().setValue(QLatin1String(kPageSizeKey),
                         size == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
}

QString safeFileName(const QString& name)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    QString safe = name.simplified();
    safe.replace(unsafe, QStringLiteral("_"));
    while (safe.startsWith(QLatin1Char('.'))) {
        safe.remove(0, 1);
    }
    return safe.isEmpty() ? QStringLiteral("pet") : safe.left(60);
}

QString withPdfSuffix(const QString& path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".pdf") : path;
}

} // namespace petinfo::client
