// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReportLoader.h"

#include "models/PhoneText.h"
#include "petinfo/report/TagUrl.h"
#include "services/PetService.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace petinfo::client {

namespace {

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
    // Only an address a finder's phone can open: a report without a QR code is better than no
    // report, and better than one whose code leads nowhere.
    const Settings& settings = Settings::instance();
    if (auto base = report::printableBaseUrl(settings.publicBaseUrl())) {
        data.publicBaseUrl = *base;
    }
    data.organisation = settings.text(Settings::Key::ClinicName);
    data.organisationAddress = settings.text(Settings::Key::ClinicAddress);
    data.organisationPhone = settings.text(Settings::Key::ClinicPhone);
    data.organisationLogo = settings.value(Settings::Key::ClinicLogo).toByteArray();
    data.phoneRegion = phoneRegion();
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
    return Settings::instance().publicBaseUrl();
}

void savePublicBaseUrl(const QString& url)
{
    Settings& settings = Settings::instance();
    auto printable = report::printableBaseUrl(url);
    if (printable && *printable != settings.text(Settings::Key::ServerPublicUrl)) {
        settings.setValue(Settings::Key::PublicBaseUrl, *printable);
    }
}

QPageSize::PageSizeId preferredReportPageSize()
{
    const QString saved = Settings::instance().text(Settings::Key::ReportPageSize);
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
    Settings::instance().setValue(Settings::Key::ReportPageSize,
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
