// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that print: QR tag sheets, health reports, and reading a tag back from a photo.
#include "CliCommands.h"

#include "petinfo/report/HealthReport.h"
#include "petinfo/report/QrDecoder.h"
#include "petinfo/report/TagSheet.h"
#include "petinfo/report/TagUrl.h"
#include "secrets/SecretStore.h"
#include "sync/SyncAccount.h"

#include <QCoreApplication>
#include <QDateTime>

namespace petinfo::client::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("petinfo-cli", text);
}

Unexpected<Failure> failWith(const QString& message, bool usage = false)
{
    return fail(Failure{message, usage});
}

struct ReportDataHolder
{
    report::ReportData data;
};

/** Where tags point: --base-url, or the server this database syncs with. */
Result<QString, Failure> publicBaseUrl(Context& ctx)
{
    const QString option = ctx.parser.value(QStringLiteral("base-url")).trimmed();
    if (!option.isEmpty()) {
        return option;
    }
    KeychainSecretStore secrets;
    SyncAccount account(ctx.service->database(), secrets, ctx.file->meta().databaseId);
    auto info = account.info();
    if (info && info->has_value()) {
        return (*info)->serverUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    }
    return failWith(tr("tags point at the server's public page: sign in first or give --base-url URL"), true);
}

Result<ReportDataHolder, Failure> loadReport(Context& ctx, const QString& petId, const QString& baseUrl)
{
    ReportDataHolder holder;
    report::ReportData& data = holder.data;
    auto record = ctx.service->loadPet(petId);
    auto health = ctx.service->healthRecords(petId);
    auto weights = ctx.service->weights(petId);
    auto notes = ctx.service->notes(petId);
    if (!record || !health || !weights || !notes) {
        return failWith(tr("cannot read pet %1").arg(petId));
    }
    data.pet = record->pet;
    for (const auto& c : record->contacts) {
        if (c.primary) {
            data.owner = c.person;
        }
    }
    data.records = std::move(*health);
    data.weights = std::move(*weights);
    data.notes = std::move(*notes);
    if (!data.pet.photoId.empty()) {
        if (auto attachments = ctx.service->attachments(petId)) {
            for (const auto& a : *attachments) {
                if (a.id == data.pet.photoId) {
                    data.photo = ctx.service->attachmentData(QString::fromStdString(a.sha256)).valueOr({});
                }
            }
        }
    }
    data.publicBaseUrl = baseUrl;
    data.today = ctx.service->clock().today();
    data.generatedAt = QDateTime::currentDateTime();
    data.locale = QLocale();
    return holder;
}

} // namespace

CommandResult tags(Context& ctx)
{
    const QString output = ctx.parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        return failWith(tr("usage: petinfo-cli --db PATH tags (--blank N | --pet ID ... | --all) --output FILE.pdf "
                           "[--layout avery-l7160|avery-5160|dymo-89x36|round-25|round-30|collar|kennel-card-a6]"),
                        true);
    }
    auto base = publicBaseUrl(ctx);
    if (!base) {
        return fail(base.error());
    }
    report::TagSheetJob job;
    const QString layoutId = ctx.parser.value(QStringLiteral("layout"));
    if (!layoutId.isEmpty()) {
        auto layout = report::TagLayout::byId(layoutId);
        if (!layout) {
            return failWith(tr("unknown --layout \"%1\"").arg(layoutId), true);
        }
        job.layout = *layout;
    }
    job.publicBaseUrl = *base;
    job.today = ctx.service->clock().today();
    job.locale = QLocale();
    job.calibration.offsetXMm = ctx.parser.value(QStringLiteral("offset-x")).toDouble();
    job.calibration.offsetYMm = ctx.parser.value(QStringLiteral("offset-y")).toDouble();
    if (ctx.parser.isSet(QStringLiteral("blank"))) {
        bool ok = false;
        const int count = ctx.parser.value(QStringLiteral("blank")).toInt(&ok);
        if (!ok || count < 1 || count > 10000) {
            return failWith(tr("--blank takes a number from 1 to 10000"), true);
        }
        // The ids are stored (and synced) before printing, so every printed tag can be claimed.
        auto ids = ctx.service->createBlankTags(count);
        if (!ids) {
            return failWith(describe(ids.error(), ctx.databasePath));
        }
        for (const QString& id : *ids) {
            job.items.push_back(report::TagItem{id.toStdString(), std::nullopt, {}});
        }
    } else {
        QStringList petIds = ctx.parser.values(QStringLiteral("pet"));
        if (ctx.parser.isSet(QStringLiteral("all"))) {
            auto pets = ctx.service->petSummaries();
            if (!pets) {
                return failWith(describe(pets.error(), ctx.databasePath));
            }
            for (const auto& p : *pets) {
                petIds << p.id;
            }
        }
        if (petIds.isEmpty()) {
            return failWith(tr("which tags? --blank N, --pet ID (repeatable) or --all"), true);
        }
        for (const QString& id : petIds) {
            auto loaded = loadReport(ctx, id, *base);
            if (!loaded) {
                return fail(loaded.error());
            }
            report::TagItem item;
            item.tagId = loaded->data.pet.tagId;
            item.pet = loaded->data.pet;
            item.photo = loaded->data.photo;
            job.items.push_back(std::move(item));
        }
    }
    auto pages = report::writeTagSheetPdf(job, output);
    if (!pages) {
        return failWith(report::describe(pages.error()));
    }
    ctx.out << tr("Wrote %1 tags on %2 pages to %3\n").arg(job.items.size()).arg(*pages).arg(output);
    return {};
}

CommandResult healthReport(Context& ctx)
{
    const QString output = ctx.parser.value(QStringLiteral("output"));
    const QString pet = ctx.parser.value(QStringLiteral("pet"));
    if (output.isEmpty() || pet.isEmpty()) {
        return failWith(tr("usage: petinfo-cli --db PATH report --pet ID --output FILE.pdf"), true);
    }
    auto base = publicBaseUrl(ctx);
    auto loaded = loadReport(ctx, pet, base ? *base : QString());
    if (!loaded) {
        return fail(loaded.error());
    }
    auto pages = report::writeHealthReportPdf(loaded->data, output);
    if (!pages) {
        return failWith(report::describe(pages.error()));
    }
    ctx.out << tr("Wrote a %1-page report to %2\n").arg(*pages).arg(output);
    return {};
}

CommandResult claimTag(Context& ctx)
{
    const QString pet = ctx.parser.value(QStringLiteral("pet"));
    QString tag = ctx.parser.value(QStringLiteral("tag")).trimmed();
    if (pet.isEmpty() || tag.isEmpty()) {
        return failWith(tr("usage: petinfo-cli --db PATH claim-tag --pet ID --tag TAG-ID-OR-URL"), true);
    }
    // A scanned URL works as well as the bare id.
    if (auto fromUrl = report::tagIdFromScan(tag)) {
        tag = QString::fromStdString(*fromUrl);
    }
    if (auto r = ctx.service->claimTag(pet, tag); !r) {
        return failWith(describe(r.error(), ctx.databasePath));
    }
    ctx.out << tr("Tag %1 now belongs to pet %2\n").arg(tag, pet);
    return {};
}

CommandResult scan(Context& ctx)
{
    if (ctx.args.size() != 1) {
        return failWith(tr("usage: petinfo-cli --db PATH scan IMAGE"), true);
    }
    auto codes = report::decodeQrCodesFromFile(ctx.args.front());
    if (!codes) {
        return failWith(report::describe(codes.error()));
    }
    for (const auto& code : *codes) {
        auto tag = report::tagIdFromScan(code.text);
        if (!tag) {
            continue;
        }
        const QString tagId = QString::fromStdString(*tag);
        auto pet = ctx.service->findPetByTagId(tagId);
        if (pet && pet->has_value()) {
            ctx.out << **pet << '\n';
            return {};
        }
        return failWith(tr("tag %1 is not assigned to a pet in this database; claim it with claim-tag").arg(tagId));
    }
    return failWith(tr("no Pet Info tag found in %1").arg(ctx.args.front()));
}

} // namespace petinfo::client::cli
